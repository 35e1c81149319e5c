<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="117"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="118"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危机案例知识库</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="119"/>
        <source>Offline precedents for IT-service crises: what happened last time, what was done, how it ended and what was learned.</source>
        <translation>IT 服务危机的离线先例库：上次发生了什么、怎么处理的、结果如何、学到了什么。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="131"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="562"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="563"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>回到上一页（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="564"/>
        <source>Show file</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="565"/>
        <source>Open the folder that holds this file</source>
        <translation>打开此文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="566"/>
        <source>Select a case to read it here.

The outcome and the lessons come first.</source>
        <translation>选择一个案例，在这里阅读。

结果和经验教训排在最前面。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="211"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="212"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="213"/>
        <source>Soft skills</source>
        <translation>软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="214"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="215"/>
        <source>Related cases</source>
        <translation>相关案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="263"/>
        <source>This text cannot be shown formatted (it is nested too deeply), so it is shown as plain text. The file itself is unchanged.</source>
        <translation>这段文字嵌套太深，无法按格式显示，因此以纯文本显示。文件本身没有改动。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="271"/>
        <source>The rest (rows left: %n) is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其余部分（还有 %n 行）太长，无法在这里显示；请用“显示文件”打开文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="274"/>
        <source>The rest is too long to show here; use &apos;Show file&apos; to open the file.</source>
        <translation>其余部分太长，无法在这里显示；请用“显示文件”打开文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="283"/>
        <source>Show the rest (rows left: %n)</source>
        <translation>显示其余部分（还有 %n 行）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="285"/>
        <source>Show the rest of the text</source>
        <translation>显示其余文字</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="291"/>
        <source>Lesson</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="292"/>
        <source>Cases with this lesson</source>
        <translation>包含这条经验的案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Low severity</source>
        <translation>低严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>Medium severity</source>
        <translation>中严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="309"/>
        <source>High severity</source>
        <translation>高严重度</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="310"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/case.py" line="484"/>
        <source>image not loaded</source>
        <translation>图片未加载</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="119"/>
        <source>Describe the incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="120"/>
        <source>Who is the customer, what failed, for how long, what is at stake. Similar past cases appear as you type.</source>
        <translation>客户是谁、什么出了故障、持续多久、有什么风险。输入时会自动列出相似的历史案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="122"/>
        <source>e.g. A securities client&apos;s storage array is failing; our engineer has worked 30 hours without finding the cause; the client wants it back before the market opens…</source>
        <translation>例如：证券客户存储阵列故障，工程师已连续工作30小时仍未解决，客户要求开盘前恢复……</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="167"/>
        <source>updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="192"/>
        <source>{0} ms</source>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="209"/>
        <source>Could not look for similar cases: {0}</source>
        <translation>无法查找相似案例：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="220"/>
        <location filename="../../kb_app/gui/views/incident.py" line="226"/>
        <source>Similar past cases</source>
        <translation>相似的历史案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="221"/>
        <source>Describe the new incident above.

Similar past cases will appear here, each with why it matches, how it ended and what was learned.</source>
        <translation>在上方描述新发生的事件。

相似的历史案例会出现在这里，并说明为什么相似、结果如何、学到了什么。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="227"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="230"/>
        <source>No similar case found</source>
        <translation>没有找到相似案例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="231"/>
        <source>No similar case yet.

Name the system, the symptom, the customer&apos;s industry or what is at stake.</source>
        <translation>还没有相似案例。

