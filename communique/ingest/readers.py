"""One reader per input format: an open binary file in, RawDocuments out.

Every reader takes `(handle, path, report)` and yields RawDocuments; `report` receives an
InputError for a part it could not read (a JSON line, a feed item) so the rest goes on.
JSON Lines and CSV are read a line at a time; the other formats are one document or one
value, read whole.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import IO, Any

from communique.errors import InputError
from communique.ingest.decode import decode, decode_lines
from communique.ingest.keys import record_key
from communique.ingest.published import check_published
from communique.models import RawDocument

Report = Callable[[InputError], None]

# The contract's input names first, then the names other tools and scrapers use.
FIELD_ALIASES = {
    "text": ("text", "body", "content", "article", "story", "maintext", "full_text"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "pubdate", "published_at", "date_publish",
                  "publication_date", "datetime"),
    "url": ("url", "link", "href"),
    "source": ("source", "outlet", "publisher", "source_domain", "site"),
    "id": ("id", "doc_id", "document_id", "uuid", "guid"),
}
# JSON's `\ud800` escapes give lone surrogates, which no encoder (nor the store) accepts.
SURROGATE = re.compile("[\ud800-\udfff]")
# The characters of a CSV file its dialect (delimiter, quoting) is guessed from.
SNIFF = 4096
JSON_KINDS = ((bool, "true or false"), (int, "a number"), (float, "a number"), (list, "a list"),
              (dict, "an object"))


def normalise_record(record: dict[str, Any]) -> dict[str, Any]:
    """Map a record's own field names onto the contract's (`body` → `text`, …)."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    out: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = lowered.get(alias)
            if value not in (None, ""):
                out[name] = value if name == "text" and not isinstance(value, str) else \
                    SURROGATE.sub("\ufffd", str(value))
                break
    return out


def record_document(record: dict[str, Any], path: str, where: str,
                    report: Report | None = None) -> RawDocument:
    """A RawDocument from one JSON/CSV record; `where` names it in messages (a line number,
    or "record 3"); `report` gets a W002 for a publication date that cannot be real."""
    fields = normalise_record(record)
    text = fields.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError("E024", path=path, line=where, field=_text_field(record),
                         kind=_json_kind(text))
    if text is None or not text.strip():
        raise InputError("E007", path=path, line=where)
    meta: dict[str, Any] = {k: fields[k] for k in ("title", "published", "url", "source")
                            if k in fields}
    if report is not None:
        check_published(meta, path, f" line {where}" if where.isdigit() else f" {where}",
                        report)
    document_id = fields.get("id")
    return RawDocument(text=text, source_path=path, document_id=document_id, meta=meta,
                       key=record_key(path, document_id, where, text, meta))


def _text_field(record: dict[str, Any]) -> str:
    """The record's own name for its text field (`body`, `content`, …)."""
    for key, value in record.items():
        if str(key).lower() in FIELD_ALIASES["text"] and value not in (None, ""):
            return str(key)
    return "text"


def _json_kind(value: Any) -> str:
    return next((kind for cls, kind in JSON_KINDS if isinstance(value, cls)), "no string")


def read_text(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    yield RawDocument(text=decode(handle, path, report), source_path=path)


def read_jsonl(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    yield from _jsonl_records(decode_lines(handle, path, report), path, report)


def _jsonl_records(lines: Iterable[str], path: str, report: Report) -> Iterator[RawDocument]:
    """The records of JSON Lines (numbered from 1, blank ones too), or of one JSON array when
    the text opens with "[" (then read whole)."""
    lines = iter(lines)
    blank = []
    for first in lines:
        if first.strip():
            break
        blank.append(first)
    else:
        return
    if first.lstrip().startswith("["):  # a .json file holding one array of records
        yield from _read_json_array("".join(chain([first], lines)).lstrip(), path, report)
        return
    for number, line in enumerate(chain(blank, [first], lines), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            report(InputError("E006", path=path, line=number, detail=_json_problem(exc)))
            continue
        if not isinstance(record, dict):
            report(InputError("E006", path=path, line=number, detail="not an object"))
            continue
        try:
            yield record_document(record, path, str(number), report)
        except InputError as exc:
            report(exc)


def _lines(text: str) -> Iterator[str]:
    """`text.split("\n")`, one line at a time: a large file's lines are not all copied at
    once."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _json_problem(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)


def _load_json(text: str, path: str) -> Any:
    """The JSON value of a whole file, or E013."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError("E013", path=path, kind="JSON", detail=_json_problem(exc)) from exc


def _read_json_array(text: str, path: str, report: Report) -> Iterator[RawDocument]:
    records = _load_json(text, path)
    for number, record in enumerate(records, start=1):
        try:
            if not isinstance(record, dict):
                raise InputError("E006", path=path, line=number, detail="not an object")
            yield record_document(record, path, f"record {number}", report)
        except InputError as exc:
            report(exc)


def read_json(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    text = decode(handle, path, report).strip()
    if text.startswith("{") and "\n{" not in text:
        yield record_document(_load_json(text, path), path, "1", report)
        return
    yield from _jsonl_records(_lines(text), path, report)


def read_csv(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    lines = decode_lines(handle, path, report)
    head: list[str] = []
    for line in lines:  # the lines of the first SNIFF characters, to guess the dialect from
        head.append(line)
        if sum(map(len, head)) >= SNIFF:
            break
    try:
        dialect = csv.Sniffer().sniff("".join(head)[:SNIFF], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(1 << 28)
    reader = csv.DictReader(chain(head, lines), dialect=dialect)
    rows = 0
    for rows, row in enumerate(reader, start=1):
        try:
            yield record_document(row, path, str(rows + 1), report)
        except InputError as exc:
            report(exc)
    if rows == 0:
        raise InputError("E013", path=path, kind="CSV", detail="a header line and no records")


def read_html(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    from communique.ingest.html import html_document  # trafilatura is slow to import

    document = html_document(decode(handle, path, report), path)
    check_published(document.meta, path, "", report)
    yield document


def read_feed(handle: IO[bytes], path: str, report: Report) -> Iterator[RawDocument]:
    from communique.ingest.feeds import feed_documents

    yield from feed_documents(decode(handle, path, report), path, report)
