"""Numbered schema migrations, run in order every time a store opens."""

from __future__ import annotations

from collections.abc import Callable

import duckdb


def m001_initial(db: duckdb.DuckDBPyConnection) -> None:
    db.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, document_id VARCHAR, source_path VARCHAR, part INTEGER,
            title VARCHAR, published VARCHAR, date_precision VARCHAR, dateline VARCHAR,
            agency VARCHAR, byline JSON, outlet VARCHAR, url VARCHAR, language VARCHAR,
            text VARCHAR, dropped JSON, captions JSON, duplicate_of VARCHAR)
    """)
    db.execute("""
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY, name VARCHAR, code VARCHAR, country VARCHAR,
            sector VARCHAR, aliases JSON, roles JSON, learned BOOLEAN)
    """)
    db.execute("""
        CREATE TABLE mentions (
            article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR,
            actor_id VARCHAR, code VARCHAR, PRIMARY KEY (article_id, start_char, end_char))
    """)
    db.execute("""
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, date VARCHAR, date_precision VARCHAR,
            source JSON, target JSON, source_code VARCHAR, target_code VARCHAR,
            cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, plover VARCHAR,
            goldstein DOUBLE, quad_class INTEGER, location JSON, negated BOOLEAN,
            mood VARCHAR, reported_by JSON, sentence VARCHAR, span_start INTEGER,
            span_end INTEGER, confidence DOUBLE, num_articles INTEGER, num_sources INTEGER)
    """)


def m002_actor_kind(db: duckdb.DuckDBPyConnection) -> None:
    """person, country, capital, organisation, group, igo, learned (from text) or agent."""
    db.execute("ALTER TABLE actors ADD COLUMN kind VARCHAR")


def m003_documents_mentions_roles(db: duckdb.DuckDBPyConnection) -> None:
    """Documents (to replace a changed file's rows), sentences, actor roles, and event
    mentions: one real-world event reported by several articles is one event row."""
    db.execute("""
        CREATE TABLE documents (
            key VARCHAR PRIMARY KEY, source_path VARCHAR, document_id VARCHAR,
            content_hash VARCHAR, read_at TIMESTAMP DEFAULT current_timestamp)
    """)
    db.execute("ALTER TABLE articles ADD COLUMN document_key VARCHAR")
    db.execute("""
        CREATE TABLE sentences (
            article_id VARCHAR, number INTEGER, start_char INTEGER, end_char INTEGER,
            PRIMARY KEY (article_id, number))
    """)
    db.execute("""
        CREATE TABLE actor_roles (
            id VARCHAR PRIMARY KEY, actor_id VARCHAR, code VARCHAR, start DATE, "end" DATE,
            title VARCHAR)
    """)
    db.execute("""
        CREATE TABLE event_mentions (
            id VARCHAR PRIMARY KEY, event_id VARCHAR, article_id VARCHAR, sentence VARCHAR,
            span_start INTEGER, span_end INTEGER, confidence DOUBLE, date VARCHAR,
            reported_by JSON)
    """)
    db.execute("CREATE INDEX events_dyad ON events (source_code, target_code, cameo)")
    db.execute("CREATE INDEX event_mentions_event ON event_mentions (event_id)")


def m004_event_trigger(db: duckdb.DuckDBPyConnection) -> None:
    """The word that triggered the event, to mark it in its sentence."""
    db.execute("ALTER TABLE events ADD COLUMN trigger VARCHAR")


def m005_coding_version(db: duckdb.DuckDBPyConnection) -> None:
    """The coding version each document was coded with (see communique/versions.py): a run
    or a `recode` with another version replaces the document's rows."""
    db.execute("ALTER TABLE documents ADD COLUMN coding_version VARCHAR")


def m006_near_duplicates(db: duckdb.DuckDBPyConnection) -> None:
    """MinHash signatures and LSH band keys, to link near-duplicates against everything
    stored (communique/store/near_duplicates.py)."""
    db.execute("CREATE TABLE minhash (article_id VARCHAR PRIMARY KEY, seq BIGINT, "
               "signature UBIGINT[])")
    db.execute("CREATE TABLE minhash_bands (band INTEGER, bucket UBIGINT, article_id VARCHAR)")


def m007_article_date_note(db: duckdb.DuckDBPyConnection) -> None:
    """How an inferred publication date was reached when it is a range (Article.date_note)."""
    db.execute("ALTER TABLE articles ADD COLUMN date_note VARCHAR")


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [
    m001_initial, m002_actor_kind, m003_documents_mentions_roles, m004_event_trigger,
    m005_coding_version, m006_near_duplicates, m007_article_date_note]


def migrate(db: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet recorded in `_migrations`; return their names."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, "
               "applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}
    applied = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        db.execute("BEGIN TRANSACTION")
        migration(db)
        db.execute("INSERT INTO _migrations (name) VALUES (?)", [migration.__name__])
        db.execute("COMMIT")
        applied.append(migration.__name__)
    return applied
