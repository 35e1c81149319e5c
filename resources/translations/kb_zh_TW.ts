<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="115" />
      <source>About</source>
      <translation>關於</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="116" />
      <source>Crisis Case Knowledge Base</source>
      <translation>危機案例知識庫</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="117" />
      <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
      <translation>IT 服務危機的離線先例庫：上次發生了什麼、怎麼處理的、結果如何、學到了什麼。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="129" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="363" />
      <source>◀ Back</source>
      <translation>◀ 返回</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="364" />
      <source>Back to the previous page (Alt+Left)</source>
      <translation>回到上一頁（Alt+左方向鍵）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="365" />
      <source>Show file</source>
      <translation>顯示檔案</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="366" />
      <source>Open the folder that holds this file</source>
      <translation>開啟此檔案所在的資料夾</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="367" />
      <source>Select a case to read it here.

The outcome and the lessons come first.</source>
      <translation>選擇一個案例，在這裡閱讀。

結果和經驗教訓排在最前面。</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="142" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="143" />
      <source>Lessons learned</source>
      <translation>經驗教訓</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="144" />
      <source>Soft skills</source>
      <translation>軟技能</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="145" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="146" />
      <source>Related cases</source>
      <translation>相關案例</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="191" />
      <source>Lesson</source>
      <translation>經驗</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="192" />
      <source>Cases with this lesson</source>
      <translation>包含這條經驗的案例</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>Low severity</source>
      <translation>低嚴重度</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>Medium severity</source>
      <translation>中嚴重度</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>High severity</source>
      <translation>高嚴重度</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="210" />
      <source>Critical</source>
      <translation>嚴重</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="287" />
      <source>image not loaded</source>
      <translation>圖片未載入</translation>
    </message>
  </context>
  <context>
    <name>IncidentPane</name>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="119" />
      <source>Describe the incident</source>
      <translation>描述事件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="120" />
      <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
      <translation>客戶是誰、什麼出了故障、持續多久、有什麼風險。輸入時會自動列出相似的歷史案例。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="122" />
      <source>e.g. 证券客户存储阵列故障，工程师已连续工作30小时仍未解决，客户要求开盘前恢复……</source>
      <translation>例如：證券客戶儲存陣列故障，工程師已連續工作30小時仍未解決，客戶要求開盤前恢復……</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="165" />
      <source>updating…</source>
      <translation>更新中…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="190" />
      <source>{0} ms</source>
      <translation>{0} 毫秒</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="207" />
      <source>Could not look for similar cases: {0}</source>
      <translation>無法查詢相似案例：{0}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="218" />
      <location filename="../../kb_app/gui/incident.py" line="224" />
      <source>Similar past cases</source>
      <translation>相似的歷史案例</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="219" />
      <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
      <translation>在上方描述新發生的事件。

相似的歷史案例會出現在這裡，並說明為什麼相似、結果如何、學到了什麼。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="225" />
      <source>Opening the case library…</source>
      <translation>正在開啟案例庫…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="228" />
      <source>No similar case found</source>
      <translation>沒有找到相似案例</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="229" />
      <source>No similar case yet.

Name the system, the symptom, the customer's industry or what is at stake.</source>
      <translation>還沒有相似案例。

