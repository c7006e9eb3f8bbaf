from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

import communique
from communique.cli import cli
from communique.models import Actor, Article, Event, Mention
from communique.store import Store
from communique.store.migrations import MIGRATIONS


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def article(ident: str, outlet: str, duplicate_of: str | None = None,
            path: str = "a.txt") -> Article:
    return Article(id=ident, document_id=None, source_path=path, part=1, title=ident,
                   text="Turkey attacked Iraq.", outlet=outlet, duplicate_of=duplicate_of,
                   raw_hash=ident, sentences=[(0, 21)])


def event(ident: str, article_id: str, date: str, cameo: str = "190") -> Event:
    turkey = Mention("Turkey", 0, 6, Actor("Turkey", "TUR", "TUR", kind="country", id="tur"))
    iraq = Mention("Iraq", 16, 20, Actor("Iraq", "IRQ", "IRQ", kind="country", id="irq"))
    return Event(id=ident, article_id=article_id, source=[turkey], target=[iraq], cameo=cameo,
                 cameo_name="Use conventional military force", plover="ASSAULT",
                 goldstein=-10.0, quad_class=4, sentence="Turkey attacked Iraq.", span=(0, 21),
                 date=date, date_precision="day", trigger="attacked")


def test_store_migrations_run_once_in_order(tmp_path):
    path = tmp_path / "t.duckdb"
    Store(path).close()
    with Store(path) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM _migrations ORDER BY name")
                 .fetchall()]
    assert names == [m.__name__ for m in MIGRATIONS]


def test_store_one_event_reported_by_several_articles(tmp_path):
    with Store(tmp_path / "t.duckdb", window_days=1) as store:
        store.write_batch([article("a1", "Wire A"), article("a2", "Wire B"),
                           article("a3", "Wire B", duplicate_of="a2"),
                           article("a4", "Wire C")], [],
                          [event("e1", "a1", "2024-05-10"), event("e2", "a2", "2024-05-11"),
                           event("e3", "a3", "2024-05-11"), event("e4", "a4", "2024-05-20")])
        rows = sorted((e["id"], e["num_articles"], e["num_sources"]) for e in store.events())
        assert rows == [("e1", 2, 2), ("e4", 1, 1)]  # a3 re-publishes a2: counted once
        mentions = store.event("e1")["mentions"]
        assert sorted(m["article_id"] for m in mentions) == ["a1", "a2", "a3"]


def test_store_undated_one_sided_or_uncoded_events_never_fold_across_articles(tmp_path):
    undated = [event("u1", "a1", None), event("u2", "a2", None)]
    for e in undated:
        e.date_precision = "none"
    one_sided = [event("t1", "a1", "2024-05-10"), event("t2", "a2", "2024-05-10")]
    for e in one_sided:
        e.target = []
    unknown = Actor("Acme Group", None, None, kind="organisation", id="acme")
    uncoded = [event("c1", "a1", "2024-06-01"), event("c2", "a2", "2024-06-01")]
    for e in uncoded:
        e.source = [Mention("Acme Group", 0, 10, unknown)]
    month = [event("m1", "a1", "2024-07"), event("m2", "a2", "2024-07")]
    for e in month:
        e.date_precision = "month"
    same_article = [event("s1", "a1", None), event("s2", "a1", None)]
    for e in same_article:
        e.date_precision, e.cameo = "none", "173"
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([article("a1", "Wire A"), article("a2", "Wire B")], [],
                          undated + one_sided + uncoded + month + same_article)
        rows = sorted((e["id"], e["num_articles"]) for e in store.events())
    assert rows == [("c1", 1), ("c2", 1), ("m1", 1), ("m2", 1), ("s1", 1), ("t1", 1),
                    ("t2", 1), ("u1", 1), ("u2", 1)]


