"""Everything the command line says, in the one message catalogue (Chinese and English).

Codes are ``cli.<command>.<what>``; a handler prints ``t("cli.db.backed_up", target=path)``
in the configured language (``CLERK_DESK_LANG`` or the settings' ``ui.language``).  The
argparse help texts are here too (``cli.help.<command>``): ``clerk-desk --help`` speaks the
same language as the rest of the program.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clerk_desk.domain.problems import DEFAULT_LANGUAGE, define, label, render

_TEXTS = {
    "cli.bad_date": ("{option} 的日期 {value} 无效，应为 YYYY-MM-DD", "{option} {value} is not a date; use YYYY-MM-DD"),
    # who is acting (--user and its password)
    "cli.sign_in.bootstrap_actor": ("命令行 ({user})", "command line ({user})"),
    "cli.sign_in.must_change_password": (
        "账户 {name} 须先在程序中登录并修改密码",
        "account {name} must log in to the app and change its password first",
    ),
    "cli.sign_in.no_password": (
        "未读到账户 {name} 的密码（标准输入第一行，或环境变量 {PASSWORD_ENV}）",
        "no password for {name} (the first line of standard input, or {PASSWORD_ENV})",
    ),
    "cli.sign_in.no_user": (
        "此命令须以账户身份运行：请加 --user 用户名（密码从标准输入、提示或环境变量 {PASSWORD_ENV} 读取）",
        "this command acts as an account: add --user NAME (the password is read from standard input, a"
        " prompt, or {PASSWORD_ENV})",
    ),
    "cli.sign_in.password_prompt": ("{username} 的密码：", "Password of {username}: "),
    # the one error handler (cli.py)
    "cli.error.cannot_read_or_write": (
        "无法读写文件 {where}：{why}；请检查目录是否存在、权限和磁盘空间",
        "cannot read or write {where}: {why}; check the folder exists, the permissions and the free space",
    ),
    "cli.error.database_error_nothing_saved": (
        "数据库出错：{reason}；已保存的数据未受影响",
        "database error: {reason}; nothing saved was lost",
    ),
    "cli.error.database_file_damaged_or": (
        "数据库文件已损坏或不是数据库（{reason}）；请运行 clerk-desk db check，并用 clerk-desk restore 恢复备份",
        "the database file is damaged or not a database ({reason}); run clerk-desk db check and restore a"
        " backup with clerk-desk restore",
    ),
    "cli.error.database_or_output_file": ("数据库或输出文件", "the database or output file"),
    "cli.error.details_in_log": ("（详情见 {log}）", " (details in {log})"),
    "cli.error.disk_full": (
        "磁盘已满，无法写入 {where}；请腾出磁盘空间，或选择其他文件夹（例如另一个磁盘或U盘）",
        "the disk is full, cannot write {where}; free some disk space or choose another folder (another disk"
        " or USB stick)",
    ),
    "cli.error.something_went_wrong_nothing": (
        "出错了：{reason}；已保存的数据未受影响",
        "something went wrong: {reason}; nothing saved was lost",
    ),
    "cli.error.stdout_closed": ("标准输出已关闭，未执行", "standard output is closed; nothing was done"),
    # calendar
    "cli.calendar.calendar_already_exists_replace": (
        "{year}年的日历已存在（{source}），是否替换？",
        "The {year} calendar already exists ({source}). Replace it?",
    ),
    "cli.calendar.calendar_days_off_working": (
        "{verb} {year} 年日历：放假 {n_holidays} 天，调休上班 {n_workdays} 天",
        "{verb} the {year} calendar: {n_holidays} days off, {n_workdays} working weekend days",
    ),
    "cli.calendar.calendar_exists_and_was": (
        "{year}年的日历已存在，未替换；确认替换请加 --yes",
        "The {year} calendar exists and was not replaced; add --yes to replace it",
    ),
    "cli.calendar.cannot_read_calendar": ("无法读取工作日历：{exc}", "cannot read the calendar: {exc}"),
    "cli.calendar.days_off": ("放假（{n_holidays} 天）：", "days off ({n_holidays}):"),
    "cli.calendar.error_s_nothing_was": (
        "文件有 {n_errors} 处错误，未导入，数据库未作任何修改。",
        "{n_errors} error(s): nothing was imported, the database is unchanged.",
    ),
    "cli.calendar.file_heading": ("{file}：", "{file}:"),
    "cli.calendar.import_failed": ("导入失败：{exc}", "import failed: {exc}"),
    "cli.calendar.imported_at": ("；时间：{imported_at:%Y-%m-%d %H:%M}", " at {imported_at:%Y-%m-%d %H:%M}"),
    "cli.calendar.imported_by": ("；导入人：{imported_by}", "; imported by {imported_by}"),
    "cli.calendar.list_header": (
        "年份\t来源\t放假\t调休上班\t导入人\t导入时间\t依据",
        "year\torigin\tdays off\tworking weekends\timported by\timported at\tsource",
    ),
    "cli.calendar.n_days": ("{n} 天", "{n} days"),
    "cli.calendar.origin": ("来源：{origin}", "origin: {origin}"),
    "cli.calendar.origin_chinese_calendar": ("软件包 chinese-calendar", "chinese-calendar package"),
    "cli.calendar.origin_import": ("导入", "import"),
    "cli.calendar.origin_imported": ("导入", "imported"),
    "cli.calendar.origin_package": ("软件包", "package"),
    "cli.calendar.problem_line": ("  {severity}: {message}", "  {severity}: {message}"),
    "cli.calendar.severity.error": ("错误", "error"),
    "cli.calendar.severity.warning": ("警告", "warning"),
    "cli.calendar.verb_imported": ("已导入", "imported"),
    "cli.calendar.verb_replaced": ("已替换", "replaced"),
    "cli.calendar.weekday.0": ("周一", "Mon"),
    "cli.calendar.weekday.1": ("周二", "Tue"),
    "cli.calendar.weekday.2": ("周三", "Wed"),
    "cli.calendar.weekday.3": ("周四", "Thu"),
    "cli.calendar.weekday.4": ("周五", "Fri"),
    "cli.calendar.weekday.5": ("周六", "Sat"),
    "cli.calendar.weekday.6": ("周日", "Sun"),
    "cli.calendar.working_weekend_days": ("调休上班（{n_workdays} 天）：", "working weekend days ({n_workdays}):"),
    "cli.calendar.yes": ("是", "yes"),
    # check-application
    "cli.check_application.acceptable": ("可受理", "acceptable"),
    "cli.check_application.malformed": (
        "第 {line} 行格式错误（{field}）：{message}",
        "line {line} is malformed ({field}): {message}",
    ),
    "cli.check_application.missing": ("缺：{items}", "missing: {items}"),
    "cli.check_application.refused": ("不可受理", "REFUSED"),
    "cli.check_application.unreadable": ("无法读取 {file}：{reason}", "Cannot read {file}: {reason}"),
    # check-id
    "cli.check_id.age": ("{age}岁", "age {age}"),
    "cli.check_id.born": ("出生 {birth}", "born {birth}"),
    "cli.check_id.invalid": ("无效", "REFUSED"),
    "cli.check_id.kind.foreign_permanent": ("外国人永久居留身份证", "foreign permanent residence ID"),
    "cli.check_id.kind.hk_macao_tw_permit": ("港澳台居民居住证", "HK/Macao/Taiwan residence permit"),
    "cli.check_id.kind.legacy15": ("15位旧身份证号码", "15-digit first-generation number"),
    "cli.check_id.kind.resident": ("居民身份证", "resident ID"),
    "cli.check_id.sex.F": ("女", "female"),
    "cli.check_id.sex.M": ("男", "male"),
    "cli.check_id.valid": ("有效", "valid"),
    "cli.check_id.warning": ("提示：{text}", "warning: {text}"),
    # db
    "cli.db.acl_not_private": (
        "警告：无法将数据目录 {path} 限制为仅当前用户可访问（{reason}），本机其他账户可能读取其中的个人信息；请以当前用户执行：{command}",
        "warning: the data directory {path} could not be made private to the current user ({reason}), so"
        " other local accounts may read the personal data in it; run as the current user: {command}",
    ),
    "cli.db.audit_trail_broken": ("审计记录链断裂：", "audit trail broken: "),
    "cli.db.audit_trail_does_not": ("审计记录与本机锚定不符：", "audit trail does not match this station's anchor: "),
    "cli.db.back_up_postgresql_database": (
        "PostgreSQL 数据库请使用 pg_dump 备份",
        "back up a PostgreSQL database with pg_dump",
    ),
    "cli.db.backed_up": ("已备份到 {target}", "backed up to {target}"),
    "cli.db.backup_before_upgrade": ("升级前的备份：{backup}", "backup before upgrade: {backup}"),
    "cli.db.backup_file_has_problems": ("备份文件有问题，未恢复：", "the backup file has problems; nothing restored:"),
    "cli.db.backup_no_file": ("数据库文件不存在：{path}", "database file does not exist: {path}"),
    "cli.db.blanked_applications_and_persons": (
        "已清除 {cutoff} 之前的 {applications} 笔业务、{persons} 位参保人的完整个人信息",
        "blanked {applications} applications and {persons} persons before {cutoff}",
    ),
    "cli.db.cannot_back_up_check": (
        "无法备份到 {target}：{reason}；请检查目录是否存在、磁盘空间和数据库文件（clerk-desk db check）",
        "cannot back up to {target}: {reason}; check the folder exists, the free space and the database file"
        " (clerk-desk db check)",
    ),
    "cli.db.cannot_reach_database": ("无法连接数据库：{exc}", "cannot reach the database: {exc}"),
    "cli.db.check_no_file": (
        "数据库文件不存在：{path}（请先运行 clerk-desk db upgrade）",
        "database file does not exist: {path} (run clerk-desk db upgrade first)",
    ),
    "cli.db.current_database_kept_as": ("当前数据库已另存为 {kept}", "current database kept as {kept}"),
    "cli.db.database_already_at": ("数据库已是最新版本 {after}", "database is already at {after}"),
    "cli.db.database_check_passed": ("数据库检查通过", "database check passed"),
    "cli.db.database_file_corrupt_or": (
        "数据库文件已损坏或不是数据库：{path}（{exc}）",
        "database file is corrupt or not a database: {path} ({exc})",
    ),
    "cli.db.database_upgrade_failed": ("数据库升级失败：{exc}", "database upgrade failed: {exc}"),
    "cli.db.database_upgraded": ("数据库已升级：{before} → {after}", "database upgraded: {before} -> {after}"),
    "cli.db.empty": ("空", "empty"),
    "cli.db.foreign_key_broken_row": (
        "外键错误：{table} 第 {rowid} 行引用的 {parent} 不存在",
        "foreign key broken: {table} row {rowid} refers to a missing {parent}",
    ),
    "cli.db.mode_too_wide": (
        "警告：{path} 的权限为 {mode:04o}，本机其他账户可以读取其中的个人信息；请执行 chmod {want} \"{path}\"",
        "warning: {path} has mode {mode:04o}, so other local accounts can read the personal data in it; run"
        " chmod {want} \"{path}\"",
    ),
    "cli.db.restore_postgresql_database_with": (
        "PostgreSQL 数据库请使用 pg_restore 恢复",
        "restore a PostgreSQL database with pg_restore",
    ),
    "cli.db.restored_from": ("已从 {source} 恢复", "restored from {source}"),
    "cli.db.restoring_replaces_current_database": (
        "恢复将替换当前数据库；确认请加 --yes",
        "restoring replaces the current database; add --yes",
    ),
    "cli.db.schema_differs_from_program": ("数据库结构与程序不符：{d}", "schema differs from the program: {d}"),
    "cli.db.schema_newer_than_program": (
        "数据库结构版本为 {revision}，比本程序新（本程序只认识到 {SCHEMA_HEAD}）：请把本程序更新到与数据库相同的版本",
        "schema revision is {revision}, newer than this program knows ({SCHEMA_HEAD} at most): update the program "
        "to the database's version",
    ),
    "cli.db.schema_revision_expected_run": (
        "数据库结构版本为 {revision}，应为 {SCHEMA_HEAD}（运行 clerk-desk db upgrade）",
        "schema revision is {revision}, expected {SCHEMA_HEAD} (run clerk-desk db upgrade)",
    ),
    "cli.db.sqlite_integrity_check_failed": ("SQLite 完整性检查失败：", "SQLite integrity check failed: "),
    "cli.db.this_permanently_blanks_personal": (
        "此操作将永久清除到期业务的完整个人信息；确认请加 --yes",
        "this permanently blanks personal data past the retention period; add --yes",
    ),
    # demo
    "cli.demo.applications_accepted_skipped_over": (
        "已生成 {accepted} 笔受理业务（跳过 {skipped} 笔），分布于最近 {days} 天",
        "{accepted} applications accepted ({skipped} skipped) over the last {days} days",
    ),
    "cli.demo.applications_must_be_and": (
        "--applications 不能为负，--days 至少为 1",
        "--applications must be >= 0 and --days >= 1",
    ),
    "cli.demo.demo_accounts_username_password": ("演示账户（用户名 / 密码）：", "demo accounts (username / password):"),
    "cli.demo.demo_data_exists_seeding": (
        "演示数据已存在：再次生成须以演示负责人身份运行（--user {supervisor}）",
        "demo data exists: seeding again runs as the demo supervisor (--user {supervisor})",
    ),
    "cli.demo.demo_service_point_set": ("已建立演示服务点 {code} {name}", "demo service point {code} {name} set up"),
    "cli.demo.this_data_directory_holds": (
        "此数据目录已有真实服务点或账户（{code} {name}），演示数据不会加入其中；请在空数据目录中运行（CLERK_DESK_DATA_DIR）",
        "this data directory holds a real service point or accounts ({code} {name}); demo data is never"
        " added to it: run in an empty data directory (CLERK_DESK_DATA_DIR)",
    ),
    # due-date
    "due_date.bad_cutoff": (
        "--cutoff 的时间“{value}”无效，应为 HH:MM（如 16:30）",
        "--cutoff {value!r} is not a time; use HH:MM (e.g. 16:30)",
    ),
    "due_date.bad_datetime": (
        "“{value}”不是日期或日期时间（例如 2026-09-30 或 2026-09-30T15:20）",
        "{value!r} is not a date or date-time (e.g. 2026-09-30 or 2026-09-30T15:20)",
    ),
    "due_date.database_failed": ("无法读取工作日历数据库：{reason}", "Cannot read the calendar database: {reason}"),
    "due_date.no_input": ("没有输入任何受理时间", "No acceptance times were given"),
    "due_date.out_of_range": (
        "“{value}”太晚，算不出领卡日期（超出日历范围）",
        "{value!r} is too late: the ready-by date would pass the end of the calendar",
    ),
    # find
    "cli.find.give_id_number_name": (
        "请给出要查找的身份证号码、姓名、业务编号或领卡码",
        "give an ID number, name, application number or pickup code to find",
    ),
    "cli.find.limit_must_be_between": ("--limit 应在 1 到 500 之间", "--limit must be between 1 and 500"),
    "cli.find.no_application_found": ("未找到符合条件的业务", "no application found"),
    # report
    "cli.report.no_service_point_set": ("未设置服务点，请用 --point 指定", "no service point set up; give --point"),
    # reprint
    "cli.reprint.copy": ("{path}（补打 第{copy_no}次）", "{path} (reprint, copy {copy_no})"),
    "cli.reprint.original": ("{path}（原件）", "{path} (original)"),
    # sync
    "cli.sync.added_updated_unchanged": (
        "新增 {total_inserted} 条，更新 {total_updated} 条，未变 {unchanged} 条",
        "{total_inserted} added, {total_updated} updated, {unchanged} unchanged",
    ),
    "cli.sync.records_exported": ("已导出 {count} 条记录到 {file}", "{count} records exported to {file}"),
    # user
    "cli.user.account_created": ("已新建账户 {username}（{role}）", "account {username} ({role}) created"),
    "cli.user.account_disabled": ("已停用账户 {name}", "account {name} disabled"),
    "cli.user.database_cannot_be_opened": ("数据库无法打开：{exc}", "the database cannot be opened: {exc}"),
    "cli.user.first_account_must_be": (
        "第一个账户须为负责人（supervisor）或管理员（admin）",
        "the first account must be a supervisor or an administrator",
    ),
    "cli.user.no_accounts_yet": ("尚无账户", "no accounts yet"),
    "cli.user.password_must_be_changed": ("首次登录时须修改密码", "the password must be changed at the first login"),
    "cli.user.password_prompt": ("密码：", "Password: "),
    "cli.user.password_reset_it_must": (
        "已重设 {name} 的密码，首次登录时须修改",
        "password of {name} reset; it must be changed at the next login",
    ),
    "cli.user.repeat_prompt": ("再次输入密码：", "Repeat password: "),
    "cli.user.there_no_account_named": ("没有用户名为“{name}”的账户", "There is no account named {name}"),
    "cli.user.two_password_lines_were": ("未读到两次输入的密码（标准输入需两行）", "two password lines were expected on standard input"),
    # argparse help (clerk-desk --help)
    "cli.help.acting": ("执行操作的账户", "the account acting"),
    "cli.help.backup": ("将数据库备份到文件", "copy the database to a file"),
    "cli.help.bundle": ("通过同步包文件离线同步", "offline sync through a bundle file"),
    "cli.help.calendar": ("工作日历（按年份）", "working-day calendar years"),
    "cli.help.calendar.import": ("从 TOML 文件导入一年的日历", "import a year from a TOML file"),
    "cli.help.calendar.list": ("列出已有的年份", "list the years held"),
    "cli.help.calendar.show": ("显示某年的放假日和调休上班日", "show one year's days off and working weekends"),
    "cli.help.calendar.user": ("导入日历的负责人", "the supervisor importing"),
    "cli.help.calendar.yes": ("直接替换已有年份，不再询问", "replace an existing year without asking"),
    "cli.help.check_application": ("校验申请表（每行一个 JSON 对象）", "check application forms, one JSON object a line"),
    "cli.help.check_application.file": (
        "申请表文件，每行一个 JSON 对象；- 表示标准输入",
        "a file of forms, one JSON object a line, or - for stdin",
    ),
    "cli.help.check_id": ("校验身份证号码", "check resident ID numbers"),
    "cli.help.check_id.numbers": ("身份证号码，或 - 从标准输入逐行读取", "ID numbers, or - to read one a line from stdin"),
    "cli.help.db": ("数据库工具", "database tools"),
    "cli.help.db.check": ("检查数据库结构、完整性和审计链", "verify schema, integrity and the audit chain"),
    "cli.help.db.purge": (
        "清除超过保存期限的已办结业务的完整个人信息",
        "blank personal data of finished applications past the retention period",
    ),
    "cli.help.db.quick": ("只核对结构与审计链的末端（快；完整检查读取全部）", "schema and audit chain heads only (the full check reads all)"),
    "cli.help.db.upgrade": ("将数据库迁移到最新结构", "migrate the database to the newest schema"),
    "cli.help.db.user": ("管理员", "the administrator"),
    "cli.help.db.years": ("保存期限（年，默认：设置中的值）", "retention in years (default: the setting)"),
    "cli.help.demo": ("演示数据", "demo data"),
    "cli.help.demo.seed": ("用合成的受理业务填充数据库", "fill the database with synthetic applications"),
    "cli.help.demo.user": ("演示负责人（演示账户建立之后）", "the demo supervisor, once the demo accounts exist"),
    "cli.help.description": (
        "Clerk Desk 医保窗口受理系统：医保服务点的窗口受理软件。不带子命令时启动桌面程序。",
        "Clerk Desk, counter software for medical-insurance service points. Without a subcommand, starts the"
        " desktop app.",
    ),
    "cli.help.due_date": ("计算领卡日期", "card ready-by dates"),
    "cli.help.due_date.cutoff": (
        "每日截止时间：晚于此时间受理的从下一个工作日起算（默认：设置中的值）",
        "daily cut-off: later acceptances count from the next working day (default: the setting)",
    ),
    "cli.help.due_date.datetimes": ("受理时间（ISO 日期或日期时间），或 - 从标准输入读取", "ISO date-times of acceptance, or -"),
    "cli.help.due_date.provisional": (
        "缺少某年日历时按周一至周五推算，并标为暂定",
        "count Monday to Friday where a year's calendar is missing, flagged provisional",
    ),
    "cli.help.find": ("按身份证号码、姓名、业务编号或领卡码查询业务", "find applications by ID number, name, number or pickup code"),
    "cli.help.find.limit": ("最多显示的行数（1-500，默认 50）", "at most this many rows (1-500, default 50)"),
    "cli.help.find.user": ("执行查询并记入审计的账户", "the account the search is made and audited as"),
    "cli.help.json": ("每行输出一个 JSON 对象", "print one JSON object a line"),
    "cli.help.on": ("校验日期（默认今天）", "the day of the check (default today)"),
    "cli.help.password": (
        "{who}（密码：标准输入、提示或环境变量 CLERK_DESK_PASSWORD）",
        "{who} (its password: standard input, a prompt, or CLERK_DESK_PASSWORD)",
    ),
    "cli.help.point_kind": ("服务点类型（默认：已配置的类型）", "kind of service point (default: the configured one)"),
    "cli.help.print": ("补打单据", "reprint a document"),
    "cli.help.print.number": (
        "业务编号或其 id（已告知退回的业务没有编号）",
        "the application number, or its id (a returned application has no number)",
    ),
    "cli.help.print.user": ("补打单据的账户", "the account reprinting"),
    "cli.help.report": ("报表", "reports"),
    "cli.help.report.daily": ("服务点的业务日报", "the daily report of a service point"),
    "cli.help.report.user": ("打印报表的负责人", "the supervisor printing"),
    "cli.help.restore": ("从备份文件恢复数据库", "restore the database from a backup file"),
    "cli.help.sync": ("与中心数据库同步", "synchronise with the central database"),
    "cli.help.sync.central": ("中心数据库 URL（默认：设置中的值）", "central database URL (default: the setting)"),
    "cli.help.user": ("账户", "accounts"),
    "cli.help.user.add_user": (
        "添加账户的负责人或管理员（建立第一个账户时不需要）",
        "the supervisor or administrator adding it (not needed for the very first account)",
    ),
    "cli.help.yes": ("直接执行，不再询问", "do it without asking"),
    "cli.help.version": ("显示程序版本并退出", "show the program's version and exit"),
    # argparse's own words (commands/argparse_words.py): the English is argparse's message id, exactly
    "cli.argparse.usage": ("用法：", "usage: "),
    "cli.argparse.positional_arguments": ("位置参数", "positional arguments"),
    "cli.argparse.options": ("选项", "options"),
    "cli.argparse.show_this_help_message_and_exit": ("显示本帮助并退出", "show this help message and exit"),
    "cli.argparse.error": ("%(prog)s：错误：%(message)s\n", "%(prog)s: error: %(message)s\n"),
    "cli.argparse.argument": ("参数 %(argument_name)s：%(message)s", "argument %(argument_name)s: %(message)s"),
    "cli.argparse.unrecognized_arguments": ("无法识别的参数：%s", "unrecognized arguments: %s"),
    "cli.argparse.the_following_arguments_are_required": ("缺少必需的参数：%s", "the following arguments are required: %s"),
    "cli.argparse.one_of_the_arguments_is_required": ("参数 %s 中必须给出一个", "one of the arguments %s is required"),
    "cli.argparse.expected_one_argument": ("需要一个值", "expected one argument"),
    "cli.argparse.expected_at_most_one_argument": ("最多需要一个值", "expected at most one argument"),
    "cli.argparse.expected_at_least_one_argument": ("至少需要一个值", "expected at least one argument"),
    "cli.argparse.expected_argument": ("需要 %s 个值", "expected %s argument"),
    "cli.argparse.expected_arguments": ("需要 %s 个值", "expected %s arguments"),
    "cli.argparse.ambiguous_option_could_match": ("选项 %(option)s 不明确，可能是：%(matches)s", "ambiguous option: %(option)s could match %(matches)s"),
    "cli.argparse.invalid_value": ("%(type)s 值无效：%(value)r", "invalid %(type)s value: %(value)r"),
    "cli.argparse.invalid_choice_choose_from": ("无效的选择：%(value)r（可选：%(choices)s）", "invalid choice: %(value)r (choose from %(choices)s)"),
    "cli.argparse.not_allowed_with_argument": ("不能与参数 %s 同时使用", "not allowed with argument %s"),
    "cli.argparse.ignored_explicit_argument": ("多余的参数值 %r", "ignored explicit argument %r"),
    "cli.argparse.can_t_open": ("无法打开“%(filename)s”：%(error)s", "can't open '%(filename)s': %(error)s"),
}

for _code, (_zh, _en) in _TEXTS.items():
    define(_code, zh=_zh, en=_en)
ARGPARSE_CODES = tuple(code for code in _TEXTS if code.startswith("cli.argparse."))


def lang() -> str:
    """The language of this run: ``CLERK_DESK_LANG``, else the settings' ``ui.language``."""
    from clerk_desk.datadir import language

    return language()


def t(code: str, /, **params: Any) -> str:
    """The text of ``code`` in this run's language, with ``params`` filled in."""
    return render(code, params, lang())


def render_in(code: str, params: Mapping[str, Any] | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of ``code`` in ``lang`` (the pure checks pass their language along)."""
    return render(code, params, lang)


def pick(pair: tuple[str, str]) -> str:
    """A domain label pair ``(zh, en)`` (a status, a weekday) in this run's language."""
    return label(pair, lang())
