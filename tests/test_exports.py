from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import duckdb
import pytest

from communique.errors import CommuniqueError
from communique.exports import GDELT_COLUMNS, export, numeric_id, write_csv, write_parquet

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "formats" / \
    "icews-events.2018.sample.tab"

IRAN = {"text": "Iranian minister", "name": "Iran", "code": "IRNGOV", "country": "IRN",
        "sector": "GOV"}
UN = {"text": "the UN", "name": "United Nations", "code": "IGOUNO", "country": None,
      "sector": None}
USMIL = {"text": "US troops", "name": "United States", "code": "USAMIL", "country": "USA",
         "sector": "MIL"}

CONSULT = {  # day precision, no location
    "id": "ev1", "article_id": "art1", "date": "2023-05-14", "date_precision": "day",
    "source": [IRAN], "target": [UN, USMIL], "cameo": "042", "cameo_root": "04",
    "cameo_name": "Make a visit", "plover": "CONSULT", "goldstein": 1.9, "quad_class": 1,
    "location": None, "negated": False, "mood": "asserted", "reported_by": None,
    "sentence": "The Iranian minister visited the UN.", "span": [0, 36], "confidence": 0.8,
    "num_articles": 2, "num_sources": 1,
}
ATTACK = {  # month precision, a located event with no target, reported by the UN
    "id": "ev2", "article_id": "art2", "date": "2020-01", "date_precision": "month",
    "source": [USMIL], "target": [], "cameo": "190", "cameo_root": "19",
    "cameo_name": "Use conventional military force", "plover": "ASSAULT", "goldstein": -10.0,
    "quad_class": 4,
    "location": {"name": "Baghdad", "country": "IRQ", "lat": 33.3406, "lon": 44.4009,
                 "precision": "city"},
    "negated": True, "mood": "hypothetical", "reported_by": UN,
    "sentence": "US troops did not attack in Baghdad in January 2020.", "span": [10, 62],
    "confidence": 0.6, "num_articles": 1, "num_sources": 1, "trigger": "attack",
    "published": "2020-02-03", "published_precision": "day",  # what for_export adds
}
STATEMENT = {  # no PLOVER type, no date, no Goldstein
    **CONSULT, "id": "ev3", "date": None, "date_precision": "none", "target": [],
    "cameo": "010", "cameo_root": "01", "cameo_name": "Make statement", "plover": None,
    "goldstein": None, "url": "https://example.org/a",
}
EVENTS = [CONSULT, ATTACK, STATEMENT]

ARTICLE = {"id": "art1", "document_id": "d1", "source_path": "news.jsonl", "part": 1,
           "title": "Talks", "published": "2023-05-14", "date_precision": "day",
           "dateline": "TEHRAN", "agency": "Reuters", "byline": ["Jane Doe"], "outlet": None,
           "text": "The Iranian minister visited the UN.", "dropped": []}
ACTOR = {"id": "a1", "name": "Iran", "code": "IRNGOV", "country": "IRN", "sector": "GOV",
         "aliases": ["Islamic Republic"], "roles": [{"code": "IRNGOV", "start": None,
                                                    "end": None}], "mentions": 3}


def tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt", "icews", "plover"])
def test_exports_count_the_rows_they_write(tmp_path: Path, fmt: str):
    # GDELT leaves out STATEMENT: neither it nor its article is dated to the day.
    written = 2 if fmt == "gdelt" else 3
    assert export(iter(EVENTS), "events", fmt, tmp_path / f"e.{fmt}") == written


