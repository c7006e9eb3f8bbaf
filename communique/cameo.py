"""The CAMEO code tables: names, Goldstein weights, PLOVER types, QuadClass, country codes.

Loaded once from the packaged files in `communique/data/cameo` (sources in SOURCES.md there).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

# CAMEO 01 (statements) has no PLOVER type; 02 (appeals) is PLOVER REQUEST (manual, §REQUEST).
PLOVER_BY_ROOT_EXTRA = {"02": "REQUEST"}
# Where the PLOVER manual overrides the 2021 conversion table: "International (political or
# economic) sanctions are coded as [SANCTION] 'discontinue'" (manual, SANCTION modes), while
# the table lists CAMEO 163 under COERCE.
PLOVER_OVERRIDES = {"163": "SANCTION"}


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    goldstein: float | None
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """GDELT 2.0 QuadClass: roots 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _data(name: str) -> str:
    data = resources.files("communique.data.cameo").joinpath(name).read_bytes()
    return data.decode("utf-8", errors="replace")


@cache
def plover_table() -> dict[str, str]:
    """CAMEO code → PLOVER event type, from CAMEO2PLOVER-2021.txt."""
    table: dict[str, str] = {**PLOVER_BY_ROOT_EXTRA, **PLOVER_OVERRIDES}
    for line in _data("CAMEO2PLOVER-2021.txt").splitlines():
        head, _, rest = line.partition(":")
        head = head.strip()
        if not head.isdigit() or not rest.strip():
            continue
        table.setdefault(head, rest.split("#")[0].split(",")[0].strip())
    return table


@cache
def codes() -> dict[str, Code]:
    """Every CAMEO event code (2, 3 and 4 digits) with its name, Goldstein and PLOVER type."""
    plover = plover_table()
    out: dict[str, Code] = {}
    for row in csv.DictReader(_data("cameo-codes.csv").splitlines()):
        code = row["code"]
        weight = None if row["goldstein"] in ("", "NA") else float(row["goldstein"])
        out[code] = Code(code, row["name"].strip(), weight, _plover_for(code, plover))
    return out


def _plover_for(code: str, plover: dict[str, str]) -> str | None:
    for prefix in (code, code[:3], code[:2]):
        if prefix in plover:
            return plover[prefix]
    return None


def lookup(code: str) -> Code:
    """The Code for `code`, falling back to its 3-digit base and root for unlisted codes."""
    table = codes()
    for prefix in (code, code[:3], code[:2]):
        if prefix in table:
            found = table[prefix]
            return found if prefix == code else Code(code, found.name, found.goldstein,
                                                      found.plover)
    raise KeyError(code)


@cache
def countries() -> dict[str, str]:
    """CAMEO country/region code → name."""
    rows = _data("CAMEO.country.txt").splitlines()[1:]
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if "\t" in r}


@cache
def regions() -> frozenset[str]:
    """The CAMEO region codes (AFR "Africa" … WST "The West"), which head the country table:
    groups of countries, none a country itself."""
    codes = list(countries())
    return frozenset(codes[codes.index("AFR"): codes.index("WST") + 1])


@cache
def sectors() -> dict[str, str]:
    """CAMEO actor-type (sector) code → name."""
    rows = _data("CAMEO.actortype.txt").splitlines()[1:]
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if "\t" in r and r[0] != "0"}
