<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>A row without a title or description</source>
        <translation>A row without a title or description</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Already imported as {0}</source>
        <translation>Already imported as {0}</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it first</source>
        <translation>An import is running; wait for it or cancel it first</translation>
    </message>
    <message>
        <source>An old binary Office file; save it as {0} to import it</source>
        <translation>An old binary Office file; save it as {0} to import it</translation>
    </message>
    <message>
        <source>Bring a team&apos;s Word, Excel, CSV, wiki, Markdown or PDF documents in as cases to review</source>
        <translation>Bring a team&apos;s Word, Excel, CSV, wiki, Markdown or PDF documents in as cases to review</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files; what was imported stays.</source>
        <translation>Cancelled after {0} of {1} files; what was imported stays.</translation>
    </message>
    <message>
        <source>Cancelling the import after the current document…</source>
        <translation>Cancelling the import after the current document…</translation>
    </message>
    <message>
        <source>Cannot read it</source>
        <translation>Cannot read it</translation>
    </message>
    <message>
        <source>Cannot read it: {0}</source>
        <translation>Cannot read it: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Could not write the case</source>
        <translation>Could not write the case</translation>
    </message>
    <message>
        <source>Could not write the case: {0}</source>
        <translation>Could not write the case: {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Import cancelled: {0}</source>
        <translation>Import cancelled: {0}</translation>
    </message>
    <message>
        <source>Import every document in a folder and its subfolders</source>
        <translation>Import every document in a folder and its subfolders</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Import finished: {0}</source>
        <translation>Import finished: {0}</translation>
    </message>
    <message>
        <source>Import the checked duplicates anyway</source>
        <translation>Import the checked duplicates anyway</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}</source>
        <translation>Importing… {0} of {1}</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}: {2}</source>
        <translation>Importing… {0} of {1}: {2}</translation>
    </message>
    <message>
        <source>Inside the case folder: its cases are already here</source>
        <translation>Inside the case folder: its cases are already here</translation>
    </message>
    <message>
        <source>It would unpack to far more than its size (a zip bomb?); not opened</source>
        <translation>It would unpack to far more than its size (a zip bomb?); not opened</translation>
    </message>
    <message>
        <source>Likely duplicates, not imported</source>
        <translation>Likely duplicates, not imported</translation>
    </message>
    <message>
        <source>More rows than can be read at once; the first ones were imported</source>
        <translation>More rows than can be read at once; the first ones were imported</translation>
    </message>
    <message>
        <source>New cases, to review</source>
        <translation>New cases, to review</translation>
    </message>
    <message>
        <source>No row of column names found (Number, Short description, 标题 …)</source>
        <translation>No row of column names found (Number, Short description, 标题 …)</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>No such file or folder</translation>
    </message>
    <message>
        <source>No text to import</source>
        <translation>No text to import</translation>
    </message>
    <message>
        <source>Problems: not imported</source>
        <translation>Problems: not imported</translation>
    </message>
    <message>
        <source>Review the new cases</source>
        <translation>Review the new cases</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Stop after the current document; what was imported stays</source>
        <translation>Stop after the current document; what was imported stays</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); only PDFs with text can be imported</source>
        <translation>The PDF has no text layer (a scan?); only PDFs with text can be imported</translation>
    </message>
    <message>
        <source>The case folder is still opening; import once it is ready</source>
        <translation>The case folder is still opening; import once it is ready</translation>
    </message>
    <message>
        <source>The file is damaged or not what its name says</source>
        <translation>The file is damaged or not what its name says</translation>
    </message>
    <message>
        <source>The file is encrypted (password-protected); save an unprotected copy to import it</source>
        <translation>The file is encrypted (password-protected); save an unprotected copy to import it</translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation>The import stopped: {0}</translation>
    </message>
    <message>
        <source>The text&apos;s encoding could not be recognised; save it as UTF-8</source>
        <translation>The text&apos;s encoding could not be recognised; save it as UTF-8</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported</source>
        <translation>This kind of file cannot be imported</translation>
    </message>
    <message>
        <source>Tick the documents that are not the same incident, then import them all the same</source>
        <translation>Tick the documents that are not the same incident, then import them all the same</translation>
    </message>
    <message>
        <source>Too large or too deeply nested to read</source>
        <translation>Too large or too deeply nested to read</translation>
    </message>
    <message>
        <source>Too large to import</source>
        <translation>Too large to import</translation>
    </message>
    <message>
        <source>Unexpected problem: {0}</source>
        <translation>Unexpected problem: {0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>same title and date</source>
        <translation>same title and date</translation>
    </message>
    <message>
        <source>similarity {0}%</source>
        <translation>similarity {0}%</translation>
    </message>
    <message>
        <source>{0} files cannot be imported</source>
        <translation>{0} files cannot be imported</translation>
    </message>
    <message>
        <source>{0} files cannot be imported; save it as {1}</source>
        <translation>{0} files cannot be imported; save it as {1}</translation>
    </message>
    <message>
        <source>The same incident as “{0}”? ({1})</source>
        <translation>The same incident as “{0}”? ({1})</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>%n imported case(s) to review</source>
        <translation>
            <numerusform>%n imported case to review</numerusform>
            <numerusform>%n imported cases to review</numerusform>
        </translation>
    </message>
    <message>
        <source>(the original text was not kept)</source>
        <translation>(the original text was not kept)</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Because of</translation>
    </message>
    <message>
        <source>Converted case</source>
        <translation>Converted case</translation>
    </message>
    <message>
        <source>Could not mark it reviewed: {0}</source>
        <translation>Could not mark it reviewed: {0}</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>Could not open {0}: {1}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Edit and review…</source>
        <translation>Edit and review…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>File &gt; Import… brings a team’s Word, Excel, wiki and Markdown documents in (Ctrl+I); each new case waits here for a mentor.</source>
        <translation>File &gt; Import… brings a team’s Word, Excel, wiki and Markdown documents in (Ctrl+I); each new case waits here for a mentor.</translation>
    </message>
    <message>
        <source>Imported cases to review</source>
        <translation>Imported cases to review</translation>
    </message>
    <message>
        <source>Imported from a team document: its fields were suggested and no one has reviewed it yet</source>
        <translation>Imported from a team document: its fields were suggested and no one has reviewed it yet</translation>
    </message>
    <message>
        <source>Imported, not reviewed</source>
        <translation>Imported, not reviewed</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>New lessons proposed</source>
        <translation>New lessons proposed</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>No imported cases to review.</source>
        <translation>No imported cases to review.</translation>
    </message>
    <message>
        <source>Open it in the editor with the suggested fields; saving it there marks it reviewed (Ctrl+E)</source>
        <translation>Open it in the editor with the suggested fields; saving it there marks it reviewed (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open the review queue (Ctrl+Shift+R)</source>
        <translation>Open the review queue (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>Original document</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>Outcome summary</translation>
    </message>
    <message>
        <source>Review imported cases</source>
        <translation>Review imported cases</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>Stakes</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Suggested fields and why</source>
        <translation>Suggested fields and why</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The case is right as it was imported: clear its flag without editing</source>
        <translation>The case is right as it was imported: clear its flag without editing</translation>
    </message>
    <message>
        <source>The next case to review (Ctrl+J)</source>
        <translation>The next case to review (Ctrl+J)</translation>
    </message>
    <message>
        <source>The previous case to review (Ctrl+K)</source>
        <translation>The previous case to review (Ctrl+K)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>imported although it looked like {0}</source>
        <translation>imported although it looked like {0}</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>imported {0}</translation>
    </message>
    <message>
        <source>items of {0} that match no lesson</source>
        <translation>items of {0} that match no lesson</translation>
    </message>
    <message>
        <source>its first heading</source>
        <translation>its first heading</translation>
    </message>
    <message>
        <source>its first line</source>
        <translation>its first line</translation>
    </message>
    <message>
        <source>its front matter ({0})</source>
        <translation>its front matter ({0})</translation>
    </message>
    <message>
        <source>no Chinese characters</source>
        <translation>no Chinese characters</translation>
    </message>
    <message>
        <source>the category {0}</source>
        <translation>the category {0}</translation>
    </message>
    <message>
        <source>the characters {0}</source>
        <translation>the characters {0}</translation>
    </message>
    <message>
        <source>the column {0}</source>
        <translation>the column {0}</translation>
    </message>
    <message>
        <source>the document&apos;s properties</source>
        <translation>the document&apos;s properties</translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation>the document&apos;s title</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>the file name</translation>
    </message>
    <message>
        <source>the items of {0}</source>
        <translation>the items of {0}</translation>
    </message>
    <message>
        <source>the page title</source>
        <translation>the page title</translation>
    </message>
    <message>
        <source>the priority {0}</source>
        <translation>the priority {0}</translation>
    </message>
    <message>
        <source>the section {0}</source>
        <translation>the section {0}</translation>
    </message>
    <message>
        <source>the text says {0}</source>
        <translation>the text says {0}</translation>
    </message>
    <message>
        <source>the words {0}</source>
        <translation>the words {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>its fields were suggested from the document and no one has checked them yet.</source>
        <translation>its fields were suggested from the document and no one has checked them yet.</translation>
    </message>
    <message>
        <source>Review it</source>
        <translation>Review it</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes: {0}</translation>
    </message>
    <message>
        <source>the nearest cases {0}</source>
        <translation>the nearest cases {0}</translation>
    </message>
    <message>
        <source>[image {0}]</source>
        <translation>[image {0}]</translation>
    </message>
</context>
</TS>
