"""Convert the Phoenix actor dictionaries (TABARI/PETRARCH format, MIT) into the project's
actor knowledge-base format: communique/data/actors/phoenix.jsonl (schema in
communique/kb/schema.py).

Run from the repository root (re-runnable; it overwrites its outputs), after
scripts/make_countries.py (the names countries.jsonl has are left out here):

    .venv/bin/python scripts/convert_phoenix.py [DICTIONARY_DIR] [--all]

DICTIONARY_DIR defaults to /work/shared/data/dictionaries and must hold
Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (Phoenix.agents.txt, when present, supplies the generic
words that are never kept as names). Standard library and pydantic only.

The dictionary format, as PETRARCH reads it (PETRreader.read_actor_dictionary):

    NAME_ [CODE]              a primary phrase, optionally with a default code
    +ALIAS_                   a synonym of the primary phrase above
    <TAB>[CODE]               a default code
    <TAB>[CODE >YYMMDD]       a code that holds after a date (role start)
    <TAB>[CODE <YYMMDD]       ... before a date (role end)
    <TAB>[CODE YYMMDD-YYMMDD] ... between two dates
    # comment

`_` joins the words of a phrase and a trailing `_` only marks a word boundary. A primary
phrase with no code shares the codes of the next phrase that has some (PETRARCH keeps one
code list until a code is seen); here each such phrase becomes an entry of its own with those
roles. Dates are YYMMDD (YY > 30 is 19YY, else 20YY) or YYYYMMDD.

What is converted, and how (counts are printed at the end of a run):

* Countries file: the country blocks (`AFGHANISTAN_ [AFG]` with its variants, cities and
  provinces) are skipped: countries.jsonl (scripts/make_countries.py) has the countries. The
  other entries are people ("person") or, by the words of their names, institutions
  ("organisation") and armed groups or parties ("group").
* International file: intergovernmental bodies (IGO codes) are "igo", NGOs, companies and the
  rest "organisation"; the people listed there (UN secretaries-general, heads of agencies ...)
  are "person".
* MilNonState file: "group" (and "person" for the few named leaders).
* country: the first three letters of the first role code when they are a country code (for
  NGO/MNC codes the country triple that follows, as in MNCUSA); null for IGOs and for
  transnational NGO/MNC/IMG codes; a CAMEO region code (WST, MEA, ...) when that is all the
  code says. Entries whose codes begin with nothing known (ELI alone, ---) are skipped.
* Codes: ISO ROU, MNE, TLS become CAMEO's ROM, MTN, TMP (the codes of CAMEO.country.txt);
  numeric sub-codes (NGOCHRPRO214) are cut; codes longer than 12 letters are cut to 12.
* Names: underscores become spaces, words are title-cased (acronyms such as NATO, IRGC, PLA
  kept upper-case; al-/el- and particles such as bin, de, of lower-case). Aliases that are
  generic words (the agents dictionary: "army", "president") or titles ("President Karzai",
  "Foreign Minister Ghani") are dropped; a person's title-only primary name gives way to
  the first clean alias, or the entry is skipped.
* Low-value entries are left out unless --all is given, so that the packaged knowledge base
  loads in well under a second (see MIN_COMPANY_VALUE, PERSON_CUTOFF): companies from the
  stock listings worth under $10 billion, and people whose roles all ended before 2010.
* Entries whose name (or a multi-word alias) has the name key of an entry in current.jsonl
  (hand-curated, more current) or countries.jsonl are dropped; one-word aliases that collide
  with those files are removed from the Phoenix entry. Phoenix entries that share a name key,
  kind and country are merged.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from communique.kb import name_key, read_entries  # noqa: E402
from communique.kb.schema import Entry  # noqa: E402

DICTIONARIES = Path("/work/shared/data/dictionaries")
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt")
ACTORS = ROOT / "communique/data/actors"
OUT = ACTORS / "phoenix.jsonl"
LICENSE_OUT = ACTORS / "LICENSE-phoenix.txt"
CAMEO_COUNTRY = ROOT / "communique/data/cameo/CAMEO.country.txt"
CAMEO_TYPES = ROOT / "communique/data/cameo/CAMEO.actortype.txt"
CAMEO_GROUPS = ROOT / "communique/data/cameo/CAMEO.knowngroup.txt"

SOURCE = "Phoenix dictionaries (Open Event Data Alliance, MIT), {file}"

# Low-value entries left out unless --all is given: communique loads the packaged knowledge
# base (countries.jsonl, phoenix.jsonl, current.jsonl) at start-up and must do so in under a
# second; each entry costs about 35 microseconds (pydantic validation and name keys), and
# the full conversion (about 25,000 entries) took 0.9-1.2 s. The companies come from stock
# listings (market values in the comments); the people are CountryInfo's office holders.
MIN_COMPANY_VALUE = 10_000_000_000
PERSON_CUTOFF = dt.date(2010, 1, 1)

# --------------------------------------------------------------------------------------
# Code tables
# --------------------------------------------------------------------------------------

# Codes in CAMEO.country.txt that are places or regions rather than countries.
NOT_COUNTRIES = {"WSB", "BAG", "GZS"}
# Country codes the Phoenix files use that CAMEO.country.txt lacks: ISO 3166 codes where
# CAMEO keeps an older one (ROU/ROM, MNE/MTN, TLS/TMP), former states, Kosovo, Guernsey.
EXTRA_COUNTRIES = {"ROU", "MNE", "TLS", "SUN", "USR", "DDR", "YUG", "CSK", "SCG", "KSV",
                   "XKX", "GGY", "JEY"}
# Transnational CAMEO types: an entry coded with these has no country of its own.
TRANSNATIONAL = {"IGO", "NGO", "MNC", "IMG", "INT", "NGM", "UIS", "PKO"}
# CAMEO religion codes that lead some codes (World Hindu Council [HINRAD], Aum Shinrikyo
# [BUDREB], Baha'i International Community [BAH]).
RELIGIONS = {"BAH", "BUD", "CHR", "HIN", "JEW", "MOS", "MUS", "JAN", "SIK", "ZRO", "CON",
             "TAO", "SHN", "DOX", "ITR"}
# Codes rewritten to the ones CAMEO.country.txt uses (the table communique's exports check):
# ISO 3166 ROU, MNE, TLS are ROM, MTN, TMP in CAMEO; ANG is a misspelling of AGO (UNITA).
CODE_FIXES = {"ANG": "AGO", "ROU": "ROM", "MNE": "MTN", "TLS": "TMP"}


def _table(path: Path) -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        code, _, label = line.partition("\t")
        if re.fullmatch(r"[A-Z]{3}", code):
            rows[code] = label.strip()
    return rows


def code_tables() -> tuple[set[str], set[str], set[str]]:
    """(country codes, CAMEO region codes, other known CAMEO codes)."""
    table = _table(CAMEO_COUNTRY)
    codes = list(table)
    # The file lists three places, then the regions up to WST, then the countries.
    regions = set(codes[: codes.index("WST") + 1]) - NOT_COUNTRIES
    countries = set(codes) - regions - NOT_COUNTRIES | EXTRA_COUNTRIES
    # Known groups and religions may lead a code ([HINRAD], [BUDREB]); the sector codes
    # alone ([ELI], [MED]) say nothing of who the actor is.
    sector_codes = set(_table(CAMEO_TYPES)) - TRANSNATIONAL
    known = (set(_table(CAMEO_GROUPS)) | RELIGIONS | TRANSNATIONAL) - sector_codes
    return countries, regions, known


# --------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------

BRACKET = re.compile(r"\[([^\]]*)\]")


@dataclass
class RawRole:
    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool


@dataclass
class Phrase:
    text: str                          # the primary phrase as written
    synonyms: list[str] = field(default_factory=list)
    comment: str = ""
    line: int = 0


@dataclass
class Block:
    """Phrases sharing one list of codes, as PETRARCH stores them."""
    file: str
    phrases: list[Phrase] = field(default_factory=list)
    roles: list[RawRole] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    section: str = ""
    coded: bool = False                # a code was seen (a new primary phrase starts a block)


class Stats(Counter):
    def note(self, key: str, n: int = 1) -> None:
        self[key] += n


STATS = Stats()


def parse_date(text: str) -> dt.date | None:
    """YYMMDD or YYYYMMDD; raises ValueError on anything else."""
    text = text.strip()
    if len(text) == 10 and text.startswith("19") and text[2:4] in {"19", "20"}:
        text = text[2:]                # "1920030320": a stray century before YYYYMMDD
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 1900 + yy if yy > 30 else 2000 + yy
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8 and text.isdigit():
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"bad date {text!r}")


def parse_code(content: str) -> RawRole | None:
    """The inside of one [...] group: `CODE`, `CODE >D`, `CODE <D`, `CODE D-D`."""
    content = content.strip()
    m = re.match(r"([A-Za-z]+)", content)
    if not m:
        STATS.note("codes skipped: not a code (e.g. [---])")
        return None
    letters = m.group(1).upper()
    rest = content[m.end():]
    if re.match(r"\d", rest):           # NGOCHRPRO214: a numeric sub-code, ignored
        rest = ""
    letters = letters[: min(12, len(letters) - len(letters) % 3)]
    letters = "".join(CODE_FIXES.get(t, t) for t in
                      (letters[i:i + 3] for i in range(0, len(letters), 3)))
    if not letters:
        STATS.note("codes skipped: not a code (e.g. [---])")
        return None
    rest = rest.strip().replace(" ", "")
    try:
        if not rest:
            return RawRole(letters, None, None, False)
        if rest[0] == ">":
            return RawRole(letters, parse_date(rest[1:]), None, True)
        if rest[0] == "<":
            return RawRole(letters, None, parse_date(rest[1:]), True)
        if "-" in rest:
            a, _, b = rest.partition("-")
            start, end = parse_date(a), parse_date(b)
            if end < start:
                STATS.note("roles skipped: end before start")
                return None
            return RawRole(letters, start, end, True)
        # "[USAGOV 19820101] # entered Foreign Service": a bare date is a start.
        return RawRole(letters, parse_date(rest), None, True)
    except ValueError:
        STATS.note("roles skipped: unreadable date")
        return None


def parse_file(path: Path) -> list[Block]:
    blocks: list[Block] = []
    block: Block | None = None
    section = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        stripped = raw.strip()
        if stripped.startswith(("#", "<!")):
            if not raw[0].isspace() and not stripped[1:].lstrip().startswith(("+", "[")):
                section = stripped.lstrip("# ").strip()
            continue
        body, _, comment = raw.partition("#")
        codes = [c for c in (parse_code(g) for g in BRACKET.findall(body)) if c]
        text = BRACKET.sub(" ", body).strip()
        if raw[0].isspace() and (not text or text.startswith("[")):
            # a date restriction (or a default code) for the current block
            if block is not None:
                block.roles.extend(codes)
                block.coded = block.coded or bool(codes) or "[" in body
                if comment.strip():
                    block.comments.append(comment.strip())
            continue
        if text.startswith("+"):
            if block is None or not block.phrases:
                continue
            # "+A_+_B_" (two synonyms run together) is split
            block.phrases[-1].synonyms.extend(s for s in text[1:].split("+") if s.strip())
            block.roles.extend(codes)
            block.coded = block.coded or bool(codes)
            continue
        # a primary phrase (also one indented by mistake, as `\tJOHN_MCCLOY_ [...]`)
        if block is None or block.coded:
            block = Block(file=path.name, section=section)
            blocks.append(block)
        block.phrases.append(Phrase(text=text, comment=comment.strip(), line=number))
        block.roles.extend(codes)
        block.coded = block.coded or bool(codes) or "[" in body
        if comment.strip():
            block.comments.append(comment.strip())
    return blocks


def licence_text(path: Path) -> str:
    """The MIT licence notice from a dictionary's header comment."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.startswith("#"):
            break
        lines.append(raw[1:].rstrip().removeprefix(" "))
    start = next(i for i, line in enumerate(lines) if "MIT License" in line)
    body = lines[start:]
    while body and not body[-1].strip():
        body.pop()
    return "\n".join(body) + "\n"


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

