<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- issue 12 (search and precedent trust): strings of views/search.py, views/incident.py and
     widgets/cards.py added on feat/search; kb_*.ts are left untouched. -->
<context>
    <name>SearchPanel</name>
    <message>
        <source>Query's language only</source>
        <translation>仅限查询语言</translation>
    </message>
    <message>
        <source>Only cases written in the language of the query: no cases found through the glossary in the other language</source>
        <translation>只显示用查询语言写成的案例：不经术语表找出另一种语言的案例</translation>
    </message>
    <message>
        <source>Through the glossary, in the other language</source>
        <translation>经术语表找到的另一种语言案例</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <source>Nearest, not close</source>
        <translation>最接近，但不算相近</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Found through the glossary: {0}</source>
        <translation>经术语表找到：{0}</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <source>+{0} more</source>
        <translation>另 {0} 项</translation>
    </message>
</context>
</TS>
