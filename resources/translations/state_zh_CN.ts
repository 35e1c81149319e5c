<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="84"/>
        <source>Your reading progress could not be read: the damaged file was kept as {0} (nothing was deleted) and a new one was started.</source>
        <translation>阅读进度文件无法读取：已把损坏的文件另存为 {0}（没有删除任何内容），并新建了一个。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="87"/>
        <source>Your reading progress ({0}) was saved by a newer version of the app. It is opened read-only and never changed; what you mark now is kept until you quit.</source>
        <translation>阅读进度（{0}）由更新版本的程序保存。现以只读方式打开，绝不修改；现在标记的内容保留到退出为止。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="90"/>
        <source>Your reading progress cannot be saved ({0} is read-only). What you do is kept and saved as soon as it can be.</source>
        <translation>阅读进度无法保存（{0} 是只读的）。您的操作会先保留，一旦可以写入就保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="93"/>
        <source>Another program ({1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一个程序（{1}）正在使用阅读进度文件（{0}）。您的操作会先保留，等它释放后再保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="96"/>
        <source>{0} is a folder, not a file: your reading progress is kept only until you quit. Move the folder away to save it.</source>
        <translation>{0} 是文件夹而不是文件：阅读进度只保留到退出为止。把该文件夹移走后即可保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="99"/>
        <source>Your reading progress could be saved again; nothing was lost.</source>
        <translation>阅读进度已重新保存，没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="101"/>
        <source>Your reading progress was updated for this version; a copy of the old file is in {0}.</source>
        <translation>阅读进度已升级到此版本；旧文件的副本在 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="104"/>
        <source>The data folder cannot be written ({0}): searching the index as it is. Changes in the case folder are not indexed until it can be written.</source>
        <translation>数据文件夹无法写入（{0}）：按现有索引搜索。在可以写入之前，案例文件夹中的改动不会编入索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="107"/>
        <source>The search index was damaged; it is rebuilt from the case files.</source>
        <translation>搜索索引已损坏，正在根据案例文件重建。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="109"/>
        <source>Another program is updating the index; searching it as it is.</source>
        <translation>另一个程序正在更新索引；按现有索引搜索。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="111"/>
        <source>The case folder cannot be read ({0}); the cases already indexed stay in use.</source>
        <translation>无法读取案例文件夹（{0}）；已编入索引的案例继续可用。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="113"/>
        <source>The index is being written by another program; try again when it has finished.</source>
        <translation>另一个程序正在写入索引；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="118"/>
        <location filename="../../kb_app/gui/widgets/notices.py" line="119"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Another program (process {1}: {2}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一个程序（进程 {1}：{2}）正在使用阅读进度文件（{0}）。您的操作会先保留，等它释放后再保存。</translation>
    </message>
    <message>
        <source>Another program (process {1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一个程序（进程 {1}）正在使用阅读进度文件（{0}）。您的操作会先保留，等它释放后再保存。</translation>
    </message>
    <message>
        <source>Another program is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>另一个程序正在使用阅读进度文件（{0}）。您的操作会先保留，等它释放后再保存。</translation>
    </message>
</context>
</TS>
