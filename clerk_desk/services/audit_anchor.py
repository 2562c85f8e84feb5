"""The audit chain anchored outside the database.

The chain in the database proves the order and content of its entries only to someone who
trusts the newest entry: wiping both tables, cutting the tail and fixing the head row, or
recomputing every hash after an edit all leave a consistent chain.  So, after every commit
that extended this station's chain, its head (sequence number and hash) is also written to
``audit-anchor.json`` in the data directory, sealed with an HMAC under a key kept beside it
(``audit.key``, mode 0600, never in the database).  ``clerk-desk db check`` then requires the
database's chain to reach the anchored entry with the anchored hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlmodel import Session

from clerk_desk.domain.problems import DEFAULT_LANGUAGE, define, render
from clerk_desk.store.models import AuditEvent

try:
    import fcntl
except ImportError:  # Windows: one writer at a time is the rule there anyway
    fcntl = None  # type: ignore[assignment]

KEY_FILE = "audit.key"
ANCHOR_FILE = "audit-anchor.json"
_PENDING = "audit_anchor"
# Read at every commit that extends the chain: kept here while the file on disk is unchanged
# (same path, inode, size and modification time).
_cache: dict[Path, tuple[tuple[int, int, int], Any]] = {}


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def _cached(path: Path) -> Any:
    held = _cache.get(path)
    return held[1] if held is not None and held[0] == _stamp(path) else None


def _keep(path: Path, value: Any) -> Any:
    stamp = _stamp(path)
    if stamp is not None:
        _cache[path] = (stamp, value)
    return value


def _dir() -> Path:
    from clerk_desk.config import data_dir

    return data_dir()


def key() -> bytes:
    """This installation's anchor key (made on first use, 0600)."""
    from clerk_desk.safefile import secret_key

    path = _dir() / KEY_FILE
    held = _cached(path)
    return held if isinstance(held, bytes) else _keep(path, secret_key(path))


def _database(session: Session) -> str:
    return str(session.get_bind().engine.url.render_as_string(hide_password=True))


def _seal(db: str, station: str, seq: int, digest: str) -> str:
    return hmac.new(key(), f"{db}|{station}|{seq}|{digest}".encode(), hashlib.sha256).hexdigest()


def _read() -> dict[str, Any]:
    path = _dir() / ANCHOR_FILE
    held = _cached(path)
    if isinstance(held, dict):
        return dict(held)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return dict(_keep(path, data)) if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def note(session: Session, station: str, seq: int, digest: str) -> None:
    """Called by audit.record: anchor this head once the transaction commits."""
    session.info.setdefault(_PENDING, {})[station] = (seq, digest)


def _write_pending(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: anchor only what the real commit keeps
        return
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    from clerk_desk.services.station import station_code

    own = station_code()
    if own not in pending:
        return
    seq, digest = pending[own]
    db = _database(session)
    anchors = _read()
    name = f"{db}|{own}"
    held = anchors.get(name, {})
    if isinstance(held, dict) and isinstance(held.get("seq"), int) and held["seq"] >= seq:
        return
    anchors[name] = {"seq": seq, "hash": digest, "mac": _seal(db, own, seq, digest)}
    path = _dir() / ANCHOR_FILE
    try:
        # one line (the C encoder: indenting takes the pure-Python one, ten times slower)
        _overwrite(path, json.dumps(anchors, sort_keys=True).encode("utf-8"))
        _keep(path, anchors)
    except OSError:  # a read-only data directory: the chain in the database still stands
        pass


def _overwrite(path: Path, data: bytes) -> None:
    """Rewrite the anchor file in place, at every commit that extends the chain.

    Not the temporary file, fsync and rename of :mod:`clerk_desk.safefile`: on a busy disk those
    took 3–13 ms a commit, more than the whole acceptance.  A file cut short by a crash only
    loses the anchor until the next commit (``_read`` finds no JSON, ``db check`` no anchor):
    it can never make a whole chain look tampered with.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # another process of this installation writing at once
        os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else (os.lseek(fd, 0, os.SEEK_SET), os.write(fd, data))
        os.ftruncate(fd, len(data))
    finally:
        os.close(fd)


def _drop_pending(session: Session, *_: Any) -> None:
    session.info.pop(_PENDING, None)


event.listen(Session, "after_commit", _write_pending)
event.listen(Session, "after_rollback", _drop_pending)


@dataclass(frozen=True)
class AnchorBreak:
    station: str
    seq: int
    reason: str  # forged | missing | changed

    def describe(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(f"audit.anchor.{self.reason}", {"station": self.station, "seq": self.seq}, lang)


define("audit.anchor.forged", zh="审计锚定 station={station} seq={seq}：锚定文件被篡改",
       en="audit anchor station={station} seq={seq}: the anchor file's seal is wrong (edited without the key)")
define("audit.anchor.missing", zh="审计锚定 station={station} seq={seq}：审计记录被删除或截断",
       en="audit anchor station={station} seq={seq}: entries up to the anchored one are missing (trail wiped or cut)")
define("audit.anchor.changed", zh="审计锚定 station={station} seq={seq}：审计记录被重算",
       en="audit anchor station={station} seq={seq}: the anchored entry differs (hashes recomputed after an edit)")


def verify_anchor(session: Session) -> AnchorBreak | None:
    """The database's chain against this installation's anchors for it (None when they agree)."""
    db = _database(session)
    for name, anchor in sorted(_read().items()):
        if not name.startswith(db + "|") or not isinstance(anchor, dict):
            continue
        station = name[len(db) + 1:]
        seq, digest, mac = anchor.get("seq"), anchor.get("hash"), anchor.get("mac")
        if not (isinstance(seq, int) and isinstance(digest, str) and isinstance(mac, str)) or not hmac.compare_digest(
                mac, _seal(db, station, seq, digest)):
            return AnchorBreak(station, seq if isinstance(seq, int) else 0, "forged")
        found = session.execute(select(AuditEvent.__table__.c.hash).where(  # type: ignore[attr-defined]
            AuditEvent.__table__.c.station == station, AuditEvent.__table__.c.seq == seq)).scalar()  # type: ignore[attr-defined]
        if found is None:
            return AnchorBreak(station, seq, "missing")
        if found != digest:
            return AnchorBreak(station, seq, "changed")
    return None


def reset(session: Session) -> None:
    """Anchor the database's chains as they are now (after a restore from a backup)."""
    from clerk_desk.safefile import atomic_write
    from clerk_desk.store.models import AuditHead

    db = _database(session)
    anchors = {k: v for k, v in _read().items() if not k.startswith(db + "|")}
    for head in session.execute(select(AuditHead)).scalars():
        anchors[f"{db}|{head.station}"] = {"seq": head.seq, "hash": head.hash,
                                           "mac": _seal(db, head.station, head.seq, head.hash)}
    atomic_write(_dir() / ANCHOR_FILE, json.dumps(anchors, indent=1, sort_keys=True).encode("utf-8"))
