from __future__ import annotations

import codecs
import datetime
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from communique.cli import cli

ARTICLE = """Turkey strikes militants in northern Iraq

ANKARA (Reuters) - Turkish warplanes attacked Iraq on Tuesday, the defence ministry said.

The Iraqi government accused Turkey of violating its sovereignty.
"""


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.slow  # runs the pipeline end to end
def test_run_bad_inputs_each_get_a_coded_message_and_the_rest_is_read(write):
    good = write("good.txt", ARTICLE)
    png = write("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = write("empty.txt", "")
    latin = write("latin.txt", "Iran and Iraq\n\nCafé owners said Iran’s envoy met Iraqi "
                  "officials.".encode("cp1252"))
    lines = write("news.jsonl", '{"id": "a1", "text": "Iran accused Iraq of shelling."}\n'
                  '{"id": "a2", "text": \n')
    result = invoke("run", str(good), str(png), str(empty), str(latin), str(lines), "-q",
                    "--db", "t.duckdb")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"[E002] {png} looks binary (PNG image), not text — pass news as .txt, .html, .jsonl, "
        ".json, .csv or an RSS/Atom .xml file",
        f"[E004] {empty} is empty — nothing to read; remove it or fill it",
        f"[W001] {latin} is not valid UTF-8; read it as cp1252 — re-save it as UTF-8 if any "
        "characters look wrong",
        f"[E006] {lines} line 2: malformed JSON (Expecting value) — fix the line; one JSON "
        'object a line, with a "text" field',
    ]
    exported = invoke("export", "articles", "--db", "t.duckdb")
    texts = sorted(json.loads(line)["text"] for line in exported.stdout.splitlines())
    assert texts[-1] == "Turkish warplanes attacked Iraq on Tuesday, the " \
        "defence ministry said.\n\nThe Iraqi government accused Turkey of violating its " \
        "sovereignty."
    assert "Café owners said Iran’s envoy met Iraqi officials." in texts
    assert "Iran accused Iraq of shelling." in texts


@pytest.mark.slow  # runs the pipeline end to end
def test_run_exits_non_zero_only_when_nothing_could_be_read(write):
    png = write("photo.png", b"\x89PNG\r\n\x1a\n\x00")
    result = invoke("run", str(png), "missing.txt", "-q", "--db", "t.duckdb")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: [E010] Nothing could be read from the inputs given — see the messages above "
        "for each one")
    assert "[E001] No such file or directory: missing.txt" in result.stderr


@pytest.mark.slow  # runs the pipeline end to end
def test_rerun_on_the_same_input_adds_no_rows(write):
    path = write("good.txt", ARTICLE)
    counts = []
    for _ in range(2):
        assert invoke("run", str(path), "-q", "--db", "t.duckdb").exit_code == 0
        counts.append([len(invoke("export", kind, "--db", "t.duckdb").stdout.splitlines())
                       for kind in ("articles", "events", "actors")])
    assert counts[0] == counts[1]
    assert counts[0][1] >= 2


@pytest.mark.slow  # runs the pipeline end to end
def test_run_reads_stdin_and_exports_the_contract_fields():
    result = invoke("run", "-", "--db", "t.duckdb", input=ARTICLE)
    assert result.exit_code == 0, result.output
    events = [json.loads(x) for x in invoke("export", "events", "--db", "t.duckdb").stdout
              .splitlines()]
    assert list(events[0]) == [
        "id", "article_id", "date", "date_precision", "source", "target", "cameo", "cameo_root",
        "cameo_name", "plover", "goldstein", "quad_class", "location", "negated", "mood",
        "reported_by", "sentence", "span", "confidence", "num_articles", "num_sources",
        "trigger"]
    article = json.loads(invoke("export", "articles", "--db", "t.duckdb").stdout)
    assert list(article) == ["id", "document_id", "source_path", "part", "title", "published",
                             "date_precision", "date_note", "dateline", "agency", "byline",
                             "outlet", "text", "dropped"]
    for event in events:
        start, end = event["span"]
        assert article["text"][start:end] == event["sentence"]


@pytest.mark.slow  # runs the pipeline end to end
def test_export_writes_to_a_file(write):
    path = write("good.txt", ARTICLE)
    invoke("run", str(path), "-q", "--db", "t.duckdb")
    result = invoke("export", "actors", "--db", "t.duckdb", "-o", "actors.jsonl")
    assert result.exit_code == 0
    with open("actors.jsonl", encoding="utf-8") as handle:
        actors = [json.loads(line) for line in handle]
    assert list(actors[0]) == ["id", "name", "code", "country", "sector", "aliases", "roles",
                               "mentions"]
    assert {a["name"] for a in actors} >= {"Turkey", "Iraq"}


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "communique", "--help"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0
    assert "communique run news/" in result.stdout


