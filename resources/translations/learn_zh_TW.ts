<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Learn</name>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="62"/>
        <source>{0} · {1} / {2} read</source>
        <translation>{0} · {1} / {2} 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="104"/>
        <source>{0} / {1} read</source>
        <translation>{0} / {1} 已讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="137"/>
        <source>{0} cases · {1} read</source>
        <translation>{0} 個案例 · 已讀 {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="138"/>
        <source>1 case · {0} read</source>
        <translation>1 個案例 · 已讀 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="148"/>
        <source>and {0} more</source>
        <translation>還有 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="26"/>
        <source>No reading path yet.</source>
        <translation>還沒有閱讀路徑。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="27"/>
        <source>A mentor writes one as a file in the paths/ folder of the case folder; see docs/case-format.md.</source>
        <translation>導師可以在案例資料夾的 paths/ 裡寫一個檔案，格式見 docs/case-format.md。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="36"/>
        <source>Finished: all {0} steps read</source>
        <translation>已完成：{0} 步全部讀完</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="37"/>
        <source>{0} of {1} steps read</source>
        <translation>已讀 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="18"/>
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="19"/>
        <source>lesson</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="43"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/paths.py" line="62"/>
        <source>{0} problem(s) in the reading path files; run kb check for details.</source>
        <translation>閱讀路徑檔案裡有 {0} 個問題；執行 kb check 查看詳情。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="22"/>
        <source>You have read every case. Time to write one.</source>
        <translation>你已讀完所有案例。該你來寫一個了。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="37"/>
        <source>You have read {0} of the 1 case on {1}</source>
        <translation>{1}方面只有 1 個案例，你已讀 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="38"/>
        <source>You have read {0} of {1} cases on {2}</source>
        <translation>{2}方面的 {1} 個案例你只讀了 {0} 個</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="18"/>
        <source>No practice yet.</source>
        <translation>還沒有練習。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="19"/>
        <source>Open a case and press Practise (Ctrl+P): you read only the situation, write what you would do first and why, then see what was done. Your answers are kept here.</source>
        <translation>開啟一個案例，點「練習」（Ctrl+P）：只看情況，寫下你會先做什麼、為什麼，再看當時做了什麼。你的回答都保存在這裡。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>revealed</source>
        <translation>已揭曉</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/journal.py" line="28"/>
        <source>not revealed yet</source>
        <translation>尚未揭曉</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="109"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="121"/>
        <source>Learn from the cases</source>
        <translation>從案例中學習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="110"/>
        <source>Export ▾</source>
        <translation>匯出 ▾</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="111"/>
        <source>Export your progress or your practice journal for a mentor</source>
        <translation>把閱讀進度或練習日誌匯出給導師</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="112"/>
        <source>Reading progress as CSV…</source>
        <translation>閱讀進度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="113"/>
        <source>Reading progress as Markdown…</source>
        <translation>閱讀進度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="114"/>
        <source>Practice journal as Markdown…</source>
        <translation>練習日誌（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="115"/>
        <source>Lessons</source>
        <translation>經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="116"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="117"/>
        <source>Reading paths</source>
        <translation>閱讀路徑</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="118"/>
        <location filename="../../kb_app/gui/views/learn/view.py" line="162"/>
        <source>Practice journal</source>
        <translation>練習日誌</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="252"/>
        <source>By soft skill</source>
        <translation>依軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="253"/>
        <source>By incident kind</source>
        <translation>依事件類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="91"/>
        <source>Reading coverage by soft skill</source>
        <translation>各項軟技能的閱讀覆蓋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="92"/>
        <source>Radar</source>
        <translation>雷達圖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="93"/>
        <source>Bars</source>
        <translation>長條圖</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="94"/>
        <source>What to read next</source>
        <translation>接下來讀什麼</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/progress.py" line="95"/>
        <source>Reading coverage by incident kind</source>
        <translation>各類事件的閱讀覆蓋</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="126"/>
        <source>Opening the case library…</source>
        <translation>正在開啟案例庫…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/view.py" line="156"/>
        <source>{0} of {1} cases read · {2} of {3} lessons read</source>
        <translation>已讀案例 {0} / {1} · 已讀經驗 {2} / {3}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>{0} lessons</source>
        <translation>{0} 條經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/lessons.py" line="297"/>
        <source>1 lesson</source>
        <translation>1 條經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="118"/>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="119"/>
        <source>Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)</source>
        <translation>依軟技能和事件類型瀏覽經驗、閱讀進度、閱讀路徑（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="120"/>
        <source>&amp;Learn</source>
        <translation>學習(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="122"/>
        <source>Mark as read / unread</source>
        <translation>標為已讀 / 未讀</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="123"/>
        <source>Practise on this case…</source>
        <translation>用這個案例練習…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="124"/>
        <source>Export reading progress as CSV…</source>
        <translation>匯出閱讀進度（CSV）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="125"/>
        <source>Export reading progress as Markdown…</source>
        <translation>匯出閱讀進度（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="126"/>
        <source>Export practice journal as Markdown…</source>
        <translation>匯出練習日誌（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="157"/>
        <source>Open a case first, then practise on it (Ctrl+P).</source>
        <translation>請先開啟一個案例，再用它練習（Ctrl+P）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="173"/>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="174"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="176"/>
        <source>Export for a mentor</source>
        <translation>匯出給導師</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="180"/>
        <source>Exported to {0}</source>
        <translation>已匯出到 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/learn/wiring.py" line="181"/>
        <source>Could not export: {0}</source>
        <translation>無法匯出：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="194"/>
        <source>Practise on a case</source>
        <translation>案例練習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="195"/>
        <source>1 · The situation</source>
        <translation>1 · 情況</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="196"/>
        <location filename="../../kb_app/gui/views/practice.py" line="281"/>
        <source>2 · What would you do first, and why?</source>
        <translation>2 · 你會先做什麼？為什麼？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="197"/>
        <source>Write it as you would say it to your team: the first three things you would do, who you would call, what you would tell the customer… Your answer is saved as you type.</source>
        <translation>像對團隊交代任務那樣寫：你最先做的三件事、會打給誰、怎麼跟客戶說……輸入時自動儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="200"/>
        <source>Reveal what was done  (Ctrl+Enter)</source>
        <translation>揭曉當時的做法（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="201"/>
        <source>Open the whole case</source>
        <translation>開啟完整案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="202"/>
        <source>What was done, how it ended and the lessons stay hidden until you have written your answer.

Take a few minutes: the point is to decide before you know the ending.</source>
        <translation>寫下你的回答之前，當時的做法、結果和經驗教訓都先隱藏。

花幾分鐘想一想：重點是在知道結局之前做出決定。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="205"/>
        <source>3 · What was done, how it ended, and the lessons</source>
        <translation>3 · 當時的做法、結果和經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="247"/>
        <source>converted by OpenCC</source>
        <translation>經 OpenCC 轉換</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="248"/>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="253"/>
        <source>How it ended</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="262"/>
        <source>The lessons drawn from it</source>
        <translation>從中得出的經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="275"/>
        <source>Compare your answer with what was done. You can still add to your answer: what would you do differently now?</source>
        <translation>把你的回答和當時的做法對照。你還可以補充：現在你會有什麼不同的做法？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="277"/>
        <source>2 · Your answer</source>
        <translation>2 · 你的回答</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="279"/>
        <source>Read the situation, decide, and write your first moves before you see the ending.</source>
        <translation>先讀情況，做出決定，在看到結局之前寫下你的第一步。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="287"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/practice.py" line="302"/>
        <location filename="../../kb_app/gui/views/practice.py" line="319"/>
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
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="66"/>
        <source>Original text.</source>
        <translation>原文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="67"/>
        <source>Show it in your script</source>
        <translation>用繁體顯示</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="71"/>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>本頁由簡體中文經 OpenCC 轉換為繁體。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="72"/>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>本頁由繁體中文經 OpenCC 轉換。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/readmark.py" line="73"/>
        <source>Show the original</source>
        <translation>顯示原文</translation>
    </message>
</context>
</TS>