# Words that make a phrase a title, not a name ("President Karzai", "Foreign Minister X").
# Anywhere in a person's name:
TITLE_ANYWHERE = {
    "president", "vice-president", "minister", "ministers", "secretary",
    "secretary-general", "chancellor", "senator", "ambassador", "premier", "governor",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "congressman",
    "congresswoman", "envoy", "mayor", "commander", "prime", "foreign", "defense", "defence",
    "acting", "former", "deputy", "presidential", "secy", "sec", "gen.", "sen.", "rep.",
    "chief", "director", "undersecretary", "under-secretary", "speaker", "leader",
    "ayatollah", "representative", "attorney", "adviser", "advisor", "elect", "governer",
    "goven", "govenor", "administration", "government", "cabinet", "regime", "camp",
    "supporters", "loyalists", "forces", "office", "team", "secretaty",
    "presidente", "ministre",
}
# Only at the start of a name (some are also surnames: Martin Luther King, Tom Major):
TITLE_START = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "gen", "gov", "general", "king", "queen", "prince",
    "princess", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm",
    "marshal", "field", "lt", "lieutenant", "sgt", "sergeant", "pope", "judge", "justice",
    "rep", "crown", "emperor", "empress", "lord", "lady", "sir", "dame", "madame", "mme",
    "monsieur", "brigadier", "vice", "the", "premier", "his", "her", "senior", "top", "new",
    "un", "u.n.", "us", "u.s.", "american", "british", "french", "israeli", "iraqi",
    "iranian", "russian", "chinese", "afghan", "pakistani", "indian", "syrian", "egyptian",
}

