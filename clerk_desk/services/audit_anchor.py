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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlmodel import Session

from clerk_desk.domain.problems import DEFAULT_LANGUAGE, define, render
from clerk_desk.store.models import AuditEvent

KEY_FILE = "audit.key"
ANCHOR_FILE = "audit-anchor.json"
_PENDING = "audit_anchor"


def _dir() -> Path:
    from clerk_desk.config import data_dir

    return data_dir()


def key() -> bytes:
    """This installation's anchor key (made on first use, 0600)."""
    from clerk_desk.safefile import secret_key

    return secret_key(_dir() / KEY_FILE)


def _database(session: Session) -> str:
    return str(session.get_bind().engine.url.render_as_string(hide_password=True))


def _seal(db: str, station: str, seq: int, digest: str) -> str:
    return hmac.new(key(), f"{db}|{station}|{seq}|{digest}".encode(), hashlib.sha256).hexdigest()


def _read() -> dict[str, Any]:
    try:
        data = json.loads((_dir() / ANCHOR_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
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
    from clerk_desk.safefile import atomic_write
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
    try:
        atomic_write(_dir() / ANCHOR_FILE, json.dumps(anchors, indent=1, sort_keys=True).encode("utf-8"))
    except OSError:  # a read-only data directory: the chain in the database still stands
        pass


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
