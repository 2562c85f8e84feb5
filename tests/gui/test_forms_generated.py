"""The code in clerk_desk/gui/forms is what pyside6-uic makes of ui/*.ui (keeps it honest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).with_name("pyside6-uic")
FORMS = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.skipif(not UIC.exists(), reason="pyside6-uic not installed")
@pytest.mark.parametrize("ui_file", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    out = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([str(UIC), str(ui_file), "-o", str(out)], check=True, capture_output=True)
    committed = ROOT / "clerk_desk" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        f"regenerate: pyside6-uic ui/{ui_file.name} -o clerk_desk/gui/forms/ui_{ui_file.stem}.py")


def test_every_form_has_its_ui_file() -> None:
    generated = {p.stem[3:] for p in (ROOT / "clerk_desk" / "gui" / "forms").glob("ui_*.py")}
    assert generated == {f.stem for f in FORMS}
