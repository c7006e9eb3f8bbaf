from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from communique.errors import CommuniqueError
from communique.exports import GDELT_COLUMNS, GDELT_GEO, export, write_csv, write_parquet

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
    assert export(iter(EVENTS), "events", fmt, tmp_path / f"e.{fmt}") == 3


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


def test_exports_gdelt_columns_and_values(tmp_path: Path):
    export(EVENTS, "events", "gdelt", tmp_path / "e.tsv")
    rows = tsv(tmp_path / "e.tsv")
    assert len(GDELT_COLUMNS) == 61
    assert list(rows[0]) == GDELT_COLUMNS
    first, second, third = rows
    assert [first[c] for c in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                               "FractionDate")] == ["ev1", "20230514", "202305", "2023",
                                                    "2023.3671"]
    assert [first[f"Actor1{c}"] for c in ("Code", "Name", "CountryCode", "Type1Code")] == [
        "IRNGOV", "Iran", "IRN", "GOV"]
    assert [first[f"Actor2{c}"] for c in ("Code", "CountryCode", "KnownGroupCode",
                                          "Type1Code")] == ["IGOUNO", "", "UNO", "IGO"]
    assert [first[c] for c in ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                               "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                               "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL")] == [
        "1", "042", "042", "04", "1", "1.9", "2", "1", "2", "", "", "art1"]
    assert first["ActionGeo_Type"] == first["ActionGeo_Lat"] == ""
    assert [second[c] for c in ("SQLDATE", "MonthYear", "Year", "GoldsteinScale")] == [
        "20200100", "202001", "2020", "-10"]
    assert second["Actor2Code"] == second["Actor2Name"] == ""
    assert [second[f"ActionGeo_{c}"] for c in GDELT_GEO] == [
        "4", "Baghdad", "IZ", "", "", "33.3406", "44.4009", ""]
    assert second["Actor1Geo_FullName"] == ""
    assert (third["SQLDATE"], third["GoldsteinScale"]) == ("", "")
    assert third["SOURCEURL"] == "https://example.org/a"


def test_exports_icews_header_matches_the_icews_files(tmp_path: Path):
    export(EVENTS, "events", "icews", tmp_path / "e.tab")
    # The ICEWS event files' header (the sample in ../shared is checked too where present).
    header = ("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\t"
              "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
              "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
              "Province\tCountry\tLatitude\tLongitude")
    if SAMPLE.exists():
        assert SAMPLE.read_text(encoding="utf-8").splitlines()[0] == header
    assert (tmp_path / "e.tab").read_text(encoding="utf-8").splitlines()[0] == header
    first, second, third = tsv(tmp_path / "e.tab")
    assert first == {
        "Event ID": "ev1", "Event Date": "2023-05-14", "Source Name": "Iran",
        "Source Sectors": "Government", "Source Country": "Iran", "Event Text": "Make a visit",
        "CAMEO Code": "042", "Intensity": "1.9", "Target Name": "United Nations",
        "Target Sectors": "NA", "Target Country": "NA", "Story ID": "art1",
        "Sentence Number": "NA", "Publisher": "NA", "City": "NA", "District": "NA",
        "Province": "NA", "Country": "NA", "Latitude": "NA", "Longitude": "NA",
    }
    assert [second[c] for c in ("Event Date", "Source Name", "Source Sectors",
                                "Source Country", "Intensity", "Target Name", "City",
                                "Country", "Latitude", "Longitude")] == [
        "2020-01-01", "United States", "Military", "United States", "-10", "NA", "Baghdad",
        "Iraq", "33.3406", "44.4009"]
    assert (third["Event Date"], third["Intensity"]) == ("NA", "NA")


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
    assert (tmp_path / "e.tsv").read_text(encoding="utf-8") == "\t".join(GDELT_COLUMNS) + "\n"


def test_exports_take_model_objects_as_well_as_dicts(tmp_path: Path):
    from communique.models import Actor, Event, Location, Mention

    iran = Mention("Tehran", 0, 6, Actor("Iran", "IRNGOV", "IRN", "GOV"))
    event = Event("ev9", "art9", [iran], [], "173", "Arrest, detain", "COERCE", -5.0, 4,
                  "Tehran arrested two men.", (0, 24), date="2021", date_precision="year",
                  location=Location("Tehran", "IRN", 35.6944, 51.4215), mood="future")
    assert export([event], "events", "gdelt", tmp_path / "e.tsv") == 1
    row = tsv(tmp_path / "e.tsv")[0]
    assert [row[c] for c in ("SQLDATE", "FractionDate", "Actor1Code", "EventBaseCode",
                             "ActionGeo_Type", "ActionGeo_CountryCode")] == [
        "20210000", "2021.0000", "IRNGOV", "173", "4", "IR"]
    export([event], "events", "plover", tmp_path / "e.jsonl")
    record = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))
    assert (record["event"], record["context"], record["target"]) == ("COERCE", ["future"], [])