def count_articles(db: str = "t.duckdb") -> int:
    return len(invoke("export", "articles", "--db", db).stdout.splitlines())


@pytest.mark.slow  # runs the pipeline end to end
def test_run_keeps_every_record_without_an_id_and_a_rerun_adds_nothing(write):
    path = write("many.jsonl", "".join(
        json.dumps({"text": f"Iran met Iraq on day {n}."}) + "\n" for n in range(200)))
    for _ in range(2):
        result = invoke("run", str(path), "-q", "--db", "t.duckdb")
        assert result.exit_code == 0, result.output
        assert count_articles() == 200


@pytest.mark.slow  # runs the pipeline end to end
def test_run_keeps_two_different_stdin_runs():
    for text in (ARTICLE, ARTICLE.replace("Tuesday", "Friday"), ARTICLE):
        assert invoke("run", "-", "--db", "t.duckdb", input=text).exit_code == 0
    assert count_articles() == 2


@pytest.mark.slow  # runs the pipeline end to end
def test_run_an_edited_record_with_an_id_replaces_its_rows(write):
    for text in ("Iran accused Iraq of shelling.", "Iran thanked Iraq for its help."):
        path = write("news.jsonl", json.dumps({"id": "a1", "text": text}) + "\n")
        assert invoke("run", str(path), "-q", "--db", "t.duckdb").exit_code == 0
    [article] = [json.loads(x) for x in invoke("export", "articles", "--db", "t.duckdb")
                 .stdout.splitlines()]
    assert (article["document_id"], article["text"]) == ("a1", "Iran thanked Iraq for its help.")


@pytest.mark.slow  # runs the pipeline end to end
def test_run_bad_inputs_never_abort_the_run(write, tmp_path):
    folder = tmp_path / "in"
    write("a.jsonl", json.dumps({"text": "Iran \ud800 accused Iraq."}) + "\n" +
          json.dumps({"text": "Iraq thanked Iran.", "published": "2023-02-30"}) + "\n" +
          '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n" +
          '{"text": ["Iraq"]}\n')
    bom = write("b.txt", codecs.BOM_UTF16_LE + b"abc")
    fifo = folder / "c.txt"
    os.mkfifo(fifo)
    with open(os.fsencode(folder) + b"/d\xe9.txt", "wb") as handle:
        handle.write(ARTICLE.encode())
    result = invoke("run", str(folder), "-q", "--db", "t.duckdb")
    assert result.exit_code == 0, result.output
    path = folder / "a.jsonl"
    assert result.stderr.splitlines() == [
        f"[W002] {path} line 2: publication date '2023-02-30' is not a real date between 1900 "
        f"and {datetime.date.today().year + 1} — ignored, the article is kept; fix the date in "
        "the input",
        f"[E006] {path} line 3: malformed JSON (nested too deeply) — fix the line; one JSON "
        'object a line, with a "text" field',
        f"[E024] {path} line 4: the 'text' field holds a list, not text — give the article's "
        "text as a string",
        f"[E005] {bom} is not valid text in any encoding tried (its byte order mark says UTF-16, "
        "but the bytes from offset 4 are not: truncated data) — re-save it as UTF-8",
        f"[E019] {fifo} is not a regular file (a FIFO) — pass files or directories; FIFOs, "
        "devices and sockets are not read"]
    articles = [json.loads(x) for x in invoke("export", "articles", "--db", "t.duckdb").stdout
                .splitlines()]
    assert sorted((a["source_path"], a["text"], a["published"]) for a in articles)[:2] == [
        (str(path), "Iran \ufffd accused Iraq.", None), (str(path), "Iraq thanked Iran.", None)]
    assert {a["source_path"] for a in articles} == {str(path), f"{folder}/d\\xe9.txt"}


