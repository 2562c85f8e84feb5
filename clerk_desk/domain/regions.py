"""GB/T 2260 administrative-division codes, historic and current, with the years in use.

The table is the shipped file ``resources/regions/regions.tsv`` (its sources and licences are
in ``resources/regions/README.md``): the union of every code used since the first standard
(1980), one row per name a code has carried, with the first and last year of that name.  An
empty start year means "already in the 1980 list"; an empty end year means "still in use".

Public API::

    regions() -> RegionTable                    # the shipped table, loaded once, lazily
    RegionTable.entries(code) -> tuple[RegionEntry, ...]
    RegionTable.codes() -> list[str]
    RegionTable.is_known(code) -> bool
    RegionTable.is_province(code2) -> bool      # "11" .. "83"
    RegionTable.province_name(code2) -> str | None
    RegionTable.full_name(code, year=None) -> str | None   # "110105" -> "北京市朝阳区"
    RegionTable.display_name(code) -> str | None   # current name, or last name marked retired
    RegionTable.county_status(code, birth_year) -> CountyStatus
    RegionTable.country(numeric3) -> Country | None        # ISO 3166-1 numeric ("840")
    load_table(regions_tsv, countries_tsv=None) -> RegionTable   # for tests / other data

Reading the shipped data file is the one thing this package reads from disk; nothing else in
``clerk_desk.domain`` touches files, and the table never changes while the program runs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from clerk_desk.domain.values import Value

_PACKAGE = Path(__file__).resolve().parents[1]
# a checkout's resources/regions, or its copy inside an installed wheel (clerk_desk/_data/resources)
RESOURCE_DIR = next((d for d in (_PACKAGE.parent / "resources" / "regions", _PACKAGE / "_data" / "resources" / "regions")
                     if d.is_dir()), _PACKAGE.parent / "resources" / "regions")
REGIONS_FILE = RESOURCE_DIR / "regions.tsv"
COUNTRIES_FILE = RESOURCE_DIR / "countries.tsv"

# Names of the placeholder levels ("the districts of this city", "counties directly under the
# province"): codes that exist but add nothing to a printed place name.
_PLACEHOLDERS = frozenset({
    "市辖区", "县", "郊区县", "省直辖县级行政单位", "省直辖县级行政区划", "自治区直辖县级行政单位",
    "自治区直辖县级行政区划", "省直辖行政单位", "自治区直辖行政单位",
})


RETIRED_MARK = "（已撤销的区划）"


class RegionEntry(Value):
    """One name a code carried: ``start_year``/``end_year`` None = before 1980 / still in use."""

    _fields = ("code", "name", "start_year", "end_year")
    code: str
    name: str
    start_year: int | None
    end_year: int | None

    def __init__(self, code: str, name: str, start_year: int | None = None, end_year: int | None = None) -> None:
        self._set(code=code, name=name, start_year=start_year, end_year=end_year)

    def in_use(self, year: int) -> bool:
        return (self.start_year is None or self.start_year <= year) and (
            self.end_year is None or year <= self.end_year
        )


class Country(Value):
    _fields = ("numeric", "alpha3", "zh", "en")
    numeric: str
    alpha3: str
    zh: str
    en: str

    def __init__(self, numeric: str, alpha3: str, zh: str, en: str) -> None:
        self._set(numeric=numeric, alpha3=alpha3, zh=zh, en=en)


class CountyStatus(StrEnum):
    """How the county part of a code relates to the holder's year of birth."""

    KNOWN = "known"        # the code was in use in the year of birth (or before 1980)
    UNKNOWN = "unknown"    # not in the table at all
    NEWER = "newer"        # first used after the year of birth
    RETIRED = "retired"    # no longer used in the year of birth


