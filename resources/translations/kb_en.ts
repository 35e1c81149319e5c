<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="115" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="116" />
      <source>Crisis Case Knowledge Base</source>
      <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="117" />
      <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
      <translation>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="129" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="363" />
      <source>◀ Back</source>
      <translation>◀ Back</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="364" />
      <source>Back to the previous page (Alt+Left)</source>
      <translation>Back to the previous page (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="365" />
      <source>Show file</source>
      <translation>Show file</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="366" />
      <source>Open the folder that holds this file</source>
      <translation>Open the folder that holds this file</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="367" />
      <source>Select a case to read it here.

The outcome and the lessons come first.</source>
      <translation>Select a case to read it here.

The outcome and the lessons come first.</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="142" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="143" />
      <source>Lessons learned</source>
      <translation>Lessons learned</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="144" />
      <source>Soft skills</source>
      <translation>Soft skills</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="145" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="146" />
      <source>Related cases</source>
      <translation>Related cases</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="191" />
      <source>Lesson</source>
      <translation>Lesson</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="192" />
      <source>Cases with this lesson</source>
      <translation>Cases with this lesson</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>Low severity</source>
      <translation>Low severity</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>Medium severity</source>
      <translation>Medium severity</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="209" />
      <source>High severity</source>
      <translation>High severity</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="210" />
      <source>Critical</source>
      <translation>Critical</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/case_view.py" line="287" />
      <source>image not loaded</source>
      <translation>image not loaded</translation>
    </message>
  </context>
  <context>
    <name>IncidentPane</name>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="119" />
      <source>Describe the incident</source>
      <translation>Describe the incident</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="120" />
      <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
      <translation>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="122" />
      <source>e.g. 证券客户存储阵列故障，工程师已连续工作30小时仍未解决，客户要求开盘前恢复……</source>
      <translation>e.g. 证券客户存储阵列故障，工程师已连续工作30小时仍未解决，客户要求开盘前恢复……</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="165" />
      <source>updating…</source>
      <translation>updating…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="190" />
      <source>{0} ms</source>
      <translation>{0} ms</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="207" />
      <source>Could not look for similar cases: {0}</source>
      <translation>Could not look for similar cases: {0}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="218" />
      <location filename="../../kb_app/gui/incident.py" line="224" />
      <source>Similar past cases</source>
      <translation>Similar past cases</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="219" />
      <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
      <translation>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="225" />
      <source>Opening the case library…</source>
      <translation>Opening the case library…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="228" />
      <source>No similar case found</source>
      <translation>No similar case found</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="229" />
      <source>No similar case yet.

Name the system, the symptom, the customer's industry or what is at stake.</source>
      <translation>No similar case yet.

Name the system, the symptom, the customer's industry or what is at stake.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="233" />
      <source>Close precedents</source>
      <translation>Close precedents</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/incident.py" line="236" />
      <source>No close precedent; nearest cases:</source>
      <translation>No close precedent; nearest cases:</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="53" />
      <source>Simplified Chinese</source>
      <translation>Simplified Chinese</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="53" />
      <source>Traditional Chinese</source>
      <translation>Traditional Chinese</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="54" />
      <source>English</source>
      <translation>English</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="218" />
      <source>Crisis Case Knowledge Base</source>
      <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="219" />
      <location filename="../../kb_app/gui/main_window.py" line="231" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="220" />
      <source>Describe an incident</source>
      <translation>Describe an incident</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="221" />
      <source>Search the cases (Ctrl+F)</source>
      <translation>Search the cases (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="222" />
      <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
      <translation>Type the new incident; similar past cases follow (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="223" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="224" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="225" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="226" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="227" />
      <source>Open case folder…</source>
      <translation>Open case folder…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="228" />
      <source>Reindex</source>
      <translation>Reindex</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="229" />
      <source>Rebuild index from scratch</source>
      <translation>Rebuild index from scratch</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="230" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="232" />
      <source>Describe a new incident</source>
      <translation>Describe a new incident</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="233" />
      <source>Next result</source>
      <translation>Next result</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="234" />
      <source>Previous result</source>
      <translation>Previous result</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="235" />
      <source>Back to the results</source>
      <translation>Back to the results</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="236" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="237" />
      <source>Preferences…</source>
      <translation>Preferences…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="238" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="239" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="240" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="241" />
      <source>Stop indexing; the previous index stays in use</source>
      <translation>Stop indexing; the previous index stays in use</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="242" />
      <source>Files that could not be read (double-click a row to show the file)</source>
      <translation>Files that could not be read (double-click a row to show the file)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="247" />
      <location filename="../../kb_app/gui/main_window.py" line="268" />
      <source>Opening the case library…</source>
      <translation>Opening the case library…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="265" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="269" />
      <source>Updating from the case folder…</source>
      <translation>Updating from the case folder…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="282" />
      <source>Indexing cases… {0} of {1}</source>
      <translation>Indexing cases… {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="285" />
      <source>Reading the case files…</source>
      <translation>Reading the case files…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="309" />
      <source>Ready: {0} cases in {1} s</source>
      <translation>Ready: {0} cases in {1} s</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="311" />
      <source>Updated from the case folder</source>
      <translation>Updated from the case folder</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="325" />
      <source>Could not open the case folder: {0}</source>
      <translation>Could not open the case folder: {0}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="331" />
      <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
      <translation>Indexing cancelled; the previous index stays in use. Press F5 to index again.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="333" />
      <source>Indexing was cancelled. Press F5 to index the case folder.</source>
      <translation>Indexing was cancelled. Press F5 to index the case folder.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="337" />
      <source>{0} cases · {1} lessons</source>
      <translation>{0} cases · {1} lessons</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="345" />
      <source>⚠ {0} files with problems</source>
      <translation>⚠ {0} files with problems</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="347" />
      <source>{0} warnings</source>
      <translation>{0} warnings</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="362" />
      <source>File: {0} (path copied)</source>
      <translation>File: {0} (path copied)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="427" />
      <source>“{0}” is no longer in the case folder</source>
      <translation>“{0}” is no longer in the case folder</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="431" />
      <source>Could not open {0}: {1}</source>
      <translation>Could not open {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/main_window.py" line="490" />
      <source>Choose the case folder</source>
      <translation>Choose the case folder</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="55" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="57" />
      <source>Follow the system ({0})</source>
      <translation>Follow the system ({0})</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="58" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="59" />
      <source>Case folder</source>
      <translation>Case folder</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="60" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="61" />
      <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
      <translation>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/dialogs.py" line="70" />
      <source>Choose the case folder</source>
      <translation>Choose the case folder</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="282" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="282" />
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="298" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="299" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="300" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="301" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>Reason</name>
    <message>
      <location filename="../../kb_app/gui/models.py" line="221" />
      <source>Words</source>
      <translation>Words</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="222" />
      <source>Concept</source>
      <translation>Concept</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="223" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="224" />
      <source>Stakes</source>
      <translation>Stakes</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/models.py" line="225" />
      <source>Industry</source>
      <translation>Industry</translation>
    </message>
  </context>
  <context>
    <name>ResultDelegate</name>
    <message>
      <location filename="../../kb_app/gui/delegates.py" line="265" />
      <source>read</source>
      <translation>read</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="174" />
      <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
      <translation>Search cases — 简体, 繁體 or English  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="175" />
      <source>Words in any script; a Traditional query finds Simplified cases too.</source>
      <translation>Words in any script; a Traditional query finds Simplified cases too.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="176" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="178" />
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="179" />
      <source>From this date (inclusive)</source>
      <translation>From this date (inclusive)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="180" />
      <source>Up to this date (inclusive)</source>
      <translation>Up to this date (inclusive)</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="181" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="182" />
      <source>Drop every filter</source>
      <translation>Drop every filter</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="183" />
      <source>Choose a case folder…</source>
      <translation>Choose a case folder…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="217" />
      <source>All kinds</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="218" />
      <source>All soft skills</source>
      <translation>All soft skills</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="219" />
      <source>All outcomes</source>
      <translation>All outcomes</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="220" />
      <source>All languages</source>
      <translation>All languages</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="221" />
      <source>Incident kind</source>
      <translation>Incident kind</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="222" />
      <source>Soft skill shown in the case</source>
      <translation>Soft skill shown in the case</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="223" />
      <source>How the case ended</source>
      <translation>How the case ended</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="224" />
      <source>Language the case is written in</source>
      <translation>Language the case is written in</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="326" />
      <source>{0} cases, newest first</source>
      <translation>{0} cases, newest first</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="327" />
      <source>{0} cases match the filters</source>
      <translation>{0} cases match the filters</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="329" />
      <source>{0} matches, showing the best {1}</source>
      <translation>{0} matches, showing the best {1}</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="331" />
      <source>1 match</source>
      <translation>1 match</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="333" />
      <source>{0} matches</source>
      <translation>{0} matches</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="335" />
      <source>no case has every word; closest partial matches</source>
      <translation>no case has every word; closest partial matches</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="342" />
      <source>Opening the case library…</source>
      <translation>Opening the case library…</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="343" />
      <source>Reading and indexing the case files. You can start typing.</source>
      <translation>Reading and indexing the case files. You can start typing.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="346" />
      <source>No cases yet — point me to a case folder</source>
      <translation>No cases yet — point me to a case folder</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="347" />
      <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
      <translation>A case folder holds Markdown files with YAML front matter, one case per file.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="350" />
      <source>0 matches</source>
      <translation>0 matches</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="351" />
      <source>No match: try fewer words, another script, or drop a filter</source>
      <translation>No match: try fewer words, another script, or drop a filter</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="352" />
      <source>Search looks at titles, outcomes, lessons and the full text.</source>
      <translation>Search looks at titles, outcomes, lessons and the full text.</translation>
    </message>
    <message>
      <location filename="../../kb_app/gui/search_panel.py" line="355" />
      <source>The search failed</source>
      <translation>The search failed</translation>
    </message>
  </context>
  <context>
    <name>SimilarDelegate</name>
    <message>
      <location filename="../../kb_app/gui/delegates.py" line="339" />
      <source>Lessons</source>
      <translation>Lessons</translation>
    </message>
  </context>
</TS>