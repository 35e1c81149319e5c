<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Learn</name>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="62"/>
        <source>{0} · {1} / {2} read</source>
        <translation>{0} · {1} / {2} read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="104"/>
        <source>{0} / {1} read</source>
        <translation>{0} / {1} read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="137"/>
        <source>{0} cases · {1} read</source>
        <translation>{0} cases · {1} read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="138"/>
        <source>1 case · {0} read</source>
        <translation>1 case · {0} read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="148"/>
        <source>and {0} more</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="26"/>
        <source>No reading path yet.</source>
        <translation>No reading path yet.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="27"/>
        <source>A mentor writes one as a file in the paths/ folder of the case folder; see docs/case-format.md.</source>
        <translation>A mentor writes one as a file in the paths/ folder of the case folder; see docs/case-format.md.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="36"/>
        <source>Finished: all {0} steps read</source>
        <translation>Finished: all {0} steps read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="37"/>
        <source>{0} of {1} steps read</source>
        <translation>{0} of {1} steps read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="18"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="19"/>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="43"/>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="62"/>
        <source>{0} problem(s) in the reading path files; run kb check for details.</source>
        <translation>{0} problem(s) in the reading path files; run kb check for details.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="22"/>
        <source>You have read every case. Time to write one.</source>
        <translation>You have read every case. Time to write one.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="37"/>
        <source>You have read {0} of the 1 case on {1}</source>
        <translation>You have read {0} of the 1 case on {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="38"/>
        <source>You have read {0} of {1} cases on {2}</source>
        <translation>You have read {0} of {1} cases on {2}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="18"/>
        <source>No practice yet.</source>
        <translation>No practice yet.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="19"/>
        <source>Open a case and press Practise (Ctrl+P): you read only the situation, write what you would do first and why, then see what was done. Your answers are kept here.</source>
        <translation>Open a case and press Practise (Ctrl+P): you read only the situation, write what you would do first and why, then see what was done. Your answers are kept here.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>revealed</source>
        <translation>revealed</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>not revealed yet</source>
        <translation>not revealed yet</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="109"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="121"/>
        <source>Learn from the cases</source>
        <translation>Learn from the cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="110"/>
        <source>Export ▾</source>
        <translation>Export ▾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="111"/>
        <source>Export your progress or your practice journal for a mentor</source>
        <translation>Export your progress or your practice journal for a mentor</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="112"/>
        <source>Reading progress as CSV…</source>
        <translation>Reading progress as CSV…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="113"/>
        <source>Reading progress as Markdown…</source>
        <translation>Reading progress as Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="114"/>
        <source>Practice journal as Markdown…</source>
        <translation>Practice journal as Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="115"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="116"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="117"/>
        <source>Reading paths</source>
        <translation>Reading paths</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="118"/>
        <location filename="../../kb_app/gui/views/learn/view.py" line="162"/>
        <source>Practice journal</source>
        <translation>Practice journal</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="252"/>
        <source>By soft skill</source>
        <translation>By soft skill</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="253"/>
        <source>By incident kind</source>
        <translation>By incident kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="91"/>
        <source>Reading coverage by soft skill</source>
        <translation>Reading coverage by soft skill</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="92"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="93"/>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="94"/>
        <source>What to read next</source>
        <translation>What to read next</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="95"/>
        <source>Reading coverage by incident kind</source>
        <translation>Reading coverage by incident kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="126"/>
        <source>Opening the case library…</source>
        <translation>Opening the case library…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="156"/>
        <source>{0} of {1} cases read · {2} of {3} lessons read</source>
        <translation>{0} of {1} cases read · {2} of {3} lessons read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>{0} lessons</source>
        <translation>{0} lessons</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>1 lesson</source>
        <translation>1 lesson</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="118"/>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="119"/>
        <source>Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)</source>
        <translation>Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="120"/>
        <source>&amp;Learn</source>
        <translation>&amp;Learn</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="122"/>
        <source>Mark as read / unread</source>
        <translation>Mark as read / unread</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="123"/>
        <source>Practise on this case…</source>
        <translation>Practise on this case…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="124"/>
        <source>Export reading progress as CSV…</source>
        <translation>Export reading progress as CSV…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="125"/>
        <source>Export reading progress as Markdown…</source>
        <translation>Export reading progress as Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="126"/>
        <source>Export practice journal as Markdown…</source>
        <translation>Export practice journal as Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="157"/>
        <source>Open a case first, then practise on it (Ctrl+P).</source>
        <translation>Open a case first, then practise on it (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="173"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="174"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="176"/>
        <source>Export for a mentor</source>
        <translation>Export for a mentor</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="180"/>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="181"/>
        <source>Could not export: {0}</source>
        <translation>Could not export: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="194"/>
        <source>Practise on a case</source>
        <translation>Practise on a case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="195"/>
        <source>1 · The situation</source>
        <translation>1 · The situation</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="196"/>
        <location filename="../../kb_app/gui/views/practice.py" line="281"/>
        <source>2 · What would you do first, and why?</source>
        <translation>2 · What would you do first, and why?</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="197"/>
        <source>Write it as you would say it to your team: the first three things you would do, who you would call, what you would tell the customer… Your answer is saved as you type.</source>
        <translation>Write it as you would say it to your team: the first three things you would do, who you would call, what you would tell the customer… Your answer is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="200"/>
        <source>Reveal what was done  (Ctrl+Enter)</source>
        <translation>Reveal what was done  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="201"/>
        <source>Open the whole case</source>
        <translation>Open the whole case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="202"/>
        <source>What was done, how it ended and the lessons stay hidden until you have written your answer.

Take a few minutes: the point is to decide before you know the ending.</source>
        <translation>What was done, how it ended and the lessons stay hidden until you have written your answer.

Take a few minutes: the point is to decide before you know the ending.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="205"/>
        <source>3 · What was done, how it ended, and the lessons</source>
        <translation>3 · What was done, how it ended, and the lessons</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="247"/>
        <source>converted by OpenCC</source>
        <translation>converted by OpenCC</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="248"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="253"/>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="262"/>
        <source>The lessons drawn from it</source>
        <translation>The lessons drawn from it</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="275"/>
        <source>Compare your answer with what was done. You can still add to your answer: what would you do differently now?</source>
        <translation>Compare your answer with what was done. You can still add to your answer: what would you do differently now?</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="277"/>
        <source>2 · Your answer</source>
        <translation>2 · Your answer</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="279"/>
        <source>Read the situation, decide, and write your first moves before you see the ending.</source>
        <translation>Read the situation, decide, and write your first moves before you see the ending.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="287"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="302"/>
        <location filename="../../kb_app/gui/views/practice.py" line="319"/>
        <source>Saved in your practice journal</source>
        <translation>Saved in your practice journal</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="18"/>
        <source>✓ read</source>
        <translation>✓ read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>✓ Read</source>
        <translation>✓ Read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="27"/>
        <source>Read: click to mark it unread again (Ctrl+D)</source>
        <translation>Read: click to mark it unread again (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="28"/>
        <source>It counts as read once it has been open a few seconds with its end reached; or mark it by hand (Ctrl+D)</source>
        <translation>It counts as read once it has been open a few seconds with its end reached; or mark it by hand (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="33"/>
        <source>✎ Practise</source>
        <translation>✎ Practise</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="37"/>
        <source>Practise on this case: read only the situation, write what you would do first, then see what was done (Ctrl+P)</source>
        <translation>Practise on this case: read only the situation, write what you would do first, then see what was done (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="66"/>
        <source>Original text.</source>
        <translation>Original text.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="67"/>
        <source>Show it in your script</source>
        <translation>Show it in your script</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="71"/>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>Converted from Simplified Chinese by OpenCC.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="72"/>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>Converted from Traditional Chinese by OpenCC.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="73"/>
        <source>Show the original</source>
        <translation>Show the original</translation>
    </message>
</context>
</TS>
