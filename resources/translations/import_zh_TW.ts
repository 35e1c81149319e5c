<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n 個已匯入過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n 個疑似重複</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n 個新案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>A row without a title or description</source>
        <translation>這一列沒有標題或描述</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已匯入過</translation>
    </message>
    <message>
        <source>Already imported as {0}</source>
        <translation>已匯入過，即 {0}</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it first</source>
        <translation>正在匯入；請等它完成或先取消</translation>
    </message>
    <message>
        <source>An old binary Office file; save it as {0} to import it</source>
        <translation>這是舊版二進位 Office 檔案；另存為 {0} 後再匯入</translation>
    </message>
    <message>
        <source>Bring a team&apos;s Word, Excel, CSV, wiki, Markdown or PDF documents in as cases to review</source>
        <translation>把團隊的 Word、Excel、CSV、Wiki、Markdown 或 PDF 文件匯入為待審核的案例</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files; what was imported stays.</source>
        <translation>已在 {1} 個檔案中的第 {0} 個之後取消；已匯入的保留。</translation>
    </message>
    <message>
        <source>Cancelling the import after the current document…</source>
        <translation>目前文件完成後取消匯入…</translation>
    </message>
    <message>
        <source>Cannot read it</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Cannot read it: {0}</source>
        <translation>無法讀取：{0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Could not write the case</source>
        <translation>無法寫入案例</translation>
    </message>
    <message>
        <source>Could not write the case: {0}</source>
        <translation>無法寫入案例：{0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>文件 ({0})</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>Import cancelled: {0}</source>
        <translation>匯入已取消：{0}</translation>
    </message>
    <message>
        <source>Import every document in a folder and its subfolders</source>
        <translation>匯入一個資料夾及其子資料夾中的所有文件</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>Import finished: {0}</source>
        <translation>匯入完成：{0}</translation>
    </message>
    <message>
        <source>Import the checked duplicates anyway</source>
        <translation>仍然匯入勾選的疑似重複</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}</source>
        <translation>正在匯入… 第 {0} 個，共 {1} 個</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}: {2}</source>
        <translation>正在匯入… 第 {0} 個，共 {1} 個：{2}</translation>
    </message>
    <message>
        <source>Inside the case folder: its cases are already here</source>
        <translation>位於案例資料夾內：其中的案例已在庫中</translation>
    </message>
    <message>
        <source>It would unpack to far more than its size (a zip bomb?); not opened</source>
        <translation>解壓後會遠大於檔案本身（壓縮炸彈？）；未開啟</translation>
    </message>
    <message>
        <source>Likely duplicates, not imported</source>
        <translation>疑似重複，未匯入</translation>
    </message>
    <message>
        <source>More rows than can be read at once; the first ones were imported</source>
        <translation>列數超過一次可讀取的上限；已匯入前面的列</translation>
    </message>
    <message>
        <source>New cases, to review</source>
        <translation>新案例，待審核</translation>
    </message>
    <message>
        <source>No row of column names found (Number, Short description, 标题 …)</source>
        <translation>沒有找到欄名列（編號、標題、Number、Short description…）</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <source>No text to import</source>
        <translation>沒有可匯入的文字</translation>
    </message>
    <message>
        <source>Problems: not imported</source>
        <translation>問題：未匯入</translation>
    </message>
    <message>
        <source>Review the new cases</source>
        <translation>審核新案例</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Stop after the current document; what was imported stays</source>
        <translation>目前文件完成後停止；已匯入的保留</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); only PDFs with text can be imported</source>
        <translation>該 PDF 沒有文字層（掃描檔？）；只能匯入帶文字的 PDF</translation>
    </message>
    <message>
        <source>The case folder is still opening; import once it is ready</source>
        <translation>案例資料夾仍在開啟；就緒後再匯入</translation>
    </message>
    <message>
        <source>The file is damaged or not what its name says</source>
        <translation>檔案已損壞，或與其副檔名不符</translation>
    </message>
    <message>
        <source>The file is encrypted (password-protected); save an unprotected copy to import it</source>
        <translation>檔案已加密（有密碼保護）；另存一份無保護的副本後再匯入</translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation>匯入中止：{0}</translation>
    </message>
    <message>
        <source>The text&apos;s encoding could not be recognised; save it as UTF-8</source>
        <translation>無法辨識文字編碼；請另存為 UTF-8</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported</source>
        <translation>無法匯入這種檔案</translation>
    </message>
    <message>
        <source>Tick the documents that are not the same incident, then import them all the same</source>
        <translation>勾選並非同一事件的文件，然後仍然匯入</translation>
    </message>
    <message>
        <source>Too large or too deeply nested to read</source>
        <translation>太大或巢狀太深，無法讀取</translation>
    </message>
    <message>
        <source>Too large to import</source>
        <translation>太大，無法匯入</translation>
    </message>
    <message>
        <source>Unexpected problem: {0}</source>
        <translation>意外問題：{0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>same title and date</source>
        <translation>標題和日期相同</translation>
    </message>
    <message>
        <source>similarity {0}%</source>
        <translation>相似度 {0}%</translation>
    </message>
    <message>
        <source>{0} files cannot be imported</source>
        <translation>無法匯入 {0} 檔案</translation>
    </message>
    <message>
        <source>{0} files cannot be imported; save it as {1}</source>
        <translation>無法匯入 {0} 檔案；請另存為 {1}</translation>
    </message>
    <message>
        <source>The same incident as “{0}”? ({1})</source>
        <translation>與「{0}」是同一事件？（{1}）</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>%n imported case(s) to review</source>
        <translation>
            <numerusform>%n 個匯入的案例待審核</numerusform>
        </translation>
    </message>
    <message>
        <source>(the original text was not kept)</source>
        <translation>（未保留原文）</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>回到搜尋 (Esc)</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Converted case</source>
        <translation>轉換後的案例</translation>
    </message>
    <message>
        <source>Could not mark it reviewed: {0}</source>
        <translation>無法標記為已審核：{0}</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Edit and review…</source>
        <translation>編輯並審核…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>File &gt; Import… brings a team’s Word, Excel, wiki and Markdown documents in (Ctrl+I); each new case waits here for a mentor.</source>
        <translation>「檔案 &gt; 匯入檔案…」可匯入團隊的 Word、Excel、Wiki 和 Markdown 文件 (Ctrl+I)；每個新案例都會在這裡等待導師審核。</translation>
    </message>
    <message>
        <source>Imported cases to review</source>
        <translation>待審核的匯入案例</translation>
    </message>
    <message>
        <source>Imported from a team document: its fields were suggested and no one has reviewed it yet</source>
        <translation>從團隊文件匯入：欄位是建議值，尚無人審核</translation>
    </message>
    <message>
        <source>Imported, not reviewed</source>
        <translation>已匯入，未審核</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>標記為已審核</translation>
    </message>
    <message>
        <source>New lessons proposed</source>
        <translation>建議新增的經驗</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一個 ›</translation>
    </message>
    <message>
        <source>No imported cases to review.</source>
        <translation>沒有待審核的匯入案例。</translation>
    </message>
    <message>
        <source>Open it in the editor with the suggested fields; saving it there marks it reviewed (Ctrl+E)</source>
        <translation>在編輯器中開啟，欄位已填入建議值；在那裡儲存即標記為已審核 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open the review queue (Ctrl+Shift+R)</source>
        <translation>開啟審核佇列 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>結果摘要</translation>
    </message>
    <message>
        <source>Review imported cases</source>
        <translation>審核匯入的案例</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>軟技能</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>利害</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建議值</translation>
    </message>
    <message>
        <source>Suggested fields and why</source>
        <translation>建議的欄位及依據</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>The case is right as it was imported: clear its flag without editing</source>
        <translation>案例匯入時已正確：不編輯，直接清除標記</translation>
    </message>
    <message>
        <source>The next case to review (Ctrl+J)</source>
        <translation>下一個待審核的案例 (Ctrl+J)</translation>
    </message>
    <message>
        <source>The previous case to review (Ctrl+K)</source>
        <translation>上一個待審核的案例 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>imported although it looked like {0}</source>
        <translation>雖疑似 {0} 仍已匯入</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>匯入於 {0}</translation>
    </message>
    <message>
        <source>items of {0} that match no lesson</source>
        <translation>{0} 中未比對到既有經驗的條目</translation>
    </message>
    <message>
        <source>its first heading</source>
        <translation>第一個標題</translation>
    </message>
    <message>
        <source>its first line</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>its front matter ({0})</source>
        <translation>檔頭資訊（{0}）</translation>
    </message>
    <message>
        <source>no Chinese characters</source>
        <translation>沒有中文字元</translation>
    </message>
    <message>
        <source>the category {0}</source>
        <translation>類別 {0}</translation>
    </message>
    <message>
        <source>the characters {0}</source>
        <translation>字元 {0}</translation>
    </message>
    <message>
        <source>the column {0}</source>
        <translation>欄 {0}</translation>
    </message>
    <message>
        <source>the document&apos;s properties</source>
        <translation>文件屬性</translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation>文件標題</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>檔名</translation>
    </message>
    <message>
        <source>the items of {0}</source>
        <translation>{0} 中的條目</translation>
    </message>
    <message>
        <source>the page title</source>
        <translation>頁面標題</translation>
    </message>
    <message>
        <source>the priority {0}</source>
        <translation>優先級 {0}</translation>
    </message>
    <message>
        <source>the section {0}</source>
        <translation>章節 {0}</translation>
    </message>
    <message>
        <source>the text says {0}</source>
        <translation>正文寫著 {0}</translation>
    </message>
    <message>
        <source>the words {0}</source>
        <translation>詞語 {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 個，共 {1} 個</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一個</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>its fields were suggested from the document and no one has checked them yet.</source>
        <translation>欄位是根據原文件建議的，尚無人核對。</translation>
    </message>
    <message>
        <source>Review it</source>
        <translation>去審核</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>the nearest cases {0}</source>
        <translation>最相近的案例 {0}</translation>
    </message>
    <message>
        <source>[image {0}]</source>
        <translation>[圖片 {0}]</translation>
    </message>
</context>
</TS>
