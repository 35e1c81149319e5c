<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="242" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="243" />
        <source>Rubric</source>
        <translation>評分標準</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="244" />
        <source>Rater</source>
        <translation>評分人</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="245" />
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="246" />
        <source>Your ratings go to cases/ratings/&lt;name&gt;.yaml (also in Preferences)</source>
        <translation>你的評分寫入 cases/ratings/&lt;名字&gt;.yaml（也可在偏好設定中修改）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="247" />
        <source>Save ratings</source>
        <translation>儲存評分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="248" />
        <source>Write your ratings to your own file in cases/ratings/ (Ctrl+S)</source>
        <translation>把你的評分寫入 cases/ratings/ 下你自己的檔案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="249" />
        <source>Write standard</source>
        <translation>撰寫處理標準</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="250" />
        <location filename="../../kb_app/gui/views/compare.py" line="825" />
        <source>Start cases/standards/&lt;kind&gt;.md from the best-rated case and the rubric</source>
        <translation>以評分最高的案例和評分標準為底稿，新增 cases/standards/&lt;類型&gt;.md</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="251" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="252" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="253" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="254" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="255" />
        <source>Your rating</source>
        <translation>你的評分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="256" />
        <source>All raters</source>
        <translation>全體評分人</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Criterion</source>
        <translation>評分項</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Spread</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="258" />
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="374" />
        <source>Could not compare: {0}</source>
        <translation>無法對比：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="385" />
        <source>Pick a kind of incident above, or select two to ten cases in the search results and choose Compare (Ctrl+Shift+C).</source>
        <translation>在上方選擇一種事件類型，或在搜尋結果中選取 2 到 10 個案例後選擇「對比」（Ctrl+Shift+C）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="395" />
        <source>Selected cases ({0})</source>
        <translation>選取的案例（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="415" />
        <source>This kind has fewer than two cases: nothing to compare yet.</source>
        <translation>這一類型的案例不足兩個，暫時無法對比。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="421" />
        <source>No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.</source>
        <translation>cases/rubrics/ 中沒有評分標準「{0}」：只顯示案例，不顯示評分。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="439" />
        <source>{0} team file(s) with problems (see the Problems panel): {1}</source>
        <translation>{0} 個團隊檔案有問題（見「問題」面板）：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="469" />
        <source>Cases: {0}</source>
        <translation>案例：{0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="485" />
        <source>Open the case</source>
        <translation>開啟案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="531" />
        <source>At a glance</source>
        <translation>一覽</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="540" />
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>Time to resolution</source>
        <translation>解決用時</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>not stated</source>
        <translation>未寫明</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="542" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="543" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="544" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="545" />
        <source>Stakes</source>
        <translation>利害</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="547" />
        <source>Soft skills</source>
        <translation>軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="549" />
        <source>Lessons</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="552" />
        <source>Only this case</source>
        <translation>僅此案例做了</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="555" />
        <source>Actions, step by step</source>
        <translation>行動逐項對照</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="564" />
        <source>Against the standard: {0}</source>
        <translation>對照處理標準：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>done, time not stated</source>
        <translation>做了，未寫時間</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="566" />
        <source>missed</source>
        <translation>未做</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Situation</source>
        <translation>情況</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Actions</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="578" />
        <source>Lessons learned</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="579" />
        <source>The cases, section by section</source>
        <translation>案例原文，逐節對照</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="639" />
        <source>Comment (optional)</source>
        <translation>評語（選填）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="666" />
        <source>Not rated yet</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="730" />
        <source>Could not keep the draft: {0}</source>
        <translation>無法保存草稿：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="748" />
        <source>Enter your name as rater (top bar or Preferences) to rate.</source>
        <translation>請先填寫評分人姓名（頂部列或偏好設定）再評分。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="750" />
        <source>Unsaved draft ratings: {0}, kept if the app closes. Save ratings writes ratings/{1}.yaml.</source>
        <translation>未儲存的評分草稿：{0} 項，關閉程式也不會遺失。「儲存評分」會寫入 ratings/{1}.yaml。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="788" />
        <source>raters: {0}</source>
        <translation>評分人：{0} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="801" />
        <source>Agreement (Krippendorff's α, ordinal): {0} · raters: {1}</source>
        <translation>一致性（Krippendorff α，順序量表）：{0} · 評分人：{1} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="804" />
        <source>Agreement: not measurable yet · raters: {0}</source>
        <translation>一致性：暫無法計算 · 評分人：{0} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="753" />
        <source>Rating as {0}: everything is saved in ratings/{1}.yaml.</source>
        <translation>評分人 {0}：全部評分已儲存在 ratings/{1}.yaml。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="787" />
        <source>Best handled</source>
        <translation>處理最佳</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="826" />
        <source>Rate the cases first: the standard starts from the best one</source>
        <translation>請先評分：處理標準以評分最高的案例為底稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="836" />
        <source>No ratings yet: rate the cases to see scores and agreement.</source>
        <translation>還沒有評分：評分後可看到得分和一致性。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="837" />
        <source>One rater so far: agreement needs at least two.</source>
        <translation>目前只有一位評分人：一致性至少需要兩位。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="838" />
        <source>Raters agree overall (α {0}).</source>
        <translation>評分人總體一致（α {0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="839" />
        <source>Raters partly agree overall (α {0}): conclusions are tentative.</source>
        <translation>評分人總體部分一致（α {0}）：結論僅供參考。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="840" />
        <source>Raters disagree overall (α {0}): compare notes before deciding.</source>
        <translation>評分人總體分歧較大（α {0}）：先交換意見再下結論。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="841" />
        <source>Every rating is the same score: no disagreement to measure.</source>
        <translation>所有評分都相同：沒有分歧可衡量。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="842" />
        <source>Raters disagree on {0}: discuss it first.</source>
        <translation>評分人在{0}上分歧較大：請先討論。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="843" />
        <source>Raters partly agree on {0}.</source>
        <translation>評分人在{0}上部分一致。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="884" />
        <source>Saved your ratings to {0}</source>
        <translation>評分已儲存到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="889" />
        <source>Ratings not saved: {0}</source>
        <translation>評分未儲存：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="913" />
        <source>Wrote {0}: edit it with the team.</source>
        <translation>已寫入 {0}：請與團隊一起修改定稿。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="914" />
        <source>{0} already exists: opened it.</source>
        <translation>{0} 已存在：已開啟。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="919" />
        <source>Could not write the standard: {0}</source>
        <translation>無法寫入處理標準：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="946" />
        <location filename="../../kb_app/gui/views/compare.py" line="958" />
        <source>Exported to {0}</source>
        <translation>已匯出到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="959" />
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="965" />
        <source>Export the comparison</source>
        <translation>匯出對比</translation>
    </message>
    <message>
        <source>Wrote {0}, but no program could open it: open it in a text editor.</source>
        <translation>已寫入 {0}，但沒有程式能開啟它：請用文字編輯器開啟。</translation>
    </message>
    <message>
        <source>{0} already exists, but no program could open it.</source>
        <translation>{0} 已存在，但沒有程式能開啟它。</translation>
    </message>
    <message>
        <source>Make this draft the team&apos;s standard (status: approved): the incident pane then shows it to managers as the standard</source>
        <translation>把這份草稿定為團隊標準（status: approved）：之後事件面板會把它作為標準展示給經理</translation>
    </message>
    <message>
        <source>There is no draft standard of this kind to approve</source>
        <translation>這一類型沒有待核准的標準草稿</translation>
    </message>
    <message>
        <source>Approved {0}: managers now see it as the standard.</source>
        <translation>已核准 {0}：經理現在看到的就是這份標準。</translation>
    </message>
    <message>
        <source>Could not approve the standard: {0}</source>
        <translation>無法核准標準：{0}</translation>
    </message>
    <message>
        <source>Approve standard</source>
        <translation>核准標準</translation>
    </message>
    <message>
        <source>Against the draft standard (not yet approved): {0}</source>
        <translation>對照標準草稿（尚未核准）：{0}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="997" />
        <source>Compare cases</source>
        <translation>對比案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1023" />
        <source>Compare cases…</source>
        <translation>對比案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1024" />
        <source>Cases of one kind side by side, rated against a rubric</source>
        <translation>同類案例並排對比，依評分標準評分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1025" />
        <source>Compare the selected cases</source>
        <translation>對比選取的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1026" />
        <source>Rater name</source>
        <translation>評分人姓名</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1027" />
        <source>default: git's user.name</source>
        <translation>預設：git 的 user.name</translation>
    </message>
</context>
<context>
    <name>StandardCard</name>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Hide</source>
        <translation>收合</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Show</source>
        <translation>展開</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="74" />
        <source>Show or hide the expected actions</source>
        <translation>展開或收合期望行動</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="88" />
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="89" />
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="94" />
        <source>every {0}</source>
        <translation>每 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="96" />
        <source>within {0}</source>
        <translation>{0}內</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="147" />
        <source>Standard for {0}</source>
        <translation>{0}處理標準</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="156" />
        <source>Situations: </source>
        <translation>適用情形：</translation>
    </message>
    <message>
        <source>Draft standard, not yet approved</source>
        <translation>標準草稿，尚未核准</translation>
    </message>
    <message>
        <source>The team has not approved this draft yet: read it as ideas, not as the team&apos;s standard</source>
        <translation>團隊尚未核准這份草稿：請當作思路參考，而不是團隊標準</translation>
    </message>
    <message>
        <source>(when: {0})</source>
        <translation>（情形：{0}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Original text.</source>
        <translation>原文。</translation>
    </message>
    <message>
        <source>Show it in your script</source>
        <translation>用繁體顯示</translation>
    </message>
    <message>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>本頁由簡體中文經 OpenCC 轉換為繁體。</translation>
    </message>
    <message>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>本頁由繁體中文經 OpenCC 轉換。</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>顯示原文</translation>
    </message>
</context>
</TS>