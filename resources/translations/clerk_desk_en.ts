<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;Clerk Desk 医保窗口受理系统&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Clerk Desk — medical insurance counter&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>Python {python}，Qt {qt}</source>
        <translation>Python {python}, Qt {qt}</translation>
    </message>
    <message>
        <source>窗口（站点代码）</source>
        <translation>Counter (station)</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>登录人</source>
        <translation>Logged in by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（本程序需要 {expected}）</source>
        <translation> (this program needs {expected})</translation>
    </message>
    <message>
        <source>（与本机不同）</source>
        <translation> (differs from this one)</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>关于 Clerk Desk</source>
        <translation>About Clerk Desk</translation>
    </message>
    <message>
        <source>数据库结构</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>各窗口运行的版本（最近一次登录时）</source>
        <translation>Version each counter runs (at its last login)</translation>
    </message>
</context>
<context>
    <name>AgentWords</name>
    <message>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
</context>
<context>
    <name>AgentWordsInSentence</name>
    <message>
        <source>代办人</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>guardian</translation>
    </message>
</context>
<context>
    <name>ApplicationExtras</name>
    <message>
        <source>补换卡原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>人员类别：</source>
        <translation>Person category:</translation>
    </message>
    <message>
        <source>断缴年数：</source>
        <translation>Years of gap:</translation>
    </message>
    <message>
        <source>补缴年数：</source>
        <translation>Years paid back:</translation>
    </message>
    <message>
        <source>已缴费年限：</source>
        <translation>Years paid:</translation>
    </message>
    <message>
        <source>户籍情况：</source>
        <translation>Household book:</translation>
    </message>
    <message>
        <source>输入代码或地名，如 230602</source>
        <translation>code or place, e.g. 230602</translation>
    </message>
    <message>
        <source>户籍登记地：</source>
        <translation>Hukou registered in:</translation>
    </message>
    <message>
        <source>居住证有效期至：</source>
        <translation>Permit valid until:</translation>
    </message>
    <message>
        <source>出生日期（无身份证号码时）：</source>
        <translation>Birth date (without an ID number):</translation>
    </message>
    <message>
        <source>已核对的家庭成员：</source>
        <translation>Members seen:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>待遇等待期：无（{day} 起享受待遇）</source>
        <translation>Waiting period: none (benefits from {day})</translation>
    </message>
    <message>
        <source>待遇等待期：{months} 个月，{day} 起享受待遇</source>
        <translation>Waiting period: {months} months; benefits start on {day}</translation>
    </message>
</context>
<context>
    <name>ApplicationFields</name>
    <message>
        <source>家庭户</source>
        <translation>family household</translation>
    </message>
    <message>
        <source>集体户</source>
        <translation>collective household</translation>
    </message>
    <message>
        <source>农业家庭户</source>
        <translation>agricultural household</translation>
    </message>
    <message>
        <source>非农业家庭户</source>
        <translation>non-agricultural household</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>head of household</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>妻</source>
        <translation>wife</translation>
    </message>
    <message>
        <source>夫</source>
        <translation>husband</translation>
    </message>
    <message>
        <source>子</source>
        <translation>son</translation>
    </message>
    <message>
        <source>女</source>
        <translation>daughter</translation>
    </message>
    <message>
        <source>父</source>
        <translation>father</translation>
    </message>
    <message>
        <source>母</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>孙子</source>
        <translation>grandson</translation>
    </message>
    <message>
        <source>孙女</source>
        <translation>granddaughter</translation>
    </message>
    <message>
        <source>兄</source>
        <translation>elder brother</translation>
    </message>
    <message>
        <source>弟</source>
        <translation>younger brother</translation>
    </message>
    <message>
        <source>姐</source>
        <translation>elder sister</translation>
    </message>
    <message>
        <source>妹</source>
        <translation>younger sister</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ApplicationKeys</name>
    <message>
        <source>姓名、身份证号码已按身份证填入：与户口簿本人页核对一致后按回车确认；不一致时直接改写</source>
        <translation>Name and ID number are taken from the ID card: compare them with the household page and press Enter if they agree; type over what differs</translation>
    </message>
    <message>
        <source>同联系地址</source>
        <translation>Same as contact address</translation>
    </message>
    <message>
        <source>如 20200601</source>
        <translation>e.g. 20200601</translation>
    </message>