PERSON_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "president", "minister", "prime",
                 "secretary", "general", "gen", "king", "queen", "prince", "princess", "sheikh",
                 "foreign", "defense", "defence", "acting", "former", "chancellor", "premier"}

# Lower-case when not first: particles and short function words.
PARTICLES = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del",
             "della", "der", "den", "van", "von", "da", "das", "dos", "do", "du", "la", "le",
             "les", "y", "e", "bin", "bint", "ibn", "al", "el", "ul", "ud", "und", "et", "di",
             "with", "against", "by", "from", "or", "zu", "ben"}
# Lower-case before a hyphen (al-Zarqawi, el-Sisi, as-Sahab), wherever the word is.
ARTICLE_PREFIX = {"al", "el", "as", "ash", "ad", "ar", "az", "at", "an", "ul", "ud", "bin",
                  "ibn", "abd"} - {"abd"}
NOT_ACRONYMS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "mt", "lt", "sgt", "cpl", "pvt",
                "ft", "ltd", "vs", "nw", "ny"}
CASE_WORDS = {"mcdonald's": "McDonald's", "ebay": "eBay", "iphone": "iPhone"}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
# Acronyms the rules below would miss (they have vowels, or are common words elsewhere).
ACRONYMS = {
    "UN", "US", "USA", "UK", "EU", "AU", "UAE", "NATO", "IRGC", "ISIS", "ISIL", "IAEA", "OPEC",
    "ASEAN", "UNICEF", "UNESCO", "UNHCR", "UNDP", "UNEP", "UNIFIL", "UNAMA", "UNAMI", "UNSC",
    "WTO", "IMF", "ICC", "ICJ", "ICRC", "OSCE", "OAS", "OAU", "OIC", "GCC", "CIA", "FBI",
    "NSA", "KGB", "FSB", "GRU", "SVR", "MI5", "MI6", "BBC", "CNN", "AFP", "UPI", "ABC",
    "NBC", "CBS", "PBS", "NPR", "IRNA", "ISNA", "KCNA", "NGO", "AIDS", "HIV", "IBM",
    "IRA", "ETA", "PLO", "PKK", "PYD", "YPG", "SDF", "KDP", "PUK", "HTS", "AQAP", "AQIM",
    "LTTE", "FARC", "ELN", "ANC", "SPLM", "SPLA", "RUF", "NPA", "MILF", "MNLF", "ULFA",
    "PFLP", "DFLP", "PLA", "KMT", "DPP", "LDP", "SPD", "CDU", "CSU", "FDP", "AKP", "CHP",
    "MHP", "HDP", "BJP", "PPP", "PML", "MQM", "UNITA", "MPLA", "FRELIMO", "RENAMO", "ZANU",
    "ZAPU", "SWAPO", "UNAMID", "MONUC", "MONUSCO", "MINUSMA", "AMISOM", "ECOWAS", "SADC",
    "IGAD", "COMESA", "APEC", "OECD", "OPCW", "ILO", "FAO", "WFP", "IOM", "IFAD", "UNFPA",
    "UNRWA", "OCHA", "OHCHR", "UNAIDS", "UNIDO", "UNCTAD", "UNODC", "UNOPS", "UNITAR", "IPCC",
    "ICAO", "IMO", "ITU", "UPU", "WIPO", "WMO", "UNWTO", "IFC", "IDB", "ADB", "AFDB", "EBRD",
    "EIB", "ECB", "BIS", "CIS", "CSTO", "SCO", "BRICS", "NAFTA", "EFTA", "CARICOM", "SAARC",
    "ANZUS", "SEATO", "CENTO", "NORAD", "AFRICOM", "CENTCOM", "EUCOM", "PACOM", "SOUTHCOM",
    "ISAF", "KFOR", "SFOR", "IFOR", "UNPROFOR", "UNMIK", "UNMIL", "UNMIS", "UNMISS", "UNOCI",
    "MINUSTAH", "UNTAET", "UNAMSIL", "UNIKOM", "UNTSO", "UNDOF", "UNFICYP", "UNMEE",
    "UNMOGIP", "G7", "G8", "G20", "G77", "NYT", "WSJ", "CBC", "CTV", "ITN", "NHK",
    "KBS", "MBC", "SBS", "TASS", "AIPAC", "ACLU", "NAACP", "NRA", "AFL", "CIO", "MSF", "HRW",
    "IRC", "WWF", "IUCN", "IFRC", "IOC", "FIFA", "UEFA", "NASA", "NOAA", "FEMA",
    "DHS", "DOJ", "DOD", "DEA", "ATF", "TSA", "EPA", "FDA", "CDC", "NIH", "SEC", "FTC",
    "FCC", "IRS", "USAID", "NSC", "JCS", "NORTHCOM", "SOCOM", "USMC", "RAF", "SAS", "GCHQ", "NHS",
    "IDF", "IAF", "MOSSAD", "SAVAK", "VEVAK", "MOIS", "ISI", "CBI", "NIA", "SSG", "JI", "MUJAO",
    "MNLA", "NDF", "RSF", "TPLF", "EPRDF",
    "OLF", "ONLF", "SNM", "TFG", "ICU", "AQI", "JN", "FSA", "SNC", "NCRI", "MEK",
    "PJAK", "PDKI", "KRG", "PMF", "PMU", "CPA", "SCIRI", "ISCI", "UIA", "KDPI",
}
# Single upper-case words that are names, not acronyms, when they stand alone.
WORD_NAMES = {
    "HAMAS", "FATAH", "OXFAM", "INTERPOL", "HEZBOLLAH", "HIZBULLAH", "HIZBOLLAH", "TALIBAN",
    "UNOCAL", "AMAL", "AMNESTY", "GREENPEACE", "EUROPOL", "EUROJUST", "FRONTEX", "EUROSTAT",
    "MERCOSUR", "PETROBRAS", "GAZPROM", "ROSNEFT", "ARAMCO", "SINOPEC", "PEMEX", "NOKIA",
    "TOYOTA", "HONDA", "NISSAN", "SONY", "SAMSUNG", "SIEMENS", "NESTLE", "UNILEVER", "SHELL",
    "TOTAL", "CHEVRON", "EXXON", "BOEING", "AIRBUS", "GOOGLE", "APPLE", "MICROSOFT",
    "AMAZON", "FACEBOOK", "TWITTER", "REUTERS", "XINHUA", "ITAR", "INTERFAX", "ALJAZEERA",
    "HADASH", "LIKUD", "KADIMA", "MERETZ", "SHAS", "BALAD", "TAAL", "JIHAD", "SABA", "WAFA",
    "PETRA", "MENA", "FARS", "TASNIM", "MEHR", "PRESS", "ANSAR", "JUNDALLAH", "SIPAH",
    "BASIJ", "QUDS", "SHABAAB", "SHABAB", "BOKO", "HARAM", "POLISARIO", "SENDERO",
    "TUPAMAROS", "MONTONEROS", "OTPOR", "SOLIDARITY", "SOLIDARNOSC", "YABLOKO", "RODINA",
    "SVOBODA", "FIDESZ", "JOBBIK", "SYRIZA", "PASOK", "PODEMOS", "ENNAHDA", "NIDAA",
    "SADRIST", "DAWA", "BADR", "MAHDI", "UNASUR", "PETROCARIBE", "ALBA", "DAESH", "DAISH",
    "NUSRA", "HUTHI", "HOUTHI", "HOUTHIS", "ANSARALLAH", "IKEA", "ROLEX", "INTEL", "ORACLE",
    "ADIDAS", "PUMA", "NIKE", "PEPSI", "PEPSICO", "LEGO", "MOTOROLA", "XEROX", "KODAK",
    "DUMA", "KACH", "KAKH", "ZONTA", "THULE", "FAROE", "GUAM", "NIUE", "NUIE", "GAZA", "RAFAH",
    "STASI", "ALEPH", "ALUKA", "CAMO", "BRAC", "CHOPU", "ZAIN", "TELUS", "TESCO", "EVRAZ",
    "DEXIA", "CEMEX", "FORTIS", "MATAV", "NSTAR", "PIMCO", "IXIA", "TUPAC",
}
# One-word aliases of groups that are ordinary words in news text.
SINGLE_WORD_GENERIC = {
    "youth", "zero", "olive", "dawn", "tigers", "falcon", "falcons", "paradise", "machete",
    "mavericks", "nation", "country", "occupied", "boogeymen", "muhammed", "insula", "eyal",
    "hotaru", "venceremos", "lautaros", "hisba", "tanzim", "shahin", "muhannad", "hamzah",
    "karamah", "yahweh", "ela", "uda", "amit", "clandestini", "ecologistas", "janashakti",
}
GENERIC_EXTRA = {
    "government", "army", "police", "military", "president", "minister", "leader", "rebels",
    "people", "state", "republic", "kingdom", "party", "council", "parliament", "congress",
    "senate", "court", "ministry", "cabinet", "navy", "forces", "authority", "agency",
    "commission", "committee", "union", "federation", "league", "front", "movement",
    "organization", "organisation", "association", "group", "institute", "university",
    "center", "centre", "foundation", "company", "corporation", "bank", "fund", "office",
    "service", "department", "bureau", "board", "mission", "assembly",
    "international", "national", "united", "the", "world", "global", "new", "news", "times",
    "post", "daily", "radio", "television", "tv", "media", "press", "network", "church",
    "islamic", "muslim", "christian", "jewish", "arab", "secretariat", "monitor", "envoy",
    "resident", "bodies", "chief", "unity", "liberty", "freedom", "justice", "peace",
    "revolution", "revolutionary", "democracy", "independence", "resistance", "jihad",
    "security", "intelligence", "interior", "defense", "defence", "embassy", "consulate",
}


