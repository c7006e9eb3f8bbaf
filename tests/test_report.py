"""The briefing report (`communique report`, the UI's /report) on a small store built row by
row, so every figure in it is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import lxml.html
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import cli
from communique.report import build
from communique.store import Store, reviews
from communique.store.queries import EventFilter
from communique.web.app import create_app

EVENTS = [  # id, date, source code, target code, cameo, quad, goldstein, sources
    ("r1", "2023-01-05", "IRNGOV", "IRQGOV", "042", 1, 1.9, 1),
    ("r2", "2023-03-10", "IRNMIL", "IRQ", "190", 4, -10.0, 3),
    ("r3", "2023-06", "IRQGOV", "IRNGOV", "111", 3, -2.0, 1),
    ("r4", "2024", "IRN", "IRQ", "036", 1, 4.0, 1),
    ("r5", None, "IRNGOV", "IRQ", "173", 4, -5.0, 2),
    ("r6", "2023-02-01", "TURMIL", "SYR", "190", 4, -10.0, 5),
]


def actor(code: str) -> list[dict]:
    return [{"text": code.lower(), "name": code.title(), "code": code, "country": code[:3],
             "sector": None}]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "brief.duckdb")
    with Store(path) as built:
        built.db.execute("INSERT INTO articles (id, source_path, part, title, published, outlet, "
                         "url, text) VALUES ('a1', 'wire.jsonl', 1, 'Border talks <b>resume</b>', "
                         "'2024-03-01', 'Example Wire', 'https://example.org/a1', 'text')")
        built.db.execute("INSERT INTO documents (key, source_path, coding_version) VALUES "
                         "('wire.jsonl#a1', 'wire.jsonl', '0.1.0+kb.x+pat.y')")
        for n, (eid, date, source, target, cameo, quad, goldstein, sources) in enumerate(EVENTS):
            built.db.execute(
                "INSERT INTO events (id, article_id, date, date_precision, source, target, "
                "source_code, target_code, cameo, cameo_root, cameo_name, plover, goldstein, "
                "quad_class, location, negated, mood, reported_by, sentence, span_start, "
                "span_end, confidence, num_articles, num_sources) VALUES (?, 'a1', ?, 'day', ?, "
                "?, ?, ?, ?, ?, 'named', 'X', ?, ?, 'null', false, 'asserted', 'null', ?, ?, ?, "
                "0.8, ?, ?)",
                [eid, date, json.dumps(actor(source)), json.dumps(actor(target)), source,
                 target, cameo, cameo[:2], goldstein, quad, f"Our own sentence <i>{eid}</i>.",
                 n * 50, n * 50 + 40, sources, sources])
    return path


def test_report_figures_for_a_dyad(db: str):
    with Store(db, read_only=True) as store:
        made = build(store, EventFilter(dyad="IRN-IRQ", since="2023-01"))
    assert made["subject"] == "Iran → Iraq, since 2023-01"
    assert made["events"] == 3  # r1, r2, r4: r5 is undated, which no --since can keep
    assert made["quads"] == {1: 2, 2: 0, 3: 0, 4: 1}
    assert [(m["period"], m["quad_classes"]) for m in made["months"]] == [
        ("2023-01", [1, 0, 0, 0]), ("2023-03", [0, 0, 0, 1])]
    assert made["undated"] == {"year_only": 1, "no_date": 0}
    assert [e["id"] for e in made["main"]] == ["r2", "r4", "r1"]  # sources, then |Goldstein|
    assert made["main"][0]["article"]["url"] == "https://example.org/a1"
    assert made["filters"] == ["dyad IRN-IRQ", "since 2023-01"]
    assert made["methods"]["versions"] == [{"version": "0.1.0+kb.x+pat.y", "documents": 1}]
    assert made["methods"]["review"]["all"] == {"reviewed": 0, "right": 0, "precision": None}


def test_report_cli_writes_one_self_contained_file(db: str, tmp_path: Path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli, ["report", "--db", db, "--dyad", "IRN-IRQ", "--since",
                                      "2023-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}: 3 events, 3 main events with their sentences\n"
    html = out.read_text(encoding="utf-8")
    page = lxml.html.fromstring(html)
    # Nothing to fetch: no script, frame or image, one link element (the empty icon).
    assert page.xpath("//script | //iframe | //img | //object") == []
    assert page.xpath("//link/@href") == ["data:,"]
    assert page.xpath("//@src") == []
    assert page.xpath("//a/@href") == ["https://example.org/a1"] * 3
    charts = page.xpath("//svg")
    assert [s.get("aria-label") for s in charts] == ["Events by QuadClass",
                                                    "Events per month by QuadClass"]
    assert charts[1].xpath(".//rect/@data-quad") == ["1", "4"]
    assert page.xpath("//ol[@class='events']/li/@data-event") == ["r2", "r4", "r1"]
    first = page.xpath("//ol[@class='events']/li")[0]
    assert first.xpath("blockquote")[0].text_content() == "Our own sentence <i>r2</i>."
    assert first.xpath(".//a")[0].text_content() == "Border talks <b>resume</b>"
    assert "Not in the chart: 1 event dated to the year only." in " ".join(
        page.text_content().split())
    assert page.xpath("(//table)[1]//td[1]/text()") == ["IRQ", "IRN", "IRNGOV", "IRNMIL",
                                                        "IRQGOV"]


def test_report_with_nothing_to_report_is_e060(db: str, tmp_path: Path):
    out = tmp_path / "none.html"
    result = CliRunner().invoke(cli, ["report", "--db", db, "--dyad", "IRN-IRQ", "--since",
                                      "2030", "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: [E060] No event in {db} matches the report's filters (dyad IRN-IRQ, since "
        "2030) — widen them (an earlier --since, a country instead of a dyad), or list what "
        "is there with `communique events`\n")
    assert not out.exists()


def test_report_bad_filter_has_the_clis_message(db: str):
    result = CliRunner().invoke(cli, ["report", "--db", db, "--country", "Atlantis"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E032] --country 'Atlantis' is not a country")


def test_report_methods_give_review_precision(db: str):
    with Store(db, read_only=True) as store:
        for eid, verdict in (("r1", "right"), ("r2", "wrong"), ("r6", "right")):
            reviews.save(db, store.event(eid), verdict)
        made = build(store, EventFilter(country="IRQ"))
    assert made["methods"]["review"] == {
        "all": {"reviewed": 3, "right": 2, "precision": 0.667},
        "selected": {"reviewed": 2, "right": 1, "precision": 0.5}}
    result = CliRunner().invoke(cli, ["report", "--db", db, "--country", "IRQ"])
    [box] = lxml.html.fromstring(result.output).xpath("//*[@id='review-precision']")
    text = " ".join(box.text_content().split())
    assert text == ("2 of 3 reviewed events judged right (66.7 %); among the events of this "
                    "report, 1 of 2 (50.0 %).")


def test_report_page_is_the_same_report_for_the_ui_filters(db: str):
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        response = client.get("/report", params={"country": "Syria", "hide_uncoded": "true"})
        assert response.status_code == 200
        page = lxml.html.fromstring(response.text)
        assert page.xpath("//h1")[0].text_content() == "Briefing: Syria"
        assert page.xpath("//ol[@class='events']/li/@data-event") == ["r6"]
        assert page.xpath("//nav[@class='links']/a/@href") == [
            "/events?country=Syria&hide_uncoded=true",
            "/report?country=Syria&hide_uncoded=true&top=12&download=true"]
        saved = client.get("/report", params={"country": "SYR", "download": "true"})
        assert saved.headers["content-disposition"] == (
            'attachment; filename="communique-briefing.html"')
        assert lxml.html.fromstring(saved.text).xpath("//nav") == []
        empty = lxml.html.fromstring(client.get("/report", params={"country": "RUS"}).text)
        assert " ".join(empty.xpath("//ol[@class='events']")[0].text_content().split()) == (
            "No event matches these filters.")
        bad = client.get("/report", params={"since": "yesterday"},
                         headers={"Accept": "application/json"}).json()
        assert bad["status"] == 422 and "[E031] --since 'yesterday' is not a date" in bad["error"]


def test_report_reviews_precision_overall_by_root_and_outlet(db: str):
    result = CliRunner().invoke(cli, ["reviews", "precision", "--db", db])
    assert result.exit_code == 0
    assert result.output == (f"No reviews for {db} yet: mark events right or wrong on their "
                             "pages (`communique serve`).\n")
    with Store(db, read_only=True) as store:
        for eid, verdict in (("r1", "right"), ("r2", "wrong"), ("r6", "right")):
            reviews.save(db, store.event(eid), verdict)
    result = CliRunner().invoke(cli, ["reviews", "precision", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "by,group,reviewed,right,precision", "all,,3,2,0.667", "root,19,2,1,0.5",
        "root,04,1,1,1.0", "outlet,Example Wire,3,2,0.667"]


def test_report_eval_reviews_prints_the_review_precision(db: str):
    result = CliRunner().invoke(cli, ["eval", "--reviews", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output == (f"No reviews for {db} yet: mark events right or wrong on their "
                             "pages (`communique serve`).\n")
    with Store(db, read_only=True) as store:
        for eid, verdict in (("r1", "right"), ("r2", "wrong"), ("r6", "right")):
            reviews.save(db, store.event(eid), verdict)
    result = CliRunner().invoke(cli, ["eval", "--reviews", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "by      group         reviewed  right  precision",
        "all                   3         2      0.667    ",
        "root    19            2         1      0.5      ",
        "root    04            1         1      1.0      ",
        "outlet  Example Wire  3         2      0.667    "]
    same = CliRunner().invoke(cli, ["reviews", "precision", "--db", db])
    assert same.exit_code == 0 and same.output == result.output
    as_json = CliRunner().invoke(cli, ["eval", "--reviews", "--db", db, "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output)[0] == {"by": "all", "group": "", "reviewed": 3,
                                              "right": 2, "precision": 0.667}


@pytest.mark.parametrize(("args", "message"), [
    (["--reviews", "--half", "A"], ("[E061] `eval --reviews` scores the reviews kept beside "
     "--db, not --half — leave out --half, or leave out --reviews to score the coder on a "
     "gold file")),
    ([], ("[E062] `eval` needs a gold file to score the coder on, or --reviews to score the "
     "analysts' verdicts — e.g. `communique eval gold.jsonl` or `communique eval --reviews "
     "--db events.duckdb`"))])
def test_report_eval_reviews_refuses_what_it_cannot_use(db: str, args: list, message: str):
    result = CliRunner().invoke(cli, ["eval", *args, "--db", db])
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"


def test_report_eval_reviews_refuses_a_gold_file_too(db: str, tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--reviews", "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E061] `eval --reviews` scores the reviews kept "
                                    "beside --db, not PATH — leave out PATH,")


@pytest.mark.parametrize(("periods", "labels"), [
    (["2014-08", "2024-05"], [str(y) for y in range(2015, 2025)]),  # where each year starts
    (["2023-03", "2023-06"], ["2023"]),  # no January in the chart: its first year
    (["1990-01", "2024-12"], [str(y) for y in range(1990, 2025, 3)])])  # a dozen at most
def test_report_trend_labels_the_years(periods: list, labels: list):
    from communique.report.charts import months_chart

    svg = lxml.html.fromstring(str(months_chart(
        [{"period": p, "events": 1, "quad_classes": [1, 0, 0, 0]} for p in periods])))
    assert svg.xpath("//text[@font-size='11']/text()")[2:] == labels  # after the y labels
    assert len(svg.xpath("//rect")) == 2
