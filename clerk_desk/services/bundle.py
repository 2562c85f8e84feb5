"""Bundles: a street point's records in one file, for a USB stick.

A bundle is gzip-compressed lines: a header (format, version, station, the range of the
station's change sequence it holds), one JSON line per record, and a trailer with the
count and the SHA-256 of everything before it.  It is written through
:mod:`clerk_desk.safefile` (temporary file, fsync, rename) and read whole and checked
(header, version, trailer, every record's table, columns, types and parents) before
anything is imported; a damaged, cut or forged file is refused and changes nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from pathlib import Path
from typing import Any

from sqlmodel import Session

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.safefile import atomic_write
from clerk_desk.services import audit, clock, merge
from clerk_desk.services.permissions import require
from clerk_desk.services.station import station_code
from clerk_desk.store import changes

FORMAT = "clerk-desk-bundle"
VERSION = 2
MAX_BYTES = 2 * 1024 ** 3  # a bundle larger than this once decompressed is refused (zip bomb)

define("sync.bundle_damaged", zh="数据包 {path} 不完整或已损坏（{reason}），未导入任何数据；请重新导出",
       en="Bundle {path} is incomplete or damaged ({reason}); nothing was imported; export it again")
define("sync.bundle_unreadable", zh="无法读取数据包 {path}：{reason}", en="Cannot read bundle {path}: {reason}")
define("sync.bundle_version", zh="数据包 {path} 的格式版本 {version} 不受支持（本程序读取版本 {supported}），未导入任何数据",
       en="Bundle {path} has format version {version}, which this program does not read (it reads {supported}); "
          "nothing was imported")
define("sync.bundle_gap", zh="数据包 {path} 缺少站点 {station} 的第 {first}–{last} 号变更，请先导入之前的数据包",
       en="Bundle {path} misses changes {first}–{last} of station {station}; import the earlier bundle first")
define("sync.cannot_write", zh="无法写入文件 {path}：{reason}；原有文件未改动", en="Cannot write {path}: {reason}; "
       "nothing existing was changed")


def _damaged(path: Path, reason: str) -> RuleError:
    return RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason=reason))


def export_bundle(session: Session, actor: Actor, path: Path) -> int:
    """Write every record of this database into a bundle file; returns the number of records."""
    require(session, actor, Action.SYNC)
    path = Path(path)
    upto = changes.current(session)
    lines = [{"format": FORMAT, "version": VERSION, "station": station_code(), "made_at": clock.now().isoformat(),
              "seq_from": 0, "seq_to": upto}]
    lines.extend({"t": table, "r": data} for table, data in merge.collect(session))
    count = len(lines) - 1
    digest = hashlib.sha256()
    body = bytearray()
    for obj in lines:
        line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        digest.update(line)
        body += line
    body += (json.dumps({"end": True, "count": count, "sha256": digest.hexdigest()}) + "\n").encode("utf-8")
    try:
        atomic_write(path, gzip.compress(bytes(body), mtime=0))
    except OSError as exc:
        raise RuleError(error("sync.cannot_write", "file", path=str(path), reason=exc.strerror or str(exc))) from None
    audit.record(session, actor=actor.username, action="export", target="bundle",
                 details={"records": count, "file": path.name})
    return count


def _decompress(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(error("sync.bundle_unreadable", "bundle", path=str(path),
                              reason=exc.strerror or str(exc))) from None
    try:
        out = zlib.decompressobj(wbits=31)
        data = out.decompress(raw, MAX_BYTES)
        if out.unconsumed_tail or not out.eof:
            raise _damaged(path, "cut short or too large")
        return data
    except zlib.error as exc:
        raise _damaged(path, str(exc)) from None


def read_bundle(path: Path) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """The bundle's header and records, after checking it is whole; refuses a damaged file."""
    path = Path(path)
    lines = _decompress(path).splitlines(keepends=True)
    if len(lines) < 2:
        raise _damaged(path, "empty")
    try:
        trailer = json.loads(lines[-1])
        header = json.loads(lines[0])
    except ValueError as exc:
        raise _damaged(path, str(exc)) from None
    if not (isinstance(header, dict) and isinstance(trailer, dict)) or header.get("format") != FORMAT \
            or trailer.get("end") is not True:
        raise _damaged(path, "no header or trailer")
    digest = hashlib.sha256(b"".join(lines[:-1])).hexdigest()
    if digest != trailer.get("sha256") or len(lines) - 2 != trailer.get("count"):
        raise _damaged(path, "checksum")
    if header.get("version") != VERSION:
        raise RuleError(error("sync.bundle_version", "bundle", path=str(path), version=str(header.get("version"))[:20],
                              supported=VERSION))
    if not (isinstance(header.get("station"), str) and _is_count(header.get("seq_from"))
            and _is_count(header.get("seq_to"))):
        raise _damaged(path, "header")
    records = []
    for number, line in enumerate(lines[1:-1], start=1):
        try:
            item = json.loads(line)
            records.append((item["t"], item["r"]))
        except (ValueError, KeyError, TypeError):
            raise _damaged(path, f"record {number}") from None
    return header, records


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
    acknowledge(session, station, header["seq_to"])
    audit.record(session, actor=actor.username, action="sync.bundle_import", target=str(station),
                 details={"inserted": counts.total_inserted, "updated": counts.total_updated,
                          "file": Path(path).name})
    return counts