def plural_forms(phrase: str) -> set[str]:
    words = phrase.split()
    last = words[-1]
    forms = {phrase}
    if last.endswith(("s", "x", "ch", "sh")):
        forms.add(" ".join([*words[:-1], last + "es"]))
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(" ".join([*words[:-1], last[:-1] + "ies"]))
    elif last.endswith("man"):
        forms.add(" ".join([*words[:-1], last[:-3] + "men"]))
    forms.add(" ".join([*words[:-1], last + "s"]))
    return forms


def generic_phrases(directory: Path) -> set[str]:
    """Name keys of the agents dictionary's phrases (and plurals): never names."""
    keys = {name_key(w) for w in GENERIC_EXTRA}
    path = directory / "Phoenix.agents.txt"
    if not path.exists():
        return keys
    entry = re.compile(r"^([^\[{#!<]+?)\s*(?:\{([^}]*)\})?\s*\[")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = entry.match(line.strip())
        if not m:
            continue
        phrase = m.group(1).replace("_", " ").lower().strip()
        phrase = re.sub(r"!\w+!", "man", phrase)
        if not phrase:
            continue
        for form in plural_forms(phrase):
            keys.add(name_key(form))
        if m.group(2):
            keys.add(name_key(m.group(2).replace("_", " ")))
    keys.discard("")
    return keys


def clean_phrase(text: str) -> tuple[str, list[str]] | None:
    """Dictionary phrase → (upper-case words joined by spaces, parenthesised parts)."""
    if "\ufffd" in text:
        STATS.note("phrases skipped: damaged characters")
        return None
    text = text.replace("_", " ").replace("\t", " ")
    inner = re.findall(r"\(([^)]*)\)", text)
    text = re.sub(r"\([^)]*\)", " ", text).replace("(", " ").replace(")", " ")
    text = re.sub(r"\s+", " ", text).strip(" ,;:/-").upper()
    text = re.sub(r"\s+\d+(?:ST|ND|RD|TH) TIME$", "", text)   # "ELBEGDORJ 1ST TIME"
    text = re.sub(r"\s+-\s*$", "", text)
    if not re.search(r"[A-Z]", text):
        return None
    return text, [re.sub(r"\s+", " ", p.replace("_", " ")).strip().upper() for p in inner]


def initials(words: list[str], skip: bool) -> str:
    out = []
    for w in words:
        for part in re.split(r"[-/]", w):
            if not part or (skip and part.lower() in PARTICLES):
                continue
            out.append(part[0])
    return "".join(out)


