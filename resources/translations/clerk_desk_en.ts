<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CardsReadyPage</name>
    <message>
        <location filename="../../clerk_desk/gui/cards_ready_page.py" line="43" />
        <source>全选 (Ctrl+A)</source>
        <translation>Select all (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/cards_ready_page.py" line="44" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="76" />
        <source>数据库：正在打开数据库…</source>
        <translation>Database: opening…</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="95" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="105" />
        <source>经办人：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="111" />
        <source>同步：未配置</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="111" />
        <source>同步：已配置中心库</source>
        <translation>Sync: central database set</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="112" />
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="113" />
        <source>预览</source>
        <translation>preview</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="113" />
        <source>直接打印</source>
        <translation>print directly</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="114" />
        <source>打印机：%1（%2，%3）</source>
        <translation>Printer: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="218" />
        <source>数据库：正常（%1）</source>
        <translation>Database: OK (%1)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="228" />
        <source>数据库：无法打开</source>
        <translation>Database: cannot open</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="250" />
        <source>（请在“工作日历”页导入）</source>
        <translation> (import it on the Calendar page)</translation>
    </message>
    <message>
        <location filename="../../clerk_desk/gui/main_window.py" line="280" />
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
        <source>查询(&amp;F)：</source>
        <translation>Search(&amp;F):</translation>
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
        <location filename="../../ui/main_window.ui" line="101" />
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109" />
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
        <location filename="../../ui/new_application.ui" line="56" />
        <source>业务</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="65" />
        <source>业务类型(&amp;Y)：</source>
        <translation>Kind(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="78" />
        <source>就业状况(&amp;E)：</source>
        <translation>Employment(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="91" />
        <source>险种(&amp;S)：</source>
        <translation>Scheme(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="130" />
        <source>社会保障卡号：</source>
        <translation>Social security card no.:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="146" />
        <source>参保人（先录入身份证号码）</source>
        <translation>Insured (ID number first)</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="155" />
        <source>身份证号码(&amp;I)：</source>
        <translation>ID number(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="165" />
        <source>18位身份证号码，可刷卡或扫描</source>
        <translation>18-character ID number; swipe or scan</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="207" />
        <source>姓名(&amp;M)：</source>
        <translation>Name(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="236" />
        <source>联系电话(&amp;P)：</source>
        <translation>Phone(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="265" />
        <source>联系地址(&amp;D)：</source>
        <translation>Address(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="278" />
        <source>签发机关：</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="288" />
        <source>例如 北京市公安局朝阳分局</source>
        <translation>e.g. Chaoyang Branch, Beijing PSB</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="295" />
        <source>有效期限：</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="307" />
        <location filename="../../ui/new_application.ui" line="472" />
        <source>起 YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="314" />
        <location filename="../../ui/new_application.ui" line="479" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="321" />
        <location filename="../../ui/new_application.ui" line="486" />
        <source>止 YYYY-MM-DD</source>
        <translation>until YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="328" />
        <location filename="../../ui/new_application.ui" line="493" />
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../../ui/new_application.ui" line="335" />
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
        <location filename="../../clerk_desk/gui/today_page.py" line="38" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
</TS>