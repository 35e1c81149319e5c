<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Learn</name>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="62"/>
        <source>{0} · {1} / {2} read</source>
        <translation>{0} · {1} / {2} 已读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="104"/>
        <source>{0} / {1} read</source>
        <translation>{0} / {1} 已读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="137"/>
        <source>{0} cases · {1} read</source>
        <translation>{0} 个案例 · 已读 {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="138"/>
        <source>1 case · {0} read</source>
        <translation>1 个案例 · 已读 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="148"/>
        <source>and {0} more</source>
        <translation>还有 {0} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="26"/>
        <source>No reading path yet.</source>
        <translation>还没有阅读路径。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="27"/>
        <source>A mentor writes one as a file in the paths/ folder of the case folder; see docs/case-format.md.</source>
        <translation>导师可以在案例文件夹的 paths/ 里写一个文件，格式见 docs/case-format.md。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="36"/>
        <source>Finished: all {0} steps read</source>
        <translation>已完成：{0} 步全部读完</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="37"/>
        <source>{0} of {1} steps read</source>
        <translation>已读 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="18"/>
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="19"/>
        <source>lesson</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="43"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="62"/>
        <source>{0} problem(s) in the reading path files; run kb check for details.</source>
        <translation>阅读路径文件里有 {0} 个问题；运行 kb check 查看详情。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="22"/>
        <source>You have read every case. Time to write one.</source>
        <translation>你已读完所有案例。该你来写一个了。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="37"/>
        <source>You have read {0} of the 1 case on {1}</source>
        <translation>{1}方面只有 1 个案例，你已读 {0} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="38"/>
        <source>You have read {0} of {1} cases on {2}</source>
        <translation>{2}方面的 {1} 个案例你只读了 {0} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="18"/>
        <source>No practice yet.</source>
        <translation>还没有练习。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="19"/>
        <source>Open a case and press Practise (Ctrl+P): you read only the situation, write what you would do first and why, then see what was done. Your answers are kept here.</source>
        <translation>打开一个案例，点“练习”（Ctrl+P）：只看情况，写下你会先做什么、为什么，再看当时做了什么。你的回答都保存在这里。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>revealed</source>
        <translation>已揭晓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>not revealed yet</source>
        <translation>尚未揭晓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="109"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="121"/>
        <source>Learn from the cases</source>
        <translation>从案例中学习</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="110"/>
        <source>Export ▾</source>
        <translation>导出 ▾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="111"/>
        <source>Export your progress or your practice journal for a mentor</source>
        <translation>把阅读进度或练习日志导出给导师</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="112"/>
        <source>Reading progress as CSV…</source>
        <translation>阅读进度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="113"/>
        <source>Reading progress as Markdown…</source>
        <translation>阅读进度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="114"/>
        <source>Practice journal as Markdown…</source>
        <translation>练习日志（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="115"/>
        <source>Lessons</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="116"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="117"/>
        <source>Reading paths</source>
        <translation>阅读路径</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="118"/>
        <location filename="../../kb_app/gui/views/learn/view.py" line="162"/>
        <source>Practice journal</source>
        <translation>练习日志</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="252"/>
        <source>By soft skill</source>
        <translation>按软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="253"/>
        <source>By incident kind</source>
        <translation>按事件类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="91"/>
        <source>Reading coverage by soft skill</source>
        <translation>各项软技能的阅读覆盖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="92"/>
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="93"/>
        <source>Bars</source>
        <translation>条形图</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="94"/>
        <source>What to read next</source>
        <translation>接下来读什么</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="95"/>
        <source>Reading coverage by incident kind</source>
        <translation>各类事件的阅读覆盖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="126"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="156"/>
        <source>{0} of {1} cases read · {2} of {3} lessons read</source>
        <translation>已读案例 {0} / {1} · 已读经验 {2} / {3}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>{0} lessons</source>
        <translation>{0} 条经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>1 lesson</source>
        <translation>1 条经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="118"/>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="119"/>
        <source>Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)</source>
        <translation>按软技能和事件类型浏览经验、阅读进度、阅读路径（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="120"/>
        <source>&amp;Learn</source>
        <translation>学习(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="122"/>
        <source>Mark as read / unread</source>
        <translation>标为已读 / 未读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="123"/>
        <source>Practise on this case…</source>
        <translation>用这个案例练习…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="124"/>
        <source>Export reading progress as CSV…</source>
        <translation>导出阅读进度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="125"/>
        <source>Export reading progress as Markdown…</source>
        <translation>导出阅读进度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="126"/>
        <source>Export practice journal as Markdown…</source>
        <translation>导出练习日志（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="157"/>
        <source>Open a case first, then practise on it (Ctrl+P).</source>
        <translation>请先打开一个案例，再用它练习（Ctrl+P）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="173"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="174"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="176"/>
        <source>Export for a mentor</source>
        <translation>导出给导师</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="180"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="181"/>
        <source>Could not export: {0}</source>
        <translation>无法导出：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="194"/>
        <source>Practise on a case</source>
        <translation>案例练习</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="195"/>
        <source>1 · The situation</source>
        <translation>1 · 情况</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="196"/>
        <location filename="../../kb_app/gui/views/practice.py" line="281"/>
        <source>2 · What would you do first, and why?</source>
        <translation>2 · 你会先做什么？为什么？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="197"/>
        <source>Write it as you would say it to your team: the first three things you would do, who you would call, what you would tell the customer… Your answer is saved as you type.</source>
        <translation>像对团队布置任务那样写：你最先做的三件事、会打给谁、怎么跟客户说……输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="200"/>
        <source>Reveal what was done  (Ctrl+Enter)</source>
        <translation>揭晓当时的做法（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="201"/>
        <source>Open the whole case</source>
        <translation>打开完整案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="202"/>
        <source>What was done, how it ended and the lessons stay hidden until you have written your answer.

Take a few minutes: the point is to decide before you know the ending.</source>
        <translation>写下你的回答之前，当时的做法、结果和经验教训都先隐藏。

花几分钟想一想：关键是在知道结局之前做出决定。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="205"/>
        <source>3 · What was done, how it ended, and the lessons</source>
        <translation>3 · 当时的做法、结果和经验教训</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="247"/>
        <source>converted by OpenCC</source>
        <translation>经 OpenCC 转换</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="248"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="253"/>
        <source>How it ended</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="262"/>
        <source>The lessons drawn from it</source>
        <translation>从中得出的经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="275"/>
        <source>Compare your answer with what was done. You can still add to your answer: what would you do differently now?</source>
        <translation>把你的回答和当时的做法对照。你还可以补充：现在你会有什么不同的做法？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="277"/>
        <source>2 · Your answer</source>
        <translation>2 · 你的回答</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="279"/>
        <source>Read the situation, decide, and write your first moves before you see the ending.</source>
        <translation>先读情况，做出决定，在看到结局之前写下你的第一步。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="287"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="302"/>
        <location filename="../../kb_app/gui/views/practice.py" line="319"/>
        <source>Saved in your practice journal</source>
        <translation>已保存到练习日志</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="18"/>
        <source>✓ read</source>
        <translation>✓ 已读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>✓ Read</source>
        <translation>✓ 已读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="27"/>
        <source>Read: click to mark it unread again (Ctrl+D)</source>
        <translation>已读：点击可重新标为未读（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="28"/>
        <source>It counts as read once it has been open a few seconds with its end reached; or mark it by hand (Ctrl+D)</source>
        <translation>打开几秒并读到末尾才算已读；也可以手动标记（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="33"/>
        <source>✎ Practise</source>
        <translation>✎ 练习</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="37"/>
        <source>Practise on this case: read only the situation, write what you would do first, then see what was done (Ctrl+P)</source>
        <translation>用这个案例练习：只看情况，写下你会先做什么，再看当时做了什么（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="66"/>
        <source>Original text.</source>
        <translation>原文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="67"/>
        <source>Show it in your script</source>
        <translation>用简体显示</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="71"/>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>本页由简体中文经 OpenCC 转换。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="72"/>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>本页由繁体中文经 OpenCC 转换为简体。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="73"/>
        <source>Show the original</source>
        <translation>显示原文</translation>
    </message>
</context>
</TS>
