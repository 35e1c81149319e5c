<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Learn</name>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="100"/>
        <source>{0} · {1} / {2} read</source>
        <translation>{0} · {1} / {2} 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="142"/>
        <source>{0} / {1} read</source>
        <translation>{0} / {1} 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="184"/>
        <source>{0} cases · {1} read</source>
        <translation>{0} 個案例 · 已讀 {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="185"/>
        <source>1 case · {0} read</source>
        <translation>1 個案例 · 已讀 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="195"/>
        <source>and {0} more</source>
        <translation>還有 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="280"/>
        <source>No reading path yet.</source>
        <translation>還沒有閱讀路徑。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="282"/>
        <source>A mentor writes one as a file in the paths/ folder of the case folder; see docs/case-format.md.</source>
        <translation>導師可以在案例資料夾的 paths/ 裡寫一個檔案，格式見 docs/case-format.md。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="291"/>
        <source>Finished: all {0} steps read</source>
        <translation>已完成：{0} 步全部讀完</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="292"/>
        <source>{0} of {1} steps read</source>
        <translation>已讀 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="298"/>
        <location filename="../../kb_app/gui/views/learn.py" line="307"/>
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="298"/>
        <location filename="../../kb_app/gui/views/learn.py" line="307"/>
        <source>lesson</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="299"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="319"/>
        <source>{0} problem(s) in the reading path files; run kb check for details.</source>
        <translation>閱讀路徑檔案裡有 {0} 個問題；執行 kb check 查看詳情。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="328"/>
        <source>You have read every case. Time to write one.</source>
        <translation>你已讀完所有案例。該你來寫一個了。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="344"/>
        <source>You have read {0} of the 1 case on {1}</source>
        <translation>{1}方面只有 1 個案例，你已讀 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="345"/>
        <source>You have read {0} of {1} cases on {2}</source>
        <translation>{2}方面的 {1} 個案例你只讀了 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="350"/>
        <source>No practice yet.</source>
        <translation>還沒有練習。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="352"/>
        <source>Open a case and press Practise (Ctrl+P): you read only the situation, write what you would do first and why, then see what was done. Your answers are kept here.</source>
        <translation>開啟一個案例，點「練習」（Ctrl+P）：只看情況，寫下你會先做什麼、為什麼，再看當時做了什麼。你的回答都保存在這裡。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="363"/>
        <source>revealed</source>
        <translation>已揭曉</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="363"/>
        <source>not revealed yet</source>
        <translation>尚未揭曉</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="578"/>
        <location filename="../../kb_app/gui/views/learn.py" line="787"/>
        <source>Learn from the cases</source>
        <translation>從案例中學習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="579"/>
        <source>Export ▾</source>
        <translation>匯出 ▾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="580"/>
        <source>Export your progress or your practice journal for a mentor</source>
        <translation>把閱讀進度或練習日誌匯出給導師</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="581"/>
        <source>Reading progress as CSV…</source>
        <translation>閱讀進度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="582"/>
        <source>Reading progress as Markdown…</source>
        <translation>閱讀進度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="583"/>
        <source>Practice journal as Markdown…</source>
        <translation>練習日誌（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="584"/>
        <source>Lessons</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="585"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="586"/>
        <source>Reading paths</source>
        <translation>閱讀路徑</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="587"/>
        <location filename="../../kb_app/gui/views/learn.py" line="644"/>
        <source>Practice journal</source>
        <translation>練習日誌</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="588"/>
        <source>By soft skill</source>
        <translation>依軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="589"/>
        <source>By incident kind</source>
        <translation>依事件類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="590"/>
        <source>Reading coverage by soft skill</source>
        <translation>各項軟技能的閱讀覆蓋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="591"/>
        <source>Radar</source>
        <translation>雷達圖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="592"/>
        <source>Bars</source>
        <translation>長條圖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="593"/>
        <source>What to read next</source>
        <translation>接下來讀什麼</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="594"/>
        <source>Reading coverage by incident kind</source>
        <translation>各類事件的閱讀覆蓋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="598"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="633"/>
        <source>{0} of {1} cases read · {2} of {3} lessons read</source>
        <translation>已讀案例 {0} / {1} · 已讀經驗 {2} / {3}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="691"/>
        <source>{0} lessons</source>
        <translation>{0} 條經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="691"/>
        <source>1 lesson</source>
        <translation>1 條經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="784"/>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="785"/>
        <source>Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)</source>
        <translation>依軟技能和事件類型瀏覽經驗、閱讀進度、閱讀路徑（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="786"/>
        <source>&amp;Learn</source>
        <translation>學習(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="788"/>
        <source>Mark as read / unread</source>
        <translation>標為已讀 / 未讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="789"/>
        <source>Practise on this case…</source>
        <translation>用這個案例練習…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="790"/>
        <source>Export reading progress as CSV…</source>
        <translation>匯出閱讀進度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="791"/>
        <source>Export reading progress as Markdown…</source>
        <translation>匯出閱讀進度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="792"/>
        <source>Export practice journal as Markdown…</source>
        <translation>匯出練習日誌（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="828"/>
        <source>Open a case first, then practise on it (Ctrl+P).</source>
        <translation>請先開啟一個案例，再用它練習（Ctrl+P）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="843"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="844"/>
        <location filename="../../kb_app/gui/views/learn.py" line="845"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="847"/>
        <source>Export for a mentor</source>
        <translation>匯出給導師</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="851"/>
        <source>Exported to {0}</source>
        <translation>已匯出到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn.py" line="852"/>
        <source>Could not export: {0}</source>
        <translation>無法匯出：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="178"/>
        <source>Practise on a case</source>
        <translation>案例練習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="179"/>
        <source>1 · The situation</source>
        <translation>1 · 情況</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="180"/>
        <location filename="../../kb_app/gui/views/practice.py" line="263"/>
        <source>2 · What would you do first, and why?</source>
        <translation>2 · 你會先做什麼？為什麼？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="181"/>
        <source>Write it as you would say it to your team: the first three things you would do, who you would call, what you would tell the customer… Your answer is saved as you type.</source>
        <translation>像對團隊交代任務那樣寫：你最先做的三件事、會打給誰、怎麼跟客戶說……輸入時自動儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="184"/>
        <source>Reveal what was done  (Ctrl+Enter)</source>
        <translation>揭曉當時的做法（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="185"/>
        <source>Open the whole case</source>
        <translation>開啟完整案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="186"/>
        <source>What was done, how it ended and the lessons stay hidden until you have written your answer.

Take a few minutes: the point is to decide before you know the ending.</source>
        <translation>寫下你的回答之前，當時的做法、結果和經驗教訓都先隱藏。

花幾分鐘想一想：重點是在知道結局之前做出決定。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="189"/>
        <source>3 · What was done, how it ended, and the lessons</source>
        <translation>3 · 當時的做法、結果和經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="230"/>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="235"/>
        <source>How it ended</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="244"/>
        <source>The lessons drawn from it</source>
        <translation>從中得出的經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="257"/>
        <source>Compare your answer with what was done. You can still add to your answer: what would you do differently now?</source>
        <translation>把你的回答和當時的做法對照。你還可以補充：現在你會有什麼不同的做法？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="259"/>
        <source>2 · Your answer</source>
        <translation>2 · 你的回答</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="261"/>
        <source>Read the situation, decide, and write your first moves before you see the ending.</source>
        <translation>先讀情況，做出決定，在看到結局之前寫下你的第一步。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="269"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="284"/>
        <location filename="../../kb_app/gui/views/practice.py" line="301"/>
        <source>Saved in your practice journal</source>
        <translation>已儲存到練習日誌</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="18"/>
        <source>✓ read</source>
        <translation>✓ 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>✓ Read</source>
        <translation>✓ 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="22"/>
        <source>Mark as read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="27"/>
        <source>Read: click to mark it unread again (Ctrl+D)</source>
        <translation>已讀：點一下可重新標為未讀（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="28"/>
        <source>It counts as read once it has been open a few seconds with its end reached; or mark it by hand (Ctrl+D)</source>
        <translation>開啟幾秒並讀到結尾才算已讀；也可以手動標記（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="33"/>
        <source>✎ Practise</source>
        <translation>✎ 練習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="37"/>
        <source>Practise on this case: read only the situation, write what you would do first, then see what was done (Ctrl+P)</source>
        <translation>用這個案例練習：只看情況，寫下你會先做什麼，再看當時做了什麼（Ctrl+P）</translation>
    </message>
</context>
</TS>
