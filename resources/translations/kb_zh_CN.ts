<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="129"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="130"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危机案例知识库</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>IT 服务危机的离线先例库：上次发生了什么、怎么处理的、结果如何、学到了什么。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="143"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="718"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="719"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>回到上一页（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="720"/>
        <source>Show file</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="721"/>
        <source>Open the folder that holds this file</source>
        <translation>打开此文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="726"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>选择一个案例，在这里阅读。

结果和经验教训排在最前面。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="244"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="245"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="246"/>
        <source>Soft skills</source>
        <translation>软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="247"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="248"/>
        <source>Related cases</source>
        <translation>相关案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="299"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>这段文字嵌套太深，无法按格式显示，因此以纯文本显示。文件本身没有改动。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="307"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其余部分（还有 %n 行）太长，无法在这里显示；请用“显示文件”打开文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其余部分太长，无法在这里显示；请用“显示文件”打开文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="319"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>显示其余部分（还有 %n 行）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="321"/>
        <source>Show the rest of the text</source>
        <translation>显示其余文字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="326"/>
        <source>Lesson</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="327"/>
        <source>Cases with this lesson</source>
        <translation>包含这条经验的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Low severity</source>
        <translation>低严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>Medium severity</source>
        <translation>中严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="349"/>
        <source>High severity</source>
        <translation>高严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="350"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="525"/>
        <source>image not loaded</source>
        <translation>图片未加载</translation>
    </message>
    <message>
        <source>[image not loaded: {0}]</source>
        <translation>〔图片未加载：{0}〕</translation>
    </message>
    <message>
        <source>[image not loaded]</source>
        <translation>〔图片未加载〕</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="131"/>
        <source>Describe the incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="132"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>客户是谁、什么出了故障、持续多久、有什么风险。输入时会自动列出相似的历史案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="134"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>例如：证券客户存储阵列故障，工程师已连续工作30小时仍未解决，客户要求开盘前恢复……</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="184"/>
        <source>updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="212"/>
        <source>{0} ms</source>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="237"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>无法查找相似案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="248"/>
        <location filename="../../kb_app/gui/views/incident.py" line="254"/>
        <source>Similar past cases</source>
        <translation>相似的历史案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="249"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>在上方描述新发生的事件。

相似的历史案例会出现在这里，并说明为什么相似、结果如何、学到了什么。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="255"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="258"/>
        <source>No similar case found</source>
        <translation>没有找到相似案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="259"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>还没有相似案例。

