<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n 个已导入过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n 个疑似重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n 个新案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>A row without a title or description</source>
        <translation>这一行没有标题或描述</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Already imported as {0}</source>
        <translation>已导入过，即 {0}</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it first</source>
        <translation>正在导入；请等它完成或先取消</translation>
    </message>
    <message>
        <source>An old binary Office file; save it as {0} to import it</source>
        <translation>这是旧版二进制 Office 文件；另存为 {0} 后再导入</translation>
    </message>
    <message>
        <source>Bring a team&apos;s Word, Excel, CSV, wiki, Markdown or PDF documents in as cases to review</source>
        <translation>把团队的 Word、Excel、CSV、Wiki、Markdown 或 PDF 文档导入为待审核的案例</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files; what was imported stays.</source>
        <translation>已在 {1} 个文件中的第 {0} 个之后取消；已导入的保留。</translation>
    </message>
    <message>
        <source>Cancelling the import after the current document…</source>
        <translation>当前文档完成后取消导入…</translation>
    </message>
    <message>
        <source>Cannot read it</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Cannot read it: {0}</source>
        <translation>无法读取：{0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not write the case</source>
        <translation>无法写入案例</translation>
    </message>
    <message>
        <source>Could not write the case: {0}</source>
        <translation>无法写入案例：{0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>文档 ({0})</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import cancelled: {0}</source>
        <translation>导入已取消：{0}</translation>
    </message>
    <message>
        <source>Import every document in a folder and its subfolders</source>
        <translation>导入一个文件夹及其子文件夹中的所有文档</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import finished: {0}</source>
        <translation>导入完成：{0}</translation>
    </message>
    <message>
        <source>Import the checked duplicates anyway</source>
        <translation>仍然导入勾选的疑似重复</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}</source>
        <translation>正在导入… 第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <source>Importing… {0} of {1}: {2}</source>
        <translation>正在导入… 第 {0} 个，共 {1} 个：{2}</translation>
    </message>
    <message>
        <source>Inside the case folder: its cases are already here</source>
        <translation>位于案例文件夹内：其中的案例已在库中</translation>
    </message>
    <message>
        <source>It would unpack to far more than its size (a zip bomb?); not opened</source>
        <translation>解压后会远大于文件本身（压缩炸弹？）；未打开</translation>
    </message>
    <message>
        <source>Likely duplicates, not imported</source>
        <translation>疑似重复，未导入</translation>
    </message>
    <message>
        <source>More rows than can be read at once; the first ones were imported</source>
        <translation>行数超过一次可读取的上限；已导入前面的行</translation>
    </message>
    <message>
        <source>New cases, to review</source>
        <translation>新案例，待审核</translation>
    </message>
    <message>
        <source>No row of column names found (Number, Short description, 标题 …)</source>
        <translation>没有找到列名行（编号、标题、Number、Short description…）</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>No text to import</source>
        <translation>没有可导入的文字</translation>
    </message>
    <message>
        <source>Problems: not imported</source>
        <translation>问题：未导入</translation>
    </message>
    <message>
        <source>Review the new cases</source>
        <translation>审核新案例</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Stop after the current document; what was imported stays</source>
        <translation>当前文档完成后停止；已导入的保留</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); only PDFs with text can be imported</source>
        <translation>该 PDF 没有文字层（扫描件？）；只能导入带文字的 PDF</translation>
    </message>
    <message>
        <source>The case folder is still opening; import once it is ready</source>
        <translation>案例文件夹仍在打开；就绪后再导入</translation>
    </message>
    <message>
        <source>The file is damaged or not what its name says</source>
        <translation>文件已损坏，或与其扩展名不符</translation>
    </message>
    <message>
        <source>The file is encrypted (password-protected); save an unprotected copy to import it</source>
        <translation>文件已加密（有密码保护）；另存一份无保护的副本后再导入</translation>
    </message>
    <message>
        <source>The import stopped: {0}</source>
        <translation>导入中止：{0}</translation>
    </message>
    <message>
        <source>The text&apos;s encoding could not be recognised; save it as UTF-8</source>
        <translation>无法识别文字编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported</source>
        <translation>无法导入这种文件</translation>
    </message>
    <message>
        <source>Tick the documents that are not the same incident, then import them all the same</source>
        <translation>勾选并非同一事件的文档，然后仍然导入</translation>
    </message>
    <message>
        <source>Too large or too deeply nested to read</source>
        <translation>太大或嵌套太深，无法读取</translation>
    </message>
    <message>
        <source>Too large to import</source>
        <translation>太大，无法导入</translation>
    </message>
    <message>
        <source>Unexpected problem: {0}</source>
        <translation>意外问题：{0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>same title and date</source>
        <translation>标题和日期相同</translation>
    </message>
    <message>
        <source>similarity {0}%</source>
        <translation>相似度 {0}%</translation>
    </message>
    <message>
        <source>{0} files cannot be imported</source>
        <translation>无法导入 {0} 文件</translation>
    </message>
    <message>
        <source>{0} files cannot be imported; save it as {1}</source>
        <translation>无法导入 {0} 文件；请另存为 {1}</translation>
    </message>
    <message>
        <source>The same incident as “{0}”? ({1})</source>
        <translation>与“{0}”是同一事件？（{1}）</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>%n imported case(s) to review</source>
        <translation>
            <numerusform>%n 个导入的案例待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>(the original text was not kept)</source>
        <translation>（未保留原文）</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>回到搜索 (Esc)</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Converted case</source>
        <translation>转换后的案例</translation>
    </message>
    <message>
        <source>Could not mark it reviewed: {0}</source>
        <translation>无法标记为已审核：{0}</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Edit and review…</source>
        <translation>编辑并审核…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>File &gt; Import… brings a team’s Word, Excel, wiki and Markdown documents in (Ctrl+I); each new case waits here for a mentor.</source>
        <translation>“文件 &gt; 导入文件…”可导入团队的 Word、Excel、Wiki 和 Markdown 文档 (Ctrl+I)；每个新案例都会在这里等待导师审核。</translation>
    </message>
    <message>
        <source>Imported cases to review</source>
        <translation>待审核的导入案例</translation>
    </message>
    <message>
        <source>Imported from a team document: its fields were suggested and no one has reviewed it yet</source>
        <translation>从团队文档导入：字段是建议值，尚无人审核</translation>
    </message>
    <message>
        <source>Imported, not reviewed</source>
        <translation>已导入，未审核</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <source>New lessons proposed</source>
        <translation>建议新增的经验</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一个 ›</translation>
    </message>
    <message>
        <source>No imported cases to review.</source>
        <translation>没有待审核的导入案例。</translation>
    </message>
    <message>
        <source>Open it in the editor with the suggested fields; saving it there marks it reviewed (Ctrl+E)</source>
        <translation>在编辑器中打开，字段已填入建议值；在那里保存即标记为已审核 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open the review queue (Ctrl+Shift+R)</source>
        <translation>打开审核队列 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>原始文档</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>结果摘要</translation>
    </message>
    <message>
        <source>Review imported cases</source>
        <translation>审核导入的案例</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>软技能</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>利害</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>Suggested fields and why</source>
        <translation>建议的字段及依据</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The case is right as it was imported: clear its flag without editing</source>
        <translation>案例导入时已正确：不编辑，直接清除标记</translation>
    </message>
    <message>
        <source>The next case to review (Ctrl+J)</source>
        <translation>下一个待审核的案例 (Ctrl+J)</translation>
    </message>
    <message>
        <source>The previous case to review (Ctrl+K)</source>
        <translation>上一个待审核的案例 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>imported although it looked like {0}</source>
        <translation>虽疑似 {0} 仍已导入</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>导入于 {0}</translation>
    </message>
    <message>
        <source>items of {0} that match no lesson</source>
        <translation>{0} 中未匹配到已有经验的条目</translation>
    </message>
    <message>
        <source>its first heading</source>
        <translation>第一个标题</translation>
    </message>
    <message>
        <source>its first line</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>its front matter ({0})</source>
        <translation>文件头信息（{0}）</translation>
    </message>
    <message>
        <source>no Chinese characters</source>
        <translation>没有中文字符</translation>
    </message>
    <message>
        <source>the category {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <source>the characters {0}</source>
        <translation>字符 {0}</translation>
    </message>
    <message>
        <source>the column {0}</source>
        <translation>列 {0}</translation>
    </message>
    <message>
        <source>the document&apos;s properties</source>
        <translation>文档属性</translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation>文档标题</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>the items of {0}</source>
        <translation>{0} 中的条目</translation>
    </message>
    <message>
        <source>the page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>the priority {0}</source>
        <translation>优先级 {0}</translation>
    </message>
    <message>
        <source>the section {0}</source>
        <translation>章节 {0}</translation>
    </message>
    <message>
        <source>the text says {0}</source>
        <translation>正文写着 {0}</translation>
    </message>
    <message>
        <source>the words {0}</source>
        <translation>词语 {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一个</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
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
        <translation>字段是根据原文档建议的，尚无人核对。</translation>
    </message>
    <message>
        <source>Review it</source>
        <translation>去审核</translation>
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
        <translation>[图片 {0}]</translation>
    </message>
</context>
</TS>
