"""Bundles: a street point's records in one file, for a USB stick.

On the stick, a bundle is a plain first line (``clerk-desk-bundle``, the version, the
station, a nonce) and then the content encrypted and authenticated with AES-256-GCM
(``cryptography``) under the point's bundle key, the first line as associated data: a
stranger can neither read the ID numbers on a lost stick nor make or alter a bundle.
Each point makes its key on its first export (``bundle.key`` in its data directory, 0600);
the hall registers it when the point is set up, as ``bundle-keys/<STATION>.key`` in the
hall counter's data directory (:func:`register_point_key`).

The content is gzip-compressed lines: a header (station, the range of the station's
change sequence it holds, its audit chain's head), one JSON line per record, and a
trailer with the count and the SHA-256 of everything before it.  It is written as a stream
(:mod:`clerk_desk.services.bundle_stream`) through :mod:`clerk_desk.safefile` (temporary
file, fsync, rename) and read as one, in bounded memory: the whole file is checked first
(key, header, version, trailer), then its records are checked (table, columns, types,
parents) and merged a batch at a time in the importer's one transaction; a damaged, cut or
forged file is refused and changes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlmodel import Session

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.safefile import atomic_path, atomic_write
from clerk_desk.services import audit, bundle_stream, clock, merge
from clerk_desk.services.permissions import require
from clerk_desk.services.station import station_code
from clerk_desk.store import changes

FORMAT = "clerk-desk-bundle"
VERSION = 3
KEY_FILE = "bundle.key"
KEYS_DIR = "bundle-keys"

define("sync.bundle_damaged", zh="数据包 {path} 不完整或已损坏（{reason}），未导入任何数据；请重新导出",
       en="Bundle {path} is incomplete or damaged ({reason}); nothing was imported; export it again")
define("sync.bundle_unreadable", zh="无法读取数据包 {path}：{reason}", en="Cannot read bundle {path}: {reason}")
define("sync.bundle_version", zh="数据包 {path} 的格式版本 {version} 不受支持（本程序读取版本 {supported}），未导入任何数据",
       en="Bundle {path} has format version {version}, which this program does not read (it reads {supported}); "
          "nothing was imported")
define("sync.bundle_gap", zh="数据包 {path} 缺少站点 {station} 的第 {first}–{last} 号变更，请先导入之前的数据包",
       en="Bundle {path} misses changes {first}–{last} of station {station}; import the earlier bundle first")
define("sync.bundle_key", zh="数据包 {path} 不是用站点 {station} 登记的密钥制作的，或已被改动，未导入任何数据；"
       "请确认已登记该站点的密钥（{keys}）", en="Bundle {path} was not made with the key registered for station "
       "{station}, or it was altered; nothing was imported; check the station's key is registered ({keys})")
define("sync.cannot_write", zh="无法写入文件 {path}：{reason}；原有文件未改动", en="Cannot write {path}: {reason}; "
       "nothing existing was changed")


def _damaged(path: Path, reason: str) -> RuleError:
    return RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason=reason))


def export_bundle(session: Session, actor: Actor, path: Path) -> int:
    """Write every record of this database into a bundle file, as a stream; returns the number of records."""
    require(session, actor, Action.SYNC)
    path = Path(path)
    upto = changes.current(session)
    header = {"format": FORMAT, "version": VERSION, "station": station_code(), "made_at": clock.now().isoformat(),
              "seq_from": 0, "seq_to": upto, "audit_head": _own_head(session)}
    count = [0]
    digest = hashlib.sha256()

    def lines() -> Iterator[bytes]:
        for obj in itertools.chain([header], ({"t": table, "r": data} for table, data in merge.collect(session))):
            line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            digest.update(line)
            count[0] += 1
            yield line
        yield (json.dumps({"end": True, "count": count[0] - 1, "sha256": digest.hexdigest()}) + "\n").encode()

    def first(size: int, nonce: bytes) -> bytes:
        return (json.dumps({"format": FORMAT, "version": VERSION, "station": station_code(), "nonce": nonce.hex(),
                            "size": size}, separators=(",", ":")) + "\n").encode("ascii")

    from clerk_desk.config import data_dir

    try:
        with atomic_path(path) as target:
            bundle_stream.write(target, own_key(), first, lines(), data_dir())
    except OSError as exc:
        raise RuleError(error("sync.cannot_write", "file", path=str(path), reason=exc.strerror or str(exc))) from None
    audit.record(session, actor=actor.username, action="export", target="bundle",
                 details={"records": count[0] - 1, "file": path.name})
    return count[0] - 1


def _own_head(session: Session) -> dict[str, Any] | None:
    from clerk_desk.store.models import AuditHead

    head = session.get(AuditHead, station_code())
    return {"seq": head.seq, "hash": head.hash} if head is not None else None


def _keys_dir() -> Path:
    from clerk_desk.config import data_dir

    return data_dir() / KEYS_DIR


def own_key() -> bytes:
    """This point's bundle key (made on first use, 0600)."""
    from clerk_desk.config import data_dir
    from clerk_desk.safefile import secret_key

    return secret_key(data_dir() / KEY_FILE)


