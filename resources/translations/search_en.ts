<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- issue 12 (search and precedent trust): strings of views/search.py, views/incident.py and
     widgets/cards.py added on feat/search; kb_*.ts are left untouched. -->
<context>
    <name>SearchPanel</name>
    <message>
        <source>Query's language only</source>
        <translation>Query's language only</translation>
    </message>
    <message>
        <source>Only cases written in the language of the query: no cases found through the glossary in the other language</source>
        <translation>Only cases written in the language of the query: no cases found through the glossary in the other language</translation>
    </message>
    <message>
        <source>Through the glossary, in the other language</source>
        <translation>Through the glossary, in the other language</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <source>Nearest, not close</source>
        <translation>Nearest, not close</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Found through the glossary: {0}</source>
        <translation>Found through the glossary: {0}</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <source>+{0} more</source>
        <translation>+{0} more</translation>
    </message>
</context>
</TS>
