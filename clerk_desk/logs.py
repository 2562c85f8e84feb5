"""Logging, configured once for the program (the desktop app and the command line).

The standard :mod:`logging` module writes to a rotating log in the data directory
(``logs/clerk-desk.log``, 1 MB × 5, files 0600) that a counter can send to support: ID
numbers and phone numbers are masked in every line, tracebacks included.  Uncaught
exceptions (the GUI's, a worker's, another thread's) reach it through :func:`log_uncaught`; the
command line's catch-all writes the full traceback of what it could not foresee there too
(:func:`log_failure`): one log, not two.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# An 18- or 15-character ID number, a mainland mobile number, a landline with its area code.
_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")

_configured: Path | None = None
_lock = threading.Lock()


def mask_personal(text: str) -> str:
    """``text`` with every ID number and phone number masked as the lists show them."""
    from clerk_desk.domain.masking import mask_id, mask_phone

    text = _ID.sub(lambda m: mask_id(m.group(0)), text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)
    return _LANDLINE.sub(lambda m: mask_phone(m.group(0)), text)


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks personal data in the whole record (message and traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal(super().format(record))


def log_path(directory: Path | None = None) -> Path:
    from clerk_desk.datadir import LOG_FILE, data_dir

    return (directory or data_dir()) / LOG_FILE


def configure(directory: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """The rotating, masked log in ``directory`` (default: the data directory); once per process
    and per directory.  Returns the log file, or None when it cannot be written (the program
    runs on: a log is no reason to refuse work)."""
    global _configured
    path = log_path(directory)
    with _lock:
        if _configured == path:
            return path
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                           encoding="utf-8", delay=False)
            path.chmod(0o600)
        except OSError:
            return None
        handler.setFormatter(MaskingFormatter(FORMAT))
        handler.set_name("clerk-desk")
        root = logging.getLogger("clerk_desk")
        for old in [h for h in root.handlers if h.get_name() == "clerk-desk"]:
            root.removeHandler(old)
            old.close()
        root.addHandler(handler)
        root.setLevel(level)
        _configured = path
        threading.excepthook = _thread_hook
        return path


FAILED = "command failed"  # what the command line's catch-all writes before the traceback


def log_failure(exc: BaseException, what: str) -> Path | None:
    """A command that failed on something unforeseen: its full traceback, masked, into the rotating
    log (configured here if it was not yet), flushed at once.  Returns the log file (None when it
    cannot be written), which the message names for support."""
    path = configure()
    logger = logging.getLogger("clerk_desk.cli")
    logger.error("%s: %s", FAILED, what, exc_info=(type(exc), exc, exc.__traceback__))
    for handler in logging.getLogger("clerk_desk").handlers:
        handler.flush()
    return path


def log_uncaught(exc: BaseException, where: str = "uncaught") -> None:
    logging.getLogger("clerk_desk").error("%s exception", where, exc_info=(type(exc), exc, exc.__traceback__))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        logging.getLogger("clerk_desk").error("exception in thread %s", getattr(args.thread, "name", "?"),
                                              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)  # type: ignore[arg-type]
