"""Fill clerk_desk_en.ts with the English texts (run after pyside6-lupdate, then pyside6-lrelease)."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = dict(x.split(" => ") for x in """全选 (Ctrl+A) => Select all (Ctrl+A)
登记制卡完成 (F9) => Mark cards ready (F9)
领卡凭条 / 业务编号 / 身份证号码(&L)： => Pickup slip / application no. / ID number(&L):
扫描凭条二维码或输入号码后按回车 => Scan the slip's QR code or type a number, then Enter
查找 => Find
业务信息 => Application
业务编号： => Number:
状态： => Status:
参保人： => Insured:
应领卡日期： => Ready by:
办理方式： => Applicant:
领卡码： => Pickup code:
领卡人 => Collector
领卡人(&C)： => Collector(&C):
参保人本人 => The insured
代领人 => An agent
领卡人身份证号(&I)： => Collector's ID number(&I):
领卡人姓名： => Collector's name:
与参保人关系： => Relation to the insured:
代领人电话： => Agent's phone:
已核验参保人身份证或领卡凭条 => Insured's ID card or pickup slip checked
确认发卡 (F9) => Hand over (F9)
数据库：正在打开数据库… => Database: opening…
正在打开数据库… => Opening the database…
经办人：%1 => Clerk: %1
同步：未配置 => Sync: not set up
同步：已配置中心库 => Sync: central database set
默认打印机 => default printer
预览 => preview
直接打印 => print directly
打印机：%1（%2，%3） => Printer: %1 (%2, %3)
数据库：正常（%1） => Database: OK (%1)
数据库：无法打开 => Database: cannot open
（请在“工作日历”页导入） =>  (import it on the Calendar page)
只有负责人可以修改设置 => Only a supervisor can change the settings
查询(&F)： => Search(&F):
身份证号码、姓名、业务编号，或扫描领卡凭条二维码 => ID number, name, application number, or scan a pickup slip
查询 => Search
文件(&F) => &File
设置(&S)… => &Settings…
退出(&Q) => &Quit
恢复草稿 => Restore draft
放弃草稿 => Discard draft
业务 => Application
业务类型(&Y)： => Kind(&Y):
就业状况(&E)： => Employment(&E):
险种(&S)： => Scheme(&S):
社会保障卡号： => Social security card no.:
参保人（先录入身份证号码） => Insured (ID number first)
身份证号码(&I)： => ID number(&I):
18位身份证号码，可刷卡或扫描 => 18-character ID number; swipe or scan
姓名(&M)： => Name(&M):
联系电话(&P)： => Phone(&P):
联系地址(&D)： => Address(&D):
签发机关： => Issuing authority:
例如 北京市公安局朝阳分局 => e.g. Chaoyang Branch, Beijing PSB
有效期限： => Valid:
起 YYYY-MM-DD => from YYYY-MM-DD
至 => to
止 YYYY-MM-DD => until YYYY-MM-DD
长期 => long-term
临时身份证 => temporary ID card
申请人 => Applicant
办理方式(&W)： => Applying(&W):
代办人身份证号： => Agent's ID number:
代办人姓名： => Agent's name:
代办人证件签发机关： => Agent's issuing authority:
代办人证件有效期： => Agent's card valid:
代办人电话： => Agent's phone:
已收委托书 => Authorisation letter received
户口簿 => Household register
持户口簿（新生儿未落户时取消勾选，填写出生医学证明） => Household register shown (untick for a newborn not yet registered: birth certificate)
户号： => Household no.:
户别： => Household type:
户籍地址： => Registered address:
本人页姓名： => Name on own page:
本人页身份证号： => ID number on own page:
与户主关系： => Relation to head:
居住证号码： => Residence permit no.:
非本地户籍且本地要求时填写 => for a non-local hukou where the city asks
出生医学证明编号： => Birth certificate no.:
材料清单 => Documents
保存草稿 (Ctrl+S) => Save draft (Ctrl+S)
新办 (Ctrl+N) => New (Ctrl+N)
一次性告知 (Ctrl+R) => Return with notice (Ctrl+R)
受理 (F9) => Accept (F9)
保存 => Save
取消 => Cancel
必填 => Required
两次输入的密码不一致 => The passwords differ
首次设置 — 服务点 => First-run setup — service point
欢迎使用 Clerk Desk。请先填写本服务点的信息（以后可在“设置”中修改）。 => Welcome to Clerk Desk. Enter this service point's details first (you can change them later in Settings).
服务点代码(&C)： => Point code(&C):
例如 HL-0101 => e.g. HL-0101
服务点名称(&N)： => Point name(&N):
例如 和平街道医保服务点 => e.g. Heping street service point
服务点类型(&K)： => Kind(&K):
街道、乡镇医保服务点（3个工作日内领卡） => Street / township service point (card within 3 working days)
县医保中心（当场发卡） => County center (card on the spot)
地址(&A)： => Address(&A):
办公时间(&H)： => Opening hours(&H):
界面语言(&L)： => Language(&L):
第一个负责人账户 => First supervisor account
用户名(&U)： => User name(&U):
姓名： => Name:
密码(&W)： => Password(&W):
再次输入密码： => Repeat password:
刷新 => Refresh
简体中文 => 简体中文""".splitlines())

path = Path(__file__).with_name("clerk_desk_en.ts")
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    source = message.find("source").text or ""
    tr = message.find("translation")
    text = EN.get(source, source if source.isascii() else None)
    if text is None:
        missing.append(source)
        continue
    tr.text = text
    tr.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
print("untranslated:", missing)
sys.exit(1 if missing else 0)