class RegionTable:
    """Codes and their names through time.  Immutable after construction."""

    def __init__(self, entries: Iterable[RegionEntry], countries: Iterable[Country] = (),
                 lines: list[str] | None = None) -> None:
        """``lines`` (:func:`load_table`): more codes, as the lines of a file (``code<TAB>name<TAB>start
        <TAB>end``, ``#`` comments); a code's lines are read into entries when it is first asked for,
        found by bisection in the sorted lines, so a start reads no more than it needs."""
        by_code: dict[str, list[RegionEntry]] = {}
        for e in entries:
            by_code.setdefault(e.code, []).append(e)
        self._by_code: dict[str, tuple[RegionEntry, ...]] = {code: _in_order(es) for code, es in by_code.items()}
        self._lines = sorted(lines or ())
        self._line_number = dict(zip(lines or (), range(len(lines or ())), strict=True))
        self._all: frozenset[str] | None = None if self._lines else frozenset(self._by_code)
        self._provinces: frozenset[str] | None = None
        self._countries = {c.numeric: c for c in countries}
        self._name_cache: dict[tuple[str, int | None], str | None] = {}
        self._shown: dict[str, str | None] = {}  # display_name per code (asked for every number checked)
        self._status: dict[tuple[str, int], CountyStatus] = {}
        self.derived: dict[object, object] = {}  # what a caller derives from this (immutable) table, kept with it

    def _of(self, code: str) -> tuple[RegionEntry, ...] | None:
        """The entries of ``code`` (None when unknown), its lines read on first use."""
        found = self._by_code.get(code)
        if found is None and self._lines:
            lines, key = self._lines, code + "\t"  # a code alone on its line: an empty row
            mine = [line for line in _lines_of(lines, code) if _is_row(line)]
            if mine:
                mine.sort(key=self._line_number.__getitem__)  # the file's order (sorting by years keeps it for ties)
                found = self._by_code[code] = _in_order(_entry(code, line[len(key):]) for line in mine)
        return found

    def _codes(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(self._by_code).union(line.partition("\t")[0] for line in self._lines
                                                       if _is_row(line))
        return self._all

    def __len__(self) -> int:
        return len(self._codes())

    def codes(self) -> list[str]:
        """Every code in the table, sorted."""
        return sorted(self._codes())

    def entries(self, code: str) -> tuple[RegionEntry, ...]:
        return self._of(code) or ()

    def is_known(self, code: str) -> bool:
        return self._of(code) is not None

    def is_province(self, code2: str) -> bool:
        """Whether ``code2`` begins a known code ending in ``0000``."""
        if self._provinces is None:
            if len(code2) == 2 and self._of(code2 + "0000") is not None:  # the usual question, answered at once
                return True
            self._provinces = frozenset(c[:2] for c in self._codes() if c.endswith("0000"))
        return code2 in self._provinces

    def province_name(self, code2: str) -> str | None:
        return self.name(code2 + "0000")

    def name(self, code: str, year: int | None = None) -> str | None:
        """The name ``code`` carried in ``year`` (the first later name, else the last name)."""
        entries = self._of(code)
        if not entries:
            return None
        if year is not None:
            for e in entries:
                if e.in_use(year):
                    return e.name
            for e in entries:
                if e.start_year is not None and e.start_year > year:
                    return e.name
        current = [e for e in entries if e.end_year is None]
        return (current or list(entries))[-1].name

    def full_name(self, code: str, year: int | None = None) -> str | None:
        """Province + city + county, e.g. ``110105`` -> ``北京市朝阳区``; None for an unknown
        province.  An unknown city or county part is left out.  ``year`` picks historic names."""
        key = (code, year)
        if key in self._name_cache:
            return self._name_cache[key]
        result = self._full_name(code, year)
        if len(self._name_cache) < 50_000:
            self._name_cache[key] = result
        return result

    def _full_name(self, code: str, year: int | None) -> str | None:
        if len(code) != 6 or not code.isdigit():
            return None
        province = self.name(code[:2] + "0000", year)
        if province is None:
            return None
        parts = [province]
        if code[2:4] != "00":
            city = self.name(code[:4] + "00", year)
            if city and city not in _PLACEHOLDERS:
                parts.append(city)
        if code[4:] != "00":
            county = self.name(code, year)
            if county and county not in _PLACEHOLDERS:
                parts.append(county)
        return "".join(parts)

    def display_name(self, code: str) -> str | None:
        """The name to show for ``code``: its current full name when the code is in use, else
        the full name of its last year of use marked :data:`RETIRED_MARK`.  Every part of the
        name is of one year, never a county of one era under a city of another."""
        if code in self._shown:
            return self._shown[code]
        shown = self._display_name(code)
        if len(self._shown) < 50_000:
            self._shown[code] = shown
        return shown

    def _display_name(self, code: str) -> str | None:
        entries = self._of(code)
        if entries and all(e.end_year is not None for e in entries):
            last = max(e.end_year for e in entries if e.end_year is not None)
            name = self.full_name(code, last)
            return None if name is None else name + RETIRED_MARK
        return self.full_name(code)

    def county_status(self, code: str, birth_year: int) -> CountyStatus:
        key = (code, birth_year)
        status = self._status.get(key)
        if status is None:
            status = self._county_status(code, birth_year)
            if len(self._status) < 50_000:
                self._status[key] = status
        return status

    def _county_status(self, code: str, birth_year: int) -> CountyStatus:
        entries = self._of(code)
        if not entries:
            return CountyStatus.UNKNOWN
        if any(e.in_use(birth_year) for e in entries):
            return CountyStatus.KNOWN
        if all(e.start_year is not None and e.start_year > birth_year for e in entries):
            return CountyStatus.NEWER
        return CountyStatus.RETIRED

    def first_year(self, code: str) -> int | None:
        """The first year the code was in use; None if before 1980 or unknown."""
        entries = self._of(code)
        if not entries or any(e.start_year is None for e in entries):
            return None
        return min(e.start_year for e in entries if e.start_year is not None)

    def last_year(self, code: str) -> int | None:
        """The last year the code was in use; None if still in use or unknown."""
        entries = self._of(code)
        if not entries or any(e.end_year is None for e in entries):
            return None
        return max(e.end_year for e in entries if e.end_year is not None)

    def country(self, numeric: str) -> Country | None:
        return self._countries.get(numeric)


def _int_or_none(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def _in_order(entries: Iterable[RegionEntry]) -> tuple[RegionEntry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.start_year or 0, e.end_year or 9999)))


