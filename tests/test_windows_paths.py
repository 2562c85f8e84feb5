"""What differs on Windows, checked here on Linux as far as it can be: where the data lives and
printer names as Windows spells them.  The real thing runs in .github/workflows/windows.yml."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from clerk_desk.config import Settings, data_dir, database_url, load_settings, log_file, save_settings

FOLDERS = {  # what Windows' known-folder API answers for a user named clerk
    "CSIDL_LOCAL_APPDATA": r"C:\Users\clerk\AppData\Local",
    "CSIDL_APPDATA": r"C:\Users\clerk\AppData\Roaming",
    "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
}


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs as it behaves on Windows, its known-folder lookup answering from FOLDERS."""
    monkeypatch.delenv("CLERK_DESK_DATA_DIR")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", FOLDERS.__getitem__)


def win(path: Path | str) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def test_data_directory_is_local_appdata_without_an_author_folder(on_windows: None) -> None:
    # Local, not Roaming: a SQLite database must not travel with a roaming profile.
    assert win(data_dir()) == PureWindowsPath(r"C:\Users\clerk\AppData\Local\clerk-desk")
    assert win(log_file()) == PureWindowsPath(r"C:\Users\clerk\AppData\Local\clerk-desk\logs\clerk-desk.log")
    assert win(database_url().removeprefix("sqlite:///")) == PureWindowsPath(
        r"C:\Users\clerk\AppData\Local\clerk-desk\clerk_desk.sqlite3")


def test_data_directory_override_wins_on_windows(on_windows: None, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("CLERK_DESK_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path


@pytest.mark.parametrize("name", [
    r"\\PRINTSRV\Counter 3 HP LaserJet M404",   # a shared printer, as Windows names it
    "Microsoft Print to PDF",
    "得力DL-888D 票据打印机",
])
def test_windows_printer_names_survive_the_settings_file(name: str, tmp_path: Path) -> None:
    settings = Settings()
    settings.printing.printer = name
    path = save_settings(settings, tmp_path / "settings.toml")
    loaded, problems = load_settings(path)
    assert problems == [] and loaded.printing.printer == name
