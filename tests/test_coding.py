from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import cli

pytestmark = pytest.mark.slow


def code(nlp, text: str, published: str = "2024-05-10", dateline: str | None = None):
    doc = nlp.make_doc(text)
    doc._.published, doc._.byline, doc._.date_precision = published, [], "day"
    doc._.dateline = dateline
    return nlp(doc)._.events


def summary(event) -> tuple:
    return ([m.actor.code for m in event.source], event.cameo,
            [m.actor.code for m in event.target])


def test_coding_active_and_passive_voice(nlp):
    assert [summary(e) for e in code(nlp, "Turkey attacked Iraq.")] == [
        (["TUR"], "190", ["IRQ"])]
    assert [summary(e) for e in code(nlp, "Iraq was attacked by Turkey.")] == [
        (["TUR"], "190", ["IRQ"])]


def test_coding_coordinated_sources_are_one_event_with_a_list(nlp):
    [event] = code(nlp, "Macron and Scholz visited Kyiv.")
    assert summary(event) == (["FRAGOV", "DEUGOV"], "042", ["UKRGOV"])


def test_coding_reported_speech_credits_the_speaker(nlp):
    [event] = code(nlp, "Turkey said Russia had proposed a ceasefire.")
    assert [m.actor.code for m in event.source] == ["RUS"]
    assert event.reported_by.actor.code == "TUR"
    assert event.cameo_root != "01"


def test_coding_negation(nlp):
    [event] = code(nlp, "Iran did not attack Iraq.")
    assert (summary(event), event.negated) == ((["IRN"], "190", ["IRQ"]), True)
    attack = [e for e in code(nlp, "Iran denied attacking Iraq.") if e.cameo == "190"]
    assert attack and attack[0].negated


def test_coding_future_and_hypothetical(nlp):
    [event] = code(nlp, "Iran will attack Israel.")
    assert (event.mood, event.cameo_root) == ("future", "13")  # force to come is a threat
    events = code(nlp, "If Israel strikes, Iran will strike Israel.")
    assert {e.mood for e in events} == {"hypothetical"}
    [visit] = code(nlp, "Erdogan will visit Baghdad.")
    assert (visit.mood, visit.cameo) == ("future", "036")


def test_coding_refused_cooperation_is_a_rejection(nlp):
    [event] = code(nlp, "Syria says it will not accept refugees from Iraq.")
    assert (event.plover, event.negated) == ("REJECT", False)


def test_coding_nominal_events(nlp):
    [event] = code(nlp, "Israeli airstrikes on Gaza continued.")
    assert (event.cameo_root, [m.actor.code for m in event.source]) == ("19", ["ISR"])
    events = code(nlp, "Turkey imposed sanctions on Israel.")
    assert [summary(e) for e in events] == [(["TUR"], "163", ["ISR"])]


def test_coding_event_dates(nlp):
    assert [(e.date, e.date_precision) for e in code(nlp, "Iran attacked Iraq in 2016.")] == [
        ("2016", "year")]
    assert [(e.date, e.date_precision) for e in code(nlp, "Iran attacked Iraq last year.")] \
        == [("2023", "year")]
    assert [(e.date, e.date_precision) for e in code(nlp, "Iran attacked Iraq on Tuesday.")] \
        == [("2024-05-07", "day")]
    assert [(e.date, e.date_precision) for e in code(
        nlp, "Iran attacked Iraq in October 2023.")] == [("2023-10", "month")]
    assert [(e.date, e.date_precision) for e in code(nlp, "Iran attacked Iraq.")] == [
        ("2024-05-10", "day")]


def test_coding_location_from_the_sentence_else_the_dateline(nlp):
    [event] = code(nlp, "Turkey attacked the PKK in Duhok.", dateline="ANKARA")
    assert (event.location.name, event.location.country) == ("Dihok", "IRQ")  # geonames name
    [event] = code(nlp, "Turkey attacked the PKK.", dateline="ANKARA")
    assert (event.location.name, event.location.precision) == ("Ankara", "city")
    [event] = code(nlp, "Turkey attacked the PKK.")
    assert event.location is None


def test_coding_user_patterns_extend_the_coder(tmp_path, write):
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text('{"code": "111", "verb": "lambast"}\n')
    path = write("a.txt", "Iran lambasts Iraq\n\nIran lambasted Iraq on Monday over the "
                 "border, officials said in a statement.\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["run", str(path), "-q", "--db", "t.duckdb",
                                 "--patterns", str(patterns)])
    assert result.exit_code == 0, result.output
    events = [json.loads(x) for x in runner.invoke(
        cli, ["export", "events", "--db", "t.duckdb"]).output.splitlines()]
    assert [(e["cameo"], e["source"][0]["code"], e["target"][0]["code"]) for e in events] == [
        ("111", "IRN", "IRQ")]


def test_coding_no_events_from_dropped_text_or_teasers(write):
    text = "\n".join([
        "Iraq and Turkey hold talks", "", "BAGHDAD (Reuters) - Iraq and Turkey held talks "
        "on water sharing in Baghdad on Monday, officials said.", "",
        "Most Read", "Russia attacks Ukraine again", "Iran threatens Israel over strikes",
        "Israel bombs Syria overnight"])
    path = write("a.txt", text)
    runner = CliRunner()
    assert runner.invoke(cli, ["run", str(path), "-q", "--db", "t.duckdb"]).exit_code == 0
    events = [json.loads(x) for x in runner.invoke(
        cli, ["export", "events", "--db", "t.duckdb"]).output.splitlines()]
    assert events
    assert all("Ukraine" not in e["sentence"] and "Syria" not in e["sentence"] for e in events)
    article = json.loads(runner.invoke(cli, ["export", "articles", "--db", "t.duckdb"]).output)
    for event in events:
        start, end = event["span"]
        assert article["text"][start:end] == event["sentence"]

