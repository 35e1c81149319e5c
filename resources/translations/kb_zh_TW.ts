<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="129"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="130"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危機案例知識庫</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>IT 服務危機的離線先例庫：上次發生了什麼、怎麼處理的、結果如何、學到了什麼。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="143"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="718"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="719"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>回到上一頁（Alt+左方向鍵）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="720"/>
        <source>Show file</source>
        <translation>顯示檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="721"/>
        <source>Open the folder that holds this file</source>
        <translation>開啟此檔案所在的資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="726"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>選擇一個案例，在這裡閱讀。

結果和經驗教訓排在最前面。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="244"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="245"/>
        <source>Lessons learned</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="246"/>
        <source>Soft skills</source>
        <translation>軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="247"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="248"/>
        <source>Related cases</source>
        <translation>相關案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="299"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>這段文字巢狀太深，無法依格式顯示，因此以純文字顯示。檔案本身沒有變更。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="307"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其餘部分（還有 %n 列）太長，無法在這裡顯示；請用「顯示檔案」開啟檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其餘部分太長，無法在這裡顯示；請用「顯示檔案」開啟檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="319"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>顯示其餘部分（還有 %n 列）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="321"/>
        <source>Show the rest of the text</source>
        <translation>顯示其餘文字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="326"/>
        <source>Lesson</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="327"/>
        <source>Cases with this lesson</source>
        <translation>包含這條經驗的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Low severity</source>
        <translation>低嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Medium severity</source>
        <translation>中嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>High severity</source>
        <translation>高嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="350"/>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="525"/>
        <source>image not loaded</source>
        <translation>圖片未載入</translation>
    </message>
    <message>
        <source>[image not loaded: {0}]</source>
        <translation>〔圖片未載入：{0}〕</translation>
    </message>
    <message>
        <source>[image not loaded]</source>
        <translation>〔圖片未載入〕</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="131"/>
        <source>Describe the incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="132"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>客戶是誰、什麼出了故障、持續多久、有什麼風險。輸入時會自動列出相似的歷史案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="134"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>例如：證券客戶儲存陣列故障，工程師已連續工作30小時仍未解決，客戶要求開盤前恢復……</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="184"/>
        <source>updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="212"/>
        <source>{0} ms</source>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="237"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>無法查詢相似案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="248"/>
        <location filename="../../kb_app/gui/views/incident.py" line="254"/>
        <source>Similar past cases</source>
        <translation>相似的歷史案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="249"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>在上方描述新發生的事件。

相似的歷史案例會出現在這裡，並說明為什麼相似、結果如何、學到了什麼。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="255"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="258"/>
        <source>No similar case found</source>
        <translation>沒有找到相似案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="259"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>還沒有相似案例。