def test_exports_jsonl_is_the_contract_unchanged(tmp_path: Path):
    export(EVENTS, "events", "jsonl", tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == EVENTS


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_exports_flat_events_read_back_through_duckdb(tmp_path: Path, fmt: str):
    path = tmp_path / f"e.{fmt}"
    export(EVENTS, "events", fmt, path)
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    rel = duckdb.sql(f"SELECT * FROM {reader}('{path}') ORDER BY id")
    rows = [dict(zip(rel.columns, r, strict=True)) for r in rel.fetchall()]
    assert rel.columns[:6] == ["id", "article_id", "date", "date_precision", "source_codes",
                               "source_names"]
    first, second, third = rows
    assert (first["source_codes"], first["target_codes"]) == ("IRNGOV", "IGOUNO;USAMIL")
    assert first["target_names"] == "United Nations;United States"
    assert (first["location_name"], first["lat"], first["reported_by_code"]) == (None,) * 3
    assert (first["span_start"], first["span_end"], first["goldstein"]) == (0, 36, 1.9)
    assert (first["negated"], first["num_articles"], first["plover"]) == (False, 2, "CONSULT")
    assert (second["target_codes"], second["location_name"]) == (None, "Baghdad")
    assert (second["location_country"], second["lat"], second["lon"]) == ("IRQ", 33.3406,
                                                                         44.4009)
    assert (second["reported_by_code"], second["negated"]) == ("IGOUNO", True)
    assert (second["date"], second["goldstein"]) == ("2020-01", -10.0)
    assert (third["plover"], third["goldstein"], third["date"]) == (None, None, None)
    assert "source" not in rel.columns and "span" not in rel.columns


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_exports_articles_and_actors_json_encode_their_lists(tmp_path: Path, fmt: str):
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    for kind, row in (("articles", ARTICLE), ("actors", ACTOR)):
        path = tmp_path / f"{kind}.{fmt}"
        assert export([row], kind, fmt, path) == 1
        rel = duckdb.sql(f"SELECT * FROM {reader}('{path}')")
        got = dict(zip(rel.columns, rel.fetchall()[0], strict=True))
        assert rel.columns == list(row)
        for key, value in row.items():
            if isinstance(value, list):
                assert json.loads(got[key]) == value
    assert got["mentions"] == 3


def test_exports_csv_to_a_text_stream():
    stream = io.StringIO()
    assert write_csv([ACTOR], stream) == 1
    assert stream.getvalue().splitlines()[0] == "id,name,code,country,sector,aliases,roles,mentions"


# The GDELT 2.0 event table as its codebook publishes it: 61 tab-separated columns, no header,
# each with its type (int, float or str; None where the codebook allows a blank).
GDELT_SCHEMA = [
    ("GLOBALEVENTID", int), ("SQLDATE", int), ("MonthYear", int), ("Year", int),
    ("FractionDate", float),
    *((f"Actor{n}{c}", str) for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    ("IsRootEvent", int), ("EventCode", str), ("EventBaseCode", str), ("EventRootCode", str),
    ("QuadClass", int), ("GoldsteinScale", float), ("NumMentions", int), ("NumSources", int),
    ("NumArticles", int), ("AvgTone", float),
    *(col for who in ("Actor1", "Actor2", "Action") for col in (
        (f"{who}Geo_Type", int), (f"{who}Geo_FullName", str), (f"{who}Geo_CountryCode", str),
        (f"{who}Geo_ADM1Code", str), (f"{who}Geo_ADM2Code", str), (f"{who}Geo_Lat", float),
        (f"{who}Geo_Long", float), (f"{who}Geo_FeatureID", str))),
    ("DATEADDED", int), ("SOURCEURL", str)]
GDELT_REQUIRED = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass"}


def read_gdelt(path: Path) -> list[dict]:
    """A GDELT 2.0 event-table reader written to the codebook: fails on a wrong column count,
    a header row, a blank required field or a value of the wrong type."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        assert len(cells) == 61, f"{len(cells)} columns"
        row = {}
        for (name, kind), cell in zip(GDELT_SCHEMA, cells, strict=True):
            if cell == "":
                assert name not in GDELT_REQUIRED, f"{name} is blank"
                row[name] = None
            else:
                row[name] = kind(cell)
        datetime.datetime.strptime(str(row["SQLDATE"]), "%Y%m%d")  # a real day
        rows.append(row)
    return rows


def test_exports_gdelt_columns_and_values(tmp_path: Path):
    export(EVENTS, "events", "gdelt", tmp_path / "e.tsv")
    assert [name for name, _ in GDELT_SCHEMA] == GDELT_COLUMNS
    first, second = read_gdelt(tmp_path / "e.tsv")  # STATEMENT has no day: left out
    assert [first[c] for c in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                               "FractionDate")] == [numeric_id("ev1"), 20230514, 202305, 2023,
                                                    2023.3671]
    assert [first[f"Actor1{c}"] for c in ("Code", "Name", "CountryCode", "Type1Code")] == [
        "IRNGOV", "Iran", "IRN", "GOV"]
    assert [first[f"Actor2{c}"] for c in ("Code", "CountryCode", "KnownGroupCode",
                                          "Type1Code")] == ["IGOUNO", None, "UNO", "IGO"]
    assert [first[c] for c in ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                               "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                               "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL")] == [
        1, "042", "042", "04", 1, 1.9, 2, 1, 2, None, None, None]
    assert first["ActionGeo_Type"] is first["ActionGeo_Lat"] is None
    # A month-precise event is dated by its article's publication day.
    assert [second[c] for c in ("SQLDATE", "MonthYear", "Year", "GoldsteinScale")] == [
        20200203, 202002, 2020, -10.0]
    assert second["Actor2Code"] is second["Actor2Name"] is None
    assert [second[f"ActionGeo_{c}"] for c in ("Type", "FullName", "CountryCode", "Lat",
                                                "Long")] == [4, "Baghdad", "IZ", 33.3406,
                                                             44.4009]
    assert second["Actor1Geo_FullName"] is None


def test_exports_gdelt_ids_are_the_hex_ids_as_numbers():
    assert numeric_id("1bec439b24fdb086") == int("1bec439b24fdb08", 16)
    assert numeric_id("ev1") == numeric_id("ev1") < 2**60


ICEWS_HEADER = (Path(__file__).parent / "fixtures" / "icews-header.tab").read_text(
    encoding="utf-8").rstrip("\n").split("\t")
ICEWS_TYPES = {"Event ID": int, "Intensity": float, "Story ID": int, "Sentence Number": int,
               "Latitude": float, "Longitude": float}


def read_icews(path: Path) -> list[dict]:
    """An ICEWS event-file reader: the header of the published files, NA for missing, typed
    ids and numbers, and Event Date a real day."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ICEWS_HEADER
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(ICEWS_HEADER)
        row = {n: None if c == "NA" else ICEWS_TYPES.get(n, str)(c)
               for n, c in zip(ICEWS_HEADER, cells, strict=True)}
        assert row["Event ID"] is not None and row["Story ID"] is not None
        if row["Event Date"] is not None:
            datetime.date.fromisoformat(row["Event Date"])
        rows.append(row)
    return rows


def test_exports_icews_header_matches_the_icews_files(tmp_path: Path):
    export(EVENTS, "events", "icews", tmp_path / "e.tab")
    if SAMPLE.exists():
        assert SAMPLE.read_text(encoding="utf-8").splitlines()[0].split("\t") == ICEWS_HEADER
    first, second, third = read_icews(tmp_path / "e.tab")
    assert first == {
        "Event ID": numeric_id("ev1"), "Event Date": "2023-05-14", "Source Name": "Iran",
        "Source Sectors": "Government", "Source Country": "Iran", "Event Text": "Make a visit",
        "CAMEO Code": "042", "Intensity": 1.9, "Target Name": "United Nations",
        "Target Sectors": None, "Target Country": None, "Story ID": numeric_id("art1"),
        "Sentence Number": None, "Publisher": None, "City": None, "District": None,
        "Province": None, "Country": None, "Latitude": None, "Longitude": None,
    }
    assert [second[c] for c in ("Event Date", "Source Name", "Source Sectors",
                                "Source Country", "Intensity", "Target Name", "City",
                                "Country", "Latitude", "Longitude")] == [
        "2020-02-03", "United States", "Military", "United States", -10.0, None, "Baghdad",
        "Iraq", 33.3406, 44.4009]
    assert (third["Event Date"], third["Intensity"]) == (None, None)


def test_exports_plover_actors_are_lists(tmp_path: Path):
    export(EVENTS, "events", "plover", tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    first, second, third = (json.loads(line) for line in lines)
    assert first["source"] == [{"actorText": "Iranian minister", "code": "IRNGOV",
                                "sector": "GOV"}]
    assert [a["code"] for a in first["target"]] == ["IGOUNO", "USAMIL"]
    assert (first["event"], first["eventText"], first["cameo"]) == ("CONSULT", "Make a visit",
                                                                    "042")
    assert (first["mode"], first["context"], first["eventLoc"]) == ([], [], None)
    assert first["text"] == CONSULT["sentence"]
    assert (second["target"], second["eventText"], second["date"]) == ([], "attack", "2020-01")
    assert second["context"] == ["hypothetical", "negation"]
    assert (second["negated"], second["mood"]) == (True, "hypothetical")
    assert second["eventLoc"] == {"name": "Baghdad", "country": "IRQ", "lat": 33.3406,
                                  "lon": 44.4009}
    assert (third["event"], third["target"]) == (None, [])


def test_exports_a_format_that_does_not_fit_the_kind_is_e018(tmp_path: Path):
    with pytest.raises(CommuniqueError) as error:
        export([ACTOR], "actors", "gdelt", tmp_path / "a.tsv")
    assert error.value.code == "E018"
    assert str(error.value) == ("[E018] Unknown format 'gdelt' for actors — use one of: "
                                "jsonl, csv, parquet")


def test_exports_parquet_refuses_stdout_but_takes_a_binary_stream():
    with pytest.raises(CommuniqueError) as error:
        export(EVENTS, "events", "parquet", "-")
    assert error.value.code == "E018"
    buffer = io.BytesIO()
    assert write_parquet(EVENTS, buffer) == 3
    assert buffer.getvalue()[:4] == b"PAR1"


def test_exports_nothing_to_write_leaves_valid_files(tmp_path: Path):
    assert export([], "events", "parquet", tmp_path / "e.parquet") == 0
    rel = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'e.parquet'}')")
    assert (rel.fetchall(), rel.columns[4:6]) == ([], ["source_codes", "source_names"])
    assert export([], "actors", "csv", tmp_path / "a.csv") == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == ",".join(ACTOR) + "\n"
    assert export([], "events", "gdelt", tmp_path / "e.tsv") == 0
    assert (tmp_path / "e.tsv").read_text(encoding="utf-8") == ""  # GDELT files have no header


def test_exports_take_model_objects_as_well_as_dicts(tmp_path: Path):
    from communique.models import Actor, Event, Location, Mention

    iran = Mention("Tehran", 0, 6, Actor("Iran", "IRNGOV", "IRN", "GOV"))
    event = Event("ev9", "art9", [iran], [], "173", "Arrest, detain", "COERCE", -5.0, 4,
                  "Tehran arrested two men.", (0, 24), date="2021", date_precision="year",
                  location=Location("Tehran", "IRN", 35.6944, 51.4215), mood="future")
    assert export([event], "events", "gdelt", tmp_path / "e.tsv") == 0  # a year: no day
    event.date, event.date_precision = "2021-03-04", "day"
    assert export([event], "events", "gdelt", tmp_path / "e.tsv") == 1
    row = read_gdelt(tmp_path / "e.tsv")[0]
    assert [row[c] for c in ("SQLDATE", "FractionDate", "Actor1Code", "EventBaseCode",
                             "ActionGeo_Type", "ActionGeo_CountryCode")] == [
        20210304, 2021.1753, "IRNGOV", "173", 4, "IR"]
    export([event], "events", "plover", tmp_path / "e.jsonl")
    record = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))
    assert (record["event"], record["context"], record["target"]) == ("COERCE", ["future"], [])


