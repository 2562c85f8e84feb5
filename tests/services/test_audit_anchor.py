"""The anchor outside the database follows only what a real commit keeps."""

from __future__ import annotations

import json

from sqlmodel import Session

from clerk_desk.services import audit, audit_anchor


def _anchored(isolated_env) -> dict:  # type: ignore[no-untyped-def,type-arg]
    path = isolated_env / audit_anchor.ANCHOR_FILE
    return json.loads(path.read_text()) if path.exists() else {}


def test_a_released_savepoint_does_not_move_the_anchor_before_the_commit(engine, isolated_env) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        audit.record(s, actor="a", action="x")
        s.commit()
    kept = _anchored(isolated_env)
    assert [a["seq"] for a in kept.values()] == [1]
    with Session(engine) as s:
        with s.begin_nested():
            audit.record(s, actor="a", action="y")
        assert _anchored(isolated_env) == kept  # not yet: the transaction may still roll back
        s.rollback()
    assert _anchored(isolated_env) == kept
    with Session(engine) as s:
        assert audit_anchor.verify_anchor(s) is None
        with s.begin_nested():
            audit.record(s, actor="a", action="z")
        s.commit()
        assert [a["seq"] for a in _anchored(isolated_env).values()] == [2]
        assert audit_anchor.verify_anchor(s) is None
