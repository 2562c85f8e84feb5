<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="6" />
        <source>关于 Clerk Desk</source>
        <translation>About Clerk Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="17" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="31" />
        <source>数据库结构</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="45" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="59" />
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="73" />
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="87" />
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="103" />
        <source>各窗口运行的版本（最近一次登录时）</source>
        <translation>Version each counter runs (at its last login)</translation>
    </message>
</context>
<context>
    <name>CardsReadyPage</name>
    <message>
        <location filename="../../clerk_desk/gui/cards_ready_page.py" line="38" />
        <source>全选 (Ctrl+A)</source>
        <translation>Select all (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/cards_ready_page.py" line="39" />
        <source>登记制卡完成 (F9)</source>
        <translation>Mark cards ready (F9)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/handover.ui" line="11" />
        <source>领卡凭条 / 业务编号 / 身份证号码(&amp;L)：</source>
        <translation>Pickup slip / application no. / ID number(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="21" />
        <source>扫描凭条二维码或输入号码后按回车</source>
        <translation>Scan the slip's QR code or type a number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="31" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="56" />
        <source>业务信息</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="65" />
        <source>业务编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="82" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="99" />
        <source>参保人：</source>
        <translation>Insured:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="116" />
        <source>应领卡日期：</source>
        <translation>Ready by:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="133" />
        <source>办理方式：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="150" />
        <source>领卡码：</source>
        <translation>Pickup code:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="170" />
        <source>领卡人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="179" />
        <source>领卡人(&amp;C)：</source>
        <translation>Collector(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="190" />
        <source>参保人本人</source>
        <translation>The insured</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="195" />
        <source>代领人</source>
        <translation>An agent</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="203" />
        <source>领卡人身份证号(&amp;I)：</source>
        <translation>Collector's ID number(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="239" />
        <source>领卡人姓名：</source>
        <translation>Collector's name:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="252" />
        <source>与参保人关系：</source>
        <translation>Relation to the insured:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="265" />
        <source>代领人电话：</source>
        <translation>Agent's phone:</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="278" />
        <source>已核验参保人身份证或领卡凭条</source>
        <translation>Insured's ID card or pickup slip checked</translation>
    </message>
    <message>
        <location filename="../../ui/handover.ui" line="303" />
        <source>确认发卡 (F9)</source>
        <translation>Hand over (F9)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.ui" line="35" />
        <source>窗口已锁定</source>
        <translation>Counter locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="54" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="71" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="99" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="106" />
        <source>输入密码后退出程序</source>
        <translation>Quit the program after entering a password</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="109" />
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="123" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="22" />
        <source>新增受理</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="23" />
        <source>今日业务</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="24" />
        <source>发卡</source>
        <translation>Card handover</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="25" />
        <source>制卡完成</source>
        <translation>Cards ready</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="26" />
        <source>逾期与未领</source>
        <translation>Late and uncollected</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="27" />
        <source>日报与日结</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="28" />
        <source>查询结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="38" />
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="40" />
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="42" />
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="77" />
        <source>数据库：正在打开数据库…</source>
        <translation>Database: opening…</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="104" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="114" />
        <source>经办人：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="120" />
        <source>同步：未配置</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="120" />
        <source>同步：已配置中心库</source>
        <translation>Sync: central database set</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="122" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="124" />
        <source>同步：上次上传 %1，上次下载 %2</source>
        <translation>Sync: last push %1, last pull %2</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="125" />
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="126" />
        <source>预览</source>
        <translation>preview</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="126" />
        <source>直接打印</source>
        <translation>print directly</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="127" />
        <source>打印机：%1（%2，%3）</source>
        <translation>Printer: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="244" />
        <source>数据库：正常（%1）</source>
        <translation>Database: OK (%1)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="254" />
        <source>数据库：无法打开</source>
        <translation>Database: cannot open</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="276" />
        <source>（请在“工作日历”页导入）</source>
        <translation> (import it on the Calendar page)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="330" />
        <source>只有负责人可以修改设置</source>
        <translation>Only a supervisor can change the settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6" />
        <source>Clerk Desk</source>
        <translation>Clerk Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="21" />
        <source>查询 (Ctrl+F)：</source>
        <translation>Search (Ctrl+F):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31" />
        <source>身份证号码、姓名、业务编号，或扫描领卡凭条二维码</source>
        <translation>ID number, name, application number, or scan a pickup slip</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41" />
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99" />
        <source>数据(&amp;A)</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="120" />
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125" />
        <source>上传到中心数据库(&amp;U)…</source>
        <translation>P&amp;ush to the central database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130" />
        <source>从中心数据库下载(&amp;D)…</source>
        <translation>Pu&amp;ll from the central database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="135" />
        <source>导出数据包(&amp;E)…</source>
        <translation>&amp;Export a bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>导入数据包(&amp;I)…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145" />
        <source>快捷键(&amp;K)…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="153" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>NewApplicationPage</name>
    <message>
        <location filename="../../ui/new_application.ui" line="21" />
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="31" />
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="273" />
        <source>业务</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="282" />
        <source>业务类型(&amp;Y)：</source>
        <translation>Kind(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="295" />
        <source>就业状况(&amp;E)：</source>
        <translation>Employment(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="308" />
        <source>险种(&amp;S)：</source>
        <translation>Scheme(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="347" />
        <source>社会保障卡号：</source>
        <translation>Social security card no.:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="56" />
        <source>参保人（先录入身份证号码）</source>
        <translation>Insured (ID number first)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="65" />
        <source>身份证号码(&amp;I)：</source>
        <translation>ID number(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="75" />
        <source>18位身份证号码，可刷卡或扫描</source>
        <translation>18-character ID number; swipe or scan</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="117" />
        <source>姓名(&amp;M)：</source>
        <translation>Name(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="146" />
        <source>联系电话(&amp;P)：</source>
        <translation>Phone(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="175" />
        <source>联系地址(&amp;D)：</source>
        <translation>Address(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="188" />
        <source>签发机关：</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="198" />
        <source>例如 北京市公安局朝阳分局</source>
        <translation>e.g. Chaoyang Branch, Beijing PSB</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="205" />
        <source>有效期限：</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="217" />
        <location filename="../../ui/new_application.ui" line="472" />
        <source>起 YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="224" />
        <location filename="../../ui/new_application.ui" line="479" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="231" />
        <location filename="../../ui/new_application.ui" line="486" />
        <source>止 YYYY-MM-DD</source>
        <translation>until YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="238" />
        <location filename="../../ui/new_application.ui" line="493" />
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="245" />
        <source>临时身份证</source>
        <translation>temporary ID card</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="376" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="385" />
        <source>办理方式(&amp;W)：</source>
        <translation>Applying(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="398" />
        <source>代办人身份证号：</source>
        <translation>Agent's ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="434" />
        <source>代办人姓名：</source>
        <translation>Agent's name:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="447" />
        <source>代办人证件签发机关：</source>
        <translation>Agent's issuing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="460" />
        <source>代办人证件有效期：</source>
        <translation>Agent's card valid:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="502" />
        <source>代办人电话：</source>
        <translation>Agent's phone:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="515" />
        <source>与参保人关系：</source>
        <translation>Relation to the insured:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="528" />
        <source>已收委托书</source>
        <translation>Authorisation letter received</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="554" />
        <source>户口簿</source>
        <translation>Household register</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="563" />
        <source>持户口簿（新生儿未落户时取消勾选，填写出生医学证明）</source>
        <translation>Household register shown (untick for a newborn not yet registered: birth certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="573" />
        <source>户号：</source>
        <translation>Household no.:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="586" />
        <source>户别：</source>
        <translation>Household type:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="599" />
        <source>户籍地址：</source>
        <translation>Registered address:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="612" />
        <source>本人页姓名：</source>
        <translation>Name on own page:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="625" />
        <source>本人页身份证号：</source>
        <translation>ID number on own page:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="638" />
        <source>与户主关系：</source>
        <translation>Relation to head:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="655" />
        <source>居住证号码：</source>
        <translation>Residence permit no.:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="665" />
        <source>非本地户籍且本地要求时填写</source>
        <translation>for a non-local hukou where the city asks</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="672" />
        <source>出生医学证明编号：</source>
        <translation>Birth certificate no.:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="704" />
        <source>材料清单</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="749" />
        <source>保存草稿 (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="756" />
        <source>新办 (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="763" />
        <source>一次性告知 (Ctrl+R)</source>
        <translation>Return with notice (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="770" />
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="89" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="104" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="105" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="176" />
        <source>服务点(&amp;P)</source>
        <translation>Service &amp;point</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="177" />
        <source>服务点代码(&amp;C)：</source>
        <translation>Point code(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="178" />
        <source>1–16 位字母、数字、- 或 _，印在业务编号上</source>
        <translation>1–16 letters, digits, - or _; printed in application numbers</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="179" />
        <source>服务点名称(&amp;N)：</source>
        <translation>Point name(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="181" />
        <source>街道、乡镇医保服务点（3个工作日内领卡）</source>
        <translation>Street / township service point (card within 3 working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="182" />
        <source>县医保中心（当场发卡）</source>
        <translation>County center (card on the spot)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="183" />
        <source>服务点类型(&amp;K)：</source>
        <translation>Kind(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="184" />
        <source>地址(&amp;A)：</source>
        <translation>Address(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="185" />
        <source>印在领卡凭条上</source>
        <translation>Printed on the pickup slip</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="186" />
        <source>办公时间(&amp;H)：</source>
        <translation>Opening hours(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="187" />
        <source>咨询电话：</source>
        <translation>Enquiry phone:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="190" />
        <source>业务规则(&amp;R)</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="191" />
        <source>领卡期限（工作日）(&amp;W)：</source>
        <translation>&amp;Working days until the card is ready:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="192" />
        <source>街道服务点受理后第几个工作日可领卡（受理当天不计）</source>
        <translation>At a street point, the card is ready on this working day after acceptance (the day of acceptance does not count)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="196" />
        <source>每日截止时间(&amp;T)：</source>
        <translation>Daily cut-off &amp;time:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="197" />
        <source>留空表示不启用；晚于此时间受理的业务按次日受理计算领卡日期</source>
        <translation>Empty: off. Applications accepted later count as accepted the next day for the ready-by date</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="198" />
        <source>本人办理最低年龄：</source>
        <translation>Minimum age to apply alone:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="199" />
        <source>未满此年龄须由监护人办理</source>
        <translation>Younger people apply through a guardian</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="200" />
        <source>非本地户籍：</source>
        <translation>Non-local hukou:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="201" />
        <source>须持本地居住证</source>
        <translation>needs a local residence permit</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="202" />
        <source>本地行政区划代码：</source>
        <translation>Local region codes:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="203" />
        <source>2–6 位代码前缀，多个用逗号分隔，例如 2306, 2301</source>
        <translation>2–6 digit code prefixes separated by commas, e.g. 2306, 2301</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="204" />
        <source>他人代办：</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="205" />
        <source>须提交授权委托书</source>
        <translation>needs an authorisation letter</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="207" />
        <source>配偶、父母、子女凭户口簿证明关系的免委托书</source>
        <translation>none for spouse, parent or child shown by the household book</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="209" />
        <source>未领卡提醒（天）：</source>
        <translation>Uncollected-card reminder (days):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="210" />
        <source>新生儿凭出生证明参保（天内）：</source>
        <translation>Newborns with a birth certificate within (days):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="211" />
        <source>灵活就业参保最低年龄：</source>
        <translation>Minimum age for flexible workers:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="219" />
        <source>男</source>
        <translation>men</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="219" />
        <source>女</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="225" />
        <source>退休年龄：</source>
        <translation>Retirement age:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="234" />
        <source>回执提示(&amp;G)</source>
        <translation>Receipt &amp;guidance</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="245" />
        <source>添加(&amp;D)</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="246" />
        <source>修改 (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="247" />
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="248" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="249" />
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="256" />
        <source>提示文字(&amp;X)：</source>
        <translation>Te&amp;xts:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="257" />
        <source>每条一行，按顺序印在回执上；双击或按 F2 修改</source>
        <translation>One per line, printed on the receipt in this order; double-click or press F2 to edit</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="260" />
        <source>打印(&amp;I)</source>
        <translation>Pr&amp;inting</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="262" />
        <source>A4 纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="263" />
        <source>80mm 热敏卷纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="264" />
        <source>纸张(&amp;A)：</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="265" />
        <source>打印机(&amp;N)：</source>
        <translation>Pri&amp;nter:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="266" />
        <source>预览：</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="266" />
        <source>打印前先预览</source>
        <translation>preview before printing</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="267" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="271" />
        <source>中文字体文件(&amp;F)：</source>
        <translation>Chinese &amp;font file:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="272" />
        <source>TrueType 字体（.ttf / .ttc）；留空使用内置的文泉驿微米黑</source>
        <translation>TrueType font (.ttf / .ttc); empty: the bundled WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="275" />
        <source>界面(&amp;U)</source>
        <translation>&amp;User interface</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="279" />
        <source>界面语言(&amp;L)：</source>
        <translation>Language(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="280" />
        <source>重新启动程序后生效；回执和凭条始终为中文</source>
        <translation>Takes effect when the program is restarted; receipts and slips are always in Chinese</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="281" />
        <source>无操作自动锁屏（分钟）：</source>
        <translation>Lock when idle (minutes):</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="284" />
        <source>数据同步(&amp;Y)</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="287" />
        <source>中心数据库地址(&amp;D)：</source>
        <translation>Central &amp;database URL:</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="288" />
        <source>服务大厅或区县的 PostgreSQL 数据库；留空表示不同步（也可用 U 盘数据包同步）</source>
        <translation>The service hall's or district's PostgreSQL database; empty: no sync (bundles on a USB stick still work)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="327" />
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="331" />
        <source>%1（未连接）</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="408" />
        <source>选择中文字体文件</source>
        <translation>Choose a Chinese font file</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/settings_dialog.py" line="409" />
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../clerk_desk/gui/setup_dialog.py" line="55" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/setup_dialog.py" line="56" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/setup_dialog.py" line="79" />
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/setup_dialog.py" line="102" />
        <source>两次输入的密码不一致</source>
        <translation>The passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="6" />
        <source>首次设置 — 服务点</source>
        <translation>First-run setup — service point</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="18" />
        <source>欢迎使用 Clerk Desk。请先填写本服务点的信息（以后可在“设置”中修改）。</source>
        <translation>Welcome to Clerk Desk. Enter this service point's details first (you can change them later in Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="33" />
        <source>服务点代码(&amp;C)：</source>
        <translation>Point code(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="43" />
        <source>例如 HL-0101</source>
        <translation>e.g. HL-0101</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="69" />
        <source>服务点名称(&amp;N)：</source>
        <translation>Point name(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="79" />
        <source>例如 和平街道医保服务点</source>
        <translation>e.g. Heping street service point</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="105" />
        <source>服务点类型(&amp;K)：</source>
        <translation>Kind(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="116" />
        <source>街道、乡镇医保服务点（3个工作日内领卡）</source>
        <translation>Street / township service point (card within 3 working days)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="121" />
        <source>县医保中心（当场发卡）</source>
        <translation>County center (card on the spot)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="129" />
        <source>地址(&amp;A)：</source>
        <translation>Address(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="142" />
        <source>办公时间(&amp;H)：</source>
        <translation>Opening hours(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="155" />
        <source>联系电话(&amp;P)：</source>
        <translation>Phone(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="168" />
        <source>界面语言(&amp;L)：</source>
        <translation>Language(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="179" />
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="184" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="194" />
        <source>第一个负责人账户</source>
        <translation>First supervisor account</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="203" />
        <source>用户名(&amp;U)：</source>
        <translation>User name(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="220" />
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="233" />
        <source>密码(&amp;W)：</source>
        <translation>Password(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="250" />
        <source>再次输入密码：</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../clerk_desk/gui/today_page.py" line="39" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="6" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/users_page.ui" line="11" />
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.ui" line="18" />
        <source>重设密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.ui" line="25" />
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.ui" line="32" />
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.ui" line="39" />
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.ui" line="53" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
</TS>