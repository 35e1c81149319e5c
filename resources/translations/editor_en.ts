<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="125" />
        <source>Your version (in the editor)</source>
        <translation>Your version (in the editor)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="126" />
        <source>The version on disk now</source>
        <translation>The version on disk now</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="127" />
        <source>Save the merge</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="128" />
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="129" />
        <source>Take the disk's</source>
        <translation>Take the disk's</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="130" />
        <location filename="../../kb_app/gui/views/conflict.py" line="171" />
        <source>Merge by hand</source>
        <translation>Merge by hand</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="131" />
        <source>Save mine as a new file</source>
        <translation>Save mine as a new file</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="132" />
        <source>Back to the editor</source>
        <translation>Back to the editor</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="133" />
        <source>The file was deleted or moved away while you were editing it. Nothing of yours is lost: save your text back as a file, or go back to the editor.</source>
        <translation>The file was deleted or moved away while you were editing it. Nothing of yours is lost: save your text back as a file, or go back to the editor.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="164" />
        <source>“{0}” is no longer on disk</source>
        <translation>“{0}” is no longer on disk</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="167" />
        <source>“{0}” was changed on disk where you changed it too</source>
        <translation>“{0}” was changed on disk where you changed it too</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="168" />
        <source>Lines that differ are marked on both sides (yours in red, the disk's in green). Keep yours, take the disk's, or merge by hand.</source>
        <translation>Lines that differ are marked on both sides (yours in red, the disk's in green). Keep yours, take the disk's, or merge by hand.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="172" />
        <source>Edit the text until it reads right and no &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; marker is left, then save.</source>
        <translation>Edit the text until it reads right and no &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; marker is left, then save.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="174" />
        <source>“{0}” was changed on disk while you were editing it</source>
        <translation>“{0}” was changed on disk while you were editing it</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="175" />
        <source>The changes do not overlap: below is your version merged with the one on disk. Check it, then save the merge.</source>
        <translation>The changes do not overlap: below is your version merged with the one on disk. Check it, then save the merge.</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="295" />
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="296" />
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="57" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="58" />
        <source>Edit this case in the case editor</source>
        <translation>Edit this case in the case editor</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="59" />
        <source>Save as a new case…</source>
        <translation>Save as a new case…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="60" />
        <source>Open the case editor with this description as the situation and the top precedents as related cases</source>
        <translation>Open the case editor with this description as the situation and the top precedents as related cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="62" />
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="63" />
        <source>Write a new case study (Ctrl+Shift+N)</source>
        <translation>Write a new case study (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="65" />
        <source>Discard this draft? What it holds is lost.</source>
        <translation>Discard this draft? What it holds is lost.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="72" />
        <source>A title is needed</source>
        <translation>A title is needed</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="73" />
        <source>Choose the kind of incident</source>
        <translation>Choose the kind of incident</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="74" />
        <source>Unknown kind “{0}” (not in vocab/kinds.yaml)</source>
        <translation>Unknown kind “{0}” (not in vocab/kinds.yaml)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="75" />
        <source>“{0}” is not a real date (YYYY-MM-DD)</source>
        <translation>“{0}” is not a real date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="76" />
        <source>No lesson “{0}” in lessons/</source>
        <translation>No lesson “{0}” in lessons/</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="77" />
        <source>No case “{0}” in the folder</source>
        <translation>No case “{0}” in the folder</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="78" />
        <source>Unknown severity “{0}”</source>
        <translation>Unknown severity “{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="79" />
        <source>Unknown language “{0}”</source>
        <translation>Unknown language “{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="80" />
        <source>The case is larger than 2 MB</source>
        <translation>The case is larger than 2 MB</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="81" />
        <source>Merge markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;) are still in the text</source>
        <translation>Merge markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;) are still in the text</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="286" />
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="293" />
        <source>The lesson in a few sentences (optional)</source>
        <translation>The lesson in a few sentences (optional)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="297" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="313" />
        <source>Previous versions</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="330" />
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="341" />
        <source>Red: only in that version; green: only in the current text.</source>
        <translation>Red: only in that version; green: only in the current text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="347" />
        <source>No earlier version yet: one is kept each time the case is saved.</source>
        <translation>No earlier version yet: one is kept each time the case is saved.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="365" />
        <source>This version is the same as the current text.</source>
        <translation>This version is the same as the current text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="380" />
        <source>Unsaved drafts</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="392" />
        <source>(untitled new case)</source>
        <translation>(untitled new case)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="396" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="398" />
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="400" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="403" />
        <source>The editor was not closed properly. These drafts were kept; restore one to go on writing, or discard it.</source>
        <translation>The editor was not closed properly. These drafts were kept; restore one to go on writing, or discard it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>At stake</source>
        <translation>At stake</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Outcome in a sentence</source>
        <translation>Outcome in a sentence</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Related cases</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="669" />
        <source>What happened, in one line</source>
        <translation>What happened, in one line</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="670" />
        <source>How it ended, in one sentence</source>
        <translation>How it ended, in one sentence</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="671" />
        <source>Keywords, separated by commas</source>
        <translation>Keywords, separated by commas</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="672" />
        <source>Type to find a lesson…</source>
        <translation>Type to find a lesson…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="673" />
        <source>Type to find a case…</source>
        <translation>Type to find a case…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="674" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="675" />
        <source>Write a new lesson (a file in lessons/) and link it</source>
        <translation>Write a new lesson (a file in lessons/) and link it</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="677" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="678" />
        <source>Remove the selected link (or double-click it)</source>
        <translation>Remove the selected link (or double-click it)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="679" />
        <source>Pick the date on a calendar</source>
        <translation>Pick the date on a calendar</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="680" />
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="681" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="682" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="683" />
        <source>Save the case file (Ctrl+S)</source>
        <translation>Save the case file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="684" />
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="685" />
        <source>Earlier versions of this case: compare and restore</source>
        <translation>Earlier versions of this case: compare and restore</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="686" />
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="687" />
        <source>Throw away what was typed since the last save</source>
        <translation>Throw away what was typed since the last save</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="334" />
        <location filename="../../kb_app/gui/views/editor.py" line="688" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="689" />
        <source>Close the editor; the draft is kept until you save or discard it</source>
        <translation>Close the editor; the draft is kept until you save or discard it</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="691" />
        <source>Undo (Ctrl+Z), in the form and the text</source>
        <translation>Undo (Ctrl+Z), in the form and the text</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="693" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="719" />
        <source>— choose a kind —</source>
        <translation>— choose a kind —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="721" />
        <location filename="../../kb_app/gui/views/editor.py" line="723" />
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="745" />
        <source>Case editor</source>
        <translation>Case editor</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="747" />
        <source>Editing “{0}”</source>
        <translation>Editing “{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="749" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="926" />
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="938" />
        <source>Could not open the case: {0}</source>
        <translation>Could not open the case: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="957" />
        <source>Edited — the draft is kept automatically</source>
        <translation>Edited — the draft is kept automatically</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1025" />
        <source>The draft could not be kept: {0}</source>
        <translation>The draft could not be kept: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1039" />
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1040" />
        <source>What was typed since the last save will be lost.</source>
        <translation>What was typed since the last save will be lost.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1095" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1145" />
        <source>Lesson “{0}” written to lessons/{1}.md</source>
        <translation>Lesson “{0}” written to lessons/{1}.md</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1155" />
        <location filename="../../kb_app/gui/views/editor.py" line="1185" />
        <location filename="../../kb_app/gui/views/editor.py" line="1214" />
        <source>Not saved: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1167" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1192" />
        <source>The file changed on disk: nothing was overwritten</source>
        <translation>The file changed on disk: nothing was overwritten</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="64" />
        <location filename="../../kb_app/gui/views/editor.py" line="1208" />
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1233" />
        <source>Took the version on disk</source>
        <translation>Took the version on disk</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1272" />
        <source>Updated from the file on disk</source>
        <translation>Updated from the file on disk</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1302" />
        <source>Version restored in the editor: save to keep it</source>
        <translation>Version restored in the editor: save to keep it</translation>
    </message>
    <message>
        <source>“{0}” is more than a year ahead: is the year right?</source>
        <translation>“{0}” is more than a year ahead: is the year right?</translation>
    </message>
    <message>
        <source>“{0}” is before 1970: is the year right?</source>
        <translation>“{0}” is before 1970: is the year right?</translation>
    </message>
    <message>
        <source>Nothing is written under the headings yet</source>
        <translation>Nothing is written under the headings yet</translation>
    </message>
    <message>
        <source>The tag “{0}” is given twice</source>
        <translation>The tag “{0}” is given twice</translation>
    </message>
    <message>
        <source>Lesson “{0}” will be written to lessons/{1}.md when the case is saved</source>
        <translation>Lesson “{0}” will be written to lessons/{1}.md when the case is saved</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>Save the changes to “{0}” before closing?</translation>
    </message>
    <message>
        <source>If you do not save, what was typed since the last save is lost.</source>
        <translation>If you do not save, what was typed since the last save is lost.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>your version (in the editor)</source>
        <translation>your version (in the editor)</translation>
    </message>
    <message>
        <source>the version on disk</source>
        <translation>the version on disk</translation>
    </message>
    <message>
        <source>the version of {0}</source>
        <translation>the version of {0}</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>the current text</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed lesson(s) linked; written to lessons/ when the case is saved</source>
        <translation>
            <numerusform>%n proposed lesson linked; written to lessons/ when the case is saved</numerusform>
            <numerusform>%n proposed lessons linked; written to lessons/ when the case is saved</numerusform>
        </translation>
    </message>
</context>
</TS>