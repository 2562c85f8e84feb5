"""argparse's own words (usage, section titles, its errors) speak the run's language like the rest of
the command line: a Chinese-speaking supervisor reads no English half-sentence."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LATIN_WORDS = re.compile(r"\b(usage|error|required|invalid|choose|arguments?|options|show this help)\b")


def run(tmp_path: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLERK_DESK_DATA_DIR": str(tmp_path), "CLERK_DESK_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True, env=env,
                          timeout=60)


@pytest.mark.parametrize(("args", "zh_words"), [
    (("check-id",), ("用法：", "错误：", "缺少必需的参数：NUMBER")),
    (("bogus",), ("用法：", "无效的选择：'bogus'", "可选：")),
    (("check-id", "--on"), ("用法：", "参数 --on：需要一个值")),
    (("check-id", "--json", "--nope", "110101199003077777"), ("无法识别的参数：--nope",)),
])
def test_usage_errors_in_chinese_and_in_english(tmp_path: Path, args: tuple[str, ...], zh_words: tuple[str, ...]) -> None:
    zh = run(tmp_path, *args, lang="zh")
    assert zh.returncode == 2
    for words in zh_words:
        assert words in zh.stderr, zh.stderr
    assert not LATIN_WORDS.search(zh.stderr.replace("clerk-desk", "")), zh.stderr
    en = run(tmp_path, *args, lang="en")
    assert en.returncode == 2 and "usage: " in en.stderr and ": error: " in en.stderr


def test_help_in_chinese(tmp_path: Path) -> None:
    r = run(tmp_path, "check-id", "--help", lang="zh")
    assert r.returncode == 0
    assert "用法：" in r.stdout and "位置参数" in r.stdout and "显示本帮助并退出" in r.stdout
    assert "positional arguments" not in r.stdout and "show this help" not in r.stdout


def test_every_word_translated_is_one_argparse_asks_for() -> None:
    """The table's keys are argparse's own message ids, read from its source (a Python whose argparse
    words changed would leave ours unused: this says so)."""
    from clerk_desk.commands.argparse_words import words

    source = inspect.getsource(argparse)
    asked = set(re.findall(r"""_\((['"])(.+?)\1\)""", source))
    asked = {text.encode().decode("unicode_escape") for _quote, text in asked}
    asked |= {m for pair in re.findall(r"ngettext\('([^']+)',\s*'([^']+)'", source) for m in pair}
    missing = set(words("zh")) - asked
    assert not missing, missing


def test_the_programs_help_in_chinese(tmp_path: Path) -> None:
    r = run(tmp_path, "--help", lang="zh")
    assert r.returncode == 0 and "显示程序版本并退出" in r.stdout and "version number" not in r.stdout
