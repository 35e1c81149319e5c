<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="117"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="118"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="119"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="562"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="563"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Back to the previous page (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="564"/>
        <source>Show file</source>
        <translation>Show file</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="565"/>
        <source>Open the folder that holds this file</source>
        <translation>Open the folder that holds this file</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="566"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>Select a case to read it here.

The outcome and the lessons come first.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="211"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="212"/>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="213"/>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="214"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="215"/>
        <source>Related cases</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="263"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="271"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="274"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>The rest is too long to show here; use &apos;Show file&apos; to open the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="283"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>Show the rest (rows left: %n)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="285"/>
        <source>Show the rest of the text</source>
        <translation>Show the rest of the text</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="291"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="292"/>
        <source>Cases with this lesson</source>
        <translation>Cases with this lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Low severity</source>
        <translation>Low severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Medium severity</source>
        <translation>Medium severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>High severity</source>
        <translation>High severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="484"/>
        <source>image not loaded</source>
        <translation>image not loaded</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="119"/>
        <source>Describe the incident</source>
        <translation>Describe the incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="120"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="122"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="167"/>
        <source>updating…</source>
        <translation>updating…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="192"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="209"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>Could not look for similar cases: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="220"/>
        <location filename="../../kb_app/gui/views/incident.py" line="226"/>
        <source>Similar past cases</source>
        <translation>Similar past cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="221"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="227"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="230"/>
        <source>No similar case found</source>
        <translation>No similar case found</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="231"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="235"/>
        <source>Close precedents</source>
        <translation>Close precedents</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="238"/>
        <source>No close precedent; nearest cases:</source>
        <translation>No close precedent; nearest cases:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="241"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="242"/>
        <location filename="../../kb_app/gui/main_window.py" line="254"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="243"/>
        <source>Describe an incident</source>
        <translation>Describe an incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="244"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Search the cases (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="245"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>Type the new incident; similar past cases follow (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="246"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="247"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="248"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="250"/>
        <source>Open case folder…</source>
        <translation>Open case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="251"/>
        <source>Reindex</source>
        <translation>Reindex</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="252"/>
        <source>Rebuild index from scratch</source>
        <translation>Rebuild index from scratch</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="255"/>
        <source>Describe a new incident</source>
        <translation>Describe a new incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Next result</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <source>Previous result</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Back to the results</source>
        <translation>Back to the results</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>Stop indexing; the previous index stays in use</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>Files that could not be read (double-click a row to show the file)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="296"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Updating from the case folder…</source>
        <translation>Updating from the case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="313"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>Indexing cases… {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="316"/>
        <source>Reading the case files…</source>
        <translation>Reading the case files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="342"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>Ready: %n case in {0} s</numerusform>
            <numerusform>Ready: %n cases in {0} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="379"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n file with problems</numerusform>
            <numerusform>⚠ %n files with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="381"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="344"/>
        <source>Updated from the case folder</source>
        <translation>Updated from the case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="358"/>
        <source>Could not open the case folder: {0}</source>
        <translation>Could not open the case folder: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="364"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>Indexing cancelled; the previous index stays in use. Press F5 to index again.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="366"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>Indexing was cancelled. Press F5 to index the case folder.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="396"/>
        <source>File: {0} (path copied)</source>
        <translation>File: {0} (path copied)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="482"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>“{0}” is no longer in the case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="486"/>
        <source>Could not open {0}: {1}</source>
        <translation>Could not open {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="545"/>
        <source>Choose the case folder</source>
        <translation>Choose the case folder</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="55"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="57"/>
        <source>Follow the system ({0})</source>
        <translation>Follow the system ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="58"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="59"/>
        <source>Case folder</source>
        <translation>Case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="61"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="72"/>
        <source>Choose the case folder</source>
        <translation>Choose the case folder</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="379"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="380"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="381"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="382"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>No YAML front matter: the file must start with a &apos;---&apos; line.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="383"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>The front matter is not closed: add a &apos;---&apos; line after it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="384"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>The front matter must be a set of fields (key: value).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="385"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>Broken YAML in the front matter ({0}).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="386"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>A YAML tag is not allowed here ({0}); only plain values are read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="387"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>YAML anchors and aliases (&amp; and *) are not allowed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="388"/>
        <source>The front matter is nested too deeply.</source>
        <translation>The front matter is nested too deeply.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The id is missing.</source>
        <translation>The id is missing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>The field &apos;{0}&apos; must be a single value, not a list or mapping.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>No kind: the case is listed under &apos;unknown&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>Unknown outcome status &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>Unknown severity &apos;{0}&apos;; use one of {1}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>Unknown language &apos;{0}&apos;; detected from the text instead.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <source>The title is missing.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>Not a regular file (a pipe, device or socket); skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>The file cannot be read ({0}).</source>
        <translation>The file cannot be read ({0}).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>Unexpected problem: {0}</source>
        <translation>Unexpected problem: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>Unknown soft skill(s): {0}. Known: {1}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>The text holds a NUL byte; it is left out.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>A lesson should name at least one soft skill.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>Links to lesson(s) that do not exist: {0} (looked in lessons/).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>Related case(s) not found: {0}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}: expected label and terms fields; the entry is kept without them.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}: terms must be a list of words; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>Expected a {0} at the top of the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>Glossary group {0} is not a list of terms; it is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="431"/>
        <source>encoding unknown</source>
        <translation>encoding unknown</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="360"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="361"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="362"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="363"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="173"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="174"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="175"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="176"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="177"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="171"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="172"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="275"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="276"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="277"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="278"/>
        <source>Stakes</source>
        <translation>Stakes</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="279"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="265"/>
        <source>read</source>
        <translation>read</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="209"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>Search cases — 简体, 繁體 or English  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="210"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>Words in any script; a Traditional query finds Simplified cases too.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="211"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="213"/>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="219"/>
        <source>From this date (inclusive)</source>
        <translation>From this date (inclusive)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="220"/>
        <source>Up to this date (inclusive)</source>
        <translation>Up to this date (inclusive)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="221"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="222"/>
        <source>Clear the query and every filter</source>
        <translation>Clear the query and every filter</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>Choose a case folder…</source>
        <translation>Choose a case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="263"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="264"/>
        <source>All soft skills</source>
        <translation>All soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="265"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="266"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>Incident kind</source>
        <translation>Incident kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>Soft skill shown in the case</source>
        <translation>Soft skill shown in the case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>How the case ended</source>
        <translation>How the case ended</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>Language the case is written in</source>
        <translation>Language the case is written in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="382"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n case, newest first</numerusform>
            <numerusform>%n cases, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="383"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n case matches the filters</numerusform>
            <numerusform>%n cases match the filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="385"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} matches, showing the best {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="387"/>
        <source>1 match</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="389"/>
        <source>{0} matches</source>
        <translation>{0} matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="391"/>
        <source>no case has every word; closest partial matches</source>
        <translation>no case has every word; closest partial matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>Reading and indexing the case files. You can start typing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="402"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>No cases yet — point me to a case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>A case folder holds Markdown files with YAML front matter, one case per file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="406"/>
        <source>0 matches</source>
        <translation>0 matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>No match: try fewer or other words, or drop a filter</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="408"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>Search looks at titles, outcomes, lessons and the full text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="411"/>
        <source>The search failed</source>
        <translation>The search failed</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="339"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
</TS>