def register_point_key(station: str, key_text: str) -> Path:
    """The hall registers a point's bundle key (the hex text of the point's ``bundle.key``)."""
    key = bytes.fromhex(key_text.strip())
    if len(key) != 32 or not station or "/" in station or station.startswith("."):
        raise ValueError("a bundle key is 64 hex digits, for a station code")
    _keys_dir().mkdir(parents=True, exist_ok=True)
    return atomic_write(_keys_dir() / f"{station}.key", key.hex().encode("ascii"))


def _key_for(station: str) -> bytes:
    """The key registered for ``station``, else this installation's own (its own bundles, read back)."""
    try:
        text = (_keys_dir() / f"{station}.key").read_text(encoding="ascii").strip()
        if len(text) == 64:
            return bytes.fromhex(text)
    except (OSError, ValueError):
        pass
    return own_key()


def _seal(station: str, content: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    size = len(content) + 16  # the ciphertext and its tag: a shorter file was cut (a stick pulled out)
    first = (json.dumps({"format": FORMAT, "version": VERSION, "station": station, "nonce": nonce.hex(),
                         "size": size}, separators=(",", ":")) + "\n").encode("ascii")
    return first + AESGCM(own_key()).encrypt(nonce, content, first)


def _open(path: Path, raw: bytes) -> tuple[str, bytes]:
    """The bundle's content, decrypted and authenticated; refuses a file not made with the point's key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    end = raw.find(b"\n", 0, 400)
    try:
        first = json.loads(raw[:end]) if end > 0 else None
    except ValueError:
        first = None
    if not isinstance(first, dict) or first.get("format") != FORMAT:
        raise _damaged(path, "not a bundle")
    if first.get("version") != VERSION:
        raise RuleError(error("sync.bundle_version", "bundle", path=str(path), version=str(first.get("version"))[:20],
                              supported=VERSION))
    if first.get("size") != len(raw) - end - 1:
        raise _damaged(path, "cut short" if isinstance(first.get("size"), int) and first["size"] > len(raw) - end - 1
                       else "size")
    station, nonce = first.get("station"), first.get("nonce")
    key = _key_for(station) if isinstance(station, str) and station and "/" not in station else None
    try:
        if key is None or not isinstance(nonce, str):
            raise InvalidTag
        content = AESGCM(key).decrypt(bytes.fromhex(nonce), raw[end + 1:], raw[:end + 1])
    except (InvalidTag, ValueError):
        raise RuleError(error("sync.bundle_key", "bundle", path=str(path), station=str(station)[:32],
                              keys=str(_keys_dir()))) from None
    return str(station), content


def _sealed(path: Path) -> tuple[bundle_stream.Sealed, bytes]:
    """The bundle's first line and the key it must open with (version and size checked)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(400)
        size = path.stat().st_size
    except OSError as exc:
        raise RuleError(error("sync.bundle_unreadable", "bundle", path=str(path),
                              reason=exc.strerror or str(exc))) from None
    try:
        sealed = bundle_stream.read_first(path, raw, size)
    except bundle_stream.Damaged as exc:
        raise _damaged(path, str(exc)) from None
    except bundle_stream.WrongKey:
        raise _wrong_key(path, "?") from None
    if isinstance(sealed, dict):
        raise RuleError(error("sync.bundle_version", "bundle", path=str(path),
                              version=str(sealed.get("version"))[:20], supported=VERSION))
    return sealed, _key_for(sealed.station)


def _wrong_key(path: Path, station: str) -> RuleError:
    return RuleError(error("sync.bundle_key", "bundle", path=str(path), station=station[:32], keys=str(_keys_dir())))


@contextmanager
def _reading(path: Path, station: str) -> Iterator[None]:
    try:
        yield
    except bundle_stream.Damaged as exc:
        raise _damaged(path, str(exc)) from None
    except bundle_stream.WrongKey:
        raise _wrong_key(path, station) from None
    except OSError as exc:
        raise RuleError(error("sync.bundle_unreadable", "bundle", path=str(path),
                              reason=exc.strerror or str(exc))) from None


def read_bundle(path: Path) -> tuple[dict[str, Any], Iterator[tuple[str, dict[str, Any]]]]:
    """The bundle's header and its records, after checking the whole file (key, checksum, count,
    header); the records are read again as they are taken, one at a time, in bounded memory."""
    path = Path(path)
    sealed, key = _sealed(path)
    with _reading(path, sealed.station):
        checked = bundle_stream.check(path, sealed, key)
    try:
        trailer = json.loads(checked.trailer)
        header = json.loads(checked.header)
    except ValueError as exc:
        raise _damaged(path, str(exc)) from None
    if not (isinstance(header, dict) and isinstance(trailer, dict)) or header.get("format") != FORMAT \
            or trailer.get("end") is not True:
        raise _damaged(path, "no header or trailer")
    if checked.sha256 != trailer.get("sha256") or checked.count != trailer.get("count"):
        raise _damaged(path, "checksum")
    if header.get("version") != VERSION:
        raise RuleError(error("sync.bundle_version", "bundle", path=str(path), version=str(header.get("version"))[:20],
                              supported=VERSION))
    if not (header.get("station") == sealed.station and _is_count(header.get("seq_from"))
            and _is_count(header.get("seq_to"))):
        raise _damaged(path, "header")

    def parse(number: int, line: bytes) -> tuple[str, dict[str, Any]]:
        try:
            item = json.loads(line)
            return item["t"], item["r"]
        except (ValueError, KeyError, TypeError):
            raise _damaged(path, f"record {number}") from None

    def stream() -> Iterator[tuple[str, dict[str, Any]]]:
        with _reading(path, sealed.station):
            yield from bundle_stream.records(path, sealed, key, checked, parse)

    return header, stream()


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def import_bundle(session: Session, actor: Actor, path: Path) -> merge.MergeCounts:
    """Merge a bundle into this database, all or nothing; records how far the point's changes are held."""
    require(session, actor, Action.SYNC)
    from clerk_desk.services.sync import acknowledge, acknowledged

    header, records = read_bundle(path)
    station = header["station"]
    held = acknowledged(session, station)
    if header["seq_from"] > (held or 0):
        raise RuleError(error("sync.bundle_gap", "bundle", path=str(path), station=station,
                              first=(held or 0) + 1, last=header["seq_from"]))
    counts = merge.merge(session, records)
    if not any(c.startswith("audit_event:") for c in counts.conflicts):  # (a shared code is reported as such)
        _check_head(session, path, station, header.get("audit_head"))
    acknowledge(session, station, header["seq_to"])
    audit.record(session, actor=actor.username, action="sync.bundle_import", target=str(station),
                 details={"inserted": counts.total_inserted, "updated": counts.total_updated,
                          "file": Path(path).name})
    return counts


def _check_head(session: Session, path: Path, station: str, head: Any) -> None:
    """The point's audit chain, as merged here, reaches the head the bundle names (nothing cut out)."""
    from sqlmodel import select

    from clerk_desk.store.models import AuditEvent

    if head is None:
        return
    if not (isinstance(head, dict) and _is_count(head.get("seq")) and isinstance(head.get("hash"), str)):
        raise _damaged(path, "audit head")
    if head["seq"] == 0:
        return
    found = session.exec(select(AuditEvent.hash).where(AuditEvent.station == station,
                                                       AuditEvent.seq == head["seq"])).first()
    if found != head["hash"]:
        raise _damaged(path, f"the audit trail of {station} does not reach its entry {head['seq']}")
