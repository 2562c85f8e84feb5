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
from clerk_desk.services import bundle as bundle_file
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
    return [json.loads(x) for x in gzip.decompress(bundle_file._open(bundle, bundle.read_bytes())[1]).splitlines()]


def _rebuild(lines: list[dict], path: Path, key: bytes | None = None) -> Path:  # type: ignore[type-arg]
    """A bundle made by a holder of the point's key (a buggy or rogue point) or, with ``key``, by a
    stranger: valid gzip, a correct count and checksum over whatever it holds, sealed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = [json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in lines[:-1]]
    trailer = {"end": True, "count": len(body) - 1, "sha256": hashlib.sha256(b"".join(body)).hexdigest()}
    content = gzip.compress(b"".join(body) + json.dumps(trailer).encode() + b"\n")
    sealed = bundle_file._seal(lines[0]["station"], content)
    if key is not None:  # the same layout, under another key
        first, _, _ = sealed.partition(b"\n")
        nonce = bytes.fromhex(json.loads(first)["nonce"])
        sealed = first + b"\n" + AESGCM(key).encrypt(nonce, content, first + b"\n")
    path.write_bytes(sealed)
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
        assert _refused(hall, path) in ("sync.bundle_damaged", "sync.bundle_key", "sync.bundle_version"), pos


def test_a_bundle_cut_anywhere_is_refused(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, hall, bundle = pair
    raw = bundle.read_bytes()
    for cut in sorted({0, 1, 10, len(raw) // 3, len(raw) // 2, len(raw) - 9, len(raw) - 1}):
        path = tmp_path / f"cut{cut}.cdb"
        path.write_bytes(raw[:cut])
        assert _refused(hall, path) in ("sync.bundle_damaged", "sync.bundle_key"), cut


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


def test_a_strangers_bundle_is_refused_and_a_lost_stick_shows_no_id_number(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    street, hall, bundle = pair
    lines = _lines(bundle)
    assert any(r["t"] == "person" for r in lines[1:-1])
    numbers = [r["r"]["id_number"] for r in lines[1:-1] if r["t"] == "person"]
    raw = bundle.read_bytes()
    assert not any(n.encode() in raw for n in numbers)  # encrypted: no ID number readable on the stick
    assert b"\xe4\xba\xba" not in raw  # nor names (人)
    path = _rebuild(lines, tmp_path / "stranger.cdb", key=os.urandom(32))
    assert _refused(hall, path) == "sync.bundle_key"


def test_a_point_registered_at_the_hall(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import data_dir

    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    bundle = tmp_path / "s.cdb"
    with Session(street) as s:
        sync.export_bundle(s, CLERK, bundle)
        s.commit()
    point_key = (data_dir() / "bundle.key").read_text()
    hall_dir = tmp_path / "hall-data"
    monkeypatch.setenv("CLERK_DESK_DATA_DIR", str(hall_dir))  # the hall's own installation
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    hall = station_db(tmp_path, "hall", monkeypatch)
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    assert _refused(hall, bundle) == "sync.bundle_key"  # not registered yet
    bundle_file.register_point_key("ST-A", point_key)
    with Session(hall) as s:
        assert sync.import_bundle(s, SUP, bundle).inserted["application"] == 2
        s.commit()