def test_store_rewriting_a_batch_adds_nothing(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        for _ in range(2):
            store.write_batch([article("a1", "Wire A")], [], [event("e1", "a1", "2024-05-10")])
        assert [store.count(t) for t in ("articles", "events", "event_mentions")] == [1, 1, 1]


@pytest.mark.slow  # runs the pipeline end to end
def test_store_changed_file_replaces_its_rows(write):
    path = write("a.txt", "Turkey strikes Iraq\n\nTurkey attacked Iraq on Monday, officials "
                          "said in Ankara.\n")
    assert invoke("run", str(path), "-q", "--db", "t.duckdb").exit_code == 0
    path.write_text("Iran meets Iraq\n\nIran met Iraq in Baghdad on Monday, officials said.\n")
    assert invoke("run", str(path), "-q", "--db", "t.duckdb").exit_code == 0
    titles = [json.loads(x)["title"] for x in invoke("export", "articles", "--db",
                                                       "t.duckdb").output.splitlines()]
    assert titles == ["Iran meets Iraq"]
    events = [json.loads(x)["sentence"] for x in invoke("export", "events", "--db",
                                                          "t.duckdb").output.splitlines()]
    assert events and all("Turkey" not in s for s in events)


# `communique demo` runs the pipeline on the sample corpus: tests using it are slow.
SLOW_FIXTURES = ("demo_db",)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--no-serve", "-q", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def test_store_cli_events_filters_and_formats(demo_db):
    rows = json.loads(invoke("events", "--db", demo_db, "--dyad", "TUR-IRQ", "--format",
                             "json").output)
    assert rows and all(r["source"][0]["code"].startswith("TUR") and
                        r["target"][0]["code"].startswith("IRQ") for r in rows)
    fights = [json.loads(x) for x in invoke("events", "--db", demo_db, "--root", "19",
                                            "--format", "jsonl").output.splitlines()]
    assert fights and {r["cameo_root"] for r in fights} == {"19"}
    table = invoke("events", "--db", demo_db, "--quad", "4", "--since", "2020", "--limit", "3")
    assert table.exit_code == 0 and table.output.startswith("id ")
    assert len(table.stdout.splitlines()) <= 4
    assert table.stderr.startswith("showing 3 of ")
    rows = list(csv.DictReader(io.StringIO(invoke("events", "--db", demo_db, "--format", "csv",
                                                  "--text", "drone").output)))
    assert rows and all("drone" in row["sentence"].lower() for row in rows)


@pytest.mark.parametrize("option", ["--actor", "--text"])
def test_store_cli_events_filters_take_wildcards_literally(demo_db, option):
    from communique.store import Store

    with Store(demo_db, read_only=True) as store:
        column = "sentence" if option == "--text" else "source::VARCHAR || target::VARCHAR"
        assert store.db.execute(f"SELECT count(*) FROM events WHERE contains({column}, '%') "
                                f"OR contains({column}, '_')").fetchone()[0] == 0
    for wildcard in ("%", "_", "%_%"):
        result = invoke("events", "--db", demo_db, option, wildcard, "--format", "json")
        if option == "--actor":  # no actor is called "%": said so, not an empty table
            assert (result.exit_code, result.output[:14]) == (1, "Error: [E037] ")
        else:
            assert result.exit_code == 0, result.output
            assert json.loads(result.output) == []
    part = "rdoga" if option == "--actor" else "rone strik"  # Erdogan, drone strike
    rows = json.loads(invoke("events", "--db", demo_db, option, part, "--format",
                             "json").output)
    assert rows and all(part in json.dumps(r).lower() for r in rows)


def test_store_like_patterns_escape_wildcards():
    from communique.store.queries import contains, literal, prefix

    assert literal("50%_a\\b") == "50\\%\\_a\\\\b"
    assert contains("%") == "%\\%%"
    assert prefix("19") == "19%"


def test_store_cli_show_marks_source_verb_and_target(demo_db):
    [first] = json.loads(invoke("events", "--db", demo_db, "--dyad", "TUR-IRQ", "--code",
                                "042", "--format", "json").output)
    output = invoke("show", first["id"], "--db", demo_db).output
    assert "[Turkish President Tayyip Erdogan] <arrived> in {Baghdad}" in output
    missing = invoke("show", "nope", "--db", demo_db)
    assert missing.exit_code == 1
    assert "[E015] No event with id 'nope'" in missing.output


def test_store_cli_timeline_and_stats(demo_db):
    rows = json.loads(invoke("timeline", "--dyad", "TUR-IRQ", "--by", "year", "--db", demo_db,
                             "--format", "json").output)
    assert {"period", "quad_class", "events", "mean_goldstein"} == set(rows[0])
    stats = json.loads(invoke("stats", "--db", demo_db, "--format", "json").output)[0]
    assert stats["articles"] >= 25 and stats["events"] > 0


@pytest.mark.parametrize("fmt", ["csv", "parquet", "gdelt", "icews", "plover"])
def test_store_cli_exports_read_back(demo_db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = invoke("export", "events", "--db", demo_db, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    total = duckdb.connect(demo_db, read_only=True).execute(
        "SELECT count(*) FROM events").fetchone()[0]
    assert total > 0
    if fmt == "parquet":
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall()[0][0] == total
    elif fmt == "plover":
        records = [json.loads(x) for x in out.read_text().splitlines()]
        assert len(records) == total and all(isinstance(r["source"], list) for r in records)
    elif fmt == "gdelt":  # no header; events with no day (own or article's) left out
        rows = [line.split("\t") for line in out.read_text().splitlines()]
        dayless = duckdb.connect(demo_db, read_only=True).execute(
            "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE "
            "e.date_precision <> 'day' AND a.date_precision IS DISTINCT FROM 'day'").fetchone()[0]
        assert len(rows) == total - dayless and {len(r) for r in rows} == {61}
        assert all(r[1].isdigit() and len(r[1]) == 8 for r in rows)
    else:
        delimiter = "," if fmt == "csv" else "\t"
        rows = list(csv.DictReader(io.StringIO(out.read_text()), delimiter=delimiter))
        assert len(rows) == total


def test_store_python_api(demo_db):
    with communique.open(demo_db, read_only=True) as store:
        frame = store.to_pandas("SELECT cameo_root, count(*) AS n FROM events GROUP BY 1")
        assert frame["n"].sum() == store.count("events")
        assert store.to_arrow("SELECT id FROM events").num_rows == store.count("events")


SCOLDS = ("Iran scolds Iraq\n\nIran scolded Iraq on Monday over the border, officials "
           "said in a statement.\n")


def _codes_in(db: str) -> list[tuple[str, str, str]]:
    rows = [json.loads(x) for x in invoke("export", "events", "--db", db).output.splitlines()]
    return sorted((e["cameo"], e["source"][0]["code"], e["target"][0]["code"]) for e in rows)


@pytest.mark.slow  # runs the pipeline end to end
@pytest.mark.parametrize("second", ["run", "recode"])
def test_store_a_pattern_change_leaves_no_stale_event(tmp_path, write, second):
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text('{"code": "111", "verb": "scold"}\n')
    path = write("a.txt", SCOLDS)
    assert invoke("run", str(path), "-q", "--db", "t.duckdb",
                  "--patterns", str(patterns)).exit_code == 0
    assert _codes_in("t.duckdb") == [("111", "IRN", "IRQ")]
    patterns.write_text('{"code": "112", "verb": "scold"}\n')
    args = [str(path)] if second == "run" else []
    result = invoke(second, *args, "-q", "--db", "t.duckdb", "--patterns", str(patterns))
    assert result.exit_code == 0, result.output
    assert _codes_in("t.duckdb") == [("112", "IRN", "IRQ")]
    with Store("t.duckdb", read_only=True) as store:
        assert store.count("event_mentions") == 1
        assert store.count("articles") == 1


@pytest.mark.slow  # runs the pipeline end to end
def test_store_recode_leaves_documents_of_the_current_version_alone(write):
    path = write("a.txt", SCOLDS)
    assert invoke("run", str(path), "-q", "--db", "t.duckdb").exit_code == 0
    result = invoke("recode", "-q", "--db", "t.duckdb")
    assert result.exit_code == 0
    assert result.output == "0 documents re-coded (0 articles, 0 event mentions) → t.duckdb\n"


def test_store_an_event_other_articles_report_outlives_a_replaced_document(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        one, two = article("a1", "Wire A", path="one.txt"), article("a2", "Wire B", path="two.txt")
        store.write_batch([one, two], [], [event("e1", "a1", "2024-05-10"),
                                           event("e2", "a2", "2024-05-10")], version="v1")
        store.write_batch([one], [], [], version="v2")  # a1 re-coded: no event now
        rows = [(e["id"], e["article_id"], e["num_articles"]) for e in store.events()]
        assert rows == [("e1", "a2", 1)]


def test_store_cli_an_actor_nobody_is_called_is_e037(demo_db):
    result = invoke("events", "--db", demo_db, "--actor", "Qwertyuiop")
    assert result.exit_code == 1
    assert result.output == (f"Error: [E037] No actor in {demo_db} has 'Qwertyuiop' in its name "
                             f"or code — list them with `communique actors --db {demo_db}`, or "
                             "look a name up with `communique actors --name`\n")
    assert invoke("events", "--db", demo_db, "--actor", "Erdogan", "--root", "20",
                  "--format", "json").exit_code == 0  # known actor, no such event: no error


def test_store_summary_leads_with_dyads_between_countries(tmp_path):
    home = event("h1", "a1", "2024-05-10")
    home.target = [Mention("Turkey", 0, 6, Actor("Turkey", "TUR", "TUR", kind="country",
                                                  id="tur2"))]
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([article("a1", "Wire A")], [], [home, event("e1", "a1", "2024-05-10")])
        assert store.summary()["dyads"] == [("TUR", "IRQ", 1)]


def test_store_cli_table_shows_an_uncoded_actor_by_name(tmp_path):
    unknown = event("u1", "a1", "2024-05-10")
    unknown.source = [Mention("Acme Group", 0, 10, Actor("Acme Group", None, None,
                                                         kind="uncoded", id="acme"))]
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([article("a1", "Wire A")], [], [unknown])
    lines = invoke("events", "--db", str(tmp_path / "t.duckdb")).output.splitlines()
    assert lines[1].split()[1:5] == ["2024-05-10", '"Acme', 'Group"', "190"]


@pytest.mark.parametrize(("actor", "ids"), [
    ("Unit 7", ["e2"]),  # a name with a space and a digit: the actor index alone
    ("irqm", ["e2"]),  # part of a code, lower case: the index holds each actor's code
    ("iraq", ["e1", "e2", "e3"]),  # a name, as source or target
    ("TUR", ["e1", "e3"]),  # a code: the code columns
    (";irqmil", ["e2"]),  # a ';' joins codes in the code columns only
    ("unit 7 acme", []),  # a text is matched within one actor, not across two
])
def test_store_actor_names_are_found_by_row_number(tmp_path, actor, ids):
    from communique.store.overview import events_page, where
    from communique.store.queries import EventFilter

    unit = event("e2", "a2", "2024-05-11", cameo="042")
    unit.source = [Mention("Unit 7", 0, 6, Actor("Unit 7", "IRQMIL", "IRQ", kind="group",
                                                  id="unit7")),
                   Mention("Acme Group", 8, 18, Actor("Acme Group", None, None,
                                                      kind="uncoded", id="acme"))]
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([article(a, "Wire A") for a in ("a1", "a2", "a3")], [],
                          [event("e1", "a1", "2024-05-10"), unit,
                           event("e3", "a3", "2024-06-20", cameo="111")])
        page = events_page(store, EventFilter(actor=actor, limit=10), sort="date")
        assert [e["id"] for e in page["events"]] == ids and page["total"] == len(ids)
        sql, params = where(store, EventFilter(actor=actor))
        assert sorted(r[0] for r in store.db.execute(
            f"SELECT id FROM events{sql}", params).fetchall()) == ids
