from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import cli
from communique.errors import CommuniqueError
from communique.geo import gazetteer
from communique.kb import read_entries
from communique.kb.names import same_person

pytestmark = pytest.mark.slow


def resolve(nlp, text: str, published: str | None = "2024-05-10", byline=()):
    doc = nlp.make_doc(text)
    doc._.published, doc._.byline, doc._.date_precision = published, list(byline), "day"
    doc = nlp(doc)
    return [(m.text, m.actor.name, m.actor.code) for m in doc._.mentions]


@pytest.mark.parametrize(("a", "b"), [
    ("Qasem Soleimani", "Qassem Suleimani"), ("Mohammad Javad Zarif", "Mohammed Jawad Zarif"),
    ("Muqtada al-Sadr", "Moqtada Sadr"), ("Nouri al-Maliki", "Nuri al-Maliki"),
    ("Ismail Haniyeh", "Ismail Haniya"), ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan")])
def test_actors_transliterations_meet_in_one_actor(nlp, a, b):
    first = resolve(nlp, f"{a} spoke to reporters.", "2019-06-01")
    second = resolve(nlp, f"{b} spoke to reporters.", "2019-06-01")
    assert first[0][1] == second[0][1]
    assert same_person(a, b)


def test_actors_close_names_of_different_people_stay_apart():
    assert not same_person("Masoud Barzani", "Masrour Barzani")
    assert not same_person("Bashar al-Assad", "Hafez al-Assad")


def test_actors_roles_follow_the_article_date(nlp):
    assert resolve(nlp, "Hakan Fidan arrived.", "2015-01-01")[0][2] == "TURSPY"
    assert resolve(nlp, "Hakan Fidan arrived.", "2024-01-01")[0][2] == "TURGOV"


def test_actors_later_surname_means_the_person_introduced_earlier(nlp):
    found = resolve(nlp, "Syrian President Bashar al-Assad met envoys. Assad said Syria "
                         "would respond.", "2019-05-01")
    assert ("Assad", "Bashar al-Assad", "SYRGOV") in found


def test_actors_unknown_person_is_coded_from_the_description(nlp):
    found = resolve(nlp, "Jordanian Foreign Minister Karim Haddad met reporters in Amman.")
    assert ("Jordanian Foreign Minister Karim Haddad", "Karim Haddad", "JORGOV") in found


def test_actors_descriptions_and_pronouns_refer_back(nlp):
    found = resolve(nlp, "Saudi Foreign Minister Faisal bin Farhan arrived in Tehran. The "
                         "Saudi minister met officials. He said talks went well.")
    names = {text: name for text, name, _ in found}
    assert names["The Saudi minister"] == "Faisal bin Farhan"
    assert names["He"] == "Faisal bin Farhan"
    assert "officials" not in names  # a plural is not the person named before


def test_actors_countries_capitals_and_groups(nlp):
    found = resolve(nlp, "Ankara accuses Washington of arming Kurdish groups, and the West "
                         "is silent, while Iranian forces shelled villages.")
    codes = {text: code for text, _, code in found}
    assert codes["Ankara"] == "TURGOV"
    assert codes["Washington"] == "USAGOV"
    assert codes["the West"] == "WST"
    assert codes["Iranian forces"] == "IRNMIL"


def test_actors_bylines_are_never_actors(nlp):
    found = resolve(nlp, "Turkey and Iraq held talks, Ahmed Rasheed said.",
                    byline=["Ahmed Rasheed"])
    assert all(name != "Ahmed Rasheed" for _, name, _ in found)


def test_actors_places_are_geocoded_with_precision():
    places = gazetteer()
    assert (places.find("Erbil").country, places.find("Erbil").precision) == ("IRQ", "city")
    region = places.find("northern Syria")
    assert (region.country, region.precision) == ("SYR", "region")
    assert places.find("Iraq").precision == "country"
    assert places.find("Kurdistan Region").country == "IRQ"


def test_actors_bad_knowledge_base_line_is_named(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"name": "X", "kind": "person", "roles": [{"code": "bad"}]}\n')
    with pytest.raises(CommuniqueError) as err:
        read_entries(path)
    assert str(err.value).startswith(f"[E016] {path}: invalid knowledge-base or pattern file "
                                     "(line 1: roles.0.code: String should match pattern")


def test_actors_cli_finds_haniyeh_by_a_variant():
    result = CliRunner().invoke(cli, ["actors", "--name", "Haniya"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Ismail Haniyeh (person, PSE)"
    assert "  PSEHMS     2017-05-06 – 2024-07-31  Chairman of the Hamas Political Bureau" in lines


def test_actors_export_lists_resolved_actors_with_roles_and_counts(write):
    path = write("a.txt", "Haniyeh meets Erdogan\n\nANKARA (Reuters) - Turkish President "
                 "Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday. "
                 "Erdogan said Turkey would keep supporting Palestinians.\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["run", str(path), "-q", "--db", "t.duckdb"]).exit_code == 0
    actors = [json.loads(x) for x in runner.invoke(
        cli, ["export", "actors", "--db", "t.duckdb"]).output.splitlines()]
    erdogan = next(a for a in actors if a["name"] == "Recep Tayyip Erdogan")
    assert erdogan["mentions"] == 2
    assert erdogan["country"] == "TUR" and "Erdoğan" in erdogan["aliases"]
    assert {"code": "TURGOV", "start": "2014-08-28", "end": None,
            "title": "President of Turkey"} in erdogan["roles"]
