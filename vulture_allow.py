"""Names vulture cannot see used (./dev.sh lint).  Each entry says why; add one only with a reason.

Not here: Qt and ReportLab overrides and camelCase attributes (--ignore-names in dev.sh),
pytest fixtures and command decorators (--ignore-decorators), the generated forms (excluded).
"""
# ruff: noqa
# fmt: off
_ = object()

# Looked up by name: page classes (gui/page_set.PAGES), command handlers (cli.py dispatch table),
# services called through ctx.service("name", ...).
DailyPage; LatePage; SearchPage
bundle_export; bundle_import; daily; passwd; purge
discard_draft
# Table columns and record fields read by SQLModel/Alembic, the sync bundles or asdict():
# they are data, written once and read by name.
id_kind; id_card_authority; id_card_valid_from; id_card_valid_to; hukou_type; hukou_relation
ready_marked_by; collector_id_number; _.naming_convention
ethnicity; expected_long_term; head_name; mother_name; mother_id_number; father_name; father_id_number
fixed_months; variable_months; retirement_age_male; retirement_age_female
COLLECTIVE; NON_AGRICULTURAL  # enum members: values a household book can hold
# Set for the tests and the debugger to read (pytest-qt tests assert on them).
_._year; _.active; _.candidates; _.dirty_since_db_save; LOGIN_PAGE
_.nudge  # ReportLab chart attribute
_.optionxform  # configparser hook (tests)
# Promoted widgets: made by the generated form of ui/record_dialog.ui (gui/forms, excluded).
RecordSheet; RevealPanel; CancelPanel; CorrectPanel
# pytest fixtures requested by parameter for their effect (a fixed clock, a platform)
fixed_clock; new_year_eve_clock; on_windows; subtype
# The logging entry point a crash handler calls (logs.py docstring); no caller yet: issue 10 follow-up.
log_uncaught
# Set on the driver's connection (SQLAlchemy sends BEGIN itself), an event listener, a documented constant:
_.isolation_level; _name_keys_if_renamed; SMALL_TABLES
_.do_begin  # the SQLite engine's dialect's begin, replaced (store/db.py): SQLAlchemy calls it
_.ngettext  # argparse's plural lookup, pointed at the CLI catalogue (commands/argparse_words.py): argparse calls it