请写明系统、症状、客户所在行业或面临的风险。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="263"/>
        <source>Close precedents</source>
        <translation>相近的先例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="266"/>
        <source>No close precedent; nearest cases:</source>
        <translation>没有很接近的先例；最接近的案例：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="106"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危机案例知识库</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <location filename="../../kb_app/gui/main_window.py" line="269"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Describe an incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>搜索案例（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>输入新事件，相似的历史案例随之列出（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Open case folder…</source>
        <translation>打开案例文件夹…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="266"/>
        <source>Reindex</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="267"/>
        <source>Rebuild index from scratch</source>
        <translation>从头重建索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="270"/>
        <source>Describe a new incident</source>
        <translation>描述新事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="271"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="273"/>
        <source>Back to the results</source>
        <translation>回到结果列表</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="274"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="275"/>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="276"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="282"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="283"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="284"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>停止索引；继续使用之前的索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="285"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>无法读取的文件（双击一行可显示该文件）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="292"/>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="318"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="322"/>
        <source>Updating from the case folder…</source>
        <translation>正在从案例文件夹更新…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="335"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>正在索引案例… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="338"/>
        <source>Reading the case files…</source>
        <translation>正在读取案例文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="367"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>就绪：%n 个案例，用时 {0} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="406"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 条经验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="415"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n 个文件有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="417"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="369"/>
        <source>Updated from the case folder</source>
        <translation>已从案例文件夹更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="390"/>
        <location filename="../../kb_app/gui/main_window.py" line="393"/>
        <source>Could not open the case folder: {0}</source>
        <translation>无法打开案例文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="400"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>已取消索引；继续使用之前的索引。按 F5 重新索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="402"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>索引已取消。按 F5 索引案例文件夹。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="432"/>
        <source>File: {0} (path copied)</source>
        <translation>文件：{0}（路径已复制）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="518"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>“{0}”已不在案例文件夹中</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="522"/>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="580"/>
        <source>Choose the case folder</source>
        <translation>选择案例文件夹</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <source>⚠ Problems: {0}</source>
        <translation>⚠ 问题：{0}</translation>
    </message>
    <message>
        <source>Warnings: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>File: {0} (path copied; no program could open its folder)</source>
        <translation>文件：{0}（路径已复制；没有程序能打开它所在的文件夹）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="62"/>
        <source>Follow the system ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="64"/>
        <source>Case folder</source>
        <translation>案例文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="65"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="70"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>语言会立即切换，屏幕上的内容保持不变。搜索索引保存在你的用户数据文件夹中，不会写入案例文件夹。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="81"/>
        <source>Choose the case folder</source>
        <translation>选择案例文件夹</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>文件有 {0} MB；一个案例最多 {1} MB。请拆分，或把附件移出正文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>不是 UTF-8 文本（{0}）。请另存为 UTF-8；未读取其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>没有 YAML 前言：文件必须以 &apos;---&apos; 行开头。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <location filename="../../kb_app/gui/models.py" line="443"/>
        <location filename="../../kb_app/gui/models.py" line="451"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>前言没有结束：请在其后加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>前言必须是一组字段（键: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>前言中的 YAML 有误（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>这里不允许 YAML 标签（{0}）；只读取普通的值。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>不允许 YAML 锚点和别名（&amp; 和 *）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>The front matter is nested too deeply.</source>
        <translation>前言嵌套太深。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>The id is missing.</source>
        <translation>缺少 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>id“{0}”不合规：只能用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，不能有路径分隔符或 &apos;..&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>id“{0}”与文件名“{1}”不一致：请重命名文件或修改 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>id“{0}”重复，已被 {1} 使用；跳过此文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>字段“{0}”只能有一个值，不能是列表或映射。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>没有类型：案例列在“未知”之下。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>未知类型“{0}”（不在 vocab/kinds.yaml 中）；案例仍然列出。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>未知的结果状态“{0}”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>日期“{0}”不是有效日期（YYYY-MM-DD）；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>未知的严重程度“{0}”；请用 {1} 之一。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>未知语言“{0}”；改为根据正文识别。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="417"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>经验 id“{0}”重复（也在 {1} 中）；跳过此文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>The title is missing.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>不是普通文件（管道、设备或套接字）；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>The file cannot be read ({0}).</source>
        <translation>无法读取文件（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Unexpected problem: {0}</source>
        <translation>意外的问题：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>未知的软技能：{0}。已知：{1}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="415"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>正文含有 NUL 字节；已略去。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="416"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>一条经验应至少注明一项软技能。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="418"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>链接的经验不存在：{0}（已在 lessons/ 中查找）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="419"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>找不到相关案例：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="420"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}：应有 label 和 terms 字段；该条目保留，但不含它们。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="421"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}：label 必须把 zh-Hans / zh-Hant / en 对应到文字；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="422"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}：terms 必须是词语列表；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="423"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>文件顶层应为 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="424"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>术语组 {0} 不是词语列表；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="434"/>
        <source>The folder cannot be read ({0}); the cases in it are kept as they were indexed.</source>
        <translation>无法读取该文件夹（{0}）；其中的案例保持上次索引时的样子。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="435"/>
        <source>Folders nested more than {0} deep are not read ({1} folder(s) inside it skipped).</source>
        <translation>嵌套超过 {0} 层的文件夹不会读取（跳过了其中 {1} 个文件夹）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="436"/>
        <source>The lessons/ folder cannot be read ({0}); links to lessons are not checked.</source>
        <translation>无法读取 lessons/ 文件夹（{0}）；不检查指向教训的链接。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="437"/>
        <source>The vocabularies cannot be read ({0}); the bundled ones are used.</source>
        <translation>无法读取词表（{0}）；改用内置词表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="438"/>
        <source>A link to a file that does not exist ({0}); not read.</source>
        <translation>链接指向不存在的文件（{0}）；未读取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="439"/>
        <source>A link loop; not read.</source>
        <translation>链接形成循环；未读取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="440"/>
        <source>The link cannot be followed ({0}); not read.</source>
        <translation>无法跟随该链接（{0}）；未读取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="441"/>
        <source>A link to a folder; links to folders are not followed.</source>
        <translation>这是指向文件夹的链接；不跟随指向文件夹的链接。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="442"/>
        <source>A link to a file outside the case folder ({0}); files outside are not read.</source>
        <translation>链接指向案例文件夹之外的文件（{0}）；不读取文件夹之外的文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="444"/>
        <source>{0}: expected a mapping of words to their readings; ignored.</source>
        <translation>{0}：应为“词语: 读法”的映射；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="445"/>
        <source>{0}: {1}: the readings must be a list of words; skipped.</source>
        <translation>{0}：{1}：读法必须是词语列表；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="447"/>
        <source>Not a regular file; skipped.</source>
        <translation>不是普通文件；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="448"/>
        <source>The file is too large to be read as a team file.</source>
        <translation>文件太大，不能作为团队文件读取。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="449"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="450"/>
        <source>The file must be a set of fields (key: value).</source>
        <translation>文件必须是一组字段（键: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="452"/>
        <source>A text is missing here.</source>
        <translation>此处缺少文字。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="453"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en.</source>
        <translation>未知语言：请使用 zh-Hans、zh-Hant 或 en。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="454"/>
        <source>Expected a text, or zh-Hans / zh-Hant / en: text.</source>
        <translation>应为文字，或“zh-Hans / zh-Hant / en: 文字”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="455"/>
        <source>The rubric id must be the file name.</source>
        <translation>评分标准的 id 必须与文件名相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="456"/>
        <source>Bad scale: give min and max as whole numbers with 0 &lt;= min &lt; max &lt;= 10.</source>
        <translation>量表有误：min 和 max 必须是整数，且 0 &lt;= min &lt; max &lt;= 10。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="457"/>
        <source>The criteria must be a non-empty list.</source>
        <translation>评分项必须是非空列表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="458"/>
        <source>A criterion must be a set of fields (key, label, weight, levels).</source>
        <translation>评分项必须是一组字段（key、label、weight、levels）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="459"/>
        <source>A key may only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>键只能包含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="460"/>
        <source>This key is used twice in the rubric.</source>
        <translation>此键在评分标准中重复使用。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="461"/>
        <source>The weight must be a number above 0.</source>
        <translation>权重必须是大于 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="462"/>
        <source>The levels must map a score to its description.</source>
        <translation>等级必须把分数对应到其描述。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="463"/>
        <source>A level must be a whole number.</source>
        <translation>等级必须是整数。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="464"/>
        <source>A level is outside the rubric&apos;s scale.</source>
        <translation>有等级超出评分标准的量表范围。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="465"/>
        <source>&apos;cases&apos; must map a case id to its scores.</source>
        <translation>“cases”必须把案例 id 对应到其分数。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="466"/>
        <source>Bad case id in the ratings.</source>
        <translation>评分中的案例 id 有误。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="467"/>
        <source>Expected &apos;criterion: score&apos; lines under the case.</source>
        <translation>案例下应为“评分项: 分数”各行。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="468"/>
        <source>A score must be a whole number (or score and comment).</source>
        <translation>分数必须是整数（或分数加评语）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="469"/>
        <source>This criterion is not in the rubric; the score is ignored.</source>
        <translation>评分标准中没有此评分项；该分数已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="470"/>
        <source>The score is outside the rubric&apos;s scale; it is ignored.</source>
        <translation>分数超出评分标准的量表范围；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="471"/>
        <source>The ratings file is for another rubric.</source>
        <translation>该评分文件属于另一份评分标准。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="472"/>
        <source>The ratings file cannot be read; fix it before saving.</source>
        <translation>无法读取该评分文件；请先修正再保存。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="473"/>
        <source>The standard names no kind.</source>
        <translation>该处置标准没有写明类型。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="474"/>
        <source>The kind must be the file name.</source>
        <translation>类型必须与文件名相同。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="475"/>
        <source>&apos;expected&apos; must be a list of actions (id, action, within/every).</source>
        <translation>“expected”必须是动作列表（id、action、within/every）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="476"/>
        <source>An action id may only hold letters, digits and &apos;-&apos;.</source>
        <translation>动作 id 只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="477"/>
        <source>The action is missing.</source>
        <translation>缺少动作。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="478"/>
        <source>The terms must be a list of words.</source>
        <translation>terms 必须是词语列表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="479"/>
        <source>Not a duration: write 30m, 2h or 1d.</source>
        <translation>不是时长：请写成 30m、2h 或 1d。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="480"/>
        <source>This field must be a list.</source>
        <translation>此字段必须是列表。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="482"/>
        <source>The reading path file is empty.</source>
        <translation>阅读路径文件为空。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="483"/>
        <source>A reading path must be a set of fields (id, title, intro, steps).</source>
        <translation>阅读路径必须是一组字段（id、title、intro、steps）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="484"/>
        <source>The reading path file cannot be read.</source>
        <translation>无法读取阅读路径文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="485"/>
        <source>Broken YAML in the reading path.</source>
        <translation>阅读路径中的 YAML 有误。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="486"/>
        <source>Bad path id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>路径 id 有误：请使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="487"/>
        <source>The path id does not match the file name.</source>
        <translation>路径 id 与文件名不一致。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="488"/>
        <source>The reading path has no title.</source>
        <translation>阅读路径没有标题。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="489"/>
        <source>No steps: list the cases and lessons under &apos;steps:&apos; (- case: ID / - lesson: ID).</source>
        <translation>没有步骤：请在“steps:”下列出案例和教训（- case: ID / - lesson: ID）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="490"/>
        <source>A step must be &apos;- case: ID&apos; or &apos;- lesson: ID&apos;.</source>
        <translation>步骤必须是“- case: ID”或“- lesson: ID”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="491"/>
        <source>This step names a case that is not in the folder; it is skipped.</source>
        <translation>此步骤指向文件夹中没有的案例；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="492"/>
        <source>This step names a lesson that is not in the folder; it is skipped.</source>
        <translation>此步骤指向文件夹中没有的教训；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="493"/>
        <source>This step is already on the path; skipped.</source>
        <translation>此步骤已在路径中；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="494"/>
        <source>Another reading path has this id; this file is skipped.</source>
        <translation>另一条阅读路径已使用此 id；已跳过此文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="495"/>
        <source>Unknown language: use zh-Hans, zh-Hant or en; ignored.</source>
        <translation>未知语言：请使用 zh-Hans、zh-Hant 或 en；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="496"/>
        <source>Expected a text, or a mapping of language: text.</source>
        <translation>应为文字，或“语言: 文字”的映射。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="541"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="542"/>
        <source>operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="543"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="544"/>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="545"/>
        <source>too many levels of links</source>
        <translation>链接层级过多</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="546"/>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="547"/>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="568"/>
        <source>encoding unknown</source>
        <translation>编码未知</translation>
    </message>
    <message>
        <source>The weight must be a number above 0 and at most 1000.</source>
        <translation>权重必须是大于 0、不超过 1000 的数字。</translation>
    </message>
    <message>
        <source>The rubric “{0}” is not in rubrics/: these ratings are not counted.</source>
        <translation>rubrics/ 中没有评分标准“{0}”：这些评分不计入。</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep one side and remove the markers.</source>
        <translation>有未解决的 git 合并冲突（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;）：保留其中一方，删除冲突标记。</translation>
    </message>
    <message>
        <source>An unresolved git merge conflict in the text (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): both sides would show. Keep one side and remove the markers.</source>
        <translation>正文中有未解决的 git 合并冲突（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;），两个版本会同时显示。请保留其中一方，删除冲突标记。</translation>
    </message>
    <message>
        <source>A key is given twice here; only one would count. Keep one.</source>
        <translation>这里有重复的键，只有一个会生效。请只保留一个。</translation>
    </message>
    <message>
        <source>The key “{0}” is given twice; the last one counts.</source>
        <translation>键“{0}”出现了两次，以后一个为准。</translation>
    </message>
    <message>
        <source>Too many steps: a reading path may have at most 500.</source>
        <translation>步骤太多：一条阅读路径最多 500 步。</translation>
    </message>
    <message>
        <source>… and {0} more problems in this file.</source>
        <translation>……此文件还有 {0} 个问题。</translation>
    </message>
    <message>
        <source>The status must be draft or approved.</source>
        <translation>status 必须是 draft（草稿）或 approved（已批准）。</translation>
    </message>
    <message>
        <source>&apos;when&apos; must be a few words (the situation the action is for).</source>
        <translation>when 必须是几个词（这一行动适用的情形）。</translation>
    </message>
    <message>
        <source>Its front matter could not be read ({0}); imported without it.</source>
        <translation>其文件头信息无法读取（{0}）；已在没有它的情况下导入。</translation>
    </message>
    <message>
        <source>{0} image(s) not kept (remote, outside the folder, not a picture, or a tracking pixel).</source>
        <translation>{0} 张图片未保留（远程图片、文件夹之外、不是图片或跟踪像素）。</translation>
    </message>
    <message>
        <source>The ratings file belongs to another rater; nothing was saved.</source>
        <translation>该评分文件属于另一位评分人，未保存。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="353"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="370"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="371"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="372"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="373"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="173"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="174"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="175"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="176"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="177"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="171"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/i18n.py" line="172"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="285"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="286"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="287"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="288"/>
        <source>Stakes</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="289"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>same kind</source>
        <translation>同类故障</translation>
    </message>
    <message>
        <source>same component</source>
        <translation>同一部件</translation>
    </message>
    <message>
        <source>same situation</source>
        <translation>同样情境</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>同样角色</translation>
    </message>
    <message>
        <source>same pressure</source>
        <translation>同样压力</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>同一行业</translation>
    </message>
    <message>
        <source>Close: {0}</source>
        <translation>相近：{0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="214"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>搜索案例 — 简体、繁體或英文均可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="215"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>简体、繁体都可以输入；繁体查询也能找到简体案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="216"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="224"/>
        <source>From this date (inclusive)</source>
        <translation>起始日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="225"/>
        <source>Up to this date (inclusive)</source>
        <translation>截止日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="226"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="227"/>
        <source>Clear the query and every filter</source>
        <translation>清除查询和所有筛选条件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="231"/>
        <source>Choose a case folder…</source>
        <translation>选择案例文件夹…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>All soft skills</source>
        <translation>全部软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="279"/>
        <source>Incident kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="280"/>
        <source>Soft skill shown in the case</source>
        <translation>案例体现的软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="281"/>
        <source>How the case ended</source>
        <translation>案例的结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="282"/>
        <source>Language the case is written in</source>
        <translation>案例的书写语言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n 个案例，最新的在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n 个案例符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="401"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} 个匹配，显示最相关的 {1} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="405"/>
        <source>{0} matches</source>
        <translation>{0} 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>no case has every word; closest partial matches</source>
        <translation>没有案例包含全部词语；以下为部分匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="414"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="415"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>正在读取并索引案例文件，你可以先开始输入。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="418"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>还没有案例 — 请指定一个案例文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="419"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>案例文件夹里是带 YAML 前置元数据的 Markdown 文件，每个文件一个案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="422"/>
        <source>0 matches</source>
        <translation>0 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="423"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>没有匹配：试试少用几个词、换个说法，或去掉筛选条件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="424"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>搜索范围包括标题、结果、经验教训和全文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="427"/>
        <source>The search failed</source>
        <translation>搜索失败</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="412"/>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="505"/>
        <source>rebuild requested</source>
        <translation>已要求重建</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="506"/>
        <source>there is no index yet</source>
        <translation>还没有索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="507"/>
        <source>the index is missing or incomplete</source>
        <translation>索引缺失或不完整</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="508"/>
        <source>the index was made by another version ({0})</source>
        <translation>索引由另一个版本创建（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="509"/>
        <source>the vocabularies changed</source>
        <translation>词表已更改</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="510"/>
        <source>the index is damaged ({0})</source>
        <translation>索引已损坏（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="511"/>
        <source>the index could not be opened ({0})</source>
        <translation>无法打开索引（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="521"/>
        <source>Rebuilding the search index: {0}.</source>
        <translation>正在重建搜索索引：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="523"/>
        <source>Removed what an interrupted index build had left behind.</source>
        <translation>已清除中断的索引构建留下的文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="525"/>
        <source>the folder {0} does not exist</source>
        <translation>文件夹 {0} 不存在</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="527"/>
        <source>The index is being updated by {0}; searching it as it is.</source>
        <translation>{0} 正在更新索引；先按现有索引搜索。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>you have no permission to change it</source>
        <translation>你没有修改它的权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>你的磁盘配额已用完</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>它路径中的某一段不是文件夹</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>它已经存在</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>它的名字太长</translation>
    </message>
    <message>
        <source>it leads through too many links</source>
        <translation>它经过的链接太多</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘无法读写</translation>
    </message>
    <message>
        <source>the system refused (error {0})</source>
        <translation>系统拒绝了操作（错误 {0}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>it leads outside the case folder</source>
        <translation>它指向案例文件夹之外</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>另一个程序正在使用这个文件</translation>
    </message>
    <message>
        <source>the app&apos;s own data file could not be used</source>
        <translation>程序自己的数据文件无法使用</translation>
    </message>
    <message>
        <source>{0} was not found</source>
        <translation>找不到 {0}</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>意外的问题</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