请写明系统、症状、客户所在行业或面临的风险。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="235"/>
        <source>Close precedents</source>
        <translation>相近的先例</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/incident.py" line="238"/>
        <source>No close precedent; nearest cases:</source>
        <translation>没有很接近的先例；最接近的案例：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="104"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="105"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="241"/>
        <source>Crisis Case Knowledge Base</source>
        <translation>危机案例知识库</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="242"/>
        <location filename="../../kb_app/gui/main_window.py" line="254"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="243"/>
        <source>Describe an incident</source>
        <translation>描述事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="244"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>搜索案例（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="245"/>
        <source>Type the new incident; similar past cases follow (Ctrl+N)</source>
        <translation>输入新事件，相似的历史案例随之列出（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="246"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="247"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="248"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="250"/>
        <source>Open case folder…</source>
        <translation>打开案例文件夹…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="251"/>
        <source>Reindex</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="252"/>
        <source>Rebuild index from scratch</source>
        <translation>从头重建索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="255"/>
        <source>Describe a new incident</source>
        <translation>描述新事件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="256"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="257"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="258"/>
        <source>Back to the results</source>
        <translation>回到结果列表</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="259"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="260"/>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="261"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="262"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="263"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="264"/>
        <source>Stop indexing; the previous index stays in use</source>
        <translation>停止索引；继续使用之前的索引</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="265"/>
        <source>Files that could not be read (double-click a row to show the file)</source>
        <translation>无法读取的文件（双击一行可显示该文件）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="272"/>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="296"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="300"/>
        <source>Updating from the case folder…</source>
        <translation>正在从案例文件夹更新…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="313"/>
        <source>Indexing cases… {0} of {1}</source>
        <translation>正在索引案例… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="316"/>
        <source>Reading the case files…</source>
        <translation>正在读取案例文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="342"/>
        <source>Ready: %n case(s) in {0} s</source>
        <translation>
            <numerusform>就绪：%n 个案例，用时 {0} 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="370"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 条经验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="379"/>
        <source>⚠ %n file(s) with problems</source>
        <translation>
            <numerusform>⚠ %n 个文件有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/main_window.py" line="381"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="344"/>
        <source>Updated from the case folder</source>
        <translation>已从案例文件夹更新</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="358"/>
        <source>Could not open the case folder: {0}</source>
        <translation>无法打开案例文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="364"/>
        <source>Indexing cancelled; the previous index stays in use. Press F5 to index again.</source>
        <translation>已取消索引；继续使用之前的索引。按 F5 重新索引。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="366"/>
        <source>Indexing was cancelled. Press F5 to index the case folder.</source>
        <translation>索引已取消。按 F5 索引案例文件夹。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="396"/>
        <source>File: {0} (path copied)</source>
        <translation>文件：{0}（路径已复制）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="482"/>
        <source>“{0}” is no longer in the case folder</source>
        <translation>“{0}”已不在案例文件夹中</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="486"/>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/main_window.py" line="545"/>
        <source>Choose the case folder</source>
        <translation>选择案例文件夹</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="55"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="57"/>
        <source>Follow the system ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="58"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="59"/>
        <source>Case folder</source>
        <translation>案例文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="60"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="61"/>
        <source>The language changes at once, keeping what is on screen. The search index lives in your user data folder, never inside the case folder.</source>
        <translation>语言会立即切换，屏幕上的内容保持不变。搜索索引保存在你的用户数据文件夹中，不会写入案例文件夹。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/dialogs.py" line="72"/>
        <source>Choose the case folder</source>
        <translation>选择案例文件夹</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="379"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="380"/>
        <source>The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text.</source>
        <translation>文件有 {0} MB；一个案例最多 {1} MB。请拆分，或把附件移出正文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="381"/>
        <source>Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it.</source>
        <translation>不是 UTF-8 文本（{0}）。请另存为 UTF-8；未读取其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="382"/>
        <source>No YAML front matter: the file must start with a &apos;---&apos; line.</source>
        <translation>没有 YAML 前言：文件必须以 &apos;---&apos; 行开头。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="383"/>
        <source>The front matter is not closed: add a &apos;---&apos; line after it.</source>
        <translation>前言没有结束：请在其后加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="384"/>
        <source>The front matter must be a set of fields (key: value).</source>
        <translation>前言必须是一组字段（键: 值）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="385"/>
        <source>Broken YAML in the front matter ({0}).</source>
        <translation>前言中的 YAML 有误（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="386"/>
        <source>A YAML tag is not allowed here ({0}); only plain values are read.</source>
        <translation>这里不允许 YAML 标签（{0}）；只读取普通的值。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="387"/>
        <source>YAML anchors and aliases (&amp; and *) are not allowed.</source>
        <translation>不允许 YAML 锚点和别名（&amp; 和 *）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="388"/>
        <source>The front matter is nested too deeply.</source>
        <translation>前言嵌套太深。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="389"/>
        <source>The id is missing.</source>
        <translation>缺少 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="390"/>
        <source>Bad id &apos;{0}&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with no path separators or &apos;..&apos;.</source>
        <translation>id“{0}”不合规：只能用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，不能有路径分隔符或 &apos;..&apos;。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="391"/>
        <source>The id &apos;{0}&apos; does not match the file name &apos;{1}&apos;: rename the file or fix the id.</source>
        <translation>id“{0}”与文件名“{1}”不一致：请重命名文件或修改 id。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="392"/>
        <source>Duplicate id &apos;{0}&apos;, already used by {1}; this file is skipped.</source>
        <translation>id“{0}”重复，已被 {1} 使用；跳过此文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="394"/>
        <source>The field &apos;{0}&apos; must be a single value, not a list or mapping.</source>
        <translation>字段“{0}”只能有一个值，不能是列表或映射。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="398"/>
        <source>No kind: the case is listed under &apos;unknown&apos;.</source>
        <translation>没有类型：案例列在“未知”之下。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="399"/>
        <source>Unknown kind &apos;{0}&apos; (not in vocab/kinds.yaml); the case is still listed.</source>
        <translation>未知类型“{0}”（不在 vocab/kinds.yaml 中）；案例仍然列出。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="401"/>
        <source>Unknown outcome status &apos;{0}&apos;.</source>
        <translation>未知的结果状态“{0}”。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="402"/>
        <source>The date &apos;{0}&apos; is not a real date (YYYY-MM-DD); it is ignored.</source>
        <translation>日期“{0}”不是有效日期（YYYY-MM-DD）；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="403"/>
        <source>Unknown severity &apos;{0}&apos;; use one of {1}.</source>
        <translation>未知的严重程度“{0}”；请用 {1} 之一。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="404"/>
        <source>Unknown language &apos;{0}&apos;; detected from the text instead.</source>
        <translation>未知语言“{0}”；改为根据正文识别。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="407"/>
        <source>Duplicate lesson id &apos;{0}&apos; (also in {1}); this file is skipped.</source>
        <translation>经验 id“{0}”重复（也在 {1} 中）；跳过此文件。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="393"/>
        <source>The title is missing.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="395"/>
        <source>Not a regular file (a pipe, device or socket); skipped.</source>
        <translation>不是普通文件（管道、设备或套接字）；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="396"/>
        <source>The file cannot be read ({0}).</source>
        <translation>无法读取文件（{0}）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="397"/>
        <source>Unexpected problem: {0}</source>
        <translation>意外的问题：{0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="400"/>
        <source>Unknown soft skill(s): {0}. Known: {1}.</source>
        <translation>未知的软技能：{0}。已知：{1}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="405"/>
        <source>The text holds a NUL byte; it is left out.</source>
        <translation>正文含有 NUL 字节；已略去。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="406"/>
        <source>A lesson should name at least one soft skill.</source>
        <translation>一条经验应至少注明一项软技能。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="408"/>
        <source>Links to lesson(s) that do not exist: {0} (looked in lessons/).</source>
        <translation>链接的经验不存在：{0}（已在 lessons/ 中查找）。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="409"/>
        <source>Related case(s) not found: {0}.</source>
        <translation>找不到相关案例：{0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="410"/>
        <source>{0}: expected label and terms fields; the entry is kept without them.</source>
        <translation>{0}：应有 label 和 terms 字段；该条目保留，但不含它们。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="411"/>
        <source>{0}: the label must map zh-Hans / zh-Hant / en to text; ignored.</source>
        <translation>{0}：label 必须把 zh-Hans / zh-Hant / en 对应到文字；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="412"/>
        <source>{0}: terms must be a list of words; ignored.</source>
        <translation>{0}：terms 必须是词语列表；已忽略。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="413"/>
        <source>Expected a {0} at the top of the file.</source>
        <translation>文件顶层应为 {0}。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="414"/>
        <source>Glossary group {0} is not a list of terms; it is skipped.</source>
        <translation>术语组 {0} 不是词语列表；已跳过。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="431"/>
        <source>encoding unknown</source>
        <translation>编码未知</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="343"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="360"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="361"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="362"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="363"/>
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
        <location filename="../../kb_app/gui/models.py" line="275"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="276"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="277"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="278"/>
        <source>Stakes</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/models.py" line="279"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="265"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="209"/>
        <source>Search cases — 简体, 繁體 or English  (Ctrl+F)</source>
        <translation>搜索案例 — 简体、繁體或英文均可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="210"/>
        <source>Words in any script; a Traditional query finds Simplified cases too.</source>
        <translation>简体、繁体都可以输入；繁体查询也能找到简体案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="211"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="213"/>
        <location filename="../../kb_app/gui/views/search.py" line="218"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="219"/>
        <source>From this date (inclusive)</source>
        <translation>起始日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="220"/>
        <source>Up to this date (inclusive)</source>
        <translation>截止日期（含）</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="221"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="222"/>
        <source>Clear the query and every filter</source>
        <translation>清除查询和所有筛选条件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="223"/>
        <source>Choose a case folder…</source>
        <translation>选择案例文件夹…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="263"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="264"/>
        <source>All soft skills</source>
        <translation>全部软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="265"/>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="266"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="271"/>
        <source>Incident kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="272"/>
        <source>Soft skill shown in the case</source>
        <translation>案例体现的软技能</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="273"/>
        <source>How the case ended</source>
        <translation>案例的结果</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="274"/>
        <source>Language the case is written in</source>
        <translation>案例的书写语言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="382"/>
        <source>%n case(s), newest first</source>
        <translation>
            <numerusform>%n 个案例，最新的在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/gui/views/search.py" line="383"/>
        <source>%n case(s) match the filters</source>
        <translation>
            <numerusform>%n 个案例符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="385"/>
        <source>{0} matches, showing the best {1}</source>
        <translation>{0} 个匹配，显示最相关的 {1} 个</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="387"/>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="389"/>
        <source>{0} matches</source>
        <translation>{0} 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="391"/>
        <source>no case has every word; closest partial matches</source>
        <translation>没有案例包含全部词语；以下为部分匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="398"/>
        <source>Opening the case library…</source>
        <translation>正在打开案例库…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="399"/>
        <source>Reading and indexing the case files. You can start typing.</source>
        <translation>正在读取并索引案例文件，你可以先开始输入。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="402"/>
        <source>No cases yet — point me to a case folder</source>
        <translation>还没有案例 — 请指定一个案例文件夹</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="403"/>
        <source>A case folder holds Markdown files with YAML front matter, one case per file.</source>
        <translation>案例文件夹里是带 YAML 前置元数据的 Markdown 文件，每个文件一个案例。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="406"/>
        <source>0 matches</source>
        <translation>0 个匹配</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="407"/>
        <source>No match: try fewer or other words, or drop a filter</source>
        <translation>没有匹配：试试少用几个词、换个说法，或去掉筛选条件</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="408"/>
        <source>Search looks at titles, outcomes, lessons and the full text.</source>
        <translation>搜索范围包括标题、结果、经验教训和全文。</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/search.py" line="411"/>
        <source>The search failed</source>
        <translation>搜索失败</translation>
    </message>
</context>
<context>
    <name>SimilarDelegate</name>
    <message>
        <location filename="../../kb_app/gui/widgets/cards.py" line="339"/>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
</context>
</TS>
