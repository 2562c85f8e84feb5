"""The shipped GB/T 2260 table: historic union, years, names."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerk_desk.domain.regions import (
    REGIONS_FILE,
    CountyStatus,
    RegionEntry,
    RegionTable,
    load_table,
    regions,
)


def test_table_is_shipped_and_large():
    assert REGIONS_FILE.is_file()
    assert len(regions()) > 6000
    assert (REGIONS_FILE.parent / "README.md").is_file()


@pytest.mark.parametrize(("code", "name"), [
    ("110105", "北京市朝阳区"), ("110000", "北京市"), ("110100", "北京市"), ("440300", "广东省深圳市"),
    ("441900", "广东省东莞市"), ("429004", "湖北省仙桃市"), ("810000", "香港特别行政区"),
    ("330113", "浙江省杭州市临平区"), ("659012", "新疆维吾尔自治区白杨市"),
])
def test_full_names(code, name):
    assert regions().full_name(code) == name


@pytest.mark.parametrize("code", ["", "11", "1101051", "abcdef", "990000"])
def test_full_name_of_nonsense_is_none(code):
    assert regions().full_name(code) is None


@pytest.mark.parametrize(("code", "year", "status"), [
    ("110105", 1949, CountyStatus.KNOWN),        # in the first (1980) list: never "newer"
    ("110105", 2025, CountyStatus.KNOWN),
    ("330113", 2020, CountyStatus.NEWER),
    ("330113", 2021, CountyStatus.KNOWN),
    ("330104", 2020, CountyStatus.KNOWN),
    ("330104", 2021, CountyStatus.RETIRED),
    ("110228", 2014, CountyStatus.KNOWN),
    ("110228", 2015, CountyStatus.RETIRED),
    ("130123", 1990, CountyStatus.KNOWN),        # two names, both count
    ("130123", 1985, CountyStatus.NEWER),
    ("119999", 2000, CountyStatus.UNKNOWN),
])
def test_county_status(code, year, status):
    assert regions().county_status(code, year) is status


@pytest.mark.parametrize("province", ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
                                      "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
                                      "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83"])
def test_all_provinces_known(province):
    assert regions().is_province(province)


def test_first_and_last_years():
    t = regions()
    assert t.first_year("110105") is None and t.last_year("110105") is None
    assert t.first_year("330113") == 2021
    assert t.last_year("513425") == 2020


def test_countries():
    t = regions()
    assert t.country("156").zh == "中国"
    assert t.country("840").alpha3 == "USA"
    assert t.country("999") is None


def test_custom_table(tmp_path: Path):
    f = tmp_path / "r.tsv"
    f.write_text("# header\n110000\t北京市\t\t\n110101\t东城区\t\t\n110199\t新区\t2030\t\n\n", encoding="utf-8")
    t = load_table(f)
    assert t.full_name("110101") == "北京市东城区"
    assert t.county_status("110199", 2000) is CountyStatus.NEWER
    assert t.name("110199", 2000) == "新区"


def test_name_by_year_prefers_the_name_in_use():
    t = RegionTable([RegionEntry("130000", "河北省"), RegionEntry("130123", "栾城县", 1986, 1992),
                     RegionEntry("130123", "正定县", 1993, None)])
    assert t.name("130123", 1988) == "栾城县"
    assert t.name("130123", 1970) == "栾城县"     # before the code: its first name
    assert t.name("130123", 2000) == "正定县"
    assert t.name("130123") == "正定县"


def test_every_row_of_the_shipped_file_is_an_entry_of_its_code():
    """The table reads a code's rows only when asked for it: every row of the file (read here with
    ``csv``) is still an entry of its code, every code is known, nothing else is."""
    import csv

    expected: dict[str, set[RegionEntry]] = {}
    with open(REGIONS_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            start, end = (int(y) if y else None for y in (row[2], row[3]))
            expected.setdefault(row[0], set()).add(RegionEntry(row[0], row[1], start, end))
    t = load_table(REGIONS_FILE)
    assert t.codes() == sorted(expected) and len(t) == len(expected)
    for code, entries in expected.items():
        got = t.entries(code)
        assert set(got) == entries and len(got) == len(entries), code
        assert [e.start_year or 0 for e in got] == sorted(e.start_year or 0 for e in got), code
    assert t.entries("999999") == () and not t.is_known("999999")


def test_a_file_read_lazily_is_the_table_of_all_its_rows(tmp_path: Path):
    """Odd files too: rows of a code out of order and with the same years (the file's order kept),
    a code alone on its line, comments and blank lines, a comment that looks like a row, a code of
    other length ending in 0000.  The reference: every row read at once (the entries constructor)."""
    text = ("# code\tname\n110000\t北京市\t\t\n110105\t甲\t1990\t1995\n110105\t乙\t1990\t1995\n"
            "110105\t朝阳区\t\t\n  \n\n#120000\t不是\t\t\n130000\n0000\t零\t\t\n110105\tA\t1980\t1989\n"
            "110105\x01\t控制\t\t\n\t无码\t\t\n")
    f = tmp_path / "r.tsv"
    f.write_text(text, encoding="utf-8")
    reference = RegionTable([RegionEntry(*(cols + ["", ""])[:2], *(int(y) if y.strip() else None
                                                                  for y in (cols + ["", "", ""])[2:4]))
                             for line in text.split("\n") if line.strip() and not line.startswith("#")
                             for cols in [line.split("\t")]])
    lazy = load_table(f)
    for code in ["110105", "130000", "0000", "", "110105\x01", "120000", "#120000", "999999", "110000"]:
        assert lazy.entries(code) == reference.entries(code), code
        assert lazy.is_known(code) == reference.is_known(code), code
    assert [e.name for e in lazy.entries("110105")] == ["朝阳区", "A", "甲", "乙"]  # file order for equal years
    fresh = load_table(f)  # a table whose provinces were never asked for: "00" from the code 0000
    for code2 in ["11", "13", "12", "00", "99", "1"]:
        assert fresh.is_province(code2) == reference.is_province(code2), code2
    assert lazy.codes() == reference.codes() and len(lazy) == len(reference)
