"""Events for a download, in batches made by DuckDB: every event some filters keep, in the
table's sort, as CSV, JSON Lines or Parquet, with no row cap.

The rows are shaped in SQL and leave the database as Arrow record batches, so a download of
100,000 events takes seconds, not the minute that decoding each row's JSON in Python would
(benchmarks/api_speed.py). The shapes are the exports' (communique/exports.py): CSV and
Parquet take `exports.flatten`'s columns (actors as `;`-joined codes and names, the place as
four columns), JSON Lines the contract's fields; tests compare the two paths.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from communique.models import contract_fields
from communique.store.overview import order_by, where
from communique.store.queries import EventFilter

if TYPE_CHECKING:
    from communique.store import Store

BATCH = 5_000


def _joined(column: str, key: str) -> str:
    """The actors' `key`s joined by ';' (an actor without one gives ''), NULL for none."""
    return (f"CASE WHEN json_array_length({column}) > 0 THEN array_to_string(list_transform("
            f"json_extract_string({column}, '$[*].{key}'), lambda x: coalesce(x, '')), ';') END")


# exports.flatten's columns for events, in its order, as SQL.
FLAT = {"source": {"source_codes": _joined("source", "code"),
                   "source_names": _joined("source", "name")},
        "target": {"target_codes": _joined("target", "code"),
                   "target_names": _joined("target", "name")},
        "location": {"location_name": "json_extract_string(location, '$.name')",
                     "location_country": "json_extract_string(location, '$.country')",
                     "lat": "json_extract(location, '$.lat')::DOUBLE",
                     "lon": "json_extract(location, '$.lon')::DOUBLE"},
        "reported_by": {"reported_by_code": "json_extract_string(reported_by, '$.code')"},
        "span": {"span_start": "span_start::BIGINT", "span_end": "span_end::BIGINT"},
        "quad_class": {"quad_class": "quad_class::BIGINT"},
        "num_articles": {"num_articles": "num_articles::BIGINT"},
        "num_sources": {"num_sources": "num_sources::BIGINT"}}
# The contract's fields for JSON Lines: JSON columns as they are stored, the span a pair.
JSON_FIELDS = {"span": "[span_start, span_end]",
               **{name: f"{name}::JSON" for name in ("source", "target", "location",
                                                     "reported_by")}}


def flat_columns() -> str:
    """exports.flatten's columns for events, as a SELECT list."""
    return ", ".join(f"{sql} AS {name}" for field in contract_fields("events")
                     for name, sql in FLAT.get(field, {field: field}).items())


def json_column() -> str:
    """Each event as one JSON object in the contract's field order, as a SELECT list."""
    pairs = ", ".join(f"'{field}', {JSON_FIELDS.get(field, field)}"
                      for field in contract_fields("events"))
    return f"json_object({pairs})::VARCHAR AS line"


def batches(store: Store, filters: EventFilter, sort: str, columns: str) -> Any:
    """An Arrow record batch reader over the events `filters` keep, in `sort` order."""
    filters = dataclasses.replace(filters, limit=None, offset=0)
    sql, params = filters.sql(columns, where(store, filters), order_by(sort))
    return store.db.sql(sql, params=params or None).to_arrow_reader(BATCH)


class Pipe(io.RawIOBase):
    """A write-only stream that keeps what was written until `drain` takes it, and counts
    its position for writers that record offsets (Parquet's footer)."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.position

    def drain(self) -> bytes:
        data, self.chunks = b"".join(self.chunks), []
        return data


def _written(writer_for: Any, store: Store, filters: EventFilter, sort: str
             ) -> Iterator[bytes]:
    """The events' flat columns through an Arrow file writer (`writer_for(sink, schema)`),
    what it wrote sent after each batch."""
    reader, pipe = batches(store, filters, sort, flat_columns()), Pipe()
    with writer_for(pipe, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield pipe.drain()
    yield pipe.drain()


def csv_chunks(store: Store, filters: EventFilter, sort: str) -> Iterator[bytes]:
    """The events as CSV (a header, then one line an event), a batch at a time."""
    import pyarrow.csv as pc

    return _written(pc.CSVWriter, store, filters, sort)


def jsonl_chunks(store: Store, filters: EventFilter, sort: str) -> Iterator[bytes]:
    """The events as JSON Lines, a batch at a time."""
    for batch in batches(store, filters, sort, json_column()):
        lines = batch.column(0).to_pylist()
        yield ("\n".join(lines) + "\n").encode() if lines else b""


def parquet_chunks(store: Store, filters: EventFilter, sort: str) -> Iterator[bytes]:
    """The events as one Parquet file, sent a row group at a time."""
    import pyarrow.parquet as pq

    return _written(pq.ParquetWriter, store, filters, sort)
