<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="125" />
        <source>Your version (in the editor)</source>
        <translation>你的版本（编辑器中）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="126" />
        <source>The version on disk now</source>
        <translation>磁盘上现在的版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="127" />
        <source>Save the merge</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="128" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="129" />
        <source>Take the disk's</source>
        <translation>采用磁盘上的</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="130" />
        <location filename="../../kb_app/gui/views/conflict.py" line="171" />
        <source>Merge by hand</source>
        <translation>手动合并</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="131" />
        <source>Save mine as a new file</source>
        <translation>把我的版本存为新文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="132" />
        <source>Back to the editor</source>
        <translation>返回编辑器</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="133" />
        <source>The file was deleted or moved away while you were editing it. Nothing of yours is lost: save your text back as a file, or go back to the editor.</source>
        <translation>你编辑期间，这个文件被删除或移走了。你写的内容一个字也没丢：可以把它重新存为文件，或返回编辑器。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="164" />
        <source>“{0}” is no longer on disk</source>
        <translation>“{0}”已不在磁盘上</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="167" />
        <source>“{0}” was changed on disk where you changed it too</source>
        <translation>“{0}”在磁盘上被改动，且与你改的是同一处</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="168" />
        <source>Lines that differ are marked on both sides (yours in red, the disk's in green). Keep yours, take the disk's, or merge by hand.</source>
        <translation>两边不同的行都已标出（你的为红色，磁盘上的为绿色）。可以保留你的、采用磁盘上的，或手动合并。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="172" />
        <source>Edit the text until it reads right and no &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; marker is left, then save.</source>
        <translation>修改文本，直到内容正确且不再有 &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; 标记，然后保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="174" />
        <source>“{0}” was changed on disk while you were editing it</source>
        <translation>你编辑期间，“{0}”在磁盘上被改动了</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="175" />
        <source>The changes do not overlap: below is your version merged with the one on disk. Check it, then save the merge.</source>
        <translation>两处改动互不重叠：下面是你的版本与磁盘版本合并后的结果。检查无误后保存合并结果。</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="295" />
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="296" />
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Soft skills</source>
        <translation>软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="57" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="58" />
        <source>Edit this case in the case editor</source>
        <translation>在案例编辑器中编辑此案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="59" />
        <source>Save as a new case…</source>
        <translation>存为新案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="60" />
        <source>Open the case editor with this description as the situation and the top precedents as related cases</source>
        <translation>打开案例编辑器：以这段描述作为“情况”，以最相似的先例作为相关案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="62" />
        <source>New case…</source>
        <translation>新建案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="63" />
        <source>Write a new case study (Ctrl+Shift+N)</source>
        <translation>撰写新的案例（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="65" />
        <source>Discard this draft? What it holds is lost.</source>
        <translation>丢弃这份草稿？其中的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="72" />
        <source>A title is needed</source>
        <translation>需要填写标题</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="73" />
        <source>Choose the kind of incident</source>
        <translation>请选择事件类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="74" />
        <source>Unknown kind “{0}” (not in vocab/kinds.yaml)</source>
        <translation>未知类型“{0}”（不在 vocab/kinds.yaml 中）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="75" />
        <source>“{0}” is not a real date (YYYY-MM-DD)</source>
        <translation>“{0}”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="76" />
        <source>No lesson “{0}” in lessons/</source>
        <translation>lessons/ 中没有经验“{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="77" />
        <source>No case “{0}” in the folder</source>
        <translation>文件夹中没有案例“{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="78" />
        <source>Unknown severity “{0}”</source>
        <translation>未知严重程度“{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="79" />
        <source>Unknown language “{0}”</source>
        <translation>未知语言“{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="80" />
        <source>The case is larger than 2 MB</source>
        <translation>案例超过 2 MB</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="81" />
        <source>Merge markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;) are still in the text</source>
        <translation>文本中仍有合并标记（&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="286" />
        <source>New lesson</source>
        <translation>新建经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="293" />
        <source>The lesson in a few sentences (optional)</source>
        <translation>用几句话写下这条经验（可选）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="297" />
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="313" />
        <source>Previous versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="330" />
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="341" />
        <source>Red: only in that version; green: only in the current text.</source>
        <translation>红色：只在该版本中；绿色：只在当前文本中。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="347" />
        <source>No earlier version yet: one is kept each time the case is saved.</source>
        <translation>还没有历史版本：每次保存案例时都会保留一个。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="365" />
        <source>This version is the same as the current text.</source>
        <translation>此版本与当前文本相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="380" />
        <source>Unsaved drafts</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="392" />
        <source>(untitled new case)</source>
        <translation>（未命名的新案例）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="396" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="398" />
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="400" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="403" />
        <source>The editor was not closed properly. These drafts were kept; restore one to go on writing, or discard it.</source>
        <translation>编辑器上次没有正常关闭。以下草稿已保留：恢复一份继续写作，或将其丢弃。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>At stake</source>
        <translation>利害</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Outcome in a sentence</source>
        <translation>一句话结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Related cases</source>
        <translation>相关案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="669" />
        <source>What happened, in one line</source>
        <translation>一句话说明发生了什么</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="670" />
        <source>How it ended, in one sentence</source>
        <translation>一句话说明结局</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="671" />
        <source>Keywords, separated by commas</source>
        <translation>关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="672" />
        <source>Type to find a lesson…</source>
        <translation>输入以查找经验…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="673" />
        <source>Type to find a case…</source>
        <translation>输入以查找案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="674" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="675" />
        <source>Write a new lesson (a file in lessons/) and link it</source>
        <translation>撰写新经验（lessons/ 中的一个文件）并链接</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="677" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="678" />
        <source>Remove the selected link (or double-click it)</source>
        <translation>移除所选链接（或双击它）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="679" />
        <source>Pick the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="680" />
        <source>Text (Markdown)</source>
        <translation>正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="681" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="682" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="683" />
        <source>Save the case file (Ctrl+S)</source>
        <translation>保存案例文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="684" />
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="685" />
        <source>Earlier versions of this case: compare and restore</source>
        <translation>此案例的历史版本：比较和恢复</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="686" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="687" />
        <source>Throw away what was typed since the last save</source>
        <translation>丢弃上次保存以来输入的内容</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="334" />
        <location filename="../../kb_app/gui/views/editor.py" line="688" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="689" />
        <source>Close the editor; the draft is kept until you save or discard it</source>
        <translation>关闭编辑器；草稿会一直保留，直到你保存或丢弃它</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="691" />
        <source>Undo (Ctrl+Z), in the form and the text</source>
        <translation>撤销（Ctrl+Z），表单和正文都适用</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="693" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="719" />
        <source>— choose a kind —</source>
        <translation>— 选择类型 —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="721" />
        <location filename="../../kb_app/gui/views/editor.py" line="723" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="745" />
        <source>Case editor</source>
        <translation>案例编辑器</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="747" />
        <source>Editing “{0}”</source>
        <translation>正在编辑“{0}”</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="749" />
        <source>New case</source>
        <translation>新案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="926" />
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="938" />
        <source>Could not open the case: {0}</source>
        <translation>无法打开案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="957" />
        <source>Edited — the draft is kept automatically</source>
        <translation>已修改——草稿会自动保留</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1025" />
        <source>The draft could not be kept: {0}</source>
        <translation>无法保留草稿：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1039" />
        <source>Discard the draft?</source>
        <translation>丢弃草稿？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1040" />
        <source>What was typed since the last save will be lost.</source>
        <translation>上次保存以来输入的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1095" />
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1145" />
        <source>Lesson “{0}” written to lessons/{1}.md</source>
        <translation>经验“{0}”已写入 lessons/{1}.md</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1155" />
        <location filename="../../kb_app/gui/views/editor.py" line="1185" />
        <location filename="../../kb_app/gui/views/editor.py" line="1214" />
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1167" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1192" />
        <source>The file changed on disk: nothing was overwritten</source>
        <translation>磁盘上的文件已改动：没有覆盖任何内容</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="64" />
        <location filename="../../kb_app/gui/views/editor.py" line="1208" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1233" />
        <source>Took the version on disk</source>
        <translation>已采用磁盘上的版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1272" />
        <source>Updated from the file on disk</source>
        <translation>已按磁盘上的文件更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1302" />
        <source>Version restored in the editor: save to keep it</source>
        <translation>版本已恢复到编辑器中：保存后生效</translation>
    </message>
    <message>
        <source>“{0}” is more than a year ahead: is the year right?</source>
        <translation>“{0}”比今天晚一年以上：年份对吗？</translation>
    </message>
    <message>
        <source>“{0}” is before 1970: is the year right?</source>
        <translation>“{0}”早于 1970 年：年份对吗？</translation>
    </message>
    <message>
        <source>Nothing is written under the headings yet</source>
        <translation>各标题下还没有写内容</translation>
    </message>
    <message>
        <source>The tag “{0}” is given twice</source>
        <translation>标签“{0}”重复了</translation>
    </message>
    <message>
        <source>Lesson “{0}” will be written to lessons/{1}.md when the case is saved</source>
        <translation>教训“{0}”将在保存案例时写入 lessons/{1}.md</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>关闭编辑器</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>关闭前保存对“{0}”的修改吗？</translation>
    </message>
    <message>
        <source>If you do not save, what was typed since the last save is lost.</source>
        <translation>如果不保存，自上次保存以来输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>your version (in the editor)</source>
        <translation>你的版本（编辑器中）</translation>
    </message>
    <message>
        <source>the version on disk</source>
        <translation>磁盘上的版本</translation>
    </message>
    <message>
        <source>the version of {0}</source>
        <translation>{0} 的版本</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>当前文本</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed lesson(s) linked; written to lessons/ when the case is saved</source>
        <translation>
            <numerusform>已链接 %n 条建议的经验；保存案例时写入 lessons/</numerusform>
        </translation>
    </message>
</context>
</TS>