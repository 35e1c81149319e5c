<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="117"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="118"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危機案例知識庫</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="119"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>IT 服務危機的離線先例庫：上次發生了什麼、怎麼處理的、結果如何、學到了什麼。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="562"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="563"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>回到上一頁（Alt+左方向鍵）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="564"/>
        <source>Show file</source>
        <translation>顯示檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="565"/>
        <source>Open the folder that holds this file</source>
        <translation>開啟此檔案所在的資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="566"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>選擇一個案例，在這裡閱讀。

結果和經驗教訓排在最前面。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="211"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="212"/>
        <source>Lessons learned</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="213"/>
        <source>Soft skills</source>
        <translation>軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="214"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="215"/>
        <source>Related cases</source>
        <translation>相關案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="263"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>這段文字巢狀太深，無法依格式顯示，因此以純文字顯示。檔案本身沒有變更。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="271"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其餘部分（還有 %n 列）太長，無法在這裡顯示；請用「顯示檔案」開啟檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="274"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其餘部分太長，無法在這裡顯示；請用「顯示檔案」開啟檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="283"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>顯示其餘部分（還有 %n 列）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="285"/>
        <source>Show the rest of the text</source>
        <translation>顯示其餘文字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="291"/>
        <source>Lesson</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="292"/>
        <source>Cases with this lesson</source>
        <translation>包含這條經驗的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Low severity</source>
        <translation>低嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Medium severity</source>
        <translation>中嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>High severity</source>
        <translation>高嚴重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="484"/>
        <source>image not loaded</source>
        <translation>圖片未載入</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="119"/>
        <source>Describe the incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="120"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>客戶是誰、什麼出了故障、持續多久、有什麼風險。輸入時會自動列出相似的歷史案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="122"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>例如：證券客戶儲存陣列故障，工程師已連續工作30小時仍未解決，客戶要求開盤前恢復……</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="167"/>
        <source>updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="192"/>
        <source>{0} ms</source>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="209"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>無法查詢相似案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="220"/>
        <location filename="../../kb_app/gui/views/incident.py" line="226"/>
        <source>Similar past cases</source>
        <translation>相似的歷史案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="221"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>在上方描述新發生的事件。

相似的歷史案例會出現在這裡，並說明為什麼相似、結果如何、學到了什麼。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="227"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="230"/>
        <source>No similar case found</source>
        <translation>沒有找到相似案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="231"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>還沒有相似案例。