請寫明系統、症狀、客戶所在行業或面臨的風險。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="263"/>
        <source>Close precedents</source>
        <translation>相近的先例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="266"/>
        <source>No close precedent; nearest cases:</source>
        <translation>沒有很接近的先例；最接近的案例：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="106"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危機案例知識庫</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <location filename="../../kb_app/gui/main_window.py" line="269"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Describe an incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>搜尋案例（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>輸入新事件，相似的歷史案例隨之列出（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Open case folder…</source>
        <translation>開啟案例資料夾…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="266"/>
        <source>Reindex</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="267"/>
        <source>Rebuild index from scratch</source>
        <translation>從頭重建索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="270"/>
        <source>Describe a new incident</source>
        <translation>描述新事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="271"/>
        <source>Next result</source>
        <translation>下一個結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <source>Previous result</source>
        <translation>上一個結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="273"/>
        <source>Back to the results</source>
        <translation>回到結果列表</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="274"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="275"/>
        <source>Preferences…</source>
        <translation>偏好設定…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="276"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="282"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="283"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="284"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>停止索引；繼續使用之前的索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="285"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>無法讀取的檔案（雙擊一行可顯示該檔案）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="292"/>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="318"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Updating from the case folder…</source>
        <translation>正在從案例資料夾更新…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="335"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>正在索引案例… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="338"/>
        <source>Reading the case files…</source>
        <translation>正在讀取案例檔案…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="367"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>就緒：%n 個案例，用時 {0} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 個案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 則經驗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="415"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n 個檔案有問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="417"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 則警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="369"/>
        <source>Updated from the case folder</source>
        <translation>已從案例資料夾更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="390"/>
        <location filename="../../kb_app/gui/main_window.py" line="393"/>
        <source>Could not open the case folder: {0}</source>
        <translation>無法開啟案例資料夾：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="400"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>已取消索引；繼續使用之前的索引。按 F5 重新索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="402"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>索引已取消。按 F5 索引案例資料夾。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="432"/>
        <source>File: {0} (path copied)</source>
        <translation>檔案：{0}（路徑已複製）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="518"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>「{0}」已不在案例資料夾中</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="522"/>
        <source>Could not open {0}: {1}</source>
        <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="580"/>
        <source>Choose the case folder</source>
        <translation>選擇案例資料夾</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>問題（{0}）</translation>
    </message>
    <message>
        <source>⚠ Problems: {0}</source>
        <translation>⚠ 問題：{0}</translation>
    </message>
    <message>
        <source>Warnings: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>File: {0} (path copied; no program could open its folder)</source>
        <translation>檔案：{0}（路徑已複製；沒有程式能開啟它所在的資料夾）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="62"/>
        <source>Follow the system ({0})</source>
        <translation>跟隨系統（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="63"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="64"/>
        <source>Case folder</source>
        <translation>案例資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="65"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="70"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>語言會立即切換，螢幕上的內容保持不變。搜尋索引儲存在你的使用者資料資料夾中，不會寫入案例資料夾。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="81"/>
        <source>Choose the case folder</source>
        <translation>選擇案例資料夾</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>檔案有 {0} MB；一個案例最多 {1} MB。請拆分，或把附件移出正文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>不是 UTF-8 文字（{0}）。請另存為 UTF-8；未讀取其中任何內容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>沒有 YAML 前言：檔案必須以 &apos;---&apos; 行開頭。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <location filename="../../kb_app/gui/models.py" line="443"/>
        <location filename="../../kb_app/gui/models.py" line="451"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>前言沒有結束：請在其後加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>前言必須是一組欄位（鍵: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>前言中的 YAML 有誤（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>這裡不允許 YAML 標籤（{0}）；只讀取一般的值。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>不允許 YAML 錨點和別名（&amp; 和 *）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>The front matter is nested too deeply.</source>
        <translation>前言巢狀太深。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>The id is missing.</source>
        <translation>缺少 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>id「{0}」不合規：只能用字母、數字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，不能有路徑分隔符號或 &apos;..&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>id「{0}」與檔名「{1}」不一致：請重新命名檔案或修改 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>id「{0}」重複，已被 {1} 使用；略過此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>欄位「{0}」只能有一個值，不能是清單或對應。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>沒有類型：案例列在「未知」之下。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>未知類型「{0}」（不在 vocab/kinds.yaml 中）；案例仍然列出。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>未知的結果狀態「{0}」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>日期「{0}」不是有效日期（YYYY-MM-DD）；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>未知的嚴重程度「{0}」；請用 {1} 之一。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>未知語言「{0}」；改為根據內文辨識。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="417"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>經驗 id「{0}」重複（也在 {1} 中）；略過此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>The title is missing.</source>
        <translation>缺少標題。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>不是一般檔案（管道、裝置或通訊端）；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>The file cannot be read ({0}).</source>
        <translation>無法讀取檔案（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Unexpected problem: {0}</source>
        <translation>意外的問題：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>未知的軟技能：{0}。已知：{1}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="415"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>內文含有 NUL 位元組；已略去。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="416"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>一則經驗應至少註明一項軟技能。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="418"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>連結的經驗不存在：{0}（已在 lessons/ 中尋找）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="419"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>找不到相關案例：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="420"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}：應有 label 和 terms 欄位；該條目保留，但不含它們。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="421"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}：label 必須把 zh-Hans / zh-Hant / en 對應到文字；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="422"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}：terms 必須是詞語清單；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="423"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>檔案頂層應為 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="424"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>術語組 {0} 不是詞語清單；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="434"/>
        <source>The folder cannot be read ({0}); the cases in it are kept as they were indexed.</source>
        <translation>無法讀取此資料夾（{0}）；其中的案例維持上次索引時的樣子。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="435"/>
        <source>Folders nested more than {0} deep are not read ({1} folder(s) inside it skipped).</source>
        <translation>巢狀超過 {0} 層的資料夾不會讀取（略過了其中 {1} 個資料夾）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="436"/>
        <source>The lessons/ folder cannot be read ({0}); links to lessons are not checked.</source>
        <translation>無法讀取 lessons/ 資料夾（{0}）；不檢查指向教訓的連結。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="437"/>
        <source>The vocabularies cannot be read ({0}); the bundled ones are used.</source>
        <translation>無法讀取詞彙表（{0}）；改用內建詞彙表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="438"/>
        <source>A link to a file that does not exist ({0}); not read.</source>
        <translation>連結指向不存在的檔案（{0}）；未讀取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="439"/>
        <source>A link loop; not read.</source>
        <translation>連結形成迴圈；未讀取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="440"/>
        <source>The link cannot be followed ({0}); not read.</source>
        <translation>無法追蹤此連結（{0}）；未讀取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="441"/>
        <source>A link to a folder; links to folders are not followed.</source>
        <translation>這是指向資料夾的連結；不追蹤指向資料夾的連結。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="442"/>
        <source>A link to a file outside the case folder ({0}); files outside are not read.</source>
        <translation>連結指向案例資料夾以外的檔案（{0}）；不讀取資料夾以外的檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="444"/>
        <source>{0}: expected a mapping of words to their readings; ignored.</source>
        <translation>{0}：應為「詞語: 讀法」的對應；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="445"/>
        <source>{0}: {1}: the readings must be a list of words; skipped.</source>
        <translation>{0}：{1}：讀法必須是詞語清單；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="447"/>
        <source>Not a regular file; skipped.</source>
        <translation>不是一般檔案；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="448"/>
        <source>The file is too large to be read as a team file.</source>
        <translation>檔案太大，無法作為團隊檔案讀取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="449"/>
        <source>The file cannot be read.</source>
        <translation>無法讀取此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="450"/>
        <source>The file must be a set of fields (key: value).</source>
        <translation>檔案必須是一組欄位（鍵: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="452"/>
        <source>A text is missing here.</source>
        <translation>此處缺少文字。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="453"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en.</source>
        <translation>未知語言：請使用 zh-Hans、zh-Hant 或 en。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="454"/>
        <source>Expected a text, or zh-Hans / zh-Hant / en: text.</source>
        <translation>應為文字，或「zh-Hans / zh-Hant / en: 文字」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="455"/>
        <source>The rubric id must be the file name.</source>
        <translation>評分量表的 id 必須與檔名相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="456"/>
        <source>Bad scale: give min and max as whole numbers with 0 &lt;= min &lt; max &lt;= 10.</source>
        <translation>量表有誤：min 和 max 必須是整數，且 0 &lt;= min &lt; max &lt;= 10。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="457"/>
        <source>The criteria must be a non-empty list.</source>
        <translation>評分項目必須是非空清單。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="458"/>
        <source>A criterion must be a set of fields (key, label, weight, levels).</source>
        <translation>評分項目必須是一組欄位（key、label、weight、levels）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="459"/>
        <source>A key may only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>鍵只能包含字母、數字、「-」和「_」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="460"/>
        <source>This key is used twice in the rubric.</source>
        <translation>此鍵在評分量表中重複使用。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="461"/>
        <source>The weight must be a number above 0.</source>
        <translation>權重必須是大於 0 的數字。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="462"/>
        <source>The levels must map a score to its description.</source>
        <translation>等級必須把分數對應到其描述。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="463"/>
        <source>A level must be a whole number.</source>
        <translation>等級必須是整數。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="464"/>
        <source>A level is outside the rubric&apos;s scale.</source>
        <translation>有等級超出評分量表的範圍。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="465"/>
        <source>&apos;cases&apos; must map a case id to its scores.</source>
        <translation>「cases」必須把案例 id 對應到其分數。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="466"/>
        <source>Bad case id in the ratings.</source>
        <translation>評分中的案例 id 有誤。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="467"/>
        <source>Expected &apos;criterion: score&apos; lines under the case.</source>
        <translation>案例下應為「評分項目: 分數」各行。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="468"/>
        <source>A score must be a whole number (or score and comment).</source>
        <translation>分數必須是整數（或分數加評語）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="469"/>
        <source>This criterion is not in the rubric; the score is ignored.</source>
        <translation>評分量表中沒有此評分項目；該分數已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="470"/>
        <source>The score is outside the rubric&apos;s scale; it is ignored.</source>
        <translation>分數超出評分量表的範圍；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="471"/>
        <source>The ratings file is for another rubric.</source>
        <translation>此評分檔案屬於另一份評分量表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="472"/>
        <source>The ratings file cannot be read; fix it before saving.</source>
        <translation>無法讀取此評分檔案；請先修正再儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="473"/>
        <source>The standard names no kind.</source>
        <translation>此處置標準沒有寫明類型。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="474"/>
        <source>The kind must be the file name.</source>
        <translation>類型必須與檔名相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="475"/>
        <source>&apos;expected&apos; must be a list of actions (id, action, within/every).</source>
        <translation>「expected」必須是動作清單（id、action、within/every）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="476"/>
        <source>An action id may only hold letters, digits and &apos;-&apos;.</source>
        <translation>動作 id 只能包含字母、數字和「-」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="477"/>
        <source>The action is missing.</source>
        <translation>缺少動作。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="478"/>
        <source>The terms must be a list of words.</source>
        <translation>terms 必須是詞語清單。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="479"/>
        <source>Not a duration: write 30m, 2h or 1d.</source>
        <translation>不是時間長度：請寫成 30m、2h 或 1d。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="480"/>
        <source>This field must be a list.</source>
        <translation>此欄位必須是清單。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="482"/>
        <source>The reading path file is empty.</source>
        <translation>閱讀路徑檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="483"/>
        <source>A reading path must be a set of fields (id, title, intro, steps).</source>
        <translation>閱讀路徑必須是一組欄位（id、title、intro、steps）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="484"/>
        <source>The reading path file cannot be read.</source>
        <translation>無法讀取閱讀路徑檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="485"/>
        <source>Broken YAML in the reading path.</source>
        <translation>閱讀路徑中的 YAML 有誤。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="486"/>
        <source>Bad path id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>路徑 id 有誤：請使用字母、數字、「-」、「_」和「.」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="487"/>
        <source>The path id does not match the file name.</source>
        <translation>路徑 id 與檔名不一致。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="488"/>
        <source>The reading path has no title.</source>
        <translation>閱讀路徑沒有標題。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="489"/>
        <source>No steps: list the cases and lessons under &apos;steps:&apos; (- case: ID / - lesson: ID).</source>
        <translation>沒有步驟：請在「steps:」下列出案例和教訓（- case: ID / - lesson: ID）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="490"/>
        <source>A step must be &apos;- case: ID&apos; or &apos;- lesson: ID&apos;.</source>
        <translation>步驟必須是「- case: ID」或「- lesson: ID」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="491"/>
        <source>This step names a case that is not in the folder; it is skipped.</source>
        <translation>此步驟指向資料夾中沒有的案例；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="492"/>
        <source>This step names a lesson that is not in the folder; it is skipped.</source>
        <translation>此步驟指向資料夾中沒有的教訓；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="493"/>
        <source>This step is already on the path; skipped.</source>
        <translation>此步驟已在路徑中；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="494"/>
        <source>Another reading path has this id; this file is skipped.</source>
        <translation>另一條閱讀路徑已使用此 id；已略過此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="495"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en; ignored.</source>
        <translation>未知語言：請使用 zh-Hans、zh-Hant 或 en；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="496"/>
        <source>Expected a text, or a mapping of language: text.</source>
        <translation>應為文字，或「語言: 文字」的對應。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="541"/>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="542"/>
        <source>operation not permitted</source>
        <translation>不允許此操作</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="543"/>
        <source>no such file or folder</source>
        <translation>檔案或資料夾不存在</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="544"/>
        <source>input/output error</source>
        <translation>輸入/輸出錯誤</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="545"/>
        <source>too many levels of links</source>
        <translation>連結層級過多</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="546"/>
        <source>not a folder</source>
        <translation>不是資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="547"/>
        <source>is a folder</source>
        <translation>是資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="568"/>
        <source>encoding unknown</source>
        <translation>編碼未知</translation>
    </message>
    <message>
        <source>The weight must be a number above 0 and at most 1000.</source>
        <translation>權重必須是大於 0、不超過 1000 的數字。</translation>
    </message>
    <message>
        <source>The rubric “{0}” is not in rubrics/: these ratings are not counted.</source>
        <translation>rubrics/ 中沒有評分標準「{0}」：這些評分不計入。</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep one side and remove the markers.</source>
        <translation>有未解決的 git 合併衝突（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;）：保留其中一方，刪除衝突標記。</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict in the text (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): both sides would show. Keep one side and remove the markers.</source>
        <translation>正文中有未解決的 git 合併衝突（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;），兩個版本會同時顯示。請保留其中一方，刪除衝突標記。</translation>
    </message>
    <message>
        <source>A key is given twice here; only one would count. Keep one.</source>
        <translation>這裡有重複的鍵，只有一個會生效。請只保留一個。</translation>
    </message>
    <message>
        <source>The key “{0}” is given twice; the last one counts.</source>
        <translation>鍵「{0}」出現了兩次，以後一個為準。</translation>
    </message>
    <message>
        <source>Too many steps: a reading path may have at most 500.</source>
        <translation>步驟太多：一條閱讀路徑最多 500 步。</translation>
    </message>
    <message>
        <source>… and {0} more problems in this file.</source>
        <translation>……此檔案還有 {0} 個問題。</translation>
    </message>
    <message>
        <source>The status must be draft or approved.</source>
        <translation>status 必須是 draft（草稿）或 approved（已核准）。</translation>
    </message>
    <message>
        <source>&apos;when&apos; must be a few words (the situation the action is for).</source>
        <translation>when 必須是幾個詞（這一行動適用的情形）。</translation>
    </message>
    <message>
        <source>Its front matter could not be read ({0}); imported without it.</source>
        <translation>其檔頭資訊無法讀取（{0}）；已在沒有它的情況下匯入。</translation>
    </message>
    <message>
        <source>{0} image(s) not kept (remote, outside the folder, not a picture, or a tracking pixel).</source>
        <translation>{0} 張圖片未保留（遠端圖片、資料夾之外、不是圖片或追蹤像素）。</translation>
    </message>
    <message>
        <source>The ratings file belongs to another rater; nothing was saved.</source>
        <translation>該評分檔案屬於另一位評分人，未儲存。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="370"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="371"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="372"/>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="373"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="173"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="174"/>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="175"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="176"/>
        <source>%1 File</source>
        <translation>%1 檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="177"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="171"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="172"/>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="285"/>
        <source>Words</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="286"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="287"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="288"/>
        <source>Stakes</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="289"/>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>same kind</source>
        <translation>同類故障</translation>
    </message>
    <message>
        <source>same component</source>
        <translation>同一元件</translation>
    </message>
    <message>
        <source>same situation</source>
        <translation>同樣情境</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>同樣角色</translation>
    </message>
    <message>
        <source>same pressure</source>
        <translation>同樣壓力</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>同一產業</translation>
    </message>
    <message>
        <source>Close: {0}</source>
        <translation>相近：{0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="214"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>搜尋案例 — 簡體、繁體或英文皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="215"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>簡體、繁體都可以輸入；繁體查詢也能找到簡體案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="216"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="224"/>
        <source>From this date (inclusive)</source>
        <translation>起始日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="225"/>
        <source>Up to this date (inclusive)</source>
        <translation>截止日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="226"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="227"/>
        <source>Clear the query and every filter</source>
        <translation>清除查詢和所有篩選條件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="231"/>
        <source>Choose a case folder…</source>
        <translation>選擇案例資料夾…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>All soft skills</source>
        <translation>全部軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>All outcomes</source>
        <translation>全部結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="279"/>
        <source>Incident kind</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="280"/>
        <source>Soft skill shown in the case</source>
        <translation>案例體現的軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="281"/>
        <source>How the case ended</source>
        <translation>案例的結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="282"/>
        <source>Language the case is written in</source>
        <translation>案例的書寫語言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n 個案例，最新的在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n 個案例符合篩選條件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="401"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} 筆結果，顯示最相關的 {1} 筆</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>1 match</source>
        <translation>1 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="405"/>
        <source>{0} matches</source>
        <translation>{0} 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>no case has every word; closest partial matches</source>
        <translation>沒有案例包含全部詞語；以下為部分相符的結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="414"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="415"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>正在讀取並索引案例檔案，你可以先開始輸入。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="418"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>還沒有案例 — 請指定一個案例資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="419"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>案例資料夾裡是帶 YAML 前置資料的 Markdown 檔案，每個檔案一個案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="422"/>
        <source>0 matches</source>
        <translation>0 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="423"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>沒有相符結果：試試少用幾個詞、換個說法，或移除篩選條件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="424"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>搜尋範圍包括標題、結果、經驗教訓和全文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="427"/>
        <source>The search failed</source>
        <translation>搜尋失敗</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="412"/>
        <source>Lessons</source>
        <translation>經驗教訓</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="505"/>
        <source>rebuild requested</source>
        <translation>已要求重建</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="506"/>
        <source>there is no index yet</source>
        <translation>還沒有索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="507"/>
        <source>the index is missing or incomplete</source>
        <translation>索引遺失或不完整</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="508"/>
        <source>the index was made by another version ({0})</source>
        <translation>索引由另一個版本建立（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="509"/>
        <source>the vocabularies changed</source>
        <translation>詞彙表已變更</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="510"/>
        <source>the index is damaged ({0})</source>
        <translation>索引已損毀（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="511"/>
        <source>the index could not be opened ({0})</source>
        <translation>無法開啟索引（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="521"/>
        <source>Rebuilding the search index: {0}.</source>
        <translation>正在重建搜尋索引：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="523"/>
        <source>Removed what an interrupted index build had left behind.</source>
        <translation>已清除中斷的索引建置留下的檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="525"/>
        <source>the folder {0} does not exist</source>
        <translation>資料夾 {0} 不存在</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="527"/>
        <source>The index is being updated by {0}; searching it as it is.</source>
        <translation>{0} 正在更新索引；先依現有索引搜尋。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>you have no permission to change it</source>
        <translation>你沒有修改它的權限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟是唯讀的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>你的磁碟配額已用完</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>它路徑中的某一段不是資料夾</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>它已經存在</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一個程式正在使用它</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>它的名稱太長</translation>
    </message>
    <message>
        <source>it leads through too many links</source>
        <translation>它經過的連結太多</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁碟無法讀寫</translation>
    </message>
    <message>
        <source>the system refused (error {0})</source>
        <translation>系統拒絕了操作（錯誤 {0}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>it leads outside the case folder</source>
        <translation>它指向案例資料夾之外</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>另一個程式正在使用這個檔案</translation>
    </message>
    <message>
        <source>the app&apos;s own data file could not be used</source>
        <translation>程式自己的資料檔案無法使用</translation>
    </message>
    <message>
        <source>{0} was not found</source>
        <translation>找不到 {0}</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>意外的問題</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
