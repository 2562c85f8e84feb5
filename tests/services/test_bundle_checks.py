"""A bundle is checked whole before anything is written: damaged, cut, forged or out-of-order
bundles are refused naming the reason, and the database is left exactly as it was."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from clerk_desk.domain.problems import RuleError
from clerk_desk.services import sync
from clerk_desk.store.models import ALL_TABLES
from tests.services.test_sync import CLERK, SUP, accept_some, station_db


def _snapshot(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return {m.__tablename__: s.exec(select(func.count()).select_from(m)).one() for m in ALL_TABLES}


@pytest.fixture
def pair(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 4))
    bundle = tmp_path / "s.cdb"
    with Session(street) as s:
        sync.export_bundle(s, CLERK, bundle)
        s.commit()
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    return street, hall, bundle


def _refused(hall, path: Path) -> str:  # type: ignore[no-untyped-def]
    before = _snapshot(hall)
    with Session(hall) as s, pytest.raises(RuleError) as exc:
        sync.import_bundle(s, SUP, path)
    assert _snapshot(hall) == before
    return exc.value.code


def _lines(bundle: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in gzip.decompress(bundle.read_bytes()).splitlines()]


def _rebuild(lines: list[dict], path: Path) -> Path:  # type: ignore[type-arg]
    """A forger's bundle: valid gzip, a correct count and checksum over whatever it holds."""
    body = [json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in lines[:-1]]
    trailer = {"end": True, "count": len(body) - 1, "sha256": hashlib.sha256(b"".join(body)).hexdigest()}
    path.write_bytes(gzip.compress(b"".join(body) + json.dumps(trailer).encode() + b"\n"))
    return path


def test_a_flipped_byte_anywhere_is_refused(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    raw = bundle.read_bytes()
    rng = random.Random(12)
    for pos in sorted({0, 1, 5, 10, len(raw) - 1, len(raw) - 8, *rng.sample(range(len(raw)), 40)}):
        bad = bytearray(raw)
        bad[pos] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip{pos}.cdb"
        path.write_bytes(bytes(bad))
        try:
            same = gzip.decompress(bytes(bad)) == gzip.decompress(raw)
        except Exception:  # noqa: BLE001 - unreadable to gzip itself
            same = False
        if same:  # e.g. the gzip header's time stamp: the records are the same, importing them is harmless
            continue
        assert _refused(hall, path) in ("sync.bundle_damaged", "sync.bundle_unreadable"), pos


def test_a_bundle_cut_anywhere_is_refused(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    raw = bundle.read_bytes()
    for cut in sorted({0, 1, 10, len(raw) // 3, len(raw) // 2, len(raw) - 9, len(raw) - 1}):
        path = tmp_path / f"cut{cut}.cdb"
        path.write_bytes(raw[:cut])
        assert _refused(hall, path) == "sync.bundle_damaged", cut


@pytest.mark.parametrize("forgery,code", [
    ("version", "sync.bundle_version"),
    ("table", "sync.bad_record"),
    ("column", "sync.bad_record"),
    ("type", "sync.bad_record"),
    ("parent", "sync.bad_record"),
    ("bad_last", "sync.bad_record"),
])
def test_forged_bundles_are_refused_before_any_write(pair, tmp_path: Path, forgery: str, code: str) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    lines = _lines(bundle)
    records = lines[1:-1]
    if forgery == "version":
        lines[0]["version"] = 99
    elif forgery == "table":
        records.append({"t": "user_account", "r": {"id": "x", "username": "intruder"}})
    elif forgery == "column":
        next(r for r in records if r["t"] == "person")["r"]["is_admin"] = True
    elif forgery == "type":
        next(r for r in records if r["t"] == "application")["r"]["created_at"] = "yesterday-ish"
    elif forgery == "parent":
        records[:] = [r for r in records if r["t"] != "application"]
    elif forgery == "bad_last":  # the persons come first and are valid; the last record is not
        records.append({"t": "pickup_slip", "r": {"id": "not-a-uuid"}})
    path = _rebuild([lines[0], *records, lines[-1]], tmp_path / f"{forgery}.cdb")
    assert _refused(hall, path) == code


def test_replaying_a_bundle_changes_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    with Session(hall) as s:
        sync.import_bundle(s, SUP, bundle)
        s.commit()
    before = _snapshot(hall)
    with Session(hall) as s:
        counts = sync.import_bundle(s, SUP, bundle)
        s.commit()
    assert counts.total_inserted == counts.total_updated == 0
    after = _snapshot(hall)
    assert after == {**before, "audit_event": before["audit_event"] + 1}  # the import's own entry only


def test_a_bundle_after_a_gap_names_the_missing_changes(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    lines = _lines(bundle)
    lines[0]["seq_from"] = 40
    path = _rebuild(lines, tmp_path / "later.cdb")
    with Session(hall) as s, pytest.raises(RuleError) as exc:
        sync.import_bundle(s, SUP, path)
    assert exc.value.code == "sync.bundle_gap"
    assert "1–40" in exc.value.message("zh") and "ST-A" in exc.value.message("en")