請寫明系統、症狀、客戶所在行業或面臨的風險。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="235"/>
        <source>Close precedents</source>
        <translation>相近的先例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="238"/>
        <source>No close precedent; nearest cases:</source>
        <translation>沒有很接近的先例；最接近的案例：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="241"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危機案例知識庫</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="242"/>
        <location filename="../../kb_app/gui/main_window.py" line="254"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="243"/>
        <source>Describe an incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="244"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>搜尋案例（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="245"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>輸入新事件，相似的歷史案例隨之列出（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="246"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="247"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="248"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="250"/>
        <source>Open case folder…</source>
        <translation>開啟案例資料夾…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="251"/>
        <source>Reindex</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="252"/>
        <source>Rebuild index from scratch</source>
        <translation>從頭重建索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="255"/>
        <source>Describe a new incident</source>
        <translation>描述新事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Next result</source>
        <translation>下一個結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <source>Previous result</source>
        <translation>上一個結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Back to the results</source>
        <translation>回到結果列表</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Preferences…</source>
        <translation>偏好設定…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>停止索引；繼續使用之前的索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>無法讀取的檔案（雙擊一行可顯示該檔案）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="296"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Updating from the case folder…</source>
        <translation>正在從案例資料夾更新…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="313"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>正在索引案例… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="316"/>
        <source>Reading the case files…</source>
        <translation>正在讀取案例檔案…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="342"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>就緒：%n 個案例，用時 {0} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 個案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 則經驗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="379"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n 個檔案有問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="381"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 則警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="344"/>
        <source>Updated from the case folder</source>
        <translation>已從案例資料夾更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="358"/>
        <source>Could not open the case folder: {0}</source>
        <translation>無法開啟案例資料夾：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="364"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>已取消索引；繼續使用之前的索引。按 F5 重新索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="366"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>索引已取消。按 F5 索引案例資料夾。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="396"/>
        <source>File: {0} (path copied)</source>
        <translation>檔案：{0}（路徑已複製）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="482"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>「{0}」已不在案例資料夾中</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="486"/>
        <source>Could not open {0}: {1}</source>
        <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="545"/>
        <source>Choose the case folder</source>
        <translation>選擇案例資料夾</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="55"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="57"/>
        <source>Follow the system ({0})</source>
        <translation>跟隨系統（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="58"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="59"/>
        <source>Case folder</source>
        <translation>案例資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="61"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>語言會立即切換，螢幕上的內容保持不變。搜尋索引儲存在你的使用者資料資料夾中，不會寫入案例資料夾。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="72"/>
        <source>Choose the case folder</source>
        <translation>選擇案例資料夾</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="379"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="380"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>檔案有 {0} MB；一個案例最多 {1} MB。請拆分，或把附件移出正文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="381"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>不是 UTF-8 文字（{0}）。請另存為 UTF-8；未讀取其中任何內容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="382"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>沒有 YAML 前言：檔案必須以 &apos;---&apos; 行開頭。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="383"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>前言沒有結束：請在其後加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="384"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>前言必須是一組欄位（鍵: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="385"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>前言中的 YAML 有誤（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="386"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>這裡不允許 YAML 標籤（{0}）；只讀取一般的值。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="387"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>不允許 YAML 錨點和別名（&amp; 和 *）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="388"/>
        <source>The front matter is nested too deeply.</source>
        <translation>前言巢狀太深。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The id is missing.</source>
        <translation>缺少 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>id「{0}」不合規：只能用字母、數字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，不能有路徑分隔符號或 &apos;..&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>id「{0}」與檔名「{1}」不一致：請重新命名檔案或修改 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>id「{0}」重複，已被 {1} 使用；略過此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>欄位「{0}」只能有一個值，不能是清單或對應。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>沒有類型：案例列在「未知」之下。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>未知類型「{0}」（不在 vocab/kinds.yaml 中）；案例仍然列出。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>未知的結果狀態「{0}」。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>日期「{0}」不是有效日期（YYYY-MM-DD）；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>未知的嚴重程度「{0}」；請用 {1} 之一。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>未知語言「{0}」；改為根據內文辨識。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>經驗 id「{0}」重複（也在 {1} 中）；略過此檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <source>The title is missing.</source>
        <translation>缺少標題。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>不是一般檔案（管道、裝置或通訊端）；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>The file cannot be read ({0}).</source>
        <translation>無法讀取檔案（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>Unexpected problem: {0}</source>
        <translation>意外的問題：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>未知的軟技能：{0}。已知：{1}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>內文含有 NUL 位元組；已略去。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>一則經驗應至少註明一項軟技能。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>連結的經驗不存在：{0}（已在 lessons/ 中尋找）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>找不到相關案例：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}：應有 label 和 terms 欄位；該條目保留，但不含它們。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}：label 必須把 zh-Hans / zh-Hant / en 對應到文字；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}：terms 必須是詞語清單；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>檔案頂層應為 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>術語組 {0} 不是詞語清單；已略過。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="431"/>
        <source>encoding unknown</source>
        <translation>編碼未知</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="360"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="361"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="362"/>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="363"/>
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
        <location filename="../../kb_app/gui/models.py" line="275"/>
        <source>Words</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="276"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="277"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="278"/>
        <source>Stakes</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="279"/>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="265"/>
        <source>read</source>
        <translation>已讀</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="209"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>搜尋案例 — 簡體、繁體或英文皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="210"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>簡體、繁體都可以輸入；繁體查詢也能找到簡體案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="211"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="213"/>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="219"/>
        <source>From this date (inclusive)</source>
        <translation>起始日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="220"/>
        <source>Up to this date (inclusive)</source>
        <translation>截止日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="221"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="222"/>
        <source>Clear the query and every filter</source>
        <translation>清除查詢和所有篩選條件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>Choose a case folder…</source>
        <translation>選擇案例資料夾…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="263"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="264"/>
        <source>All soft skills</source>
        <translation>全部軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="265"/>
        <source>All outcomes</source>
        <translation>全部結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="266"/>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>Incident kind</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>Soft skill shown in the case</source>
        <translation>案例體現的軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>How the case ended</source>
        <translation>案例的結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>Language the case is written in</source>
        <translation>案例的書寫語言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="382"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n 個案例，最新的在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="383"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n 個案例符合篩選條件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="385"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} 筆結果，顯示最相關的 {1} 筆</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="387"/>
        <source>1 match</source>
        <translation>1 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="389"/>
        <source>{0} matches</source>
        <translation>{0} 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="391"/>
        <source>no case has every word; closest partial matches</source>
        <translation>沒有案例包含全部詞語；以下為部分相符的結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>正在讀取並索引案例檔案，你可以先開始輸入。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="402"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>還沒有案例 — 請指定一個案例資料夾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>案例資料夾裡是帶 YAML 前置資料的 Markdown 檔案，每個檔案一個案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="406"/>
        <source>0 matches</source>
        <translation>0 筆結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>沒有相符結果：試試少用幾個詞、換個說法，或移除篩選條件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="408"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>搜尋範圍包括標題、結果、經驗教訓和全文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="411"/>
        <source>The search failed</source>
        <translation>搜尋失敗</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="339"/>
        <source>Lessons</source>
        <translation>經驗教訓</translation>
    </message>
</context>
</TS>
