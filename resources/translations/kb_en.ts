<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="129"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="130"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="143"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="718"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="719"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Back to the previous page (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="720"/>
        <source>Show file</source>
        <translation>Show file</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="721"/>
        <source>Open the folder that holds this file</source>
        <translation>Open the folder that holds this file</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="726"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>Select a case to read it here.

The outcome and the lessons come first.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="244"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="245"/>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="246"/>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="247"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="248"/>
        <source>Related cases</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="299"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="307"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>The rest is too long to show here; use &apos;Show file&apos; to open the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="319"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>Show the rest (rows left: %n)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="321"/>
        <source>Show the rest of the text</source>
        <translation>Show the rest of the text</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="326"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="327"/>
        <source>Cases with this lesson</source>
        <translation>Cases with this lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Low severity</source>
        <translation>Low severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Medium severity</source>
        <translation>Medium severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>High severity</source>
        <translation>High severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="350"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="525"/>
        <source>image not loaded</source>
        <translation>image not loaded</translation>
    </message>
    <message>
        <source>[image not loaded: {0}]</source>
        <translation>[image not loaded: {0}]</translation>
    </message>
    <message>
        <source>[image not loaded]</source>
        <translation>[image not loaded]</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="131"/>
        <source>Describe the incident</source>
        <translation>Describe the incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="132"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="134"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="184"/>
        <source>updating…</source>
        <translation>updating…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="212"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="237"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>Could not look for similar cases: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="248"/>
        <location filename="../../kb_app/gui/views/incident.py" line="254"/>
        <source>Similar past cases</source>
        <translation>Similar past cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="249"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="255"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="258"/>
        <source>No similar case found</source>
        <translation>No similar case found</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="259"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="263"/>
        <source>Close precedents</source>
        <translation>Close precedents</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="266"/>
        <source>No close precedent; nearest cases:</source>
        <translation>No close precedent; nearest cases:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="106"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>Crisis Case Knowledge Base</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <location filename="../../kb_app/gui/main_window.py" line="269"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Describe an incident</source>
        <translation>Describe an incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Search the cases (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>Type the new incident; similar past cases follow (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Open case folder…</source>
        <translation>Open case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="266"/>
        <source>Reindex</source>
        <translation>Reindex</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="267"/>
        <source>Rebuild index from scratch</source>
        <translation>Rebuild index from scratch</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="270"/>
        <source>Describe a new incident</source>
        <translation>Describe a new incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="271"/>
        <source>Next result</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <source>Previous result</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="273"/>
        <source>Back to the results</source>
        <translation>Back to the results</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="274"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="275"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="276"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="282"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="283"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="284"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>Stop indexing; the previous index stays in use</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="285"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>Files that could not be read (double-click a row to show the file)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="292"/>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Updating from the case folder…</source>
        <translation>Updating from the case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="335"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>Indexing cases… {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="338"/>
        <source>Reading the case files…</source>
        <translation>Reading the case files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="367"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>Ready: %n case in {0} s</numerusform>
            <numerusform>Ready: %n cases in {0} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="415"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n file with problems</numerusform>
            <numerusform>⚠ %n files with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="417"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="369"/>
        <source>Updated from the case folder</source>
        <translation>Updated from the case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="390"/>
        <location filename="../../kb_app/gui/main_window.py" line="393"/>
        <source>Could not open the case folder: {0}</source>
        <translation>Could not open the case folder: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="400"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>Indexing cancelled; the previous index stays in use. Press F5 to index again.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="402"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>Indexing was cancelled. Press F5 to index the case folder.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="432"/>
        <source>File: {0} (path copied)</source>
        <translation>File: {0} (path copied)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="518"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>“{0}” is no longer in the case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="522"/>
        <source>Could not open {0}: {1}</source>
        <translation>Could not open {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="580"/>
        <source>Choose the case folder</source>
        <translation>Choose the case folder</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Problems ({0})</translation>
    </message>
    <message>
        <source>⚠ Problems: {0}</source>
        <translation>⚠ Problems: {0}</translation>
    </message>
    <message>
        <source>Warnings: {0}</source>
        <translation>Warnings: {0}</translation>
    </message>
    <message>
        <source>File: {0} (path copied; no program could open its folder)</source>
        <translation>File: {0} (path copied; no program could open its folder)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="62"/>
        <source>Follow the system ({0})</source>
        <translation>Follow the system ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="63"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="64"/>
        <source>Case folder</source>
        <translation>Case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="65"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="70"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="81"/>
        <source>Choose the case folder</source>
        <translation>Choose the case folder</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>No YAML front matter: the file must start with a &apos;---&apos; line.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <location filename="../../kb_app/gui/models.py" line="443"/>
        <location filename="../../kb_app/gui/models.py" line="451"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>The front matter is not closed: add a &apos;---&apos; line after it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>The front matter must be a set of fields (key: value).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>Broken YAML in the front matter ({0}).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>A YAML tag is not allowed here ({0}); only plain values are read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>YAML anchors and aliases (&amp; and *) are not allowed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>The front matter is nested too deeply.</source>
        <translation>The front matter is nested too deeply.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>The id is missing.</source>
        <translation>The id is missing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>The field &apos;{0}&apos; must be a single value, not a list or mapping.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>No kind: the case is listed under &apos;unknown&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>Unknown outcome status &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>Unknown severity &apos;{0}&apos;; use one of {1}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>Unknown language &apos;{0}&apos;; detected from the text instead.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="417"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>The title is missing.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>Not a regular file (a pipe, device or socket); skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>The file cannot be read ({0}).</source>
        <translation>The file cannot be read ({0}).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Unexpected problem: {0}</source>
        <translation>Unexpected problem: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>Unknown soft skill(s): {0}. Known: {1}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="415"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>The text holds a NUL byte; it is left out.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="416"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>A lesson should name at least one soft skill.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="418"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>Links to lesson(s) that do not exist: {0} (looked in lessons/).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="419"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>Related case(s) not found: {0}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="420"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}: expected label and terms fields; the entry is kept without them.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="421"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="422"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}: terms must be a list of words; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="423"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>Expected a {0} at the top of the file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="424"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>Glossary group {0} is not a list of terms; it is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="434"/>
        <source>The folder cannot be read ({0}); the cases in it are kept as they were indexed.</source>
        <translation>The folder cannot be read ({0}); the cases in it are kept as they were indexed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="435"/>
        <source>Folders nested more than {0} deep are not read ({1} folder(s) inside it skipped).</source>
        <translation>Folders nested more than {0} deep are not read ({1} folder(s) inside it skipped).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="436"/>
        <source>The lessons/ folder cannot be read ({0}); links to lessons are not checked.</source>
        <translation>The lessons/ folder cannot be read ({0}); links to lessons are not checked.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="437"/>
        <source>The vocabularies cannot be read ({0}); the bundled ones are used.</source>
        <translation>The vocabularies cannot be read ({0}); the bundled ones are used.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="438"/>
        <source>A link to a file that does not exist ({0}); not read.</source>
        <translation>A link to a file that does not exist ({0}); not read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="439"/>
        <source>A link loop; not read.</source>
        <translation>A link loop; not read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="440"/>
        <source>The link cannot be followed ({0}); not read.</source>
        <translation>The link cannot be followed ({0}); not read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="441"/>
        <source>A link to a folder; links to folders are not followed.</source>
        <translation>A link to a folder; links to folders are not followed.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="442"/>
        <source>A link to a file outside the case folder ({0}); files outside are not read.</source>
        <translation>A link to a file outside the case folder ({0}); files outside are not read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="444"/>
        <source>{0}: expected a mapping of words to their readings; ignored.</source>
        <translation>{0}: expected a mapping of words to their readings; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="445"/>
        <source>{0}: {1}: the readings must be a list of words; skipped.</source>
        <translation>{0}: {1}: the readings must be a list of words; skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="447"/>
        <source>Not a regular file; skipped.</source>
        <translation>Not a regular file; skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="448"/>
        <source>The file is too large to be read as a team file.</source>
        <translation>The file is too large to be read as a team file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="449"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="450"/>
        <source>The file must be a set of fields (key: value).</source>
        <translation>The file must be a set of fields (key: value).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="452"/>
        <source>A text is missing here.</source>
        <translation>A text is missing here.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="453"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en.</source>
        <translation>Unknown language: use zh-Hans, zh-Hant or en.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="454"/>
        <source>Expected a text, or zh-Hans / zh-Hant / en: text.</source>
        <translation>Expected a text, or zh-Hans / zh-Hant / en: text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="455"/>
        <source>The rubric id must be the file name.</source>
        <translation>The rubric id must be the file name.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="456"/>
        <source>Bad scale: give min and max as whole numbers with 0 &lt;= min &lt; max &lt;= 10.</source>
        <translation>Bad scale: give min and max as whole numbers with 0 &lt;= min &lt; max &lt;= 10.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="457"/>
        <source>The criteria must be a non-empty list.</source>
        <translation>The criteria must be a non-empty list.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="458"/>
        <source>A criterion must be a set of fields (key, label, weight, levels).</source>
        <translation>A criterion must be a set of fields (key, label, weight, levels).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="459"/>
        <source>A key may only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>A key may only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="460"/>
        <source>This key is used twice in the rubric.</source>
        <translation>This key is used twice in the rubric.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="461"/>
        <source>The weight must be a number above 0.</source>
        <translation>The weight must be a number above 0.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="462"/>
        <source>The levels must map a score to its description.</source>
        <translation>The levels must map a score to its description.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="463"/>
        <source>A level must be a whole number.</source>
        <translation>A level must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="464"/>
        <source>A level is outside the rubric&apos;s scale.</source>
        <translation>A level is outside the rubric&apos;s scale.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="465"/>
        <source>&apos;cases&apos; must map a case id to its scores.</source>
        <translation>&apos;cases&apos; must map a case id to its scores.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="466"/>
        <source>Bad case id in the ratings.</source>
        <translation>Bad case id in the ratings.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="467"/>
        <source>Expected &apos;criterion: score&apos; lines under the case.</source>
        <translation>Expected &apos;criterion: score&apos; lines under the case.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="468"/>
        <source>A score must be a whole number (or score and comment).</source>
        <translation>A score must be a whole number (or score and comment).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="469"/>
        <source>This criterion is not in the rubric; the score is ignored.</source>
        <translation>This criterion is not in the rubric; the score is ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="470"/>
        <source>The score is outside the rubric&apos;s scale; it is ignored.</source>
        <translation>The score is outside the rubric&apos;s scale; it is ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="471"/>
        <source>The ratings file is for another rubric.</source>
        <translation>The ratings file is for another rubric.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="472"/>
        <source>The ratings file cannot be read; fix it before saving.</source>
        <translation>The ratings file cannot be read; fix it before saving.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="473"/>
        <source>The standard names no kind.</source>
        <translation>The standard names no kind.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="474"/>
        <source>The kind must be the file name.</source>
        <translation>The kind must be the file name.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="475"/>
        <source>&apos;expected&apos; must be a list of actions (id, action, within/every).</source>
        <translation>&apos;expected&apos; must be a list of actions (id, action, within/every).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="476"/>
        <source>An action id may only hold letters, digits and &apos;-&apos;.</source>
        <translation>An action id may only hold letters, digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="477"/>
        <source>The action is missing.</source>
        <translation>The action is missing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="478"/>
        <source>The terms must be a list of words.</source>
        <translation>The terms must be a list of words.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="479"/>
        <source>Not a duration: write 30m, 2h or 1d.</source>
        <translation>Not a duration: write 30m, 2h or 1d.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="480"/>
        <source>This field must be a list.</source>
        <translation>This field must be a list.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="482"/>
        <source>The reading path file is empty.</source>
        <translation>The reading path file is empty.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="483"/>
        <source>A reading path must be a set of fields (id, title, intro, steps).</source>
        <translation>A reading path must be a set of fields (id, title, intro, steps).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="484"/>
        <source>The reading path file cannot be read.</source>
        <translation>The reading path file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="485"/>
        <source>Broken YAML in the reading path.</source>
        <translation>Broken YAML in the reading path.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="486"/>
        <source>Bad path id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Bad path id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="487"/>
        <source>The path id does not match the file name.</source>
        <translation>The path id does not match the file name.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="488"/>
        <source>The reading path has no title.</source>
        <translation>The reading path has no title.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="489"/>
        <source>No steps: list the cases and lessons under &apos;steps:&apos; (- case: ID / - lesson: ID).</source>
        <translation>No steps: list the cases and lessons under &apos;steps:&apos; (- case: ID / - lesson: ID).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="490"/>
        <source>A step must be &apos;- case: ID&apos; or &apos;- lesson: ID&apos;.</source>
        <translation>A step must be &apos;- case: ID&apos; or &apos;- lesson: ID&apos;.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="491"/>
        <source>This step names a case that is not in the folder; it is skipped.</source>
        <translation>This step names a case that is not in the folder; it is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="492"/>
        <source>This step names a lesson that is not in the folder; it is skipped.</source>
        <translation>This step names a lesson that is not in the folder; it is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="493"/>
        <source>This step is already on the path; skipped.</source>
        <translation>This step is already on the path; skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="494"/>
        <source>Another reading path has this id; this file is skipped.</source>
        <translation>Another reading path has this id; this file is skipped.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="495"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en; ignored.</source>
        <translation>Unknown language: use zh-Hans, zh-Hant or en; ignored.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="496"/>
        <source>Expected a text, or a mapping of language: text.</source>
        <translation>Expected a text, or a mapping of language: text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="541"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="542"/>
        <source>operation not permitted</source>
        <translation>operation not permitted</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="543"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="544"/>
        <source>input/output error</source>
        <translation>input/output error</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="545"/>
        <source>too many levels of links</source>
        <translation>too many levels of links</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="546"/>
        <source>not a folder</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="547"/>
        <source>is a folder</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="568"/>
        <source>encoding unknown</source>
        <translation>encoding unknown</translation>
    </message>
    <message>
        <source>The weight must be a number above 0 and at most 1000.</source>
        <translation>The weight must be a number above 0 and at most 1000.</translation>
    </message>
    <message>
        <source>The rubric “{0}” is not in rubrics/: these ratings are not counted.</source>
        <translation>The rubric “{0}” is not in rubrics/: these ratings are not counted.</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep one side and remove the markers.</source>
        <translation>An unresolved git merge conflict (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep one side and remove the markers.</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict in the text (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): both sides would show. Keep one side and remove the markers.</source>
        <translation>An unresolved git merge conflict in the text (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): both sides would show. Keep one side and remove the markers.</translation>
    </message>
    <message>
        <source>A key is given twice here; only one would count. Keep one.</source>
        <translation>A key is given twice here; only one would count. Keep one.</translation>
    </message>
    <message>
        <source>The key “{0}” is given twice; the last one counts.</source>
        <translation>The key “{0}” is given twice; the last one counts.</translation>
    </message>
    <message>
        <source>Too many steps: a reading path may have at most 500.</source>
        <translation>Too many steps: a reading path may have at most 500.</translation>
    </message>
    <message>
        <source>… and {0} more problems in this file.</source>
        <translation>… and {0} more problems in this file.</translation>
    </message>
    <message>
        <source>The status must be draft or approved.</source>
        <translation>The status must be draft or approved.</translation>
    </message>
    <message>
        <source>&apos;when&apos; must be a few words (the situation the action is for).</source>
        <translation>&apos;when&apos; must be a few words (the situation the action is for).</translation>
    </message>
    <message>
        <source>Its front matter could not be read ({0}); imported without it.</source>
        <translation>Its front matter could not be read ({0}); imported without it.</translation>
    </message>
    <message>
        <source>{0} image(s) not kept (remote, outside the folder, not a picture, or a tracking pixel).</source>
        <translation>{0} image(s) not kept (remote, outside the folder, not a picture, or a tracking pixel).</translation>
    </message>
    <message>
        <source>The ratings file belongs to another rater; nothing was saved.</source>
        <translation>The ratings file belongs to another rater; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="370"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="371"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="372"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="373"/>
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
        <location filename="../../kb_app/gui/models.py" line="285"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="286"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="287"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="288"/>
        <source>Stakes</source>
        <translation>Stakes</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="289"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>same kind</source>
        <translation>same kind</translation>
    </message>
    <message>
        <source>same component</source>
        <translation>same component</translation>
    </message>
    <message>
        <source>same situation</source>
        <translation>same situation</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>same role</translation>
    </message>
    <message>
        <source>same pressure</source>
        <translation>same pressure</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>same industry</translation>
    </message>
    <message>
        <source>Close: {0}</source>
        <translation>Close: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="214"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>Search cases — 简体, 繁體 or English  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="215"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>Words in any script; a Traditional query finds Simplified cases too.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="216"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="224"/>
        <source>From this date (inclusive)</source>
        <translation>From this date (inclusive)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="225"/>
        <source>Up to this date (inclusive)</source>
        <translation>Up to this date (inclusive)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="226"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="227"/>
        <source>Clear the query and every filter</source>
        <translation>Clear the query and every filter</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="231"/>
        <source>Choose a case folder…</source>
        <translation>Choose a case folder…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>All soft skills</source>
        <translation>All soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="279"/>
        <source>Incident kind</source>
        <translation>Incident kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="280"/>
        <source>Soft skill shown in the case</source>
        <translation>Soft skill shown in the case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="281"/>
        <source>How the case ended</source>
        <translation>How the case ended</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="282"/>
        <source>Language the case is written in</source>
        <translation>Language the case is written in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n case, newest first</numerusform>
            <numerusform>%n cases, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n case matches the filters</numerusform>
            <numerusform>%n cases match the filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="401"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} matches, showing the best {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>1 match</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="405"/>
        <source>{0} matches</source>
        <translation>{0} matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>no case has every word; closest partial matches</source>
        <translation>no case has every word; closest partial matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="414"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="415"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>Reading and indexing the case files. You can start typing.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="418"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>No cases yet — point me to a case folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="419"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>A case folder holds Markdown files with YAML front matter, one case per file.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="422"/>
        <source>0 matches</source>
        <translation>0 matches</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="423"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>No match: try fewer or other words, or drop a filter</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="424"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>Search looks at titles, outcomes, lessons and the full text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="427"/>
        <source>The search failed</source>
        <translation>The search failed</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="412"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="505"/>
        <source>rebuild requested</source>
        <translation>rebuild requested</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="506"/>
        <source>there is no index yet</source>
        <translation>there is no index yet</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="507"/>
        <source>the index is missing or incomplete</source>
        <translation>the index is missing or incomplete</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="508"/>
        <source>the index was made by another version ({0})</source>
        <translation>the index was made by another version ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="509"/>
        <source>the vocabularies changed</source>
        <translation>the vocabularies changed</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="510"/>
        <source>the index is damaged ({0})</source>
        <translation>the index is damaged ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="511"/>
        <source>the index could not be opened ({0})</source>
        <translation>the index could not be opened ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="521"/>
        <source>Rebuilding the search index: {0}.</source>
        <translation>Rebuilding the search index: {0}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="523"/>
        <source>Removed what an interrupted index build had left behind.</source>
        <translation>Removed what an interrupted index build had left behind.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="525"/>
        <source>the folder {0} does not exist</source>
        <translation>the folder {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="527"/>
        <source>The index is being updated by {0}; searching it as it is.</source>
        <translation>The index is being updated by {0}; searching it as it is.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>you have no permission to change it</source>
        <translation>you have no permission to change it</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>a part of its path is not a folder</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>it exists already</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>another program is using it</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>its name is too long</translation>
    </message>
    <message>
        <source>it leads through too many links</source>
        <translation>it leads through too many links</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>the disk could not be read or written</translation>
    </message>
    <message>
        <source>the system refused (error {0})</source>
        <translation>the system refused (error {0})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>it leads outside the case folder</source>
        <translation>it leads outside the case folder</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>another program is using the file</translation>
    </message>
    <message>
        <source>the app&apos;s own data file could not be used</source>
        <translation>the app&apos;s own data file could not be used</translation>
    </message>
    <message>
        <source>{0} was not found</source>
        <translation>{0} was not found</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>an unexpected problem</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
</TS>