def looks_acronym(word: str, person: bool) -> bool:
    core = word.strip(".,")
    if not core or re.search(r"'S$", core):
        return False
    if person:        # people: only initials (B. Lynn Pascoe, R.K. Pachauri) and numerals
        return bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", word)) or core in ROMAN
    if core in ACRONYMS or core in ROMAN:
        return True
    if re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", word):   # U.N., U.S.
        return True
    if re.search(r"\d", core) and re.search(r"[A-Z]", core) and len(core) <= 6:
        return True                                        # MI6, G8
    if "&" in core and len(core) <= 6:
        return True                                        # AT&T
    letters = re.sub(r"[^A-Z]", "", core)
    # PKK, KDP, SPLM
    return 2 <= len(letters) <= 6 and not re.search(r"[AEIOUY]", letters) \
        and core.lower() not in NOT_ACRONYMS


def cap(word: str) -> str:
    """One upper-case word, title-cased: O'Brien, McCain, Children's, D'Alema."""
    low = word.lower()
    if low in CASE_WORDS:
        return CASE_WORDS[low]
    out = low[:1].upper() + low[1:]
    m = re.match(r"^([OD])'(\w)", word, flags=re.I)
    if m:
        out = m.group(1).upper() + "'" + low[2:3].upper() + low[3:]
    if re.match(r"^mc\w{2,}", low):
        out = "Mc" + low[2:3].upper() + low[3:]
    if low[:1] in "'\"" and len(low) > 1:
        out = low[0] + low[1:2].upper() + low[2:]  # al-'Idalat, 'Aziz, "Fuad"
    return out


def nice_case(text: str, acronyms: set[str], person: bool, korean: bool = False,
              short_acronym: bool = False) -> str:
    """Title case for an upper-case phrase. `short_acronym`: a one-word name of five
    letters or fewer is an acronym (bodies and groups: UNDP, YMCA, BEAC, but not Hamas,
    which WORD_NAMES lists)."""
    words = text.split(" ")
    if short_acronym and len(words) == 1 and text not in WORD_NAMES and (
            re.fullmatch(r"[A-Z]{2,5}|UN[A-Z]{2,5}", text)):
        return text
    if not person:
        acronyms = acronyms - WORD_NAMES
    out = []
    for i, word in enumerate(words):
        if (not person and word in acronyms) or looks_acronym(word, person):
            out.append(word)
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)                       # initials: B. Lynn Pascoe
            continue
        if "/" in word and not person:
            out.append("/".join(nice_case(w, acronyms, person, korean) if w else w
                                for w in word.split("/")))
            continue
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            low = part.lower()
            if not part:
                cased.append(part)
            elif j < len(parts) - 1 and low in ARTICLE_PREFIX:
                cased.append(low)                  # al-Zarqawi, el-Sisi
            elif (not person and part in acronyms) or looks_acronym(part, person):
                cased.append(part)
            elif korean and j > 0:
                cased.append(low)                  # Ban Ki-moon, Kim Jong-un
            elif i > 0 and len(parts) == 1 and low in PARTICLES:
                cased.append(low)
            else:
                cased.append(cap(part))
        out.append("-".join(cased))
    return " ".join(out)


def is_title(words: list[str], person: bool) -> bool:
    """Whether a phrase is (or starts with) a title rather than a name form."""
    low = [w.lower().strip(",").rstrip(".") for w in words]
    if not low:
        return True
    if person:
        # President-Elect Reagan, Secretary-General Ban
        low = [part for w in low for part in ([w] + w.split("-") if "-" in w else [w])]
        if low[0] in TITLE_START or any(w in TITLE_ANYWHERE for w in low):
            return True
        # "U.N. Secretary-General Ban Ki-moon": a title after a body or country word
        return len(low) > 1 and low[1] in TITLE_ANYWHERE
    # an organisation's name that is a person's title: "President Karzai", "Mr Obama"
    return low[0] in PERSON_TITLES and len(low) <= 4 and not set(low) & ORG_WORDS


# --------------------------------------------------------------------------------------
# Kinds
# --------------------------------------------------------------------------------------

ORG_WORDS = {
    "ministry", "ministries", "department", "agency", "office", "bureau", "service",
    "services", "army", "armed", "forces", "force", "navy", "police", "guard", "guards",
    "corps", "command", "council", "committee", "commission", "parliament", "assembly",
    "congress", "senate", "court", "tribunal", "government", "cabinet", "administration",
    "authority", "university", "college", "school", "institute", "institution", "academy",
    "center", "centre", "foundation", "fund", "bank", "company", "corporation", "corp",
    "inc", "ltd", "group", "association", "federation", "union", "league", "organization",
    "organisation", "society", "network", "news", "times", "post", "herald",
    "journal", "tribune", "gazette", "radio", "television", "tv", "broadcasting", "press",
    "daily", "magazine", "media", "channel", "church", "mosque", "synagogue", "temple",
    "board", "reserve", "treasury", "house", "palace", "kremlin", "pentagon", "street",
    "hall", "party", "front", "movement", "brigade", "brigades", "militia", "militias",
    "battalion", "battalions", "regiment", "division", "unit", "units", "squad", "cell",
    "cells", "faction", "alliance", "coalition", "mission", "embassy", "consulate", "club",
    "team", "state", "states", "republic", "kingdom", "region", "province", "territory",
    "islands", "secretariat", "intelligence", "security", "directorate",
    "program", "programme", "project", "initiative", "trust", "partnership", "watch",
    "international", "national", "federal", "central", "royal", "people's", "peoples",
    "revolutionary", "liberation", "resistance", "jihad", "mujahideen", "mujahedin",
    "taliban", "qaeda", "hezbollah", "hizbullah", "hamas", "nations", "community",
    "communities", "conference", "forum", "groups", "rebels", "insurgents",
    "workers", "students", "youth", "women", "children", "prisoners", "refugees",
    "legislature", "duma", "knesset", "majlis", "shura", "politburo", "junta", "regime",
    "dynasty", "monarchy", "family", "clan", "tribe", "tribes", "opposition",
    "soviet", "presidium", "laboratory", "laboratories", "hospital", "clinic", "museum", "library",
    "airlines",
    "airways", "railways", "industries", "holdings", "systems", "energy", "oil", "petroleum",
    "motors", "electric", "telecom", "communications", "technologies", "pharmaceuticals",
    "partners", "capital", "investments", "securities", "insurance", "trading", "exchange",
    "station", "base", "headquarters", "stock", "market", "markets", "fellowship", "relief",
    "solidarity", "worldwide", "assocation", "aid", "rights",
    "action", "sisters", "friends", "fraternity", "sorority", "kappa", "catholic",
    "area", "trade", "countries", "assemblee", "parlementaire", "voices", "chamber", "treaty",
    "monitor", "envoy", "peacekeeper", "peacekeepers",
    "contingent", "resident", "bodies", "representative", "rapporteur", "sad", "amro",
}
# Names the rules get wrong; None drops the entry (fictional test entries of the source).
KIND_OVERRIDES: dict[str, str | None] = {
    "abu sayyaf": "group", "extremist abu sayyaf": "group", "ernst stavro blofeld": None,
    "ra s ghul": None, "hong kil dong": None,
}
# Places coded like actors in the Countries file (Gaza [PSEGZA]): not actors here.
PLACES = {"gaza"}
# Organisation words that are also surnames or given names (Harriet Hall, Abdullah Jihad).
SURNAME_LIKE = {"hall", "street", "church", "house", "post", "press", "jihad", "duma", "temple",
                "bank", "banks", "club", "cell", "guard", "chief", "stock", "market",
                "capital", "reserve", "royal", "base", "young", "trust", "watch", "station",
                "fund", "front", "team", "league", "hospital", "mission", "union", "board",
                "state", "family", "energy", "partners", "oil", "tribune", "herald"}