</context>
<context>
    <name>ApplicationProblems</name>
    <message>
        <source>回车或双击：转到该项</source>
        <translation>Enter or double-click: go to the field</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>业务编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>参保人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>业务类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>办理时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>受理的业务为受理时间；材料不全退回的为一次性告知（退回）时间</source>
        <translation>When it was accepted; for an application returned with the one-time notice (documents missing), when it was returned</translation>
    </message>
    <message>
        <source>应领卡日期</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <source>领卡码</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>站点/序号</source>
        <translation>Station/seq</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>用户(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>操作(&amp;A)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>业务号、用户名或身份证号</source>
        <translation>application no., user or ID number</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>{year}（未导入）</source>
        <translation>{year} (not imported)</translation>
    </message>
    <message>
        <source>{year}年日历尚未导入：请按国务院节假日安排通知导入</source>
        <translation>The {year} calendar is not imported: import it from the State Council notice</translation>
    </message>
    <message>
        <source>（随软件提供）</source>
        <translation> (shipped with the program)</translation>
    </message>
    <message>
        <source>（{by} 于 {at} 导入）</source>
        <translation> (imported by {by} at {at})</translation>
    </message>
    <message>
        <source>依据：{source}{who}</source>
        <translation>Source: {source}{who}</translation>
    </message>
    <message>
        <source>导入工作日历</source>
        <translation>Import a calendar year</translation>
    </message>
    <message>
        <source>日历文件 (*.toml)</source>
        <translation>Calendar files (*.toml)</translation>
    </message>
    <message>
        <source>文件有 {n} 处错误，未导入，日历没有任何改动。</source>
        <translation>The file has {n} error(s): nothing was imported, the calendar is unchanged.</translation>
    </message>
    <message>
        <source>文件有 {n} 条警告（见下方列表），仍要导入{year}年日历吗？</source>
        <translation>The file has {n} warning(s) (listed below). Import {year} anyway?</translation>
    </message>
    <message>
        <source>已取消导入。</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>{year}年日历已存在（{source}）。替换为新文件吗？此操作将记入审计日志。</source>
        <translation>The {year} calendar exists ({source}). Replace it? This is audited.</translation>
    </message>
    <message>
        <source>已替换{year}年日历。</source>
        <translation>Replaced the {year} calendar.</translation>
    </message>
    <message>
        <source>已导入{year}年日历。</source>
        <translation>Imported the {year} calendar.</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>警告：</source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>以下 {n} 张暂定领卡凭条的领卡日期已变动，请电话告知：</source>
        <translation>{n} provisional pickup slip(s) changed date; please phone them:</translation>
    </message>
    <message>
        <source>（仍为暂定）</source>
        <translation> (still provisional)</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>年份(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Working weekend day</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
</context>
<context>
    <name>CancelPanel</name>
    <message>
        <source>撤销业务 {number}（{name}）？撤销后不能恢复，如需办理须重新受理。</source>
        <translation>Cancel {number} ({name})? This cannot be undone; a new application would be needed.</translation>
    </message>
    <message>
        <source>撤销业务</source>
        <translation>Cancel the application</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>必填，例如：参保人申请撤回</source>
        <translation>Required, e.g. the insured withdrew</translation>
    </message>
    <message>
        <source>确认撤销</source>
        <translation>Cancel it</translation>
    </message>
    <message>
        <source>返回，不撤销</source>
        <translation>Back, keep it</translation>
    </message>
</context>
<context>
    <name>CardsReadyPage</name>
    <message>
        <source>待制卡 {total} 笔，已选 {n} 笔</source>
        <translation>{total} awaiting cards, {n} selected</translation>
    </message>
    <message>
        <source>已登记 {n} 张社保卡制卡完成，可通知参保人领卡</source>
        <translation>{n} cards marked ready: the insured may be told to collect them</translation>
    </message>
    <message>
        <source>全选 (Ctrl+A)</source>
        <translation>Select all (Ctrl+A)</translation>
    </message>
    <message>
        <source>登记制卡完成 (F9)</source>
        <translation>Mark cards ready (F9)</translation>
    </message>
    <message>
        <source>单击一行勾选或取消，Ctrl+A 全选；登记只对勾选的业务生效</source>
        <translation>Click a row to tick or untick it, Ctrl+A ticks them all; only the ticked ones are marked</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>至少 {n} 位，含字母和数字</source>
        <translation>{n}+ characters, letters and digits</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>CorrectPanel</name>
    <message>
        <source>不修改请留空；当前 </source>
        <translation>leave empty to keep </translation>
    </message>
    <message>
        <source>更正业务（留空的号码不修改）</source>
        <translation>Correct the application (empty numbers stay)</translation>
    </message>
    <message>
        <source>业务类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>参保人姓名</source>
        <translation>Insured's name</translation>
    </message>
    <message>
        <source>参保人身份证号码</source>
        <translation>Insured's ID number</translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <source>代办人身份证号码</source>
        <translation>Agent's ID number</translation>
    </message>
    <message>
        <source>代办人电话</source>
        <translation>Agent's phone</translation>
    </message>
    <message>
        <source>代办人关系</source>
        <translation>Agent's relation</translation>
    </message>
    <message>
        <source>领卡人姓名</source>
        <translation>Collector's name</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>必填，例如：受理时电话录入错误</source>
        <translation>Required, e.g. phone mistyped</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DailyPage</name>
    <message>
        <source>业务编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>参保人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>业务类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>应领卡日期</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>截至当日：逾期未制卡 {late} 笔，到卡超期未领 {uncollected} 笔</source>
        <translation>As of that day: {late} late, {uncollected} uncollected</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>当日业务明细（{n} 笔）</source>
        <translation>The day's applications ({n})</translation>
    </message>
    <message>
        <source>已日结：{by} 于 {at}</source>
        <translation>Closed by {by} at {at}</translation>
    </message>
    <message>
        <source>未日结</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>正在生成日报…</source>
        <translation>Rendering the report…</translation>
    </message>
    <message>
        <source>业务日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>业务日报 — {point} {day}</source>
        <translation>Daily report — {point} {day}</translation>
    </message>
    <message>
        <source>业务日报-{point}-{day}.csv</source>
        <translation>daily-report-{point}-{day}.csv</translation>
    </message>
    <message>
        <source>导出日报 CSV</source>
        <translation>Export the daily report as CSV</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>日报已导出：{path}</source>
        <translation>Daily report exported to {path}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>日结 {point} {day}？

日结后，当天的业务只能通过更正记录修改（由负责人填写原因），不能再受理、退回或撤销。</source>
        <translation>Close {day} for {point}?

After closing, the applications of that day change only through corrections (with a reason, by a supervisor).</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{point} {day} 已日结</source>
        <translation>{day} is closed for {point}</translation>
    </message>
    <message>
        <source>正在日结…</source>
        <translation>Closing the day…</translation>
    </message>
    <message>
        <source>业务日期(&amp;D)：</source>
        <translation>Business &amp;date:</translation>
    </message>
    <message>
        <source>↑/↓ 改日期，Alt+↓ 打开日历，PgUp/PgDn 前一天/后一天</source>
        <translation>Up/Down change the date, Alt+Down opens the calendar, PgUp/PgDn: day before/after</translation>
    </message>
    <message>
        <source>◀ 前一天</source>
        <translation>◀ Day before</translation>
    </message>
    <message>
        <source>后一天 ▶</source>
        <translation>Day after ▶</translation>
    </message>
    <message>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>发出领卡凭条</source>
        <translation>Pickup slips issued</translation>
    </message>
    <message>
        <source>制卡完成</source>
        <translation>Cards ready</translation>
    </message>
    <message>
        <source>已领卡</source>
        <translation>Cards collected</translation>
    </message>
    <message>
        <source>退回补件</source>
        <translation>Returned (documents missing)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>按险种</source>
        <translation>By scheme</translation>
    </message>
    <message>
        <source>按业务类型</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>按办理方式</source>
        <translation>By applicant</translation>
    </message>
    <message>
        <source>按经办人</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>按人员类别</source>
        <translation>By person category</translation>
    </message>
    <message>
        <source>预览/打印日报(&amp;P)</source>
        <translation>&amp;Preview / print report</translation>
    </message>
    <message>
        <source>导出CSV(&amp;E)…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>日结后，当天的业务只能通过更正记录修改</source>
        <translation>After closing, the day's applications change only through corrections</translation>
    </message>
    <message>
        <source>日结(&amp;C)…</source>
        <translation>&amp;Close the day…</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>未打印；PDF 已保存在 {folder}</source>
        <extracomment>Documents are handed to the insured: Chinese whatever language the clerk's screen uses. ``(settings, parent) -&gt; QPrinter | None``; tests put a PDF printer here.</extracomment>
        <translation>Not printed; the PDF is kept in {folder}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已送打印机：{names}</source>
        <translation>Sent to the printer: {names}</translation>
    </message>
    <message>
        <source>打印机不可用（未安装打印机或打印机未就绪），{names}未打印。PDF 已保存在 {folder}（{files}），可稍后在该业务记录中补打。</source>
        <translation>No printer is available (none installed, or it is not ready); the {names} was not printed. The PDF is kept at {folder} ({files}) and can be printed later from the application's record.</translation>
    </message>
    <message>
        <source>打印机：不可用（PDF 已保存）</source>
        <translation>Printer: unavailable (PDF kept)</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <source>未核验</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>已核验</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>mismatch</translation>
    </message>
    <message>
        <source>（如有）</source>
        <translation> (if any)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>草稿已保存</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>上次未完成的受理：{name} {id}（{at}），是否恢复？</source>
        <translation>Unfinished application: {name} {id} ({at}). Restore it?</translation>
    </message>
    <message>
        <source>有未完成的草稿：{name} {id}，是否恢复？</source>
        <translation>Unfinished draft: {name} {id}. Restore it?</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>{value}（原填写，请重新选择）</source>
        <translation>{value} (as saved before; choose again)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>身份证有效期至：</source>
        <translation>ID valid until:</translation>
    </message>
    <message>
        <source>非受理时登记的代办人代领：录入参保人身份证号码</source>
        <translation>collector not recorded at acceptance: the insured's ID number</translation>
    </message>
    <message>
        <source>参保人身份证：</source>
        <translation>Insured's ID card:</translation>
    </message>
    <message>
        <source>没有找到该业务，请核对号码</source>
        <translation>Nothing found; check the number</translation>
    </message>
    <message>
        <source>（{name}）</source>
        <translation>({name})</translation>
    </message>
    <message>
        <source>该业务状态为“{status}”，不能发卡</source>
        <translation>The application is {status}; no card to hand over</translation>
    </message>
    <message>
        <source>已发卡：{number}</source>
        <translation>Card handed over: {number}</translation>
    </message>
    <message>
        <source>领卡凭条 / 业务编号 / 身份证号码(&amp;L)：</source>
        <translation>Pickup slip / application no. / ID number(&amp;L):</translation>
    </message>
    <message>
        <source>扫描凭条二维码或输入号码后按回车</source>
        <translation>Scan the slip's QR code or type a number, then Enter</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>业务信息</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>业务编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>参保人：</source>
        <translation>Insured:</translation>
    </message>
    <message>
        <source>应领卡日期：</source>
        <translation>Ready by:</translation>
    </message>
    <message>
        <source>办理方式：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>领卡码：</source>
        <translation>Pickup code:</translation>
    </message>
    <message>
        <source>领卡人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>领卡人(&amp;C)：</source>
        <translation>Collector(&amp;C):</translation>
    </message>
    <message>
        <source>参保人本人</source>
        <translation>The insured</translation>
    </message>
    <message>
        <source>代领人</source>
        <translation>An agent</translation>
    </message>
    <message>
        <source>领卡人身份证号(&amp;I)：</source>
        <translation>Collector's ID number(&amp;I):</translation>
    </message>
    <message>
        <source>领卡人姓名：</source>
        <translation>Collector's name:</translation>
    </message>
    <message>
        <source>与参保人关系：</source>
        <translation>Relation to the insured:</translation>
    </message>
    <message>
        <source>代领人电话：</source>
        <translation>Agent's phone:</translation>
    </message>
    <message>
        <source>已核验参保人身份证或领卡凭条</source>
        <translation>Insured's ID card or pickup slip checked</translation>
    </message>
    <message>
        <source>确认发卡 (F9)</source>
        <translation>Hand over (F9)</translation>
    </message>
</context>
<context>
    <name>IdReader</name>
    <message>
        <source>身份证阅读器无法读取：{error}</source>
        <translation>The ID-card reader cannot read: {error}</translation>
    </message>
    <message>
        <source>已读取参保人身份证：{name}</source>
        <translation>Insured's ID card read: {name}</translation>
    </message>
    <message>
        <source>已读取监护人身份证：{name}</source>
        <translation>Guardian's ID card read: {name}</translation>
    </message>
    <message>
        <source>已读取代办人身份证：{name}</source>
        <translation>Agent's ID card read: {name}</translation>
    </message>
    <message>
        <source>表单中已有另一位参保人。办理下一位请先按 Ctrl+N 清空；代办或监护办理请先选择办理方式。</source>
        <translation>The form holds another insured person. Press Ctrl+N to clear it for the next person, or choose proxy / guardian first.</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <source>逾期未制卡（超过应领卡日期仍未到卡）：{n} 笔</source>
        <translation>Late (not ready by the promised date): {n}</translation>
    </message>
    <message>
        <source>逾期未领（到卡超过 {days} 天未领取）：{n} 笔</source>
        <translation>Uncollected (ready for more than {days} days): {n}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>当前用户：{user}，请输入密码解锁</source>
        <translation>Signed in: {user}. Enter the password to unlock.</translation>
    </message>
    <message>
        <source>账户“{user}”的密码由他人设置，请先设置自己的新密码。</source>
        <translation>The password of {user} was set by someone else; choose your own now.</translation>
    </message>
    <message>
        <source>退出程序前请输入密码</source>
        <translation>Enter a password to quit</translation>
    </message>
    <message>
        <source>窗口已锁定</source>
        <translation>Counter locked</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>输入密码后退出程序</source>
        <translation>Quit the program after entering a password</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>您的密码由他人设置，首次登录请设置自己的新密码。</source>
        <translation>Your password was set by someone else; choose your own now.</translation>
    </message>
    <message>
        <source>Clerk Desk 登录</source>
        <translation>Clerk Desk login</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>数据库：正在打开数据库…</source>
        <translation>Database: opening…</translation>
    </message>
    <message>
        <source>注销(&amp;O)</source>
        <translation>L&amp;og out</translation>
    </message>
    <message>
        <source>关于 Clerk Desk(&amp;A)…</source>
        <translation>&amp;About Clerk Desk…</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>只有负责人可以修改设置</source>
        <translation>Only a supervisor can change the settings</translation>
    </message>
    <message>
        <source>新增受理</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>今日业务</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>发卡</source>
        <translation>Card handover</translation>
    </message>
    <message>
        <source>制卡完成</source>
        <translation>Cards ready</translation>
    </message>
    <message>
        <source>逾期与未领</source>
        <translation>Late and uncollected</translation>
    </message>
    <message>
        <source>日报与日结</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>查询结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>经办人：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>同步：未配置</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>同步：已配置中心库</source>
        <translation>Sync: central database set</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source>同步：上次上传 %1，上次下载 %2</source>
        <translation>Sync: last push %1, last pull %2</translation>
    </message>
    <message>
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>直接打印</source>
        <translation>print directly</translation>
    </message>
    <message>
        <source>{paper}，凭条 {slip}</source>
        <translation>{paper}, slips {slip}</translation>
    </message>
    <message>
        <source>打印机：%1（%2，%3）</source>
        <translation>Printer: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>数据库：正常（%1）</source>
        <translation>Database: OK (%1)</translation>
    </message>
    <message>
        <source>数据库：无法打开</source>
        <translation>Database: cannot open</translation>
    </message>
    <message>
        <source>数据库：无法连接，正在重试…</source>
        <translation>Database: unreachable, retrying…</translation>
    </message>
    <message>
        <source>数据库：繁忙</source>
        <translation>Database: busy</translation>
    </message>
    <message>
        <source>数据库：磁盘已满</source>
        <translation>Database: disk full</translation>
    </message>
    <message>
        <source>（请在“工作日历”页导入）</source>
        <translation> (import it on the Calendar page)</translation>
    </message>
    <message>
        <source>Clerk Desk</source>
        <translation>Clerk Desk</translation>
    </message>
    <message>
        <source>查询 (Ctrl+F)：</source>
        <translation>Search (Ctrl+F):</translation>
    </message>
    <message>
        <source>身份证号码、姓名、业务编号，或扫描领卡凭条二维码</source>
        <translation>ID number, name, application number, or scan a pickup slip</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>数据(&amp;A)</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>上传到中心数据库(&amp;U)…</source>
        <translation>P&amp;ush to the central database…</translation>
    </message>
    <message>
        <source>从中心数据库下载(&amp;D)…</source>
        <translation>Pu&amp;ll from the central database…</translation>
    </message>
    <message>
        <source>导出数据包(&amp;E)…</source>
        <translation>&amp;Export a bundle…</translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>NewApplicationPage</name>
    <message>
        <source>（按建议）</source>
        <translation>(as suggested)</translation>
    </message>
    <message>
        <source>已输入 {n}/18 位</source>
        <translation>{n} of 18 characters</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>male</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>female</translation>
    </message>
    <message>
        <source>出生日期 {day}</source>
        <translation>born {day}</translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation>age {age}</translation>
    </message>
    <message>
        <source>此关系需提供授权委托书（原件留存），收到后勾选“已收委托书”</source>
        <translation>This relation needs a signed authorisation letter (the original is kept): tick "letter received" once it is handed over</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>建议险种：{names}</source>
        <translation>Suggested scheme: {names}</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>表单中已录入的内容将被清空，且不保存为草稿。确定清空吗？</source>
        <translation>What is typed on the form will be cleared and not saved as a draft. Clear it?</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>参保人（先录入身份证号码）</source>
        <translation>Insured (ID number first)</translation>
    </message>
    <message>
        <source>身份证号码(&amp;I)：</source>
        <translation>ID number(&amp;I):</translation>
    </message>
    <message>
        <source>18位身份证号码，可刷卡或扫描</source>
        <translation>18-character ID number; swipe or scan</translation>
    </message>
    <message>
        <source>姓名(&amp;M)：</source>
        <translation>Name(&amp;M):</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)：</source>
        <translation>Phone(&amp;P):</translation>
    </message>
    <message>
        <source>联系地址(&amp;D)：</source>
        <translation>Address(&amp;D):</translation>
    </message>
    <message>
        <source>签发机关：</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <source>例如 北京市公安局朝阳分局</source>
        <translation>e.g. Chaoyang Branch, Beijing PSB</translation>
    </message>
    <message>
        <source>有效期限：</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>起 YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>止 YYYY-MM-DD</source>
        <translation>until YYYY-MM-DD</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>临时身份证</source>
        <translation>temporary ID card</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>业务类型(&amp;Y)：</source>
        <translation>Kind(&amp;Y):</translation>
    </message>
    <message>
        <source>就业状况(&amp;E)：</source>
        <translation>Employment(&amp;E):</translation>
    </message>
    <message>
        <source>险种(&amp;S)：</source>
        <translation>Scheme(&amp;S):</translation>
    </message>
    <message>
        <source>社会保障卡号：</source>
        <translation>Social security card no.:</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>办理方式(&amp;W)：</source>
        <translation>Applying(&amp;W):</translation>
    </message>
    <message>
        <source>代办人身份证号：</source>
        <translation>Agent's ID number:</translation>
    </message>
    <message>
        <source>代办人姓名：</source>
        <translation>Agent's name:</translation>
    </message>
    <message>
        <source>代办人证件签发机关：</source>
        <translation>Agent's issuing authority:</translation>
    </message>
    <message>
        <source>代办人证件有效期：</source>
        <translation>Agent's card valid:</translation>
    </message>
    <message>
        <source>代办人电话：</source>
        <translation>Agent's phone:</translation>
    </message>
    <message>
        <source>与参保人关系：</source>
        <translation>Relation to the insured:</translation>
    </message>
    <message>
        <source>已收委托书</source>
        <translation>Authorisation letter received</translation>
    </message>
    <message>
        <source>户口簿</source>
        <translation>Household register</translation>
    </message>
    <message>
        <source>持户口簿（新生儿未落户时取消勾选，填写出生医学证明）</source>
        <translation>Household register shown (untick for a newborn not yet registered: birth certificate)</translation>
    </message>
    <message>
        <source>户号：</source>
        <translation>Household no.:</translation>
    </message>
    <message>
        <source>户别：</source>
        <translation>Household type:</translation>
    </message>
    <message>
        <source>户籍地址：</source>
        <translation>Registered address:</translation>
    </message>
    <message>
        <source>本人页姓名：</source>
        <translation>Name on own page:</translation>
    </message>
    <message>
        <source>本人页身份证号：</source>
        <translation>ID number on own page:</translation>
    </message>
    <message>
        <source>与户主关系：</source>
        <translation>Relation to head:</translation>
    </message>
    <message>
        <source>居住证号码：</source>
        <translation>Residence permit no.:</translation>
    </message>
    <message>
        <source>非本地户籍且本地要求时填写</source>
        <translation>for a non-local hukou where the city asks</translation>
    </message>
    <message>
        <source>出生医学证明编号：</source>
        <translation>Birth certificate no.:</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>保存草稿 (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>新办 (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>一次性告知 (Ctrl+R)</source>
        <translation>Return with notice (Ctrl+R)</translation>
    </message>
    <message>
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>初始密码(&amp;P)</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <source>再次输入(&amp;A)</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>首次登录时须修改密码</source>
        <translation>The password must be changed at the first login</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>打印预览 — {number}</source>
        <translation>Print preview — {number}</translation>
    </message>
    <message>
        <source>PDF 已保存：{folder}</source>
        <translation>PDF kept in {folder}</translation>
    </message>
    <message>
        <source>打印全部</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>（补打 第{n}次）</source>
        <translation> (reprint, copy {n})</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>无法保存：{reason}</source>
        <translation>Cannot save: {reason}</translation>
    </message>
    <message>
        <source>已另存为 {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>业务记录 — {number}</source>
        <translation>Application record — {number}</translation>
    </message>
    <message>
        <source>业务记录</source>
        <translation>Application record</translation>
    </message>
    <message>
        <source>业务 {number} 已撤销</source>
        <translation>{number} cancelled</translation>
    </message>
    <message>
        <source>业务 {number} 已更正</source>
        <translation>{number} corrected</translation>
    </message>
    <message>
        <source>显示完整号码 (Ctrl+I)</source>
        <translation>Show full number (Ctrl+I)</translation>
    </message>
    <message>
        <source>发卡 (F4)</source>
        <translation>Hand over (F4)</translation>
    </message>
    <message>
        <source>补打 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>更正 (Ctrl+E)</source>
        <translation>Correct (Ctrl+E)</translation>
    </message>
    <message>
        <source>撤销 (Ctrl+Delete)</source>
        <translation>Cancel application (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordSheet</name>
    <message>
        <source>时间</source>
        <extracomment>the value labels by field name; each is ``&lt;camelName&gt;Value`` in the form</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>更正内容（更正前 → 更正后）</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>完整号码仅在本窗口显示，查看已记入审计日志</source>
        <translation>Shown in this window only; the view is in the audit trail</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>业务类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>参保人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>联系地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>与参保人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Authorisation letter</translation>
    </message>
    <message>
        <source>受理与领卡</source>
        <translation>Acceptance and pickup</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>应领卡日期</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <source>领卡码</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>到卡时间</source>
        <translation>Card ready</translation>
    </message>
    <message>
        <source>领卡</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>领卡人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>材料核验</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>更正记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>无更正</source>
        <translation>No corrections</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>业务类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>参保人姓名</source>
        <translation>Insured's name</translation>
    </message>
    <message>
        <source>参保人身份证号码</source>
        <translation>Insured's ID number</translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <source>代办人身份证号码</source>
        <translation>Agent's ID number</translation>
    </message>
    <message>
        <source>代办人电话</source>
        <translation>Agent's phone</translation>
    </message>
    <message>
        <source>代办人关系</source>
        <translation>Agent's relation</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Authorisation letter</translation>
    </message>
    <message>
        <source>领卡方式</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>领卡人姓名</source>
        <translation>Collector's name</translation>
    </message>
    <message>
        <source>领卡人身份证号码</source>
        <translation>Collector's ID number</translation>
    </message>
    <message>
        <source>领卡人关系</source>
        <translation>Collector's relation</translation>
    </message>
    <message>
        <source>参保人本人</source>
        <translation>The insured</translation>
    </message>
    <message>
        <source>代领</source>
        <translation>An agent</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代领：{name}</source>
        <translation>agent: {name}</translation>
    </message>
    <message>
        <source>{applicant}：{name}（{relation}）</source>
        <translation>{applicant}: {name} ({relation})</translation>
    </message>
    <message>
        <source>{applicant}：{name}</source>
        <translation>{applicant}: {name}</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>{field}：{before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReprintButton</name>
    <message>
        <source>补打…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>补打选中业务的受理回执、领卡凭条或一次性告知书（负责人）</source>
        <translation>Reprint the selected application's receipt, slip or notice (supervisor)</translation>
    </message>
    <message>
        <source>请先选中一笔业务</source>
        <translation>Select an application first</translation>
    </message>
</context>
<context>
    <name>RevealPanel</name>
    <message>
        <source>请填写或选择查看原因</source>
        <translation>Type or choose why</translation>
    </message>
    <message>
        <source>参保人 {name} {id}</source>
        <translation>insured {name} {id}</translation>
    </message>
    <message>
        <source>显示完整身份证号码（将记入审计日志）</source>
        <translation>Show the full ID number (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>查看原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>核对参保人身份证件</source>
        <translation>checking the insured's ID card</translation>
    </message>
    <message>
        <source>参保人本人要求</source>
        <translation>the insured asks</translation>
    </message>
    <message>
        <source>更正业务信息</source>
        <translation>correcting the application</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>找到 {n} 笔业务（双击草稿或已告知的业务可继续办理）</source>
        <translation>{n} found (double-click a draft or returned one to continue)</translation>
    </message>
    <message>
        <source>查找(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>身份证号、姓名、拼音首字母、业务编号或领卡码，边输边查</source>
        <translation>ID number, name, pinyin initials, application number or pickup code: found as you type</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>重设 {user} 的密码</source>
        <translation>Set the password of {user}</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>新密码(&amp;P)</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>再次输入(&amp;A)</source>
        <translation>&amp;Again</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择中文字体文件</source>
        <translation>Choose a Chinese font file</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>请填写 PostgreSQL 数据库地址（postgresql+psycopg://…）</source>
        <translation>Enter a PostgreSQL URL (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>无效：{hint}</source>
        <translation>Not allowed: {hint}</translation>
    </message>
    <message>
        <source>设置已保存（{n} 项更改）</source>
        <translation>Settings saved ({n} changed)</translation>
    </message>
    <message>
        <source>；界面语言在重新启动程序后生效</source>
        <translation>; the language changes when the program is restarted</translation>
    </message>
    <message>
        <source>设置没有更改</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>settings key -&gt; widget name in the form, in the order the tabs show them the values behind each fixed combo's items, in the form's order plain values: settings key -&gt; widget name, read and written the same way for each widget type</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>%1（未连接）</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>适用：</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>所有回执</source>
        <translation>All receipts</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>服务点(&amp;P)</source>
        <translation>Service &amp;point</translation>
    </message>
    <message>
        <source>服务点代码(&amp;C)：</source>
        <translation>Point code(&amp;C):</translation>
    </message>
    <message>
        <source>1–16 位字母、数字、- 或 _，印在业务编号上</source>
        <translation>1–16 letters, digits, - or _; printed in application numbers</translation>
    </message>
    <message>
        <source>服务点名称(&amp;N)：</source>
        <translation>Point name(&amp;N):</translation>
    </message>
    <message>
        <source>服务点类型(&amp;K)：</source>
        <translation>Kind(&amp;K):</translation>
    </message>
    <message>
        <source>街道、乡镇医保服务点（3个工作日内领卡）</source>
        <translation>Street / township service point (card within 3 working days)</translation>
    </message>
    <message>
        <source>县医保中心（当场发卡）</source>
        <translation>County center (card on the spot)</translation>
    </message>
    <message>
        <source>地址(&amp;A)：</source>
        <translation>Address(&amp;A):</translation>
    </message>
    <message>
        <source>印在领卡凭条上</source>
        <translation>Printed on the pickup slip</translation>
    </message>
    <message>
        <source>办公时间(&amp;H)：</source>
        <translation>Opening hours(&amp;H):</translation>
    </message>
    <message>
        <source>咨询电话：</source>
        <translation>Enquiry phone:</translation>
    </message>
    <message>
        <source>业务规则(&amp;R)</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>领卡期限（工作日）(&amp;W)：</source>
        <translation>&amp;Working days until the card is ready:</translation>
    </message>
    <message>
        <source>街道服务点受理后第几个工作日可领卡（受理当天不计）</source>
        <translation>At a street point, the card is ready on this working day after acceptance (the day of acceptance does not count)</translation>
    </message>
    <message>
        <source>每日截止时间(&amp;T)：</source>
        <translation>Daily cut-off &amp;time:</translation>
    </message>
    <message>
        <source>留空表示不启用；晚于此时间受理的业务按次日受理计算领卡日期</source>
        <translation>Empty: off. Applications accepted later count as accepted the next day for the ready-by date</translation>
    </message>
    <message>
        <source>本人办理最低年龄：</source>
        <translation>Minimum age to apply alone:</translation>
    </message>
    <message>
        <source>未满此年龄须由监护人办理</source>
        <translation>Younger people apply through a guardian</translation>
    </message>
    <message>
        <source>非本地户籍：</source>
        <translation>Non-local hukou:</translation>
    </message>
    <message>
        <source>须持本地居住证</source>
        <translation>needs a local residence permit</translation>
    </message>
    <message>
        <source>本地行政区划代码：</source>
        <translation>Local region codes:</translation>
    </message>
    <message>
        <source>2–6 位代码前缀，多个用逗号分隔，例如 2306, 2301</source>
        <translation>2–6 digit code prefixes separated by commas, e.g. 2306, 2301</translation>
    </message>
    <message>
        <source>他人代办：</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>须提交授权委托书</source>
        <translation>needs an authorisation letter</translation>
    </message>
    <message>
        <source>配偶、父母、子女凭户口簿证明关系的免委托书</source>
        <translation>none for spouse, parent or child shown by the household book</translation>
    </message>
    <message>
        <source>未领卡提醒（天）：</source>
        <translation>Uncollected-card reminder (days):</translation>
    </message>
    <message>
        <source>新生儿凭出生证明参保（天内）：</source>
        <translation>Newborns with a birth certificate within (days):</translation>
    </message>
    <message>
        <source>灵活就业参保最低年龄：</source>
        <translation>Minimum age for flexible workers:</translation>
    </message>
    <message>
        <source>女性原法定退休年龄：</source>
        <translation>Women's original statutory retirement age:</translation>
    </message>
    <message>
        <source>55 岁（女干部、灵活就业默认）</source>
        <translation>55 (female cadres; default for flexible workers)</translation>
    </message>
    <message>
        <source>50 岁（女工人）</source>
        <translation>50 (female workers)</translation>
    </message>
    <message>
        <source>退休年龄按2025年起渐进式延迟退休办法按出生年月计算；此处仅选择女性的原退休年龄</source>
        <translation>The retirement age follows the gradual raise from 2025 by month of birth; choose only the original age for women here</translation>
    </message>
    <message>
        <source>达龄后可续缴至（年）：</source>
        <translation>Contributions may continue after that age up to (years):</translation>
    </message>
    <message>
        <source>灵活就业人员达到退休年龄时缴费年限不足此数的，可续保缴费</source>
        <translation>Flexible workers short of this many contribution years at retirement age may go on contributing</translation>
    </message>
    <message>
        <source>回执提示(&amp;G)</source>
        <translation>Receipt &amp;guidance</translation>
    </message>
    <message>
        <source>提示文字(&amp;X)：</source>
        <translation>Te&amp;xts:</translation>
    </message>
    <message>
        <source>添加(&amp;D)</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>修改 (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>每条一行，按顺序只印在适用的回执上（适用范围见提示，在设置文件中修改）；双击或按 F2 修改</source>
        <translation>One line each, printed in order only on the receipts they apply to (see the tooltip; scopes are edited in the settings file); double-click or press F2 to edit</translation>
    </message>
    <message>
        <source>缴费渠道(&amp;Y)：</source>
        <translation>Pa&amp;yment channels:</translation>
    </message>
    <message>
        <source>印在居民的回执上，多个用顿号或逗号分隔，例如 税务App、微信或支付宝、银行</source>
        <translation>Printed on residents' receipts, separated by 、 or commas, e.g. tax app, WeChat or Alipay, bank</translation>
    </message>
    <message>
        <source>打印(&amp;I)</source>
        <translation>Pr&amp;inting</translation>
    </message>
    <message>
        <source>纸张(&amp;A)：</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>A4 纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <source>80mm 热敏卷纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>打印机(&amp;N)：</source>
        <translation>Pri&amp;nter:</translation>
    </message>
    <message>
        <source>预览：</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>打印前先预览</source>
        <translation>preview before printing</translation>
    </message>
    <message>
        <source>中文字体文件(&amp;F)：</source>
        <translation>Chinese &amp;font file:</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>TrueType 字体（.ttf / .ttc）；留空使用内置的文泉驿微米黑</source>
        <translation>TrueType font (.ttf / .ttc); empty: the bundled WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>界面(&amp;U)</source>
        <translation>&amp;User interface</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Language(&amp;L):</translation>
    </message>
    <message>
        <source>重新启动程序后生效；回执和凭条始终为中文</source>
        <translation>Takes effect when the program is restarted; receipts and slips are always in Chinese</translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟）：</source>
        <translation>Lock when idle (minutes):</translation>
    </message>
    <message>
        <source>数据同步(&amp;Y)</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>中心数据库地址(&amp;D)：</source>
        <translation>Central &amp;database URL:</translation>
    </message>
    <message>
        <source>服务大厅或区县的 PostgreSQL 数据库；留空表示不同步（也可用 U 盘数据包同步）</source>
        <translation>The service hall's or district's PostgreSQL database; empty: no sync (bundles on a USB stick still work)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The passwords differ</translation>
    </message>
    <message>
        <source>首次设置 — 服务点</source>
        <translation>First-run setup — service point</translation>
    </message>
    <message>
        <source>欢迎使用 Clerk Desk。请先填写本服务点的信息（以后可在“设置”中修改）。</source>
        <translation>Welcome to Clerk Desk. Enter this service point's details first (you can change them later in Settings).</translation>
    </message>
    <message>
        <source>服务点代码(&amp;C)：</source>
        <translation>Point code(&amp;C):</translation>
    </message>
    <message>
        <source>例如 HL-0101</source>
        <translation>e.g. HL-0101</translation>
    </message>
    <message>
        <source>服务点名称(&amp;N)：</source>
        <translation>Point name(&amp;N):</translation>
    </message>
    <message>
        <source>例如 和平街道医保服务点</source>
        <translation>e.g. Heping street service point</translation>
    </message>
    <message>
        <source>服务点类型(&amp;K)：</source>
        <translation>Kind(&amp;K):</translation>
    </message>
    <message>
        <source>街道、乡镇医保服务点（3个工作日内领卡）</source>
        <translation>Street / township service point (card within 3 working days)</translation>
    </message>
    <message>
        <source>县医保中心（当场发卡）</source>
        <translation>County center (card on the spot)</translation>
    </message>
    <message>
        <source>地址(&amp;A)：</source>
        <translation>Address(&amp;A):</translation>
    </message>
    <message>
        <source>办公时间(&amp;H)：</source>
        <translation>Opening hours(&amp;H):</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)：</source>
        <translation>Phone(&amp;P):</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Language(&amp;L):</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>第一个负责人账户</source>
        <translation>First supervisor account</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>User name(&amp;U):</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>密码(&amp;W)：</source>
        <translation>Password(&amp;W):</translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>领卡日期暂定</source>
        <translation>Provisional ready-by date</translation>
    </message>
    <message>
        <source>{year}年的工作日历尚未导入，无法确定准确的领卡日期。</source>
        <translation>The working-day calendar for {year} has not been imported, so the exact ready-by date is unknown.</translation>
    </message>
    <message>
        <source>是否按周一至周五估算，出具标明“暂定”的领卡凭条？</source>
        <translation>Issue a pickup slip marked provisional (暂定), counting Monday to Friday?</translation>
    </message>
    <message>
        <source>请同时通知负责人尽快导入{year}年工作日历。</source>
        <translation>Please also ask a supervisor to import the {year} calendar.</translation>
    </message>
    <message>
        <source>已受理：业务编号 {number}，领卡码 {code}，请于 {day} 后凭领卡凭条领卡。</source>
        <translation>Accepted: application {number}, pickup code {code}; the card is ready by {day}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（领卡日期为暂定，请通知负责人导入{years}年工作日历）</source>
        <translation> (ready-by date provisional: a supervisor must import the {years} calendar)</translation>
    </message>
    <message>
        <source>已受理：业务编号 {number}，本业务不制卡，已办结。</source>
        <translation>Accepted: application {number}; no card is made for this business.</translation>
    </message>
    <message>
        <source>已受理：业务编号 {number}，已当场发卡。</source>
        <translation>Accepted: application {number}; card handed over on the spot.</translation>
    </message>
    <message>
        <source>查看已有业务 {number}</source>
        <translation>Open {number}</translation>
    </message>
    <message>
        <source>已出具一次性告知书，请补齐：{missing}。草稿已保存，下次来办时查询身份证号码即可继续。</source>
        <translation>Notice printed; bring: {missing}. The draft is kept; search the ID number on the next visit to continue.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条</source>
        <extracomment>A central server that does not answer is given up after this many seconds (not the OS's minutes).</extracomment>
        <translation>{added} added, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>；另有 {n} 条与已有记录冲突，未合并（已记入审计日志）</source>
        <translation>; records that clashed with records there and were left out (see the audit trail): {n}</translation>
    </message>
    <message>
        <source>中心数据库：{url}</source>
        <translation>Central database: {url}</translation>
    </message>
    <message>
        <source>中心数据库：未设置（仍可用 U 盘数据包同步）</source>
        <translation>Central database: not set (bundles on a USB stick still work)</translation>
    </message>
    <message>
        <source>正在上传到中心数据库…</source>
        <translation>Sending records to the central database…</translation>
    </message>
    <message>
        <source>正在从中心数据库下载…</source>
        <translation>Fetching records from the central database…</translation>
    </message>
    <message>
        <source>正在导出数据包 {name}…</source>
        <translation>Writing bundle {name}…</translation>
    </message>
    <message>
        <source>正在导入数据包 {name}…</source>
        <translation>Importing bundle {name}…</translation>
    </message>
    <message>
        <source>已导出 {count} 条记录到 {path}</source>
        <translation>{count} records exported to {path}</translation>
    </message>
    <message>
        <source>上传完成：</source>
        <translation>Pushed: </translation>
    </message>
    <message>
        <source>下载完成：</source>
        <translation>Pulled: </translation>
    </message>
    <message>
        <source>数据包已导入：</source>
        <translation>Bundle imported: </translation>
    </message>
    <message>
        <source>。请点“打开设置”填写中心数据库地址，或改用 U 盘数据包。</source>
        <translation>. Use “Open the settings” to enter it, or use a bundle on a USB stick.</translation>
    </message>
    <message>
        <source>。请负责人在设置中填写中心数据库地址，或改用 U 盘数据包。</source>
        <translation>. Ask a supervisor to set it, or use a bundle on a USB stick.</translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Clerk Desk 数据包 (*.cdb)</source>
        <translation>Clerk Desk bundles (*.cdb)</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Clerk Desk 数据包 (*.cdb);;所有文件 (*)</source>
        <translation>Clerk Desk bundles (*.cdb);;All files (*)</translation>
    </message>
    <message>
        <source>（完成后才能关闭）</source>
        <translation> (close it once this is done)</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>Synchronise data</translation>
    </message>
    <message>
        <source>打开设置(&amp;S)…</source>
        <translation>Open the &amp;settings…</translation>
    </message>
    <message>
        <source>把本机的业务记录发送到中心数据库</source>
        <translation>Send this counter's records to the central database</translation>
    </message>
    <message>
        <source>上传(&amp;U)</source>
        <translation>P&amp;ush</translation>
    </message>
    <message>
        <source>从中心数据库取回其他窗口和中心的记录（如制卡完成）</source>
        <translation>Bring the central database's records here (e.g. cards marked ready)</translation>
    </message>
    <message>
        <source>下载(&amp;D)</source>
        <translation>Pu&amp;ll</translation>
    </message>
    <message>
        <source>把本机全部记录写入一个数据包文件（U 盘带到中心）</source>
        <translation>Write every record here into one bundle file (carry it on a USB stick)</translation>
    </message>
    <message>
        <source>导出数据包(&amp;E)…</source>
        <translation>&amp;Export a bundle…</translation>
    </message>
    <message>
        <source>把数据包中的记录合并到本机（重复导入无害）</source>
        <translation>Merge a bundle's records here (importing twice does no harm)</translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>今日业务 {total} 笔（已显示 {shown} 笔）</source>
        <translation>{total} applications today ({shown} shown)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>窗口经办人员</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>待改密码</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>active</translation>
    </message>
    <message>
        <source>已新建账户 {user}</source>
        <translation>Account {user} created</translation>
    </message>
    <message>
        <source>已重设 {user} 的密码</source>
        <translation>Password of {user} set</translation>
    </message>
    <message>
        <source>已停用 {user}</source>
        <translation>{user} disabled</translation>
    </message>
    <message>
        <source>已启用 {user}</source>
        <translation>{user} enabled</translation>
    </message>
    <message>
        <source>已解除 {user} 的锁定</source>
        <translation>{user} unlocked</translation>
    </message>
    <message>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>周末休息</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Working weekend day</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>与数据库中已有的记录冲突，本次操作未保存，已填写的内容仍在表单中。请查询已有记录后再办理。</source>
        <translation>This conflicts with a record already in the database; nothing was saved and the form keeps what was typed. Look up the existing record first.</translation>
    </message>
    <message>
        <source>数据库正被其他操作占用，本次操作未保存，已填写的内容仍在表单中。请稍候重试。</source>
        <translation>The database is busy with another operation; nothing was saved and the form keeps what was typed. Try again in a moment.</translation>
    </message>
    <message>
        <source>磁盘已满，本次操作未保存，已填写的内容仍在表单中。请清理磁盘空间或联系管理员。</source>
        <translation>The disk is full; nothing was saved and the form keeps what was typed. Free some disk space or tell the administrator.</translation>
    </message>
    <message>
        <source>数据库暂时无法访问，本次操作未保存，已填写的内容仍在表单中。请检查数据库服务或网络后重试。</source>
        <translation>The database cannot be reached; nothing was saved and the form keeps what was typed. Check the database server or the network and try again.</translation>
    </message>
    <message>
        <source>数据库出错，本次操作未保存，已填写的内容仍在表单中。请联系管理员（详见日志）。</source>
        <translation>The database reported an error; nothing was saved and the form keeps what was typed. Tell the administrator (see the log).</translation>
    </message>
    <message>
        <source>系统错误：{error}</source>
        <translation>System error: {error}</translation>
    </message>
    <message>
        <source>程序出错（{kind}: {error}）。已填写的内容已保留，请联系管理员。</source>
        <translation>Program error ({kind}: {error}). What was typed is kept; tell the administrator.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>受理回执</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>领卡凭条</source>
        <translation>pickup slip</translation>
    </message>
    <message>
        <source>一次性告知书</source>
        <translation>missing-documents notice</translation>
    </message>
    <message>
        <source>业务日报</source>
        <translation>daily report</translation>
    </message>
    <message>
        <source>补打{document}</source>
        <translation>Reprint {document}</translation>
    </message>
</context>
<context>
    <name>shortcuts_help</name>
    <message>
        <source>本快捷键列表</source>
        <translation>this list of shortcuts</translation>
    </message>
    <message>
        <source>新增受理</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>今日业务</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>发卡（扫描领卡凭条）</source>
        <translation>hand over a card (scan the pickup slip)</translation>
    </message>
    <message>
        <source>制卡完成（负责人）</source>
        <translation>cards ready (supervisor)</translation>
    </message>
    <message>
        <source>逾期与未领（负责人）</source>
        <translation>late and uncollected cards (supervisor)</translation>
    </message>
    <message>
        <source>日报与日结（负责人）</source>
        <translation>daily report and closing the day (supervisor)</translation>
    </message>
    <message>
        <source>查询：身份证号码、姓名、业务编号</source>
        <translation>search: ID number, name, application number</translation>
    </message>
    <message>
        <source>锁定窗口</source>
        <translation>lock the counter</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>quit</translation>
    </message>
    <message>
        <source>新增受理：跳到身份证号码</source>
        <translation>new application: go to the ID number</translation>
    </message>
    <message>
        <source>受理 / 确认发卡 / 登记制卡完成</source>
        <translation>accept / hand over / mark cards ready</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>出具一次性告知书</source>
        <translation>print the missing-documents notice</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>save a draft</translation>
    </message>
    <message>
        <source>新办（清空表单）</source>
        <translation>next person (clear the form)</translation>
    </message>
    <message>
        <source>材料全部已核验</source>
        <translation>mark every document verified</translation>
    </message>
    <message>
        <source>打印（预览窗口中）</source>
        <translation>print (in the preview)</translation>
    </message>
    <message>
        <source>读取演示身份证（模拟读卡器）</source>
        <translation>read a demo ID card (simulated reader)</translation>
    </message>
    <message>
        <source>Alt+字母</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>跳到带下划线字母的输入框</source>
        <translation>go to the field of the underlined letter</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>功能</source>
        <translation>Action</translation>
    </message>
</context>
</TS>