請寫明系統、症狀、客戶所在行業或面臨的風險。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="233" />
      <source>Close precedents</source>
      <translation>相近的先例</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="236" />
      <source>No close precedent; nearest cases:</source>
      <translation>沒有很接近的先例；最接近的案例：</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="53" />
      <source>Simplified Chinese</source>
      <translation>簡體中文</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="53" />
      <source>Traditional Chinese</source>
      <translation>繁體中文</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="54" />
      <source>English</source>
      <translation>英文</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="218" />
      <source>Crisis Case Knowledge Base</source>
      <translation>危機案例知識庫</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="219" />
      <location filename="../../kb_app/gui/main_window.py" line="231" />
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="220" />
      <source>Describe an incident</source>
      <translation>描述事件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="221" />
      <source>Search the cases (Ctrl+F)</source>
      <translation>搜尋案例（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="222" />
      <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
      <translation>輸入新事件，相似的歷史案例隨之列出（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="223" />
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="224" />
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="225" />
      <source>&amp;View</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="226" />
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="227" />
      <source>Open case folder…</source>
      <translation>開啟案例資料夾…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="228" />
      <source>Reindex</source>
      <translation>重新索引</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="229" />
      <source>Rebuild index from scratch</source>
      <translation>從頭重建索引</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="230" />
      <source>Quit</source>
      <translation>結束</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="232" />
      <source>Describe a new incident</source>
      <translation>描述新事件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="233" />
      <source>Next result</source>
      <translation>下一個結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="234" />
      <source>Previous result</source>
      <translation>上一個結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="235" />
      <source>Back to the results</source>
      <translation>回到結果列表</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="236" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="237" />
      <source>Preferences…</source>
      <translation>偏好設定…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="238" />
      <source>About</source>
      <translation>關於</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="239" />
      <source>Problems</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="240" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="241" />
      <source>Stop indexing; the previous index stays in use</source>
      <translation>停止索引；繼續使用之前的索引</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="242" />
      <source>Files that could not be read (double-click a row to show the file)</source>
      <translation>無法讀取的檔案（雙擊一行可顯示該檔案）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="247" />
      <location filename="../../kb_app/gui/main_window.py" line="268" />
      <source>Opening the case library…</source>
      <translation>正在開啟案例庫…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="265" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="269" />
      <source>Updating from the case folder…</source>
      <translation>正在從案例資料夾更新…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="282" />
      <source>Indexing cases… {0} of {1}</source>
      <translation>正在索引案例… {0} / {1}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="285" />
      <source>Reading the case files…</source>
      <translation>正在讀取案例檔案…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="309" />
      <source>Ready: {0} cases in {1} s</source>
      <translation>就緒：{0} 個案例，耗時 {1} 秒</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="311" />
      <source>Updated from the case folder</source>
      <translation>已從案例資料夾更新</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="325" />
      <source>Could not open the case folder: {0}</source>
      <translation>無法開啟案例資料夾：{0}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="331" />
      <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
      <translation>已取消索引；繼續使用之前的索引。按 F5 重新索引。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="333" />
      <source>Indexing was cancelled. Press F5 to index the case folder.</source>
      <translation>索引已取消。按 F5 索引案例資料夾。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="337" />
      <source>{0} cases · {1} lessons</source>
      <translation>{0} 個案例 · {1} 條經驗</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="345" />
      <source>⚠ {0} files with problems</source>
      <translation>⚠ {0} 個檔案有問題</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="347" />
      <source>{0} warnings</source>
      <translation>{0} 個警告</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="362" />
      <source>File: {0} (path copied)</source>
      <translation>檔案：{0}（路徑已複製）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="427" />
      <source>“{0}” is no longer in the case folder</source>
      <translation>「{0}」已不在案例資料夾中</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="431" />
      <source>Could not open {0}: {1}</source>
      <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="490" />
      <source>Choose the case folder</source>
      <translation>選擇案例資料夾</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="55" />
      <source>Preferences</source>
      <translation>偏好設定</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="57" />
      <source>Follow the system ({0})</source>
      <translation>跟隨系統（{0}）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="58" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="59" />
      <source>Case folder</source>
      <translation>案例資料夾</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="60" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="61" />
      <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
      <translation>語言會立即切換，螢幕上的內容保持不變。搜尋索引儲存在你的使用者資料資料夾中，不會寫入案例資料夾。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="70" />
      <source>Choose the case folder</source>
      <translation>選擇案例資料夾</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="282" />
      <source>Error</source>
      <translation>錯誤</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="282" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="298" />
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="299" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="300" />
      <source>Level</source>
      <translation>等級</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="301" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>Reason</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="221" />
      <source>Words</source>
      <translation>詞語</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="222" />
      <source>Concept</source>
      <translation>概念</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="223" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="224" />
      <source>Stakes</source>
      <translation>風險</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="225" />
      <source>Industry</source>
      <translation>產業</translation>
    </message>
  </context>
  <context>
    <name>ResultDelegate</name>
    <message>
      <location filename="../../kb_app/gui/delegates.py" line="265" />
      <source>read</source>
      <translation>已讀</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="174" />
      <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
      <translation>搜尋案例 — 簡體、繁體或英文皆可（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="175" />
      <source>Words in any script; a Traditional query finds Simplified cases too.</source>
      <translation>簡體、繁體都可以輸入；繁體查詢也能找到簡體案例。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="176" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="178" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="179" />
      <source>From this date (inclusive)</source>
      <translation>起始日期（含）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="180" />
      <source>Up to this date (inclusive)</source>
      <translation>截止日期（含）</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="181" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="182" />
      <source>Drop every filter</source>
      <translation>清除所有篩選條件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="183" />
      <source>Choose a case folder…</source>
      <translation>選擇案例資料夾…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="217" />
      <source>All kinds</source>
      <translation>全部類型</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="218" />
      <source>All soft skills</source>
      <translation>全部軟技能</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="219" />
      <source>All outcomes</source>
      <translation>全部結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="220" />
      <source>All languages</source>
      <translation>全部語言</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="221" />
      <source>Incident kind</source>
      <translation>事件類型</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="222" />
      <source>Soft skill shown in the case</source>
      <translation>案例體現的軟技能</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="223" />
      <source>How the case ended</source>
      <translation>案例的結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="224" />
      <source>Language the case is written in</source>
      <translation>案例的書寫語言</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="326" />
      <source>{0} cases, newest first</source>
      <translation>{0} 個案例，最新的在前</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="327" />
      <source>{0} cases match the filters</source>
      <translation>{0} 個案例符合篩選條件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="329" />
      <source>{0} matches, showing the best {1}</source>
      <translation>{0} 筆結果，顯示最相關的 {1} 筆</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="331" />
      <source>1 match</source>
      <translation>1 筆結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="333" />
      <source>{0} matches</source>
      <translation>{0} 筆結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="335" />
      <source>no case has every word; closest partial matches</source>
      <translation>沒有案例包含全部詞語；以下為部分相符的結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="342" />
      <source>Opening the case library…</source>
      <translation>正在開啟案例庫…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="343" />
      <source>Reading and indexing the case files. You can start typing.</source>
      <translation>正在讀取並索引案例檔案，你可以先開始輸入。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="346" />
      <source>No cases yet — point me to a case folder</source>
      <translation>還沒有案例 — 請指定一個案例資料夾</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="347" />
      <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
      <translation>案例資料夾裡是帶 YAML 前置資料的 Markdown 檔案，每個檔案一個案例。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="350" />
      <source>0 matches</source>
      <translation>0 筆結果</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="351" />
      <source>No match: try fewer words, another script, or drop a filter</source>
      <translation>沒有符合：試試少用幾個詞、換一種字體（簡/繁），或移除篩選條件</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="352" />
      <source>Search looks at titles, outcomes, lessons and the full text.</source>
      <translation>搜尋範圍包括標題、結果、經驗教訓和全文。</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="355" />
      <source>The search failed</source>
      <translation>搜尋失敗</translation>
    </message>
  </context>
  <context>
    <name>SimilarDelegate</name>
    <message>
      <location filename="../../kb_app/gui/delegates.py" line="339" />
      <source>Lessons</source>
      <translation>經驗教訓</translation>
    </message>
  </context>
</TS>