def _run_cli(*args: str):
    from click.testing import CliRunner

    from communique.cli import cli

    return CliRunner().invoke(cli, list(args))


NEWS = [  # our own sentences; one article dated to the day, one to the year only
    {"id": "n1", "title": "Iran scolds Iraq", "published": "2024-03-05",
     "url": "https://news.example/n1", "source": "Example Wire",
     "text": "Iran scolds Iraq\n\nIran accused Iraq on Tuesday of hiding the report."},
    {"id": "n2", "title": "Turkey and Iraq", "published": "2021",
     "source": "Other Post",
     "text": "Turkey and Iraq\n\nTurkey accused Iraq of breaking the deal."},
]


@pytest.mark.slow  # runs the pipeline end to end
def test_exports_each_format_reads_back_from_a_real_run(tmp_path: Path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(n) + "\n" for n in NEWS), encoding="utf-8")
    assert _run_cli("run", str(news), "-q", "--db", "t.duckdb").exit_code == 0
    contract = [json.loads(x) for x in _run_cli("export", "events", "--db", "t.duckdb")
                .output.splitlines()]
    assert sorted((e["source"][0]["code"], e["cameo"], e["trigger"]) for e in contract) == [
        ("IRN", "112", "accused"), ("TUR", "112", "accused")]
    result = _run_cli("export", "events", "--db", "t.duckdb", "--format", "gdelt",
                      "-o", "e.tsv")
    assert result.exit_code == 0
    assert result.output == ("1 of 2 events have no day-precise date (their own or their "
                             "article's) and were left out: GDELT rows need a SQLDATE\n")
    [row] = read_gdelt(tmp_path / "e.tsv")
    iran = next(e for e in contract if e["source"][0]["code"] == "IRN")
    assert (row["GLOBALEVENTID"], row["SQLDATE"], row["Actor1Code"], row["Actor2Code"]) == (
        int(iran["id"][:15], 16), 20240305, "IRN", "IRQ")
    assert (row["SOURCEURL"], row["NumMentions"], len(str(row["DATEADDED"]))) == (
        "https://news.example/n1", 1, 14)
    assert _run_cli("export", "events", "--db", "t.duckdb", "--format", "icews",
                    "-o", "e.tab").exit_code == 0
    rows = sorted(read_icews(tmp_path / "e.tab"), key=lambda r: r["Source Name"])
    assert [(r["Source Name"], r["Event Date"], r["Publisher"], r["Sentence Number"])
            for r in rows] == [("Iran", "2024-03-05", "Example Wire", 1),
                               ("Turkey", None, "Other Post", 1)]
    assert _run_cli("export", "events", "--db", "t.duckdb", "--format", "plover",
                    "-o", "e.jsonl").exit_code == 0
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert sorted((r["eventText"], r["event"], r["date"]) for r in records) == [
        ("accused", "ACCUSE", "2021"), ("accused", "ACCUSE", "2024-03-05")]


@pytest.mark.slow  # runs the pipeline end to end
def test_exports_take_the_filters_of_events(tmp_path: Path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(n) + "\n" for n in NEWS), encoding="utf-8")
    assert _run_cli("run", str(news), "-q", "--db", "t.duckdb").exit_code == 0
    result = _run_cli("export", "events", "--db", "t.duckdb", "--actor", "TUR")
    assert [json.loads(x)["source"][0]["code"] for x in result.output.splitlines()] == ["TUR"]
    result = _run_cli("export", "articles", "--db", "t.duckdb", "--actor", "TUR")
    assert result.exit_code == 1
    assert result.output == ("Error: [E030] --actor filter events, not articles — leave them "
                             "out, or export events\n")