def _entry(code: str, row: str) -> RegionEntry:
    """One row of the file, after its code: name, start year, end year (empty: none), source."""
    cols = row.split("\t")
    cols += [""] * (3 - len(cols))
    return RegionEntry(code, cols[0], _int_or_none(cols[1]), _int_or_none(cols[2]))


def _lines_of(lines: list[str], code: str) -> list[str]:
    """The lines of ``code`` in the sorted ``lines``: the code alone, then the code and a tab and more."""
    out = []
    for start, of_code in ((code, code.__eq__), (code + "\t", lambda line: line.startswith(code + "\t"))):
        i = bisect_left(lines, start)
        while i < len(lines) and of_code(lines[i]):
            out.append(lines[i])
            i += 1
    return out


def _is_row(line: str) -> bool:
    """A line of the file that is a row: not blank, not a ``#`` comment."""
    return bool(line) and line[0] != "#" and not line.isspace()


def _read_lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def _read_countries(path: Path) -> list[Country]:
    out: list[Country] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4:
                out.append(Country(cols[0], cols[1], cols[2], cols[3]))
    return out


def load_table(regions_tsv: Path, countries_tsv: Path | None = None) -> RegionTable:
    countries = _read_countries(countries_tsv) if countries_tsv is not None else []
    return RegionTable((), countries, lines=_read_lines(regions_tsv))


@lru_cache(maxsize=1)
def regions() -> RegionTable:
    """The shipped table, read on first use and kept."""
    return load_table(REGIONS_FILE, COUNTRIES_FILE)
