"""Arguments of events: who the trigger's own slots name (communique/nlp/arguments.py and the
argument rules of communique/nlp/dyads.py). Sentences are made up for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def code(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.published, doc._.byline, doc._.date_precision = "2024-05-10", [], "day"
    doc._.dateline = None
    return nlp(doc)._.events


def dyads(events) -> list[tuple]:
    return [([(m.text, m.actor.code) for m in e.source], e.cameo,
             [(m.text, m.actor.code) for m in e.target]) for e in events]


def test_coding_people_the_trigger_governs_are_an_uncoded_target(nlp):
    assert dyads(code(nlp, "Kenyan police detained four fishermen on Monday.")) == [
        ([("Kenyan police", "KENCOP")], "173", [("four fishermen", None)])]


@pytest.mark.parametrize("people", ["military experts", "two advisers", "the analysts"])
def test_coding_experts_and_advisers_are_people_a_trigger_may_govern(nlp, people):
    events = code(nlp, f"The Kenyan president consulted with {people} on Monday.")
    assert [[m.text for m in e.target] for e in events] == [[people.removeprefix("the ")]]


def test_coding_people_placed_in_a_town_take_its_country(nlp):
    assert dyads(code(nlp, "Troops killed six villagers in Mosul.")) == [
        ([("Troops", "IRQMIL")], "190", [("six villagers in Mosul", "IRQCVL")])]
    assert dyads(code(nlp, "Police clashed with protesters in Lima.")) == [
        ([("Police", "PERCOP")], "175", [("protesters in Lima", "PERCVL")])]  # repression


def test_coding_a_thing_governed_is_no_target(nlp):
    assert dyads(code(nlp, "Kenyan police detained a truck on Monday.")) == [
        ([("Kenyan police", "KENCOP")], "173", [])]


def test_coding_a_state_of_things_is_no_body(nlp):
    # "a state of emergency" names a condition, no body to aim at
    assert dyads(code(nlp, "Kenya declared a state of emergency on Monday.")) == [
        ([("Kenya", "KEN")], "1724", [])]


def test_coding_people_placed_in_a_town_act_for_its_country_not_the_town(nlp):
    assert dyads(code(nlp, "Farmers in Kandahar attacked the convoy.")) == [
        ([("Farmers in Kandahar", "AFG")], "190", [])]


def test_coding_a_place_a_happening_is_placed_in_did_not_do_it(nlp):
    assert code(nlp, "Bombings at two markets in Kenya wounded dozens of shoppers.") == []


def test_coding_a_town_named_in_a_happenings_phrase_did_not_do_it(nlp):
    assert code(nlp, "The murder of a Lima-based journalist has strained relations with "
                     "Peruvian lawmakers.") == []


def test_coding_a_place_a_weapon_went_off_in_did_not_set_it(nlp):
    assert code(nlp, "A truck bomb in Garissa killed four Kenyan soldiers.") == []
    # where it was fired from says whose it was, as before
    assert dyads(code(nlp, "A rocket from Gaza struck a house in Ashkelon.")) == [
        ([("Gaza", "PSE")], "190", [("Ashkelon", "ISR")])]


@pytest.mark.parametrize("crowd", ["Thousands", "Tens of thousands", "2,000"])
def test_coding_a_counted_crowd_protesting_in_a_town_is_its_countrys_people(nlp, crowd):
    # the crowd is the source, of the town's country; the town is where, not who
    [protest] = code(nlp, f"{crowd} rallied in Lima against the new mining law.")
    assert [(m.text, m.actor.code) for m in protest.source] == [(crowd, "PER")]
    assert protest.cameo == "141"


def test_coding_an_act_on_a_thing_is_aimed_at_whose_thing_it_is(nlp):
    assert dyads(code(nlp, "France vetoed a Russian resolution on Mali.")) == [
        ([("France", "FRA")], "129", [("Russian", "RUS")])]


def test_coding_an_act_on_ones_own_thing_is_aimed_at_the_other(nlp):
    assert dyads(code(nlp, "Chile lifted the Chilean ban on Peru.")) == [
        ([("Chile", "CHL")], "081", [("Peru", "PER")])]


def test_coding_a_subject_that_undergoes_the_event_is_its_target(nlp):
    assert dyads(code(nlp, "Peru came under attack from Chilean troops.")) == [
        ([("Chilean troops", "CHLMIL")], "190", [("Peru", "PER")])]
    assert dyads(code(nlp, "Ecuador faced harsh criticism from Colombia.")) == [
        ([("Colombia", "COL")], "111", [("Ecuador", "ECU")])]
    assert dyads(code(nlp, "Haiti received aid from Cuba.")) == [
        ([("Cuba", "CUB")], "070", [("Haiti", "HTI")])]


def test_coding_an_undergone_events_possessive_or_of_phrase_is_its_doer(nlp):
    # "drew Y's condemnation", "incurred the wrath of Y": Y does it, the subject undergoes it
    assert dyads(code(nlp, "Ecuador drew Colombia's condemnation.")) == [
        ([("Colombia", "COL")], "111", [("Ecuador", "ECU")])]
    assert dyads(code(nlp, "Ecuador incurred the wrath of Colombia.")) == [
        ([("Colombia", "COL")], "111", [("Ecuador", "ECU")])]
    assert dyads(code(nlp, "Ecuador drew the ire of Colombia.")) == [
        ([("Colombia", "COL")], "111", [("Ecuador", "ECU")])]
    # a count's "of" phrase is what it counts, no doer
    assert dyads(code(nlp, "Ecuador drew a wave of criticism of Colombia.")) == []


def test_coding_an_undergone_event_with_no_doer_named_is_no_event(nlp):
    assert dyads(code(nlp, "Haiti received aid.")) == []


def test_coding_the_parties_of_an_event_noun_are_its_source_and_target(nlp):
    assert dyads(code(nlp, "Talks between Armenia and Azerbaijan resumed in Geneva.")) == [
        ([("Armenia", "ARM")], "046", [("Azerbaijan", "AZE")])]


def test_coding_people_sent_somewhere_are_not_of_that_country(nlp):
    assert dyads(code(nlp, "Norway offered to send troops to Mali.")) == [
        ([("Norway", "NOR")], "033", [("Mali", "MLI")])]


def test_coding_an_agent_word_is_a_person_for_the_verbs_sense(nlp):
    assert dyads(code(nlp, "Peru freed a Chilean commander.")) == [
        ([("Peru", "PER")], "0841", [("Chilean commander", "CHL")])]


def test_coding_an_investigation_against_people_and_an_ultimatum_to_them(nlp):
    assert dyads(code(nlp, "Kenyan police opened an investigation against three officials.")) == [
        ([("Kenyan police", "KENCOP")], "090", [("three officials", None)])]
    assert dyads(code(nlp, "Kenya issued an ultimatum to the rebel negotiators.")) == [
        ([("Kenya", "KEN")], "139", [("rebel negotiators", None)])]


def test_coding_the_place_forces_are_withdrawn_from_is_the_target(nlp):
    assert dyads(code(nlp, "In Bolivia, Chile withdrew its peacekeepers from Peru.")) == [
        ([("Chile", "CHL")], "1661", [("Peru", "PER")])]


def test_coding_an_undated_article_is_at_least_as_recent_as_the_latest_year_it_names(nlp):
    """Events two or more years before that year are history; a text of one or two sentences
    tells no time of its own writing."""
    text = ("In 2009 Peru expelled the Chilean ambassador. The two countries argued for years. "
            "In 2019 Peru signed a trade agreement with Chile.")
    doc = nlp.make_doc(text)
    doc._.published, doc._.byline, doc._.date_precision = None, [], "none"
    doc._.dateline = None
    events = nlp(doc)._.events
    assert [e.cameo for e in events if e.trigger == "expelled"] == []
    assert [e.cameo for e in events if e.trigger == "signed"] == ["057"]
    single = nlp.make_doc("In 2009 Peru expelled the Chilean ambassador; in 2019 it apologized.")
    single._.published, single._.byline, single._.date_precision = None, [], "none"
    single._.dateline = None
    assert [e.trigger for e in nlp(single)._.events if e.trigger == "expelled"] == ["expelled"]


def test_coding_an_appeal_made_on_someone_is_aimed_at_them_not_at_its_content(nlp):
    # "called on X to V Y": X is asked; Y is what X is asked to act on
    assert dyads(code(nlp, "The Kenyan president called on world leaders to punish "
                           "Somalia.")) == [
        ([("The Kenyan president", "KENGOV")], "020", [("world leaders", None)])]
    assert dyads(code(nlp, "The Kenyan president called on Uganda to punish Somalia.")) == [
        ([("The Kenyan president", "KENGOV")], "020", [("Uganda", "UGA")])]


def test_coding_police_in_a_country_that_opens_their_clause_are_its_own(nlp):
    text = ("Chile and Peru discussed the attacks on Monday. Chile condemned them. In "
            "Bolivia, police arrested two suspects on Thursday.")
    assert [(m.text, m.actor.code) for e in code(nlp, text) if e.cameo == "173"
            for m in e.source] == [("police", "BOLCOP")]


def test_coding_a_seat_city_before_a_place_word_is_the_town_not_its_body(nlp):
    events = code(nlp, "Kenyan police carried out raids in the Brussels area last week.")
    assert [(m.text, m.actor.code) for e in events for m in e.target] == [
        ("the Brussels", "BEL")]


def test_coding_where_people_are_invited_to_meet_is_not_where_they_are_from(nlp):
    events = code(nlp, "The Kenyan president invited both sides to meet in Geneva.")
    assert dyads(events) == [
        ([("The Kenyan president", "KENGOV")], "036", [("sides", None)])]


def test_coding_an_act_that_prompts_a_reaction_from_someone_is_its_target(nlp):
    events = code(nlp, "Chile's new border law prompted a sharp rebuke from Bolivia.")
    assert dyads(events) == [([("Bolivia", "BOL")], "111", [("Chile", "CHL")])]


@pytest.mark.parametrize("text", [
    "The Kenyan president slammed the ruling as a gift to Uganda.",
    "The Kenyan president criticized the ruling, calling it a gift to Uganda.",
])
def test_coding_whom_a_description_of_the_thing_names_is_no_target(nlp, text):
    assert dyads(code(nlp, text)) == [([("The Kenyan president", "KENGOV")], "111", [])]


def test_coding_a_thing_given_as_something_still_goes_to_its_recipient(nlp):
    assert dyads(code(nlp, "Kenya sent the vaccines to Uganda as a gift.")) == [
        ([("Kenya", "KEN")], "073", [("Uganda", "UGA")])]