def _dated_store(path: str) -> None:
    """Three Turkey → Iraq events: one on a day, one in a month, one in a year."""
    from communique.models import Actor, Article, Event, Mention
    from communique.store import Store

    turkey = Mention("Turkey", 0, 6, Actor("Turkey", "TURGOV", "TUR", "GOV", id="tur"))
    iraq = Mention("Iraq", 16, 20, Actor("Iraq", "IRQ", "IRQ", kind="country", id="irq"))
    art = Article(id="a1", document_id=None, source_path="a.txt", part=1, title="t",
                  text="Turkey attacked Iraq.", raw_hash="h")
    events = [Event(id=f"e{n}", article_id="a1", source=[turkey], target=[iraq], cameo="190",
                    cameo_name="Use conventional military force", plover="ASSAULT",
                    goldstein=-10.0, quad_class=4, sentence="Turkey attacked Iraq.",
                    span=(0, 21), date=date, date_precision=precision, trigger="attacked")
              for n, (date, precision) in enumerate([("2024-05-10", "day"),
                                                     ("2024-02", "month"), ("2023", "year")])]
    with Store(path) as store:
        store.write_batch([art], [], events)


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2023-13-01"], "[E031] --since '2023-13-01' is not a date — give YYYY, "
                                "YYYY-MM or YYYY-MM-DD, e.g. --since 2024-03"),
    (["--until", "yesterday"], "[E031] --until 'yesterday' is not a date — give YYYY, YYYY-MM "
                               "or YYYY-MM-DD, e.g. --until 2024-03"),
    (["--country", "Narnia"], "[E032] --country 'Narnia' is not a country — give a CAMEO code "
                              "or a name, e.g. IRQ or Iraq (a dyad is two of them: IRN-IRQ)"),
    (["--root", "25"], "[E033] --root '25' is not a CAMEO root — give 01 to 20, e.g. --root 19"),
    (["--code", "abc"], "[E034] --code 'abc' is not a CAMEO code — give 2 to 4 digits, e.g. "
                        "--code 042"),
    (["--limit", "-1"], "[E035] --limit and --offset take a whole number, 1 or more for "
                        "--limit, not -1"),
])
def test_events_bad_filters_get_a_coded_message(args, message):
    _dated_store("t.duckdb")
    result = invoke("events", "--db", "t.duckdb", *args)
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"


@pytest.mark.parametrize(("args", "ids"), [
    (["--country", "Iraq"], ["e0", "e1", "e2"]),
    (["--country", "iraq"], ["e0", "e1", "e2"]),
    (["--dyad", "Turkey-IRQ"], ["e0", "e1", "e2"]),
    (["--since", "2024-03"], ["e0"]),
    (["--since", "2023-06"], ["e0", "e1", "e2"]),  # "2023" may be June or later
    (["--until", "2024-01"], ["e2"]),
    (["--until", "2024"], ["e0", "e1", "e2"]),
    (["--since", "2024-02-15", "--until", "2024-02-20"], ["e1"]),  # February may hold them
    (["--root", "19"], ["e0", "e1", "e2"]),
])
def test_events_dates_match_by_what_they_can_be(args, ids):
    _dated_store("t.duckdb")
    result = invoke("events", "--db", "t.duckdb", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    assert sorted(e["id"] for e in json.loads(result.output)) == ids


def test_timeline_by_day_month_and_year():
    _dated_store("t.duckdb")
    got = {by: [(r["period"], r["events"]) for r in json.loads(invoke(
        "timeline", "--dyad", "TUR-IRQ", "--by", by, "--db", "t.duckdb", "--format",
        "json").output)] for by in ("day", "month", "year")}
    assert got == {"day": [("2024-05-10", 1)], "month": [("2024-02", 1), ("2024-05", 1)],
                   "year": [("2023", 1), ("2024", 2)]}
    result = invoke("timeline", "--dyad", "IRQ-TUR", "--by", "day", "--db", "t.duckdb")
    assert (result.exit_code, result.output) == (0, "No rows match.\n")


@pytest.mark.slow  # runs the pipeline end to end
def test_run_prints_what_it_added_and_a_rerun_adds_nothing(write):
    path = write("a.txt", "Iran accuses Iraq\n\nIran accused Iraq on Monday of hiding the "
                          "report, officials said.\n")
    first = invoke("run", str(path), "--db", "t.duckdb")
    assert first.exit_code == 0
    assert first.stderr.splitlines()[-1] == (
        "1 documents, 1 articles coded, 1 event mentions found; new in t.duckdb: 1 articles, "
        "1 events, 1 event mentions")
    again = invoke("run", str(path), "--db", "t.duckdb")
    assert again.stderr.splitlines()[-1] == (
        "1 documents, 1 articles coded, 1 event mentions found; nothing new in t.duckdb: all "
        "of it was stored before")


def test_lists_say_how_many_they_show_and_actors_and_stats_have_formats():
    _dated_store("t.duckdb")
    result = invoke("events", "--db", "t.duckdb", "--limit", "2")
    assert result.stderr == "showing 2 of 3 events (--limit for more)\n"
    actors = json.loads(invoke("actors", "--db", "t.duckdb", "--format", "json").output)
    assert actors == []  # the events were written without their mentions
    stats = invoke("stats", "--db", "t.duckdb", "--format", "csv").output.splitlines()
    assert stats == ["count,key,n", "articles,,1", "actors,,0", "events,,3", "root,19,3",
                     "dyad,TURGOV-IRQ,3"]
