<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="125" />
        <source>Your version (in the editor)</source>
        <translation>你的版本（編輯器中）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="126" />
        <source>The version on disk now</source>
        <translation>磁碟上現在的版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="127" />
        <source>Save the merge</source>
        <translation>儲存合併結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="128" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="129" />
        <source>Take the disk's</source>
        <translation>採用磁碟上的</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="130" />
        <location filename="../../kb_app/gui/views/conflict.py" line="171" />
        <source>Merge by hand</source>
        <translation>手動合併</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="131" />
        <source>Save mine as a new file</source>
        <translation>把我的版本存成新檔案</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="132" />
        <source>Back to the editor</source>
        <translation>返回編輯器</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="133" />
        <source>The file was deleted or moved away while you were editing it. Nothing of yours is lost: save your text back as a file, or go back to the editor.</source>
        <translation>你編輯期間，這個檔案被刪除或移走了。你寫的內容一個字也沒遺失：可以把它重新存成檔案，或返回編輯器。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="164" />
        <source>“{0}” is no longer on disk</source>
        <translation>「{0}」已不在磁碟上</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="167" />
        <source>“{0}” was changed on disk where you changed it too</source>
        <translation>「{0}」在磁碟上被修改，且與你改的是同一處</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="168" />
        <source>Lines that differ are marked on both sides (yours in red, the disk's in green). Keep yours, take the disk's, or merge by hand.</source>
        <translation>兩邊不同的行都已標出（你的為紅色，磁碟上的為綠色）。可以保留你的、採用磁碟上的，或手動合併。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="172" />
        <source>Edit the text until it reads right and no &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; marker is left, then save.</source>
        <translation>修改文字，直到內容正確且不再有 &lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt; 標記，然後儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="174" />
        <source>“{0}” was changed on disk while you were editing it</source>
        <translation>你編輯期間，「{0}」在磁碟上被修改了</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/conflict.py" line="175" />
        <source>The changes do not overlap: below is your version merged with the one on disk. Check it, then save the merge.</source>
        <translation>兩處修改互不重疊：下面是你的版本與磁碟版本合併後的結果。確認無誤後儲存合併結果。</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="295" />
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="662" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="296" />
        <location filename="../../kb_app/gui/views/editor.py" line="663" />
        <source>Soft skills</source>
        <translation>軟技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="57" />
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="58" />
        <source>Edit this case in the case editor</source>
        <translation>在案例編輯器中編輯此案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="59" />
        <source>Save as a new case…</source>
        <translation>存成新案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="60" />
        <source>Open the case editor with this description as the situation and the top precedents as related cases</source>
        <translation>開啟案例編輯器：以這段描述作為「情況」，以最相似的先例作為相關案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="62" />
        <source>New case…</source>
        <translation>新增案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="63" />
        <source>Write a new case study (Ctrl+Shift+N)</source>
        <translation>撰寫新的案例（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="65" />
        <source>Discard this draft? What it holds is lost.</source>
        <translation>捨棄這份草稿？其中的內容將會遺失。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="72" />
        <source>A title is needed</source>
        <translation>需要填寫標題</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="73" />
        <source>Choose the kind of incident</source>
        <translation>請選擇事件類型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="74" />
        <source>Unknown kind “{0}” (not in vocab/kinds.yaml)</source>
        <translation>未知類型「{0}」（不在 vocab/kinds.yaml 中）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="75" />
        <source>“{0}” is not a real date (YYYY-MM-DD)</source>
        <translation>「{0}」不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="76" />
        <source>No lesson “{0}” in lessons/</source>
        <translation>lessons/ 中沒有經驗「{0}」</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="77" />
        <source>No case “{0}” in the folder</source>
        <translation>資料夾中沒有案例「{0}」</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="78" />
        <source>Unknown severity “{0}”</source>
        <translation>未知嚴重程度「{0}」</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="79" />
        <source>Unknown language “{0}”</source>
        <translation>未知語言「{0}」</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="80" />
        <source>The case is larger than 2 MB</source>
        <translation>案例超過 2 MB</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="81" />
        <source>Merge markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;) are still in the text</source>
        <translation>文字中仍有合併標記（&lt;&lt;&lt;&lt;&lt;&lt;&lt; ======= &gt;&gt;&gt;&gt;&gt;&gt;&gt;）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="286" />
        <source>New lesson</source>
        <translation>新增經驗</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="293" />
        <source>The lesson in a few sentences (optional)</source>
        <translation>用幾句話寫下這條經驗（選填）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="297" />
        <source>Text</source>
        <translation>內文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="313" />
        <source>Previous versions</source>
        <translation>歷史版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="330" />
        <source>Restore this version</source>
        <translation>還原此版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="341" />
        <source>Red: only in that version; green: only in the current text.</source>
        <translation>紅色：只在該版本中；綠色：只在目前文字中。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="347" />
        <source>No earlier version yet: one is kept each time the case is saved.</source>
        <translation>還沒有歷史版本：每次儲存案例時都會保留一個。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="365" />
        <source>This version is the same as the current text.</source>
        <translation>此版本與目前文字相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="380" />
        <source>Unsaved drafts</source>
        <translation>未儲存的草稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="392" />
        <source>(untitled new case)</source>
        <translation>（未命名的新案例）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="396" />
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="398" />
        <source>Discard…</source>
        <translation>捨棄…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="400" />
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="403" />
        <source>The editor was not closed properly. These drafts were kept; restore one to go on writing, or discard it.</source>
        <translation>編輯器上次沒有正常關閉。以下草稿已保留：還原一份繼續寫作，或將其捨棄。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>At stake</source>
        <translation>利害</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="664" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Outcome in a sentence</source>
        <translation>一句話結果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="665" />
        <source>Lessons</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Related cases</source>
        <translation>相關案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="666" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="669" />
        <source>What happened, in one line</source>
        <translation>一句話說明發生了什麼</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="670" />
        <source>How it ended, in one sentence</source>
        <translation>一句話說明結局</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="671" />
        <source>Keywords, separated by commas</source>
        <translation>關鍵字，以逗號分隔</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="672" />
        <source>Type to find a lesson…</source>
        <translation>輸入以搜尋經驗…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="673" />
        <source>Type to find a case…</source>
        <translation>輸入以搜尋案例…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="674" />
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="675" />
        <source>Write a new lesson (a file in lessons/) and link it</source>
        <translation>撰寫新經驗（lessons/ 中的一個檔案）並連結</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="677" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="678" />
        <source>Remove the selected link (or double-click it)</source>
        <translation>移除所選連結（或按兩下）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="679" />
        <source>Pick the date on a calendar</source>
        <translation>在日曆上選擇日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="680" />
        <source>Text (Markdown)</source>
        <translation>內文（Markdown）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="681" />
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="682" />
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="683" />
        <source>Save the case file (Ctrl+S)</source>
        <translation>儲存案例檔案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="684" />
        <source>History…</source>
        <translation>歷史…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="685" />
        <source>Earlier versions of this case: compare and restore</source>
        <translation>此案例的歷史版本：比較與還原</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="686" />
        <source>Discard draft</source>
        <translation>捨棄草稿</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="687" />
        <source>Throw away what was typed since the last save</source>
        <translation>捨棄上次儲存以來輸入的內容</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="334" />
        <location filename="../../kb_app/gui/views/editor.py" line="688" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="689" />
        <source>Close the editor; the draft is kept until you save or discard it</source>
        <translation>關閉編輯器；草稿會一直保留，直到你儲存或捨棄它</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="691" />
        <source>Undo (Ctrl+Z), in the form and the text</source>
        <translation>復原（Ctrl+Z），表單與內文皆適用</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="693" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="719" />
        <source>— choose a kind —</source>
        <translation>— 選擇類型 —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="721" />
        <location filename="../../kb_app/gui/views/editor.py" line="723" />
        <source>— none —</source>
        <translation>— 無 —</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="745" />
        <source>Case editor</source>
        <translation>案例編輯器</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="747" />
        <source>Editing “{0}”</source>
        <translation>正在編輯「{0}」</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="749" />
        <source>New case</source>
        <translation>新案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="926" />
        <source>Draft restored</source>
        <translation>草稿已還原</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="938" />
        <source>Could not open the case: {0}</source>
        <translation>無法開啟案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="957" />
        <source>Edited — the draft is kept automatically</source>
        <translation>已修改——草稿會自動保留</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1025" />
        <source>The draft could not be kept: {0}</source>
        <translation>無法保留草稿：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1039" />
        <source>Discard the draft?</source>
        <translation>捨棄草稿？</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1040" />
        <source>What was typed since the last save will be lost.</source>
        <translation>上次儲存以來輸入的內容將會遺失。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1095" />
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1145" />
        <source>Lesson “{0}” written to lessons/{1}.md</source>
        <translation>經驗「{0}」已寫入 lessons/{1}.md</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1155" />
        <location filename="../../kb_app/gui/views/editor.py" line="1185" />
        <location filename="../../kb_app/gui/views/editor.py" line="1214" />
        <source>Not saved: {0}</source>
        <translation>未儲存：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1167" />
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1192" />
        <source>The file changed on disk: nothing was overwritten</source>
        <translation>磁碟上的檔案已修改：沒有覆寫任何內容</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="64" />
        <location filename="../../kb_app/gui/views/editor.py" line="1208" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1233" />
        <source>Took the version on disk</source>
        <translation>已採用磁碟上的版本</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1272" />
        <source>Updated from the file on disk</source>
        <translation>已依磁碟上的檔案更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/editor.py" line="1302" />
        <source>Version restored in the editor: save to keep it</source>
        <translation>版本已還原到編輯器中：儲存後生效</translation>
    </message>
    <message>
        <source>“{0}” is more than a year ahead: is the year right?</source>
        <translation>「{0}」比今天晚一年以上：年份對嗎？</translation>
    </message>
    <message>
        <source>“{0}” is before 1970: is the year right?</source>
        <translation>「{0}」早於 1970 年：年份對嗎？</translation>
    </message>
    <message>
        <source>Nothing is written under the headings yet</source>
        <translation>各標題下還沒有寫內容</translation>
    </message>
    <message>
        <source>The tag “{0}” is given twice</source>
        <translation>標籤「{0}」重複了</translation>
    </message>
    <message>
        <source>Lesson “{0}” will be written to lessons/{1}.md when the case is saved</source>
        <translation>教訓「{0}」將在儲存案例時寫入 lessons/{1}.md</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>關閉編輯器</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>關閉前儲存對「{0}」的修改嗎？</translation>
    </message>
    <message>
        <source>If you do not save, what was typed since the last save is lost.</source>
        <translation>如果不儲存，自上次儲存以來輸入的內容將會遺失。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>your version (in the editor)</source>
        <translation>你的版本（編輯器中）</translation>
    </message>
    <message>
        <source>the version on disk</source>
        <translation>磁碟上的版本</translation>
    </message>
    <message>
        <source>the version of {0}</source>
        <translation>{0} 的版本</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>目前文字</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed lesson(s) linked; written to lessons/ when the case is saved</source>
        <translation>
            <numerusform>已連結 %n 條建議的經驗；儲存案例時寫入 lessons/</numerusform>
        </translation>
    </message>
</context>
</TS>