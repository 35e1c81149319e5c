<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="242" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="243" />
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="244" />
        <source>Rater</source>
        <translation>评分人</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="245" />
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="246" />
        <source>Your ratings go to cases/ratings/&lt;name&gt;.yaml (also in Preferences)</source>
        <translation>你的评分写入 cases/ratings/&lt;名字&gt;.yaml（也可在偏好设置中修改）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="247" />
        <source>Save ratings</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="248" />
        <source>Write your ratings to your own file in cases/ratings/ (Ctrl+S)</source>
        <translation>把你的评分写入 cases/ratings/ 下你自己的文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="249" />
        <source>Write standard</source>
        <translation>编写处理标准</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="250" />
        <location filename="../../kb_app/gui/views/compare.py" line="825" />
        <source>Start cases/standards/&lt;kind&gt;.md from the best-rated case and the rubric</source>
        <translation>以评分最高的案例和评分标准为底稿，新建 cases/standards/&lt;类型&gt;.md</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="251" />
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>你的评分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="256" />
        <source>All raters</source>
        <translation>全体评分人</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Criterion</source>
        <translation>评分项</translation>
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
        <translation>无法对比：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="385" />
        <source>Pick a kind of incident above, or select two to ten cases in the search results and choose Compare (Ctrl+Shift+C).</source>
        <translation>在上方选择一种事件类型，或在搜索结果中选中 2 到 10 个案例后选择“对比”（Ctrl+Shift+C）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="395" />
        <source>Selected cases ({0})</source>
        <translation>选中的案例（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="415" />
        <source>This kind has fewer than two cases: nothing to compare yet.</source>
        <translation>这一类型的案例不足两个，暂时无法对比。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="421" />
        <source>No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.</source>
        <translation>cases/rubrics/ 中没有评分标准“{0}”：只显示案例，不显示评分。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="439" />
        <source>{0} team file(s) with problems (see the Problems panel): {1}</source>
        <translation>{0} 个团队文件有问题（见“问题”面板）：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="469" />
        <source>Cases: {0}</source>
        <translation>案例：{0} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="485" />
        <source>Open the case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="531" />
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="540" />
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>Time to resolution</source>
        <translation>解决用时</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="542" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="543" />
        <source>Severity</source>
        <translation>严重程度</translation>
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
        <translation>软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="549" />
        <source>Lessons</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="552" />
        <source>Only this case</source>
        <translation>仅此案例做了</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="555" />
        <source>Actions, step by step</source>
        <translation>行动逐项对照</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="564" />
        <source>Against the standard: {0}</source>
        <translation>对照处理标准：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>done, time not stated</source>
        <translation>做了，未写时间</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="566" />
        <source>missed</source>
        <translation>未做</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="578" />
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="579" />
        <source>The cases, section by section</source>
        <translation>案例原文，逐节对照</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="639" />
        <source>Comment (optional)</source>
        <translation>评语（可选）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="666" />
        <source>Not rated yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="730" />
        <source>Could not keep the draft: {0}</source>
        <translation>无法保存草稿：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="748" />
        <source>Enter your name as rater (top bar or Preferences) to rate.</source>
        <translation>请先填写评分人姓名（顶部栏或偏好设置）再评分。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="750" />
        <source>Unsaved draft ratings: {0}, kept if the app closes. Save ratings writes ratings/{1}.yaml.</source>
        <translation>未保存的评分草稿：{0} 项，关闭程序也不会丢失。“保存评分”会写入 ratings/{1}.yaml。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="788" />
        <source>raters: {0}</source>
        <translation>评分人：{0} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="801" />
        <source>Agreement (Krippendorff's α, ordinal): {0} · raters: {1}</source>
        <translation>一致性（Krippendorff α，顺序量表）：{0} · 评分人：{1} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="804" />
        <source>Agreement: not measurable yet · raters: {0}</source>
        <translation>一致性：暂无法计算 · 评分人：{0} 位</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="753" />
        <source>Rating as {0}: everything is saved in ratings/{1}.yaml.</source>
        <translation>评分人 {0}：全部评分已保存在 ratings/{1}.yaml。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="787" />
        <source>Best handled</source>
        <translation>处理最佳</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="826" />
        <source>Rate the cases first: the standard starts from the best one</source>
        <translation>请先评分：处理标准以评分最高的案例为底稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="836" />
        <source>No ratings yet: rate the cases to see scores and agreement.</source>
        <translation>还没有评分：评分后可看到得分和一致性。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="837" />
        <source>One rater so far: agreement needs at least two.</source>
        <translation>目前只有一位评分人：一致性至少需要两位。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="838" />
        <source>Raters agree overall (α {0}).</source>
        <translation>评分人总体一致（α {0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="839" />
        <source>Raters partly agree overall (α {0}): conclusions are tentative.</source>
        <translation>评分人总体部分一致（α {0}）：结论仅供参考。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="840" />
        <source>Raters disagree overall (α {0}): compare notes before deciding.</source>
        <translation>评分人总体分歧较大（α {0}）：先交换意见再下结论。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="841" />
        <source>Every rating is the same score: no disagreement to measure.</source>
        <translation>所有评分都相同：没有分歧可衡量。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="842" />
        <source>Raters disagree on {0}: discuss it first.</source>
        <translation>评分人在{0}上分歧较大：请先讨论。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="843" />
        <source>Raters partly agree on {0}.</source>
        <translation>评分人在{0}上部分一致。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="884" />
        <source>Saved your ratings to {0}</source>
        <translation>评分已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="889" />
        <source>Ratings not saved: {0}</source>
        <translation>评分未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="913" />
        <source>Wrote {0}: edit it with the team.</source>
        <translation>已写入 {0}：请与团队一起修改定稿。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="914" />
        <source>{0} already exists: opened it.</source>
        <translation>{0} 已存在：已打开。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="919" />
        <source>Could not write the standard: {0}</source>
        <translation>无法写入处理标准：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="946" />
        <location filename="../../kb_app/gui/views/compare.py" line="958" />
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="959" />
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
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
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Wrote {0}, but no program could open it: open it in a text editor.</source>
        <translation>已写入 {0}，但没有程序能打开它：请用文本编辑器打开。</translation>
    </message>
    <message>
        <source>{0} already exists, but no program could open it.</source>
        <translation>{0} 已存在，但没有程序能打开它。</translation>
    </message>
    <message>
        <source>Make this draft the team&apos;s standard (status: approved): the incident pane then shows it to managers as the standard</source>
        <translation>把这份草稿定为团队标准（status: approved）：之后事件面板会把它作为标准展示给经理</translation>
    </message>
    <message>
        <source>There is no draft standard of this kind to approve</source>
        <translation>这一类型没有待批准的标准草稿</translation>
    </message>
    <message>
        <source>Approved {0}: managers now see it as the standard.</source>
        <translation>已批准 {0}：经理现在看到的就是这份标准。</translation>
    </message>
    <message>
        <source>Could not approve the standard: {0}</source>
        <translation>无法批准标准：{0}</translation>
    </message>
    <message>
        <source>Approve standard</source>
        <translation>批准标准</translation>
    </message>
    <message>
        <source>Against the draft standard (not yet approved): {0}</source>
        <translation>对照标准草稿（尚未批准）：{0}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="997" />
        <source>Compare cases</source>
        <translation>对比案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1023" />
        <source>Compare cases…</source>
        <translation>对比案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1024" />
        <source>Cases of one kind side by side, rated against a rubric</source>
        <translation>同类案例并排对比，按评分标准评分</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1025" />
        <source>Compare the selected cases</source>
        <translation>对比选中的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1026" />
        <source>Rater name</source>
        <translation>评分人姓名</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1027" />
        <source>default: git's user.name</source>
        <translation>默认：git 的 user.name</translation>
    </message>
</context>
<context>
    <name>StandardCard</name>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Show</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="74" />
        <source>Show or hide the expected actions</source>
        <translation>展开或收起期望行动</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="88" />
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="89" />
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="94" />
        <source>every {0}</source>
        <translation>每 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="96" />
        <source>within {0}</source>
        <translation>{0}内</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="147" />
        <source>Standard for {0}</source>
        <translation>{0}处理标准</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="156" />
        <source>Situations: </source>
        <translation>适用情形：</translation>
    </message>
    <message>
        <source>Draft standard, not yet approved</source>
        <translation>标准草稿，尚未批准</translation>
    </message>
    <message>
        <source>The team has not approved this draft yet: read it as ideas, not as the team&apos;s standard</source>
        <translation>团队尚未批准这份草稿：请当作思路参考，而不是团队标准</translation>
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
        <translation>用简体显示</translation>
    </message>
    <message>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>本页由简体中文经 OpenCC 转换。</translation>
    </message>
    <message>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>本页由繁体中文经 OpenCC 转换为简体。</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>显示原文</translation>
    </message>
</context>
</TS>