<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="84"/>
        <source>Your reading progress could not be read: the damaged file was kept as {0} (nothing was deleted) and a new one was started.</source>
        <translation>閱讀進度檔案無法讀取：已將損壞的檔案另存為 {0}（未刪除任何內容），並建立了新的檔案。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="87"/>
        <source>Your reading progress ({0}) was saved by a newer version of the app. It is opened read-only and never changed; what you mark now is kept until you quit.</source>
        <translation>閱讀進度（{0}）由較新版本的程式儲存。現以唯讀方式開啟，絕不修改；現在標記的內容會保留到結束程式為止。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="90"/>
        <source>Your reading progress cannot be saved ({0} is read-only). What you do is kept and saved as soon as it can be.</source>
        <translation>閱讀進度無法儲存（{0} 為唯讀）。您的操作會先保留，一旦可以寫入就儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="93"/>
        <source>Another program ({1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一個程式（{1}）正在使用閱讀進度檔案（{0}）。您的操作會先保留，待其釋放後再儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="96"/>
        <source>{0} is a folder, not a file: your reading progress is kept only until you quit. Move the folder away to save it.</source>
        <translation>{0} 是資料夾而不是檔案：閱讀進度只會保留到結束程式為止。將該資料夾移走後即可儲存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="99"/>
        <source>Your reading progress could be saved again; nothing was lost.</source>
        <translation>閱讀進度已重新儲存，沒有遺失任何內容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="101"/>
        <source>Your reading progress was updated for this version; a copy of the old file is in {0}.</source>
        <translation>閱讀進度已更新至此版本；舊檔案的副本在 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="104"/>
        <source>The data folder cannot be written ({0}): searching the index as it is. Changes in the case folder are not indexed until it can be written.</source>
        <translation>資料夾無法寫入（{0}）：依現有索引搜尋。在可以寫入之前，案例資料夾中的變更不會編入索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="107"/>
        <source>The search index was damaged; it is rebuilt from the case files.</source>
        <translation>搜尋索引已損毀，正依案例檔案重建。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="109"/>
        <source>Another program is updating the index; searching it as it is.</source>
        <translation>另一個程式正在更新索引；依現有索引搜尋。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="111"/>
        <source>The case folder cannot be read ({0}); the cases already indexed stay in use.</source>
        <translation>無法讀取案例資料夾（{0}）；已編入索引的案例仍可使用。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="113"/>
        <source>The index is being written by another program; try again when it has finished.</source>
        <translation>另一個程式正在寫入索引；請待其完成後再試。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="118"/>
        <location filename="../../kb_app/gui/widgets/notices.py" line="119"/>
        <source>Hide this message</source>
        <translation>隱藏此訊息</translation>
    </message>
    <message>
        <source>Another program (process {1}: {2}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一個程式（程序 {1}：{2}）正在使用閱讀進度檔案（{0}）。您的操作會先保留，待其釋放後再儲存。</translation>
    </message>
    <message>
        <source>Another program (process {1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一個程式（程序 {1}）正在使用閱讀進度檔案（{0}）。您的操作會先保留，待其釋放後再儲存。</translation>
    </message>
    <message>
        <source>Another program is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一個程式正在使用閱讀進度檔案（{0}）。您的操作會先保留，待其釋放後再儲存。</translation>
    </message>
</context>
</TS>
