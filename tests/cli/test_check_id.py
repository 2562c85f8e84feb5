"""``clerk-desk check-id``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_desk.cli import main
from clerk_desk.domain.idnumber import check_character

KEYS = ["input", "valid", "kind", "normalized", "birth_date", "sex", "age", "region", "errors", "warnings"]
ROOT = Path(__file__).resolve().parents[2]


def make(body17: str) -> str:
    return body17 + check_character(body17)


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("CLERK_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLERK_DESK_LANG", raising=False)


def _env_for_subprocess(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["CLERK_DESK_DATA_DIR"] = str(tmp_path / "data")
    env.pop("CLERK_DESK_LANG", None)
    env.update(extra)
    return env


def _run(args, stdin="", tmp_path=None, **env):
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], input=stdin.encode("utf-8"),
                          capture_output=True, cwd=ROOT, env=_env_for_subprocess(tmp_path, **env), timeout=60)


def test_example_through_stdin(tmp_path):
    """``echo 11010519491231002X | clerk-desk check-id --json -``"""
    script = Path(sys.executable).parent / "clerk-desk"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "clerk_desk.cli"]
    proc = subprocess.run([*cmd, "check-id", "--json", "-"], input=b"11010519491231002X\n", capture_output=True,
                          env=_env_for_subprocess(tmp_path), cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert list(obj) == KEYS
    assert obj["valid"] is True
    assert obj["birth_date"] == "1949-12-31"
    assert obj["sex"] == "F"
    assert obj["region"] == "北京市朝阳区"
    assert obj["kind"] == "resident"
    assert obj["normalized"] == "11010519491231002X"
    assert obj["errors"] == [] and obj["warnings"] == []


def test_json_fields_exactly(capsys):
    rc = main(["check-id", "--on", "2025-06-01", "--json", "11010519491231002x", "110105491231002",
               make("330113" + "19900101" + "123")])
    assert rc == 1
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [list(o) for o in objs] == [KEYS] * 3
    first, legacy, newer = objs
    assert first["input"] == "11010519491231002x" and first["normalized"] == "11010519491231002X"
    assert first["age"] == 75
    assert legacy["valid"] is False and legacy["kind"] == "legacy15"
    assert legacy["normalized"] == "11010519491231002X"
    assert [list(e) for e in legacy["errors"]] == [["code", "field", "message"]]
    assert legacy["errors"][0]["code"] == "id.legacy15" and legacy["errors"][0]["field"] == "id_number"
    assert "11010519491231002X" in legacy["errors"][0]["message"]
    assert newer["valid"] is True and newer["warnings"][0]["code"] == "id.county_newer"
    assert "临平区" in newer["warnings"][0]["message"]          # default language: Chinese


@pytest.mark.parametrize(("numbers", "rc"), [
    (["11010519491231002X"], 0),
    (["11010519491231002X", "810000198503150218"[:17] + check_character("81000019850315021")], 0),
    (["11010519491231002X", "110105194912310021"], 1),
    (["110105491231002"], 1),
    (["abc"], 1),
    ([make("330113" + "19900101" + "123")], 0),              # warnings do not refuse
])
def test_exit_codes(numbers, rc, capsys):
    assert main(["check-id", "--on", "2025-06-01", *numbers]) == rc
    assert len(capsys.readouterr().out.splitlines()) == len(numbers)


def test_on_is_the_day_of_the_check(capsys):
    assert main(["check-id", "--json", "--on", "1949-12-30", "11010519491231002X"]) == 1
    obj = json.loads(capsys.readouterr().out)
    assert obj["errors"][0]["code"] == "id.birth_date_future"
    assert main(["check-id", "--json", "--on", "2000-01-01", "11010519491231002X"]) == 0
    assert json.loads(capsys.readouterr().out)["age"] == 50


def test_bad_on_is_usage_error(capsys):
    assert main(["check-id", "--on", "2025-02-30", "11010519491231002X"]) == 2
    assert "2025-02-30" in capsys.readouterr().err


def test_no_numbers_is_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check-id"])
    assert exc.value.code == 2


def test_text_output_chinese_and_english(capsys, monkeypatch):
    main(["check-id", "--on", "2025-06-01", "11010519491231002X", "11010519491231002Y"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("11010519491231002X") and "有效" in out[0] and "女" in out[0]
    assert "北京市朝阳区" in out[0] and "75岁" in out[0]
    assert "无效" in out[1] and "无效字符" in out[1]
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    main(["check-id", "--on", "2025-06-01", "11010519491231002X", "11010519491231002Y"])
    out = capsys.readouterr().out.splitlines()
    assert "valid" in out[0] and "female" in out[0] and "age 75" in out[0]
    assert "REFUSED" in out[1] and "not allowed" in out[1]


def test_json_messages_follow_the_language(capsys, monkeypatch):
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    main(["check-id", "--json", "--on", "2025-06-01", "110105194912310021"])
    assert "check character" in json.loads(capsys.readouterr().out)["errors"][0]["message"]


def test_language_from_settings_file(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text('[ui]\nlanguage = "en"\n', encoding="utf-8")
    main(["check-id", "--on", "2025-06-01", "11010519491231002X"])
    assert "female" in capsys.readouterr().out


def test_stdin_many_lines_blank_lines_and_odd_bytes(tmp_path):
    stdin = "11010519491231002X\n\n  １１０１０５１９４９１２３１００２ｘ  \r\n110105491231002\n\n"
    proc = _run(["check-id", "--json", "--on", "2025-06-01", "-"], stdin, tmp_path)
    assert proc.returncode == 1
    objs = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["valid"] for o in objs] == [True, True, False]
    proc = subprocess.run([sys.executable, "-m", "clerk_desk.cli", "check-id", "--json", "-"],
                          input=b"\xff\xfe11010519491231002X\n\xe4\xb8\n", capture_output=True, cwd=ROOT,
                          env=_env_for_subprocess(tmp_path), timeout=60)
    assert proc.returncode == 1
    assert len(proc.stdout.decode("utf-8").splitlines()) == 2


def test_numbers_and_stdin_mixed(tmp_path):
    proc = _run(["check-id", "--on", "2025-06-01", "11010519491231002X", "-"], "110105194912310021\n", tmp_path)
    assert proc.returncode == 1
    assert len(proc.stdout.decode("utf-8").splitlines()) == 2


def test_empty_stdin_is_fine(tmp_path):
    proc = _run(["check-id", "-"], "", tmp_path)
    assert proc.returncode == 0 and proc.stdout == b""


HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "PySide6", "reportlab", "psycopg")


def test_check_id_imports_no_database_and_no_qt(tmp_path):
    code = (
        "import sys, json\n"
        "from clerk_desk.cli import main\n"
        "rc = main(['check-id', '--json', '--on', '2025-06-01', '11010519491231002X', 'bad'])\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT,
                          env=_env_for_subprocess(tmp_path), timeout=60)
    assert proc.returncode == 1
    modules = json.loads(proc.stderr.decode("utf-8"))
    assert "clerk_desk.domain.idnumber" in modules
    loaded = [m for m in modules if m.split(".")[0] in HEAVY]
    assert loaded == []


def test_settings_file_a_light_command_reads_it_for_the_language_only(tmp_path, capsys):
    """check-id uses no setting but the language (clerk_desk.datadir): a file that cannot be read is
    said (the language falls back to Chinese), a wrong value elsewhere is left to the commands that
    use it; the numbers are checked either way."""
    data = tmp_path / "data"
    data.mkdir()
    settings = data / "settings.toml"
    settings.write_bytes(b'[ui]\nlanguage = "en"\n[service_point]\nname = "\xff\xfe"\n')  # not UTF-8
    assert main(["check-id", "--on", "2025-06-01", "11010519491231002X"]) == 0
    out, err = capsys.readouterr()
    assert "有效" in out and str(settings) in err and "无法读取" in err
    settings.write_text('[ui]\nlanguage = "en"\n[rules]\nworking_days = "three"\n', encoding="utf-8")
    assert main(["check-id", "--on", "2025-06-01", "11010519491231002X"]) == 0
    out, err = capsys.readouterr()
    assert "female" in out and err == ""