GROUP_SECTORS = {"REB", "INS", "SEP", "UAF", "RAD", "IMG"}
GROUP_WORDS = {"party", "front", "movement", "brigade", "brigades", "militia", "militias",
               "battalion", "battalions", "faction", "mujahideen", "mujahedin", "army",
               "jihad", "resistance", "liberation", "rebels", "insurgents", "guerrillas",
               "taliban", "qaeda", "hezbollah", "hizbullah", "hamas", "cells", "cell"}


def sectors(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


# --------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------


class Converter:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.countries, self.regions, self.known = code_tables()
        self.generic = generic_phrases(directory)
        self.acronyms = set(ACRONYMS)
        self.given_names: set[str] = set()
        self.country_keys: set[str] = set()

    # codes --------------------------------------------------------------------------

    def country_of(self, code: str, igo: bool) -> tuple[bool, str | None]:
        """(whether the code is usable, the entry's country)."""
        triples = sectors(code)
        first = triples[0]
        if first in self.countries:
            return True, first
        if first in {"IGO"} or igo:
            return True, None
        if first in TRANSNATIONAL:
            # MNCUSA, NGOGBR; but IMGMUS... is Muslim, not Mauritius
            if len(triples) > 1 and triples[1] in self.countries - RELIGIONS:
                return True, triples[1]
            return True, None
        if first in self.regions:
            return True, first
        if first in self.known:
            return True, None
        return False, None

    def is_country_code(self, code: str) -> bool:
        """A country's own code: AFG, or a territory's under its state (GBRGIB, DNKGRL)."""
        return len(code) == 3 or (len(code) == 6 and code[3:] in self.countries)

    # blocks -------------------------------------------------------------------------

    def phrase_names(self, phrase: Phrase) -> tuple[list[str], list[str]]:
        """Upper-case name forms of a phrase (primary first) and parenthesised acronyms."""
        names, extra = [], []
        for text in [phrase.text, *phrase.synonyms]:
            cleaned = clean_phrase(text)
            if cleaned is None:
                continue
            words, inner = cleaned
            names.append(words)
            for part in inner:
                # "(ETA)", "(AAIA)" are acronyms; "(GREECE)", "(KARATAS FACTION)" are not
                bare = re.sub(r"[^A-Z]", "", part)
                if not re.fullmatch(r"[A-Z][A-Z.&/-]{1,9}", part) or self.is_country_word(part):
                    continue
                if len(bare) <= 5 or bare in {initials(words.split(), False),
                                              initials(words.split(), True)}:
                    extra.append(part)
        return names, extra

    def is_country_word(self, text: str) -> bool:
        return name_key(text) in self.country_keys

    def collect_acronyms(self, blocks: list[Block]) -> None:
        """Acronyms seen in the data: "(ETA)", and one-word aliases that are the initials of
        another name of the same entry (PLA for People's Liberation Army)."""
        for block in blocks:
            if block.file == FILES[0] and any(self.is_country_code(r.code) for r in block.roles):
                continue                                       # country blocks
            for phrase in block.phrases:
                names, extra = self.phrase_names(phrase)
                for part in extra:
                    self.acronyms.update(p for p in re.split(r"[/-]", part) if len(p) >= 2)
                singles = [n for n in names if " " not in n and 2 <= len(n) <= 6]
                multi = [n.split() for n in names if " " in n]
                for s in singles:
                    bare = s.replace(".", "").replace("'", "")
                    for words in multi:
                        if bare in {initials(words, False), initials(words, True),
                                    initials([w for w in words if w != "THE"], True)}:
                            self.acronyms.add(s)

    def collect_given_names(self, blocks: list[Block]) -> None:
        """First words of the people CountryInfo lists: tell people from companies later."""
        counts: Counter[str] = Counter()
        for block in blocks:
            if block.file != FILES[0]:
                continue
            if not (any("CountryInfo" in c for c in block.comments)
                    or any(r.dated for r in block.roles)):
                continue
            for phrase in block.phrases:
                cleaned = clean_phrase(phrase.text)
                if cleaned and len(cleaned[0].split()) >= 2:
                    counts[cleaned[0].split()[0]] += 1
        self.given_names = {w for w, n in counts.items() if len(w) > 2} - {
            w.upper() for w in ORG_WORDS | PARTICLES | TITLE_START | TITLE_ANYWHERE}

    def kind_of(self, block: Block, names: list[str], codes: list[str]) -> str | None:
        """person, organisation, group or igo; None for a country block (skipped)."""
        if name_key(names[0]) in KIND_OVERRIDES:
            return KIND_OVERRIDES[name_key(names[0])]
        if name_key(names[0]) in PLACES:
            return None
        first = codes[0]
        lead = sectors(first)[0]
        primary_words = names[0].split()
        primary = {w.lower().strip(".,") for w in re.split(r"[ /]", names[0])}
        primary |= {w[:-2] for w in primary if w.endswith("'s")}
        # words of the name forms, leaving out "Secretary of State X" and the like
        words = set(primary)
        for n in names[1:]:
            if not is_title(n.split(), True):
                words |= {w.lower().strip(".,") for w in re.split(r"[ /]", n)}
        has_dates = any(r.dated for r in block.roles)
        acronym = any(w in self.acronyms or looks_acronym(w, False) for w in primary_words)
        strong_org = bool(primary & (ORG_WORDS - SURNAME_LIKE)) or "of" in primary or (
            acronym and not has_dates)
        org_like = strong_org or bool(words & ORG_WORDS)
        comment = " ".join(block.comments).lower()
        person_comment = "countryinfo" in comment or "igorulers" in comment or bool(
            re.search(r"\b(head|leader|founder|member|chief|spokesman|commander|wife|son|"
                      r"brother|alias) of\b|\b(leader|member|bomb maker)\b", comment))
        digits = any(re.search(r"\d", w) for w in primary_words)
        # Abd al Aziz bin Muhammad al Fadhil: particles do not count
        size = len([w for w in primary_words if w.lower() not in PARTICLES])
        size_ok = 2 <= size <= 6 or (size == 1 and person_comment)
        name_like = size_ok and not digits
        group_words = bool(words & GROUP_WORDS)
        group_code = any(s in GROUP_SECTORS for s in sectors(first))

        def body() -> str:
            return "group" if group_words or group_code else "organisation"

        if block.file == FILES[0]:
            if any(self.is_country_code(c) for c in codes):
                return None                 # a country block (or a city or region coded so)
            if (person_comment or has_dates) and not strong_org and not digits \
                    and 1 <= size <= 16:
                return "person"             # Harriet Hall, Ronald Reagan
            if name_like and not org_like:
                return "person"
            return body()
        if block.file == FILES[1]:
            igo = lead == "IGO"
            if name_like and not strong_org and (person_comment or (has_dates and igo)):
                return "person"             # Hammarskjold, U Thant, Kofi Annan
            if name_like and not org_like and lead in {"IGO", "NGO"} and (
                    primary_words[0] in self.given_names or (lead == "IGO" and (
                        size <= 4 and not primary & {"for", "of", "the", "and", "in", "on"}))):
                return "person"             # Gillian Mellsop [IGOUNOKID]
            if name_like and not strong_org and has_dates and lead in self.countries:
                return "person"
            return "igo" if igo else "organisation"
        # MilNonState: groups, and a few of their leaders
        if name_like and not group_words and not strong_org and person_comment:
            return "person"                 # Hambali, Dulmatin
        if name_like and not org_like and not group_words \
                and primary_words[0] in self.given_names:
            return "person"
        return "group"

    def clean_names(self, raw: list[str], kind: str, korean: bool,
                    company: bool = False) -> list[str]:
        out, seen = [], set()
        person = kind == "person"
        short = not person and not company
        for text in raw:
            words = text.split()
            if is_title(words, person):
                STATS.note("aliases dropped: titles")
                continue
            key = name_key(text)
            if re.search(r"\b(?:SEC|MIN)\.|^IN CHARGE\b|, THEN\b", text):
                STATS.note("aliases dropped: titles")
                continue
            if not key or key in self.generic or (
                    key.startswith("the ") and key[4:] in self.generic):
                STATS.note("aliases dropped: generic words")
                continue
            letters = re.sub(r"[^A-Za-z]", "", text)
            if len(letters) < 3 and text not in ACRONYMS:
                STATS.note("aliases dropped: shorter than three letters")
                continue
            if person and len(words) == 1 and words[0].lower() in PARTICLES:
                continue
            if key in seen:
                continue
            seen.add(key)
            if not person and len(words) == 1 and key in SINGLE_WORD_GENERIC:
                STATS.note("aliases dropped: generic words")
                continue
            out.append(nice_case(text, self.acronyms, person, korean, short))
        return out

    def convert(self) -> list[Entry]:
        all_blocks = {name: parse_file(self.directory / name) for name in FILES}
        self.country_keys: set[str] = set()
        for block in all_blocks[FILES[0]]:
            if any(self.is_country_code(r.code) for r in block.roles):
                for phrase in block.phrases:
                    cleaned = clean_phrase(phrase.text)
                    if cleaned:
                        self.country_keys.add(name_key(cleaned[0]))
        flat = [b for blocks in all_blocks.values() for b in blocks]
        self.collect_acronyms(flat)
        self.collect_given_names(flat)

        entries: list[dict] = []
        for file, blocks in all_blocks.items():
            STATS.note(f"{file}: blocks read", len(blocks))
            for block in blocks:
                entries.extend(self.convert_block(block))
        return entries

    def convert_block(self, block: Block) -> list[dict]:
        roles = list(block.roles)
        if not roles:
            STATS.note("entries skipped: no code")
            return []
        codes = [r.code for r in roles]
        out = []
        for phrase in block.phrases:
            names, extra = self.phrase_names(phrase)
            if names:
                out.extend(self.convert_phrase(block, roles, codes, names, extra))
        return out

    def convert_phrase(self, block: Block, roles: list[RawRole], codes: list[str],
                       names: list[str], extra: list[str]) -> list[dict]:
        """One primary phrase (with its synonyms) of a block: one entry, or none."""
        kind = self.kind_of(block, names, codes)
        if kind is None:
            if name_key(names[0]) in KIND_OVERRIDES:
                STATS.note("entries skipped: fictional")
            elif name_key(names[0]) in PLACES:
                STATS.note("entries skipped: places (Gaza)")
            else:
                STATS.note("country blocks skipped (see countries.jsonl)")
            return []
        # the entry's country comes from its first usable role code
        usable, country = False, None
        kept_roles = []
        for r in roles:
            ok, c = self.country_of(r.code, kind == "igo")
            if not ok:
                STATS.note("roles skipped: code names no country, region or CAMEO type")
                continue
            if not usable:
                usable, country = True, c
            kept_roles.append(r)
        if not kept_roles:
            STATS.note("entries skipped: no usable code")
            return []
        if kind == "igo":
            country = None
        if kind == "person" and "OULD" in names[0].split() and country == "MUS":
            # The source lists Mauritania's leaders (Ould Salek, Ould Taya ...) under
            # Mauritius (MUS); "Ould" names are Mauritanian (MRT).
            STATS.note("people recoded from MUS (Mauritius) to MRT (Mauritania)")
            country = "MRT"
            kept_roles = [RawRole("MRT" + r.code[3:] if r.code[:3] == "MUS" else r.code,
                                  r.start, r.end, r.dated) for r in kept_roles]
        korean = any(sectors(r.code)[0] in {"KOR", "PRK"} for r in kept_roles)
        role_dicts = []
        seen_roles = set()
        for r in kept_roles:
            key = (r.code, r.start, r.end)
            if key in seen_roles:
                continue
            seen_roles.add(key)
            role_dicts.append({"code": r.code,
                               "start": r.start.isoformat() if r.start else None,
                               "end": r.end.isoformat() if r.end else None,
                               "title": ""})
        company = sectors(kept_roles[0].code)[0] == "MNC"
        cleaned = self.clean_names(names, kind, korean, company)
        acronyms = [a for a in extra if a not in names]
        cleaned += [a for a in self.clean_names(acronyms, kind, korean, company)
                    if a not in cleaned]
        if not cleaned:
            STATS.note("entries skipped: only titles or generic words")
            return []
        entry = {"name": cleaned[0], "kind": kind, "country": country,
                 "aliases": cleaned[1:], "roles": role_dicts,
                 "source": SOURCE.format(file=block.file)}
        if company:
            # the company listings give a market value: "# Oil & Gas Production  $2,000,000"
            value = re.search(r"\$\s*([\d,]{5,})", " ".join(block.comments))
            entry["_value"] = int(value.group(1).replace(",", "")) if value else None
        return [entry]


# --------------------------------------------------------------------------------------
# Merging, de-duplication, output
# --------------------------------------------------------------------------------------


def protected_keys() -> tuple[set[str], set[str]]:
    """Name keys of current.jsonl and countries.jsonl (the Phoenix entries give way)."""
    current, countries = set(), set()
    for file, keys in (("current.jsonl", current), ("countries.jsonl", countries)):
        path = ACTORS / file
        if path.exists():
            for entry in read_entries(path):
                keys.update(name_key(n) for n in (entry.name, *entry.aliases))
    return current - {""}, countries - {""}


def merge(entries: list[dict]) -> list[dict]:
    """One entry per (name key, kind, country): aliases and roles joined."""
    merged: dict[tuple, dict] = {}
    order = []
    for e in entries:
        k = (name_key(e["name"]), e["kind"], e["country"])
        if k not in merged:
            merged[k] = {**e, "aliases": list(e["aliases"]), "roles": list(e["roles"])}
            order.append(k)
            continue
        STATS.note("entries merged into one with the same name, kind and country")
        m = merged[k]
        keys = {name_key(n) for n in (m["name"], *m["aliases"])}
        for a in e["aliases"]:
            if name_key(a) not in keys:
                m["aliases"].append(a)
                keys.add(name_key(a))
        for r in e["roles"]:
            if r not in m["roles"]:
                m["roles"].append(r)
    return [merged[k] for k in order]


def deduplicate(entries: list[dict], current: set[str], countries: set[str]) -> list[dict]:
    out = []
    taken = current | countries
    # An entry's own name beats another entry's alias ("Peoples Liberation Army" is China's
    # army, not an alias of the Turkish TKP/ML-TIKKO).
    primaries = {name_key(e["name"]) for e in entries}
    for e in entries:
        key = name_key(e["name"])
        if key in current:
            STATS.note("entries dropped: name in current.jsonl")
            continue
        if key in countries:
            STATS.note("entries dropped: name in countries.jsonl")
            continue
        multi = [a for a in e["aliases"] if len(name_key(a).split()) > 1]
        if e["kind"] == "person" and any(name_key(a) in current for a in multi):
            STATS.note("entries dropped: multi-word alias in current.jsonl")
            continue
        aliases = []
        for a in e["aliases"]:
            if name_key(a) in taken:
                STATS.note("aliases dropped: name in current.jsonl or countries.jsonl")
                continue
            if name_key(a) in primaries and name_key(a) != key:
                STATS.note("aliases dropped: the name of another Phoenix entry")
                continue
            aliases.append(a)
        out.append({**e, "aliases": aliases})
    return out


def trim(entries: list[dict]) -> list[dict]:
    """Leave out low-value entries so that the packaged knowledge base loads fast (see
    LOW_VALUE): listed companies worth less than MIN_COMPANY_VALUE, and people whose every
    role ended before PERSON_CUTOFF."""
    out = []
    for e in entries:
        if e.get("_value") is not None and e["_value"] < MIN_COMPANY_VALUE:
            STATS.note(f"low value: companies listed at under ${MIN_COMPANY_VALUE:,}")
            continue
        ends = [r["end"] for r in e["roles"]]
        if e["kind"] == "person" and ends and None not in ends \
                and max(ends) < PERSON_CUTOFF.isoformat():
            STATS.note(f"low value: people whose roles all ended before {PERSON_CUTOFF}")
            continue
        out.append(e)
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep_all = "--all" in sys.argv[1:]
    directory = Path(args[0]) if args else DICTIONARIES
    for name in FILES:
        if not (directory / name).exists():
            sys.exit(f"missing {directory / name}")
    converter = Converter(directory)
    entries = converter.convert()
    entries = merge(entries)
    if not keep_all:
        entries = trim(entries)
    current, countries = protected_keys()
    entries = deduplicate(entries, current, countries)
    for e in entries:
        e.pop("_value", None)

    lines = []
    for e in entries:
        Entry.model_validate(e)            # fail here, not when communique loads the file
        lines.append(json.dumps(e, ensure_ascii=False, separators=(", ", ": ")))
    header = ("# Converted from the Phoenix actor dictionaries (Open Event Data Alliance, MIT "
              "licence: see LICENSE-phoenix.txt)\n# by scripts/convert_phoenix.py; do not edit "
              "by hand, edit the script or current.jsonl.\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    LICENSE_OUT.write_text(
        "The Phoenix actor dictionaries converted into phoenix.jsonl (and the country name\n"
        "variants used in countries.jsonl) come from the Open Event Data Alliance's\n"
        "PETRARCH/Phoenix dictionaries (Phoenix.Countries.actors.txt,\n"
        "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), under this\n"
        "licence, copied from the header of Phoenix.Countries.actors.txt:\n\n"
        + licence_text(directory / FILES[0]), encoding="utf-8")

    kinds = Counter(e["kind"] for e in entries)
    files = Counter(e["source"].rsplit(", ", 1)[-1] for e in entries)
    print(f"wrote {len(entries)} entries to {OUT.relative_to(ROOT)}")
    print("  by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("  by file: " + ", ".join(f"{k} {n}" for k, n in sorted(files.items())))
    print(f"  aliases: {sum(len(e['aliases']) for e in entries)}, "
          f"roles: {sum(len(e['roles']) for e in entries)}")
    for key, n in sorted(STATS.items()):
        print(f"  {key}: {n}")
    print(f"wrote {LICENSE_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
