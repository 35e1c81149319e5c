<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="84"/>
        <source>Your reading progress could not be read: the damaged file was kept as {0} (nothing was deleted) and a new one was started.</source>
        <translation>Your reading progress could not be read: the damaged file was kept as {0} (nothing was deleted) and a new one was started.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="87"/>
        <source>Your reading progress ({0}) was saved by a newer version of the app. It is opened read-only and never changed; what you mark now is kept until you quit.</source>
        <translation>Your reading progress ({0}) was saved by a newer version of the app. It is opened read-only and never changed; what you mark now is kept until you quit.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="90"/>
        <source>Your reading progress cannot be saved ({0} is read-only). What you do is kept and saved as soon as it can be.</source>
        <translation>Your reading progress cannot be saved ({0} is read-only). What you do is kept and saved as soon as it can be.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="93"/>
        <source>Another program ({1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>Another program ({1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="96"/>
        <source>{0} is a folder, not a file: your reading progress is kept only until you quit. Move the folder away to save it.</source>
        <translation>{0} is a folder, not a file: your reading progress is kept only until you quit. Move the folder away to save it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="99"/>
        <source>Your reading progress could be saved again; nothing was lost.</source>
        <translation>Your reading progress could be saved again; nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="101"/>
        <source>Your reading progress was updated for this version; a copy of the old file is in {0}.</source>
        <translation>Your reading progress was updated for this version; a copy of the old file is in {0}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="104"/>
        <source>The data folder cannot be written ({0}): searching the index as it is. Changes in the case folder are not indexed until it can be written.</source>
        <translation>The data folder cannot be written ({0}): searching the index as it is. Changes in the case folder are not indexed until it can be written.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="107"/>
        <source>The search index was damaged; it is rebuilt from the case files.</source>
        <translation>The search index was damaged; it is rebuilt from the case files.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="109"/>
        <source>Another program is updating the index; searching it as it is.</source>
        <translation>Another program is updating the index; searching it as it is.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="111"/>
        <source>The case folder cannot be read ({0}); the cases already indexed stay in use.</source>
        <translation>The case folder cannot be read ({0}); the cases already indexed stay in use.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="113"/>
        <source>The index is being written by another program; try again when it has finished.</source>
        <translation>The index is being written by another program; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/notices.py" line="118"/>
        <location filename="../../kb_app/gui/widgets/notices.py" line="119"/>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Another program (process {1}: {2}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>Another program (process {1}: {2}) is using your reading progress ({0}). What you do is kept and saved when it is free.</translation>
    </message>
    <message>
        <source>Another program (process {1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>Another program (process {1}) is using your reading progress ({0}). What you do is kept and saved when it is free.</translation>
    </message>
    <message>
        <source>Another program is using your reading progress ({0}). What you do is kept and saved when it is free.</source>
        <translation>Another program is using your reading progress ({0}). What you do is kept and saved when it is free.</translation>
    </message>
</context>
</TS>
