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


def texts(event) -> tuple:
    """An event's source and target as the text writes them, with its code."""
    return ([m.text for m in event.source], event.cameo, [m.text for m in event.target])


def summaries(nlp, text: str, **kwargs) -> list[tuple]:
    """The `summary` of each event coded from a text."""
    return [summary(e) for e in code(nlp, text, **kwargs)]


def texts_of(nlp, text: str, **kwargs) -> list[tuple]:
    """The `texts` of each event coded from a text."""
    return [texts(e) for e in code(nlp, text, **kwargs)]


def test_coding_active_and_passive_voice(nlp):
    assert summaries(nlp, "Turkey attacked Iraq.") == [
        (["TUR"], "190", ["IRQ"])]
    assert summaries(nlp, "Iraq was attacked by Turkey.") == [
        (["TUR"], "190", ["IRQ"])]


def test_coding_coordinated_sources_are_one_event_with_a_list(nlp):
    [event] = code(nlp, "Macron and Scholz visited Kyiv.")
    assert summary(event) == (["FRAGOV", "DEUGOV"], "042", ["UKRGOV"])


def test_coding_reported_speech_credits_the_speaker(nlp):
    [event] = code(nlp, "Turkey said Russia had proposed a ceasefire.")
    assert [m.actor.code for m in event.source] == ["RUS"]
    assert event.reported_by.actor.code == "TUR"
    assert event.cameo_root != "01"


@pytest.mark.parametrize("verb", ["said", "tweeted", "posted", "wrote"])
def test_coding_a_post_on_social_media_is_said(nlp, verb):
    events = code(nlp, f'"Chile must withdraw its troops," the Peruvian president {verb}.')
    assert [summary(e) for e in events] == [(["PERGOV"], "100", ["CHL"])]


@pytest.mark.parametrize("text", [
    '"This is a sad day," Chile said. "Peru must withdraw its troops."',
    "\u201cThis is a sad day,\u201d Chile said. \u201cPeru must withdraw its troops.\u201d",
    "\u2018This is a sad day,\u2019 Chile said. \u2018Peru must withdraw its troops.\u2019",
    'Chile said in a statement. "Peru must withdraw its troops."',
])
def test_coding_a_quotation_attributed_in_another_sentence_is_the_speakers(nlp, text):
    events = code(nlp, text)
    assert [summary(e) for e in events] == [(["CHL"], "100", ["PER"])]
    assert text[events[0].span[0]:events[0].span[1]].lstrip("\"\u201c\u2018").startswith(
        "Peru")


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


def test_coding_an_investigation_announced_for_the_future_is_coded_future(nlp):
    [event] = code(nlp, "Chile will investigate Peru over the border incident.")
    assert (summary(event), event.mood) == ((["CHL"], "090", ["PER"]), "future")
    assert code(nlp, "Chile would investigate Peru if asked.") == []


def test_coding_a_perfect_dated_by_since_is_no_plan(nlp):
    # 2024-05-10 is a Friday: "since Monday" is the Monday before, and a perfect tells what
    # has gone on up to now; a plain present dated to a day ahead is still a plan.
    [event] = code(nlp, "Chile has been shelling Peru since Monday.")
    assert (summary(event), event.mood, event.date) == (
        (["CHL"], "194", ["PER"]), "asserted", "2024-05-06")
    [event] = code(nlp, "Chile is shelling Peru on Monday.")
    assert (event.cameo_root, event.mood, event.date) == ("13", "future", "2024-05-13")


def test_coding_dismissing_another_sides_account_is_a_denial(nlp):
    # CAMEO 016: a complaint or an account of what happened, dismissed, is denied; a
    # proposal dismissed is rejected
    [event] = code(nlp, "Peru dismissed Chile's complaints about the fishing boats.")
    assert summary(event) == (["PER"], "016", ["CHL"])
    [event] = code(nlp, "Peru rejected the Chilean version of the border incident.")
    assert summary(event)[:2] == (["PER"], "016")
    [event] = code(nlp, "Peru dismissed the Chilean proposal.")
    assert summary(event) == (["PER"], "120", ["CHL"])


def test_coding_refused_cooperation_is_a_rejection(nlp):
    [event] = code(nlp, "Syria says it will not accept shipments from Iraq.")
    assert (event.plover, event.negated) == ("REJECT", False)


def test_coding_nominal_events(nlp):
    [event] = code(nlp, "Israeli airstrikes on Gaza continued.")
    assert (event.cameo_root, [m.actor.code for m in event.source]) == ("19", ["ISR"])
    events = code(nlp, "Turkey imposed sanctions on Israel.")
    assert [summary(e) for e in events] == [(["TUR"], "163", ["ISR"])]


def test_coding_event_dates(nlp):
    assert [(e.date, e.date_precision) for e in code(nlp, "Iran attacked Iraq in 2016.",
                                                     published="2017-05-10")] == [
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


def test_coding_questions_conditions_and_hearsay_are_not_asserted(nlp):
    from communique.nlp.modality import unasserted

    doc = nlp("Did Peru attack Chile?")
    assert unasserted(next(t for t in doc if t.lemma_ == "attack")) == "question"
    assert code(nlp, "Did Peru attack Chile?") == []
    assert code(nlp, "Will Peru attack Chile?") == []  # a threat questioned is none
    assert code(nlp, "Peru would have attacked Chile.") == []
    assert code(nlp, "Critics voiced allegations that Peru attacked Chile.") == []
    # a claim listed after its noun by "including that …" is one of the claims; a finding
    # so listed is told
    assert code(nlp, "The report cleared Peru of several charges, including that Peruvian "
                     "troops blocked a Chilean aid convoy.") == []
    assert summaries(nlp, "The report listed its findings, including that "
                          "Peruvian troops blocked a Chilean aid convoy.") \
        == [(["PERMIL"], "191", ["CHL"])]
    events = code(nlp, "If Peru attacks Chile, Bolivia will protest.")
    assert not [e for e in events if e.cameo_root == "19"]
    assert {e.mood for e in events} <= {"hypothetical"}
    [event] = code(nlp, "Peru reportedly attacked Chile.")  # emitted, flagged
    assert (summary(event), event.mood, event.negated) == (
        (["PER"], "190", ["CHL"]), "hypothetical", False)


def test_coding_negation_is_not_a_refusal(nlp):
    [event] = code(nlp, "Peru did not attack Chile.")
    assert (summary(event), event.negated, event.mood) == (
        (["PER"], "190", ["CHL"]), True, "asserted")
    [event] = code(nlp, "Peru did not grant aid to Chile.")
    assert (event.cameo_root, event.negated) == ("07", True)


def test_coding_explicit_refusal_is_a_rejection(nlp):
    [event] = code(nlp, "Peru refused to send aid to Chile.")  # one event, not two
    assert (event.cameo_root, event.negated, event.mood) == ("12", False, "asserted")
    [event] = code(nlp, "Peru said it will not accept shipments from Chile.")
    assert (summary(event), event.negated) == ((["PER"], "120", ["CHL"]), False)


@pytest.mark.parametrize("text", ["Peru refused to condemn Chile.",
                                  "Peru declined to criticize Chile on Monday."])
def test_coding_refusing_to_criticize_is_the_criticism_negated_not_a_rejection(nlp, text):
    events = code(nlp, text)
    assert [(summary(e), e.negated) for e in events] == [((["PER"], "111", ["CHL"]), True)]


@pytest.mark.parametrize("text", ["Peru declined to discuss the Chilean proposal.",
                                  "The Peruvian minister refused to discuss talks with Chile."])
def test_coding_declining_to_discuss_is_one_declined_comment(nlp, text):
    # the complement is the comment's topic: no second event of refused talks (125)
    assert [(e.cameo, [m.actor.code for m in e.target]) for e in code(nlp, text)] == [
        ("011", [])]


@pytest.mark.parametrize("text, cameo", [
    ("Peru sent troops to fight the Shining Path.", "154"),
    ("Peru deployed troops for an offensive against the Shining Path.", "154"),
    ("Peru sent troops to Bolivia.", "074"),
])
def test_coding_forces_sent_against_an_enemy_are_no_aid_to_it(nlp, text, cameo):
    assert [e.cameo for e in code(nlp, text)] == [cameo]


def test_coding_the_casualties_of_an_attack_are_that_attack_not_another(nlp):
    events = code(nlp, "Peruvian troops attacked a village in Bolivia, killing five civilians "
                       "and wounding ten others.")
    assert [summary(e) for e in events] == [(["PERMIL"], "190", ["BOLCVL"])]
    # a killing told in a clause of its own is another event
    events = code(nlp, "Peruvian troops attacked a village in Bolivia. They killed five "
                       "civilians.")
    assert [summary(e) for e in events] == [(["PERMIL"], "190", ["BOLCVL"]),
                                            (["PERMIL"], "202", [None])]


@pytest.mark.parametrize("text, expected", [
    ("Peru praised Chile's role in the peace talks.", [(["PER"], "051", ["CHL"])]),
    ("Peru criticized Chile's role in the attack.", [(["PER"], "111", ["CHL"])]),
    ("Chile played a role in the attack on Peru.", [(["CHL"], "190", ["PER"])]),
])
def test_coding_a_share_is_taken_by_its_owner_not_by_who_judges_it(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile began its withdrawal from the Andean Community on Monday.",
     [(["CHL"], "160", ["IGOSAM"])]),
    ("Chile began its withdrawal from the border town on Monday.", [(["CHL"], "0874", [])]),
])
def test_coding_a_withdrawal_from_a_body_is_leaving_it_not_a_retreat(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text", ["Chile has repeatedly said it would withdraw its troops "
                                  "from Peru.",
                                  "Chile often says it will withdraw its troops from Peru.",
                                  # an open complement is as often as its verb
                                  "Chile has repeatedly sought to pull its soldiers out of "
                                  "Peru."])
def test_coding_an_intent_said_again_and_again_is_a_standing_stance(nlp, text):
    assert code(nlp, text) == []
    [intent] = code(nlp, "Chile said on Monday that it would withdraw its troops from Peru.")
    assert summary(intent) == (["CHL"], "0356", ["PER"])


def test_coding_a_person_sought_is_hunted_not_asked(nlp):
    assert code(nlp, "Peruvian police are seeking the gunmen.") == []
    assert summaries(nlp, "Peru sought new loans from Chile.") == [
        (["PER"], "0231", ["CHL"])]


def test_coding_refusing_to_exclude_is_no_rejection(nlp):
    """Refusing to rule something out denies its exclusion: force kept open is a threat, one
    event; a rejection refused is that rejection, negated."""
    events = code(nlp, "Peru refused to rule out an attack on Chile.")
    assert [(summary(e), e.negated) for e in events] == [((["PER"], "138", ["CHL"]), False)]
    events = code(nlp, "Peru declined to rule out talks with Chile.")
    assert [(summary(e), e.negated) for e in events] == [((["PER"], "125", ["CHL"]), True)]


def test_coding_background_event_nouns_make_no_event(nlp):
    events = code(nlp, "Since the war began, Peru has criticized Chile.")
    assert [summary(e) for e in events] == [(["PER"], "111", ["CHL"])]
    events = code(nlp, "Peru criticized Chile over the Pacific War Memorial.")
    assert [e.cameo_root for e in events] == ["11"]
    events = code(nlp, "Peru demanded an end of the war with Chile.")
    assert [e.cameo_root for e in events] == ["10"]


def test_coding_a_repeated_sentence_is_coded_once(nlp):
    events = code(nlp, "Peru attacked Chile.\n\nPeru attacked Chile.")
    assert [summary(e) for e in events] == [(["PER"], "190", ["CHL"])]


def test_coding_a_town_a_meeting_is_held_in_is_no_party_to_it(nlp):
    article = ("Peru and Chile held talks on Tuesday.\n\nThe Peruvian foreign minister held "
               "talks in Geneva on Monday.\n\nThe Peruvian president met in Geneva with "
               "European leaders.")
    assert summaries(nlp, article) == [
        (["PER"], "046", ["CHL"]), (["CHL"], "046", ["PER"]), (["PERGOV"], "040", ["EUR"])]


def test_coding_the_venue_of_a_meeting_an_act_is_about_is_not_its_target(nlp):
    article = ("Spain hosted both leaders on Monday.\n\nThe Chilean president criticised the "
               "talks in Madrid.\n\nThe Peruvian president criticised Spain.")
    assert summaries(nlp, article) == [(["PERGOV"], "111", ["ESP"])]


def test_coding_sport_stories_are_discarded(nlp):
    assert code(nlp, "Peru attacked Chile in the Champions League final.") == []
    assert code(nlp, "Peru attacked Chile in the border region.") != []


def test_coding_history_two_years_back_is_background(nlp):
    assert code(nlp, "Peru attacked Chile in 2016.", published="2024-05-10") == []
    assert [e.date for e in code(nlp, "Peru attacked Chile in 2023.",
                                 published="2024-05-10")] == ["2023"]


def test_coding_an_article_drops_what_an_earlier_year_retold(nlp):
    # In an article, a happening told by an earlier year alone ("last year") or dated to a
    # month that ended more than a year before the article's day is retold, not news; one of
    # eleven months before is still news, and so is a present perfect whatever its clause
    # dates, and so is an act owned up to. A lone sentence keeps its event of last year (the
    # two-year rule above).
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru attacked Chile last "
               "year. Peru shelled Chile in March 2023. Peru shelled Ecuador in June 2023. "
               "Peru has criticized Ecuador last year. The Peruvian minister admitted meeting "
               "Chilean officials last year.")
    assert [(summary(e), e.date) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "2024-05-07"), ((["BOL"], "057", ["PER"]), "2024-05-07"),
        ((["PER"], "194", ["ECU"]), "2023-06"), ((["PER"], "111", ["ECU"]), "2023"),
        ((["PERGOV"], "040", ["CHLGOV"]), "2023")]
    assert summaries(nlp, "Peru attacked Chile last year.") == [
        (["PER"], "190", ["CHL"])]


def test_coding_a_clause_shortly_before_a_retold_act_is_retold_too(nlp):
    # A clause of time with no date of its own "shortly before" (or "after") an act of an
    # earlier year is as old; a plain "before" clause may be later, and stays.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru seized the border "
               "town in March 2023, shortly before Chilean troops attacked Ecuador. Peru "
               "shelled Chile in March 2023, before Ecuador attacked Bolivia.")
    assert summaries(nlp, article) == [
        (["PER"], "057", ["BOL"]), (["BOL"], "057", ["PER"]), (["ECU"], "190", ["BOL"])]


def test_coding_a_clause_takes_the_time_of_the_main_clause_before_it(nlp):
    # An undated clause after a sentence that dates its main clause ("on Tuesday") and names
    # an older year in a clause of its own ("a pledge it made in 2019") happens that day:
    # news, not history.
    article = ("Peru and Bolivia signed a trade deal on Monday.\n\nPeru said on Tuesday that "
               "it had tested a missile, breaking a pledge it made in 2019. The announcement "
               "drew condemnation from Chile.")
    assert summaries(nlp, article)[-2:] == [(["PER"], "150", []), (["CHL"], "111", ["PER"])]


def test_coding_an_intent_the_writer_only_supposes_is_no_declaration(nlp):
    # In an article, an intent or threat in the writer's own voice under a condition or a
    # "might" is a supposition; one a verb of saying reports, or a word of intent governs,
    # is declared. A lone sentence keeps its supposed intent.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nIf Peru wins the vote, "
               "Peru will provide aid to Chile. Peru might respond by imposing sanctions on "
               "Ecuador. Peru said it would impose sanctions on Chile if Chile attacked. "
               "Bolivia is willing to provide aid to Chile if Chile asks.")
    assert [(summary(e), e.mood) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "asserted"), ((["BOL"], "057", ["PER"]), "asserted"),
        ((["PER"], "1312", ["CHL"]), "hypothetical"),
        ((["BOL"], "033", ["CHL"]), "hypothetical")]
    lone = "If Peru wins the vote, Peru will provide aid to Chile."
    assert [(summary(e), e.mood) for e in code(nlp, lone)] == [
        ((["PER"], "033", ["CHL"]), "hypothetical")]


def test_coding_an_act_told_in_the_simple_present_is_a_state(nlp):
    # In an article's body an act in the simple present is a state, a habit or a caption;
    # an utterance in it, an act a complement clause says and a speaker's own act in the
    # first person are made now. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru supports Ecuador. "
               "Chilean troops fight alongside Ecuadorian forces. Bolivia declared that Peru "
               "backs Chile. Peru urges Chile to release the prisoners. \"We support "
               "Ecuador,\" the Bolivian minister said.")
    assert summaries(nlp, article) == [
        (["PER"], "057", ["BOL"]), (["BOL"], "057", ["PER"]), (["PER"], "051", ["CHL"]),
        (["PER"], "0253", ["CHL"]), (["BOLGOV"], "051", ["ECU"])]
    assert summaries(nlp, "Peru supports Ecuador.") == [
        (["PER"], "051", ["ECU"])]


@pytest.mark.parametrize(("text", "codes"), [
    ("The Chilean newspaper released a new edition on Monday.", []),
    ("The Peruvian government released its new plan on Monday.", []),
    ("The Peruvian government released the Chilean fishermen on Monday.", ["0841"]),
])
def test_coding_releasing_a_publication_or_a_plan_returns_nothing(nlp, text, codes):
    # CAMEO 084 returns or releases persons or property; an edition or a plan released is
    # made public
    assert [e.cameo for e in code(nlp, text)] == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Many Chileans sympathize with the view that the tariff is too costly.", []),
    ("Peru sympathizes with Chile after the earthquake.", ["018"]),
])
def test_coding_sympathy_is_with_people_not_with_an_idea(nlp, text, codes):
    # CAMEO 018 is sympathy with someone in a loss; sympathizing with a view agrees with it
    assert [e.cameo for e in code(nlp, text)] == codes


def test_coding_a_release_noun_as_subject_still_tells_the_release(nlp):
    # releasing people is a deed (CAMEO 084), as a visit is: what the release did does
    # not undo that it was made; what an offer did tells no offer made
    text = "Peru's release of the Chilean sailors surprised analysts."
    assert summaries(nlp, text) == [(["PER"], "084", ["CHL"])]
    assert summaries(nlp, "Peru's offer of talks surprised analysts.") == []


def test_coding_an_organisations_members_placed_abroad_stay_its_own(nlp):
    # "al-Qaeda fighters in Chad" are the organisation's, not Chad's people: a place names
    # where a people lives, not whose members an organisation's fighters are
    text = "Two Peruvian engineers were abducted by al-Qaeda fighters in Chad."
    assert summaries(nlp, text) == [(["IMGSUNALQ"], "181", ["PERCVL"])]


def test_coding_force_by_unarmed_people_is_no_conventional_force(nlp):
    # CAMEO's conventional force (19) is that of armed forces and groups: civilians who
    # attack do unconventional violence (180), students who blockade obstruct passage (144).
    assert summaries(nlp, "Kenyan villagers attacked Ugandan herders.") == [
        (["KENCVL"], "180", ["UGA"])]
    assert summaries(nlp, "Kenyan troops attacked Ugandan herders.") == [
        (["KENMIL"], "190", ["UGA"])]
    assert summaries(nlp, "Kenyan students blockaded the Ugandan embassy.") \
        == [(["KENEDU"], "144", ["UGAGOV"])]
    assert summaries(nlp, "Kenyan troops blockaded the Ugandan embassy.") \
        == [(["KENMIL"], "191", ["UGAGOV"])]


def test_coding_an_act_told_in_the_perfect_progressive_is_a_state(nlp):
    # "X has been V-ing" sums up what has gone on up to now: in an article's body no
    # happening of its day, unless the clause dates it. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru has been arming "
               "Ecuadorian rebels. Chile has been meeting Bolivian envoys since Monday.")
    assert summaries(nlp, article) == [
        (["PER"], "057", ["BOL"]), (["BOL"], "057", ["PER"]), (["CHL"], "040", ["BOLGOV"])]
    assert summaries(nlp, "Peru has been arming Ecuadorian rebels.") == [
        (["PER"], "072", ["ECUREB"])]


def test_coding_a_symbolic_act_told_in_the_simple_present_is_a_caption(nlp):
    # A symbolic act (CAMEO 017: a wreath laid, a commemoration) is an act, not an
    # utterance: in an article's body, told in the simple present, it is a photo's caption
    # or a habit; told in the past it is news. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nThe Peruvian president "
               "lays a wreath at the Bolivian embassy in Lima. Peru commemorates the victims "
               "of the Bolivian flood. The Bolivian minister laid a wreath in Lima on "
               "Wednesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["BOLGOV"], "017", ["PER"]), "laid")]
    lone = "The Peruvian president lays a wreath at the Bolivian embassy in Lima."
    assert summaries(nlp, lone) == [(["PERGOV"], "017", ["BOLGOV"])]


def test_coding_an_endorsement_of_no_one_is_a_stance_on_an_idea(nlp):
    # In an article, praise or endorsement (051) that names no one endorsed is a stance on
    # a policy or idea; praise of an actor stays. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nThe Peruvian president "
               "endorsed the new pension plan. Bolivia praised Chile on Wednesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["BOL"], "051", ["CHL"]), "praised")]
    lone = "The Peruvian president endorsed the new pension plan."
    assert summaries(nlp, lone) == [(["PERGOV"], "051", [])]


def test_coding_an_intent_to_cooperate_with_no_one_is_domestic_policy(nlp):
    # In an article, a plain intent to cooperate (030) that names no partner is a pledge of
    # domestic policy; one with a partner stays. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nThe Peruvian president "
               "promised lower taxes for farmers. Bolivia promised to cooperate with Chile on "
               "Wednesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["BOL"], "030", ["CHL"]), "promised")]
    lone = "The Peruvian president promised lower taxes for farmers."
    assert summaries(nlp, lone) == [(["PERGOV"], "030", [])]


def test_coding_a_defence_of_no_ones_cause_is_no_interaction(nlp):
    # In an article, defending or justifying a policy or a thing (052) that names no one
    # whose it is, is a stance on an idea; defending a party stays. A lone sentence keeps it.
    article = ("Floods hit the coast of Peru on Monday.\n\nThe Chilean president defended "
               "the new pension reform on Tuesday. The Bolivian minister defended Peru on "
               "Wednesday.")
    assert summaries(nlp, article) == [(["BOLGOV"], "052", ["PER"])]
    lone = "The Chilean president defended the new pension reform."
    assert summaries(nlp, lone) == [(["CHLGOV"], "052", [])]


def test_coding_force_done_to_no_one_named_is_an_attack_only_in_the_simple_past(nlp):
    # In an article, force with no one named that it is done to, told by a participle, an
    # infinitive or a perfect, describes a campaign or a record; told in the simple past,
    # active or passive, it is a happening the news reports. A lone sentence keeps it.
    article = ("Floods hit the coast of Peru on Monday.\n\nBolivian troops had overrun the "
               "valley before the floods. Chilean troops were fighting in the hills on Tuesday. "
               "Bolivian troops attacked on Wednesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["BOLMIL"], "190", []), "attacked")]
    lone = "Bolivian troops had overrun the valley."
    assert summaries(nlp, lone) == [(["BOLMIL"], "192", [])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Bolivian president issued a statement condemning Peru.",
     [(["BOLGOV"], "111", ["PER"])]),
    ("The Bolivian minister sent a letter urging Peru to release the prisoners.",
     [(["BOLGOV"], "0253", ["PER"])]),
    ("Peru received a letter threatening its president.", []),  # no issuing
])
def test_coding_a_participle_on_an_issued_text_is_the_issuers_act(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Chilean president withdrew Chile from the Pacific fisheries treaty.",
     [(["CHLGOV"], "160", [])]),  # a treaty left, no retreat, and Chile no target
    ("The Peruvian president pulled Peru out of the Andean Community.",
     [(["PERGOV"], "160", ["IGOSAM"])]),
    ("The Peruvian president expelled Chile from the trade bloc.",
     [(["PERGOV"], "174", ["CHL"])]),  # another state: the one acted on
])
def test_coding_a_state_its_government_takes_out_of_something_is_no_target(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_what_was_going_on_is_the_backdrop_not_news(nlp):
    # In an article, a past progressive in the writer's own telling is what was going on
    # when something else happened; one the clause dates, or a speaker says, is news. A lone
    # sentence keeps it.
    article = ("Floods hit the coast of Peru on Monday.\n\nBolivian envoys were negotiating "
               "with Chile over the border. Bolivian envoys were negotiating with Ecuador on "
               "Tuesday. The Bolivian minister said Bolivia was sending aid to Peru.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["BOLGOV"], "046", ["ECU"]), "negotiating"),
        ((["BOL"], "070", ["PER"]), "sending")]
    lone = "Bolivian envoys were negotiating with Chile over the border."
    assert summaries(nlp, lone) == [(["BOLGOV"], "046", ["CHL"])]


def test_coding_what_a_speaker_says_another_is_doing_is_a_view_of_its_conduct(nlp):
    # In an article, "X said Y is V-ing" tells Y's course of conduct as X sees it; X's own
    # side's doing, a dated one and a lone sentence are news.
    article = ("Floods hit the coast of Peru on Monday.\n\nChilean officials said Bolivian "
               "troops are shelling Peruvian villages. The Bolivian minister said Bolivian "
               "envoys are negotiating with Chile. Chilean officials said Bolivian troops were "
               "shelling Peruvian villages on Tuesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["BOLGOV"], "046", ["CHL"]), "negotiating"),
        ((["BOLMIL"], "194", ["PERCVL"]), "shelling")]
    lone = "Chilean officials said Bolivian troops are shelling Peruvian villages."
    assert summaries(nlp, lone) == [(["BOLMIL"], "194", ["PERCVL"])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Bolivian minister denied any role in the killings and blamed Chile for the unrest.",
     [(["BOLGOV"], "016", ["CHL"]), (["BOLGOV"], "112", ["CHL"])]),
    ("The Bolivian minister denied any role in the killings and visited Chile.",
     [(["BOLGOV"], "016", []), (["BOLGOV"], "042", ["CHL"])]),  # no charge laid
])
def test_coding_a_denial_joined_to_an_accusation_answers_the_accused(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan decision encouraged Uganda to reopen the border.", []),
    ("Kenya's policy threatens Uganda.", []),
    ("Kenya encouraged Uganda to reopen the border.", [(["KEN"], "020", ["UGA"])]),
    ("The Kenyan report criticized Uganda.", [(["KEN"], "111", ["UGA"])]),  # a text speaks
])
def test_coding_a_thing_that_encourages_or_threatens_makes_no_appeal_or_threat(nlp, text,
                                                                            events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "source"), [
    ("Greece called Turkey's move a disgrace.", "GRC"),
    ("The Greek prime minister called Turkey's move \"a disgrace\".", "GRCGOV"),
])
def test_coding_a_name_the_parser_hangs_on_the_named_thing_is_a_verdict(nlp, text, source):
    assert summaries(nlp, text) == [([source], "111", ["TUR"])]


@pytest.mark.parametrize(("text", "events"), [
    ("Japan called China's move unacceptable.", [(["JPN"], "111", ["CHN"])]),  # advmod
    ("Greece called Turkey's latest test unacceptable.", [(["GRC"], "111", ["TUR"])]),
])
def test_coding_a_named_verdict_the_parser_misplaces_is_still_a_verdict(nlp, text, events):
    # The adjective after the object hangs on it as an adverb, or the object hangs on the
    # adjective as a compound: either way it is what the object is called.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("\"This decision is a grave mistake,\" the Greek minister said of the Turkish "
     "withdrawal.", [(["GRCGOV"], "111", ["TUR"])]),
    ("Kenya cut its aid to Uganda on Monday.\n\n\"This decision is a betrayal,\" the "
     "Ugandan foreign minister said.", [(["KEN"], "162", ["UGA"]), (["UGAGOV"], "111", ["KEN"])]),
])
def test_coding_a_verdict_on_this_thing_points_as_this_does(nlp, text, events):
    # A noun "this" determines points to what the "of" phrase or the sentence before names.
    assert summaries(nlp, text) == events


def test_coding_a_past_verb_the_parser_hangs_on_a_root_name_is_the_sentences_verb(nlp):
    # The parser reads "called" as a clause describing the name; it is the main verb.
    text = "Ivo Banks, a retired Chilean banker, called for sanctions on Peru."
    assert summaries(nlp, text) == [([None], "1312", ["PER"])]


def test_coding_a_statement_to_or_about_no_one_is_no_interaction(nlp):
    # In an article, a statement not specified (010) that names no one it is made to or
    # about says only that its source spoke (a statement beside other events is dropped
    # anyway: without_bare_statements). A lone sentence keeps it.
    article = ("The harbour of Callao reopened on Tuesday after the storm.\n\nThe Peruvian "
               "senator announced on Wednesday: \"The port will be a symbol of hope for the "
               "whole region.\"")
    assert summaries(nlp, article) == []
    lone = ("The Peruvian senator announced on Wednesday: \"The port will be a symbol of hope "
            "for the whole region.\"")
    assert summaries(nlp, lone) == [(["PERLEG"], "010", [])]


def test_coding_a_reproach_of_no_one_is_no_interaction(nlp):
    # In an article, disapproval or criticism that names no one it is aimed at ("condemned
    # the violence", "voiced concern") is a stance on a happening, no interaction; nor is
    # the article's bare statement then its news. One aimed at someone stays; a lone
    # sentence keeps it.
    article = ("Floods hit the coast of Peru on Monday.\n\nThe Chilean president condemned "
               "the looting in the port. The Bolivian minister told reporters the port would "
               "reopen.")
    assert code(nlp, article) == []
    article = ("Floods hit the coast of Peru on Monday.\n\nThe Chilean president condemned "
               "Peru's handling of the floods.")
    assert summaries(nlp, article) == [(["CHLGOV"], "111", ["PER"])]
    lone = "The Chilean president condemned the looting in the port."
    assert summaries(nlp, lone) == [(["CHLGOV"], "111", [])]


def test_coding_a_plan_the_writer_tells_is_no_intent_declared(nlp):
    # In an article, the open complement of a word of plan or readiness told in the
    # writer's own voice is a disposition, no intent declared (CAMEO codes an intent at its
    # saying); a word of declaring ("vowed") or a verb of saying, above it or set as an
    # aside in its sentence, keeps it. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeruvian troops stood "
               "at the border, poised to assist in the evacuation of Ecuador. Bolivia plans "
               "to send a team of engineers to Chile. The Bolivian minister said that Chile "
               "plans to send a team of engineers to Ecuador. Peru vowed to send aid to "
               "Chile.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["CHL"], "036", ["ECU"]), "send"), ((["PER"], "033", ["CHL"]), "vowed")]
    lone = "Bolivia plans to send a team of engineers to Chile."
    assert [(summary(e), e.mood) for e in code(nlp, lone)] == [
        ((["BOL"], "036", ["CHL"]), "future")]


def test_coding_a_meeting_the_writer_says_will_come_is_no_intent_declared(nlp):
    # In an article, "X will meet Y" in the writer's own voice tells a schedule: no one
    # expressed an intent (CAMEO 036 is coded at its saying). A verb of saying above it or
    # "according to" keeps it, and so does a lone sentence.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nThe Peruvian president "
               "will meet the Chilean president on Friday. Bolivia said it will meet Ecuador "
               "on Monday. Chile will meet Ecuador on Sunday, according to the Chilean "
               "ministry.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["BOL"], "036", ["ECU"]), "meet"), ((["CHL"], "036", ["ECU"]), "meet")]
    lone = "The Peruvian president will meet the Chilean president on Friday."
    assert [(summary(e), e.mood) for e in code(nlp, lone)] == [
        ((["PERGOV"], "036", ["CHLGOV"]), "future")]


def test_coding_an_unknown_person_travelling_to_a_place_is_private(nlp):
    # In an article, a consultation (04) whose source is a person the knowledge base lacks
    # and whose only target is a place is private travel; an official's trip stays a visit.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nMaria Gonzalez came to "
               "Chile in May to study medicine. The Peruvian president came to Chile on "
               "Monday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["PERGOV"], "040", ["CHL"]), "came")]


def test_coding_lawmakers_an_official_acts_on_are_his_states(nlp):
    # "lawmakers" with no country of their own, acted on by a state's official of another
    # branch, are that state's, unless the clause names another country.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nThe Peruvian president "
               "appealed to lawmakers to back the deal. The Chilean foreign minister met "
               "lawmakers in Lima.")
    assert summaries(nlp, article)[2:] == [
        (["PERGOV"], "020", ["PERLEG"]), (["CHLGOV"], "040", ["PERLEG"])]


def test_coding_an_act_of_speech_attempted_is_done(nlp):
    # Trying to urge or reassure someone already urges or reassures them; a meeting or a
    # seizure tried is not done.
    text = ("Peru tried to encourage Chile to lift the sanctions. Peru tried to meet Chile on "
            "Monday. Peruvian troops tried to seize the Chilean outpost.")
    assert [(summary(e), e.trigger) for e in code(nlp, text)] == [
        ((["PER"], "020", ["CHL"]), "encourage")]


def test_coding_a_place_hyphened_to_based_beside_a_named_actor_is_no_party(nlp):
    # "the Nigerian-grown <named group>": where the group comes from, not a second party
    assert summaries(nlp, "Chad condemned the Nigerian-grown Boko Haram group on Monday.") == [
        (["TCD"], "111", ["NGAREB"])]


def test_coding_a_patron_hyphened_to_backed_is_no_party(nlp):
    # "Chilean-backed rebels" are not Chile, nor Chilean; a "Chilean-backed resolution" is
    # Chile's own; a "Chilean-brokered truce" is not Chile's either.
    events = code(nlp, "Peruvian troops shelled Chilean-backed rebels. Peru vetoed a "
                       "Chilean-backed resolution. Peru broke the Chilean-brokered truce "
                       "with Bolivia.")
    assert [(summary(e), [m.text for m in e.target]) for e in events] == [
        ((["PERMIL"], "194", [None]), ["Chilean-backed rebels"]),
        ((["PER"], "129", ["CHL"]), ["Chilean"]),
        ((["PER"], "196", ["BOL"]), ["Bolivia"])]


def test_coding_an_act_told_again_without_its_target_is_the_same_act(nlp):
    # News is told lead first, then elaborated: the same actors' act of the same root on the
    # same day, told again naming no target, is that act; another source's is another.
    article = ("Peruvian troops attacked Chile on Monday.\n\nPeruvian troops attacked again "
               "on Monday night, officials said. Bolivia attacked Chile on Monday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PERMIL"], "190", ["CHL"]), "attacked"), ((["BOL"], "190", ["CHL"]), "attacked")]


def test_coding_an_undated_articles_acts_on_days_it_names_are_told_apart(nlp):
    # With no date of its own, an article cannot place "on March 3", but its acts on two
    # days it names are two acts; the same day named again is the act told again.
    doc = nlp.make_doc("Peru fired a missile on Sunday.\n\nOn March 3, Peru fired two "
                       "missiles. On April 9, Peru launched a missile. On April 9, Peru "
                       "launched a missile as a test.")
    doc._.published, doc._.byline, doc._.date_precision = None, [], "none"
    assert [(summary(e), e.date) for e in nlp(doc)._.events] == [
        ((["PER"], "150", []), None)] * 3


def test_coding_a_country_in_a_seas_name_is_no_actor(nlp):
    # "the Sea of Chile" names water, not Chile; missiles fired into the sea show force.
    assert summaries(nlp, "Peru fired two missiles into the Sea of Chile.") \
        == [(["PER"], "150", [])]


def test_coding_an_offer_answered_as_it_is_answered_to_its_maker(nlp):
    # "rejected that offer", "turned it down", "welcomed the proposal": aimed at whoever the
    # article last told put an offer, appeal or demand.
    article = ("Bolivia offered Peru new talks on the border on Monday.\n\nPeru rejected that "
               "offer on Tuesday. Chile later turned it down as well.")
    assert summaries(nlp, article) == [
        (["BOL"], "036", ["PER"]), (["PER"], "127", ["BOL"]), (["CHL"], "120", ["BOL"])]
    article = ("Bolivia proposed a ceasefire with Peru on Monday.\n\nPeru welcomed the "
               "proposal.")
    assert summaries(nlp, article) == [
        (["BOL"], "0256", ["PER"]), (["PER"], "051", ["BOL"])]


def test_coding_things_placed_abroad_stay_their_owners(nlp):
    # "Chilean bases in Bolivia" are Chile's; a people placed in another country
    # ("ethnic Chileans in Bolivia") act as part of it.
    events = code(nlp, "Peru attacked Chilean bases in Bolivia. Peru attacked ethnic "
                       "Chileans in Bolivia.")
    assert [summary(e) for e in events] == [(["PER"], "190", ["CHL"]), (["PER"], "190", ["BOL"])]


def test_coding_try_and_v_is_tried_as_try_to_v(nlp):
    # "try and V" (two bare verbs joined by "and") says "try to V": the act is attempted;
    # "seized and held" is two acts done.
    text = ("Peruvian troops will try and seize the Chilean outpost. Peruvian troops "
            "seized and held the Chilean outpost.")
    assert [(summary(e), e.trigger) for e in code(nlp, text)] == [
        ((["PERMIL"], "171", ["CHL"]), "seized")]


def test_coding_what_one_did_where_one_went_is_told_on(nlp):
    # A "where" clause after a place's name whose subject is a pronoun tells what the one
    # just spoken of did there; a clause about others there describes the place.
    text = ("Emmanuel Macron spent the weekend in Berlin, where he had dinner with Angela "
            "Merkel. Angela Merkel spent the weekend in Lima, where Peru fought Chile.")
    assert [(summary(e), e.trigger) for e in code(nlp, text, "2019-05-10")] == [
        ((["FRAGOV"], "040", ["DEUGOV"]), "had")]


def test_coding_a_stance_told_as_earlier_is_no_news_of_the_article(nlp):
    # In an article, "has previously criticized" retells an old stance; a lone sentence
    # keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru has previously "
               "criticized Chile over the border. Bolivia criticized Chile on Monday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)][2:] == [
        ((["BOL"], "111", ["CHL"]), "criticized")]
    lone = "Peru has previously criticized Chile over the border."
    assert summaries(nlp, lone) == [(["PER"], "111", ["CHL"])]
    # "initially" sets the act before the news that followed it
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\nPeru initially "
               "criticized Chile over the border. Bolivia criticized Chile on Monday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)][2:] == [
        ((["BOL"], "111", ["CHL"]), "criticized")]


def test_coding_a_modal_judging_a_thing_obliges_no_one(nlp):
    # "the plan must be a mistake" judges the plan (criticism of its owner when the verdict
    # is bad); "X must withdraw" is a demand of X.
    text = ("Peru said the Chilean plan must be a serious mistake. Peru said the Chilean "
            "decision must be confusing for many people. Peru said Chile must withdraw its "
            "troops.")
    assert [(summary(e), e.trigger) for e in code(nlp, text)] == [
        ((["PER"], "111", ["CHL"]), "said"), ((["PER"], "100", ["CHL"]), "said")]


@pytest.mark.parametrize("text", [
    "Bolivia said it is up to Peru to end the strike.",
    "Bolivia said it is not up to Peru to end the strike.",
])
def test_coding_an_act_put_up_to_someone_is_not_told_done(nlp, text):
    # "it is up to Y to act" puts the act to Y; no one is said to have done it
    assert [e for e in summaries(nlp, text) if e[1][:2] == "08"] == []


@pytest.mark.parametrize("text", [
    "The Bolivian congress subpoenaed the Peruvian consul.",
    "The Bolivian congress sent a subpoena to the Peruvian consul.",
    "The Bolivian congress served subpoenas on the Peruvian consul.",
])
def test_coding_a_subpoena_is_investigating(nlp, text):
    assert summaries(nlp, text) == [(["BOLLEG"], "090", ["PERGOV"])]


@pytest.mark.parametrize(("text", "events"), [
    ("Bolivia allowed Peru to use the port.", [(["BOL"], "080", ["PER"])]),
    # letting a thing happen yields to no one
    ("Bolivia allowed the fuel to reach the port.", []),
    ("Bolivia permitted the cargo to leave the port.", []),
])
def test_coding_allowing_yields_to_someone(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text", [
    "Bolivia said the Peruvian junta had the blood of civilians on its hands.",
    "Bolivia said the Peruvian junta showed open contempt for the courts.",
    "Bolivia said the Peruvian junta showed utter disregard for the treaty.",
])
def test_coding_idioms_of_guilt_said_of_someone_accuse_them(nlp, text):
    assert summaries(nlp, text) == [(["BOL"], "112", ["PERGOV"])]


def test_coding_conduct_likened_to_a_bad_kind_is_criticism(nlp):
    assert summaries(nlp, "Bolivia said Peru behaved like a thug on the lake.") == [
        (["BOL"], "111", ["PER"])]
    assert summaries(nlp, "Bolivia said Peru acted like a trusted friend on the lake.") == []


def test_coding_wanting_another_to_act_is_an_appeal(nlp):
    # wanting someone else to act asks it of them; wanting to act oneself is intent
    assert summaries(nlp, "Bolivia wants Peru to reopen its consulate.") == [
        (["BOL"], "020", ["PER"])]
    assert [e for e in summaries(nlp, "Bolivia wants to reopen its consulate in Peru.")
            if e[1] == "020"] == []


@pytest.mark.parametrize(("text", "events"), [
    # a verb of necessity in the plain present binds its subject as a modal does
    ("Peru said Chile has to withdraw its troops.", [(["PER"], "100", ["CHL"])]),
    ("Peru said Chile needs to withdraw its troops.", [(["PER"], "020", ["CHL"])]),
    ('"Chile has to pull back its troops," the Peruvian president said.',
     [(["PERGOV"], "100", ["CHL"])]),
    # not negated, in the past or under an auxiliary, nor a call for a joint effort
    ("Peru said Chile does not have to withdraw its troops.", []),
    ("Peru said Chile would have to withdraw its troops.", []),
    ("Peru said Chile and Bolivia have to act jointly on the border.", []),
])
def test_coding_a_verb_of_necessity_obliges_its_subject(nlp, text, events):
    assert [e for e in summaries(nlp, text) if e[1][:2] in {"02", "10"}] == events


@pytest.mark.parametrize(("text", "events"), [
    # a bad epithet on the conduct, words or state body said of is a verdict on its owner
    ("Bolivia said Peru's reckless decision would hurt the region.",
     [(["BOL"], "111", ["PER"])]),
    ("Bolivia said Peru's irresponsible remarks had put lives at risk.",
     [(["BOL"], "111", ["PER"])]),
    # so is a bad adverb of manner on a verb of conduct
    ("Bolivia said Peru had behaved irresponsibly.", [(["BOL"], "111", ["PER"])]),
    # a body's epithet, or the manner of an act of its own, leaves the act to code itself
    ("Bolivia said the brutal Peruvian government attacked Chile.",
     [(["PERGOV"], "190", ["CHL"])]),
    ("Bolivia said Peruvian troops brutally attacked Chile.", [(["PERMIL"], "190", ["CHL"])]),
    ("Bolivia said Peruvian troops conducted a brutal attack on Chile.",
     [(["PERMIL"], "190", ["CHL"])]),
    # so is a bad course taken, and a bad name for what someone made
    ("Bolivia said Peru was playing a dangerous game.", [(["BOL"], "111", ["PER"])]),
    ('"These are lies spread by Peru," Bolivia said.', [(["BOL"], "111", ["PER"])]),
    # an epithet of a plight, or a manner of suffering, judges no one's conduct
    ("Bolivia said Peru's tragic loss had shocked the region.", []),
    ("Bolivia said Peru was badly hurt by the storm.", []),
])
def test_coding_a_bad_epithet_of_conduct_said_is_criticism(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_a_since_clause_is_background(nlp):
    # "… since X left the deal": the cause or the start of the state the main clause tells,
    # no news of its own.
    text = "Peru has criticized Chile since Bolivia attacked Ecuador."
    assert [(summary(e), e.trigger) for e in code(nlp, text)] == [
        ((["PER"], "111", ["CHL"]), "criticized")]


def test_coding_a_clause_spread_over_years_sums_up_a_record(nlp):
    # In an article's body a clause spread over years ("for years", "over the years", "in
    # recent years", "over the past decade") sums up a record; a stretch of months, the first
    # time, and the years a result lasts stay news. A lone sentence keeps it.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\n"
               "For years, Peru has criticized Chile. Over the years, Peru had met with Chile "
               "about the border. In recent years, Peru has attacked Ecuador and seized a "
               "Bolivian ship. Peru criticized Ecuador for years. Peru met Chile for the "
               "first time. Peru voted on Monday to suspend talks with Chile for two years. "
               "In recent months, Bolivia attacked Chile. Over the past decade, Ecuador "
               "has imposed sanctions on Peru.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["PER"], "040", ["CHL"]), "met"), ((["PER"], "164", ["CHL"]), "suspend"),
        ((["BOL"], "190", ["CHL"]), "attacked")]
    assert summaries(nlp, "For years, Peru has criticized Chile.") == [
        (["PER"], "111", ["CHL"])]


def test_coding_how_years_were_spent_sums_up_a_record(nlp):
    # "X spent years V-ing", "X spent billions in recent years V-ing": the gerund tells how a
    # stretch longer than a year was spent, a record; a day so spent is news.
    article = ("Peru and Bolivia signed a trade deal on Tuesday.\n\n"
               "The Chilean prosecutor spent six years investigating the Peruvian senator. "
               "Ecuador has spent millions in recent years arming Bolivian rebels. "
               "The Chilean prosecutor spent Wednesday investigating the Peruvian senator.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["PER"], "057", ["BOL"]), "signed"), ((["BOL"], "057", ["PER"]), "signed"),
        ((["CHLJUD"], "090", ["PERLEG"]), "investigating")]


def test_coding_quotations_and_circumstances_tell_no_news(nlp):
    # A quotation in the speaker's own voice is talk; the saying is the event, if any.
    assert code(nlp, '"We attacked Bolivia," the Chilean minister said.') == []
    assert code(nlp, "\u201cWe attacked Bolivia on Monday,\u201d the Chilean minister said.") == []
    # One naming both sides reports a happening, as indirect speech does.
    events = code(nlp, '"Chile attacked Bolivia," Peru said.')
    assert [summary(e) for e in events] == [(["CHL"], "190", ["BOL"])]
    # So does an event noun said to happen, its verb's phrase naming the sides.
    events = code(nlp, '"Clashes broke out between Chile and Bolivia on Monday," Peru said.')
    assert (["CHL"], "190", ["BOL"]) in [summary(e) for e in events]
    # An event noun after a preposition is circumstance, not reported news.
    assert code(nlp, "Peru spoke about Chilean airstrikes on Bolivia.") == []
    # A standing stance is no happening; the same perfect without the adverb is.
    assert code(nlp, "Peru has repeatedly criticized Chile.") == []
    assert code(nlp, "Peru has steadfastly criticized Chile.") == []
    assert summaries(nlp, "Peru has criticized Chile.") == [
        (["PER"], "111", ["CHL"])]


def test_coding_a_relative_clause_is_background():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from communique.nlp.discards import background_clause

    words = ["Peru", "met", "Chile", ",", "which", "attacked", "Bolivia", "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 2, 5, 2, 5, 1],
              deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "dobj", "punct"])
    assert [background_clause(t) for t in doc if t.i in {1, 5}] == [None, "relative clause"]


def test_coding_a_when_clause_of_a_time_tells_what_happened_then():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from communique.nlp.discards import background_clause

    words = ["Talks", "ended", "on", "Monday", ",", "when", "Chile", "attacked", "Bolivia",
             "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 2, 3, 7, 7, 3, 7, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct", "advmod", "nsubj", "relcl",
                    "dobj", "punct"])
    assert background_clause(doc[7]) is None


def test_coding_a_when_clause_of_an_indefinite_time_is_background():
    # "at a time when X attacks Y" describes the circumstances of the main clause's news;
    # "on Monday, when X attacked Y" tells what happened then
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from communique.nlp.discards import background_clause

    words = ["Talks", "stalled", "at", "a", "time", "when", "Chile", "attacked", "Bolivia",
             "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 4, 2, 7, 7, 4, 7, 1],
              deps=["nsubj", "ROOT", "prep", "det", "pobj", "advmod", "nsubj", "relcl",
                    "dobj", "punct"])
    assert background_clause(doc[7]) == "relative clause"


def test_coding_a_time_clause_of_an_indefinite_time_codes_only_the_main_clause(nlp):
    text = "Peru closed its border with Chile at a time when Bolivia was attacking Chile."
    assert [(summary(e), e.trigger) for e in code(nlp, text)] == [
        ((["PER"], "191", ["CHL"]), "closed")]


def test_coding_the_object_of_a_verb_of_compelling_does_the_complements_act(nlp):
    """"X led / forced Y to V": Y does V, and V happened only if the compelling did."""
    assert summaries(nlp, "The floods led Peru to close its border with "
                          "Chile.") == [(["PER"], "191", ["CHL"])]
    assert code(nlp, "Farmers tried to force Peru to close its border with Chile.") == []


def test_coding_the_one_persuaded_does_the_complements_act(nlp):
    """"X persuaded / convinced Y to V": winning Y over brings Y to do V (object control);
    "failed to persuade Y to V": nothing was brought about."""
    assert summaries(nlp, "The Bolivian envoy persuaded the Peruvian "
                          "president to visit Chile.") == [
        (["PERGOV"], "042", ["CHL"])]
    assert summaries(nlp, "The Bolivian envoy convinced the Peruvian "
                          "president to visit Chile.") == [
        (["PERGOV"], "042", ["CHL"])]
    assert code(nlp, "The Bolivian envoy failed to persuade the Peruvian president to visit "
                     "Chile.") == []


def test_coding_an_acting_agent_with_no_country_keeps_its_event_uncoded(nlp):
    # no country in the text to give the senators: the event keeps them with no code
    [event] = code(nlp, "Senators sharply criticized Foreign Minister Jan Kowalczyk.")
    assert ([(m.text, m.actor.code) for m in event.source], event.cameo[:2]) == (
        [("Senators", None)], "11")


def test_coding_a_target_said_to_be_from_abroad_takes_no_country_from_where_it_is(nlp):
    [arrest] = code(nlp, "Canada arrested foreign fighters in Toronto.")
    assert summary(arrest) == (["CAN"], "173", [None])
    [arrest] = code(nlp, "Canada arrested fighters in Toronto.")
    assert summary(arrest) == (["CAN"], "173", ["CANREB"])


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Peruvian students marched in Lima in protest against the Chilean "
     "government.", [(["PEREDU"], "141", ["CHLGOV"])]),
    ("Hundreds of farmers blocked roads in Lima in defiance of Chilean authorities.",
     [(["PER"], "144", ["CHLGOV"])]),
])
def test_coding_a_stance_phrase_names_whom_a_protest_is_aimed_at(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway undertook a mediation mission between Peru and Ecuador.",
     [(["NOR"], "045", ["PER", "ECU"])]),
    ("Qatar launched a mediation effort between Kenya and Somalia.",
     [(["QAT"], "045", ["KEN", "SOM"])]),
])
def test_coding_a_mediation_effort_carried_out_between_sides_is_mediation(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_a_pronoun_object_of_a_second_verb_is_the_first_verbs_object(nlp):
    events = code(nlp, "Peru built new missiles and aimed them at Chile.")
    assert [summary(e) for e in events] == [(["PER"], "190", ["CHL"])]


def test_coding_a_title_in_the_text_gives_a_known_person_the_role_the_day_lacks(nlp):
    # the knowledge base holds no role for the person on the article's day; the text's
    # title says the role held, unless it says the role is past
    for text, source in (
            ("Colombian President Gustavo Petro met the Venezuelan envoy.", "COLGOV"),
            ("Former Colombian President Gustavo Petro met the Venezuelan envoy.", "COL"),
            ("Gustavo Petro, Colombia's president, met the Venezuelan envoy.", "COLGOV"),
            ("Gustavo Petro, Colombia's former governor, met the Venezuelan envoy.", "COL")):
        events = code(nlp, text, published="2021-06-01")
        assert [summary(e) for e in events] == [([source], "040", ["VENGOV"])], text
    # a role the knowledge base holds on the day stays, though its code is a region's
    text = ("Turkish officials met Iraqi officials in Baghdad. They also met Prime Minister "
            "Masrour Barzani in Erbil.")
    assert summaries(nlp, text, published="2024-04-22") == [
        (["TURGOV"], "040", ["IRQGOV"]), (["TURGOV"], "040", ["KRDGOV"])]


def test_coding_an_object_them_stands_for_the_people_an_earlier_verb_acted_on(nlp):
    events = code(nlp, "Peru detained ten Chilean fishermen and released them on Friday.")
    assert [(summary(e), [m.text for m in e.target]) for e in events] == [
        ((["PER"], "173", ["CHLAGR"]), ["Chilean fishermen"]),
        ((["PER"], "0841", ["CHLAGR"]), ["them"])]


@pytest.mark.parametrize("text, expected", [
    ("Bolivian farmers blocked transport into La Paz on Monday.",
     [(["BOLAGR"], "144", ["BOL"])]),
    ("Peruvian miners blocked the airport in Cusco.", [(["PER"], "144", ["PER"])]),
])
def test_coding_blocking_transport_or_an_airport_obstructs_passage(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_an_order_silencing_a_newspaper_restricts_expression(nlp):
    events = code(nlp, "The Bolivian government ordered the opposition newspaper La Voz to "
                       "suspend publication.")
    assert [summary(e) for e in events] == [(["BOLGOV"], "1721", ["BOLOPP"])]


def test_coding_a_decision_taken_is_the_act_not_an_intent(nlp):
    events = code(nlp, "Ecuador decided to withdraw its ambassador from Colombia.")
    assert [(*summary(e), e.mood) for e in events] == [(["ECU"], "161", ["COL"], "asserted")]


def test_coding_abusing_refugees_or_women_is_physical_assault(nlp):
    assert summaries(nlp, "Malian gendarmes abused Guinean refugees.") == [
        (["MLI"], "182", ["GINREF"])]
    assert code(nlp, "The governor abused his office.") == []


@pytest.mark.parametrize("purpose", ["to meet", "to brief", "to consult"])
def test_coding_whom_a_journey_is_made_to_meet_or_brief_is_the_other_side(nlp, purpose):
    [event] = code(nlp, f"The Ghanaian president flew to Lome {purpose} Togolese officials.")
    assert summary(event) == (["GHAGOV"], "042", ["TGOGOV"])
    assert [m.text for m in event.target] == ["Togolese officials"]


def test_coding_an_official_s_own_international_body_is_not_the_target(nlp):
    [event] = code(nlp, "IMF chief Christine Lagarde announced a new IMF loan.",
                   published="2016-08-12")
    assert summary(event) == (["IGOIMF"], "0331", [])


@pytest.mark.parametrize(("clause", "expected"), [
    ("that its hotels had been named as targets", "110"),  # a danger told: no threat
    ("that it would retaliate", "130"),  # what the warner will do: a threat
])
def test_coding_a_warning_issued_threatens_only_when_it_names_what_is_to_come(
        nlp, clause, expected):
    [event] = code(nlp, f"Kenya issued a warning to Uganda {clause}.")
    assert summary(event) == (["KEN"], expected, ["UGA"])


def test_coding_sides_that_meet_at_a_body_meet_each_other_there(nlp):
    # "at X" of a meeting says where; a description coordinated with a name is someone else
    events = code(nlp, "Chile and Peru met at the World Trade Organization.")
    assert [summary(e) for e in events] == [
        (["CHL", "PER"], "040", []), (["CHL"], "040", ["PER"]), (["PER"], "040", ["CHL"])]
    article = ("President Joe Biden praised Emmanuel Macron before the summit. The "
               "president and Mr. Macron later met at the United Nations in Geneva.")
    assert [summary(e) for e in code(nlp, article, published="2023-06-01")
            if e.trigger == "met"] == [
        (["USAGOV", "FRAGOV"], "040", []), (["USAGOV"], "040", ["FRAGOV"]),
        (["FRAGOV"], "040", ["USAGOV"])]


def test_coding_a_withdrawal_of_the_sources_own_forces_is_aimed_where_they_leave(nlp):
    # the troops are what is withdrawn; the "from" phrase says from whom
    assert summaries(nlp, "The Kenyan government announced a pullout of "
                          "Kenyan troops from Somalia.") == [
        (["KENGOV"], "0356", ["SOM"])]
    assert summaries(nlp, "The Kenyan government announced a pullout of "
                          "Kenyan troops.") == [(["KENGOV"], "0356", [])]
    # rebels surrender to their own country's army; a demand names whose troops must go
    assert summaries(nlp, "A rebel commander surrendered to Colombian "
                          "forces.") == [(["COLREB"], "0874", ["COLMIL"])]
    assert summaries(nlp, "The Somali government demanded a pullout of "
                          "Kenyan troops.") == [(["SOMGOV"], "1056", ["KENMIL"])]


def test_coding_a_statement_quoted_over_two_sentences_is_one_event(nlp):
    first = "LIMA (AP) - Peru's foreign minister criticized Chile's president on Tuesday.\n\n"
    quote = "\"We condemn the Chilean president for his reckless plan,\" the minister said.\n\n"
    border = "The two countries share a long border.\n\n"
    criticism = (["PERGOV"], "111", ["CHLGOV"])
    assert summaries(nlp, first + quote + border) == [criticism]
    # with another sentence between, the second criticism is told anew
    assert summaries(nlp, first + border + quote) == [criticism] * 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile was behind the assault on the Peruvian embassy.", [(["CHL"], "190", ["PERGOV"])]),
    ("Chilean rebels were responsible for the bombing of the Peruvian embassy.",
     [(["CHLREB"], "183", ["PERGOV"])]),
    ("The Chilean army is guilty of torturing Peruvian prisoners.",
     [(["CHLMIL"], "1822", ["PER"])]),
    ("Chile is not responsible for the attack on the Peruvian embassy.", [])])
def test_coding_a_deed_laid_at_someones_door_is_theirs(nlp, text, expected):
    # a lone report: the subject of "was behind", "responsible for", "guilty of" did the deed
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru regards Chile as responsible for the raids.", [(["PER"], "112", ["CHL"])]),
    ("Peru considers Chile culpable for the raids.", [(["PER"], "112", ["CHL"])]),
    ("Peru sees Chile as complicit in the raids.", [(["PER"], "112", ["CHL"])]),
    # a side judged responsible for what it keeps is no one accused
    ("Peru regards itself as responsible for the region.", [])])
def test_coding_judging_another_side_to_blame_is_an_accusation(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_blame_in_an_article_is_the_claim_not_the_deed(nlp):
    text = ("LIMA (AP) - Peru said on Tuesday that Chile was behind the assault on its "
            "embassy.\n\nThe two countries share a long border.\n")
    assert summaries(nlp, text) == [(["PER"], "112", ["CHL"])]


@pytest.mark.parametrize(("text", "expected"), [
    # whose rule, pressure or auspices an act is done under is not whom it is aimed at
    ("Under Peru's leadership, the Chilean army apologized for its failures.",
     [(["CHLMIL"], "055", [])]),
    ("Chile met Bolivia under the auspices of Peru.", [(["CHL"], "040", ["BOL"])])])
def test_coding_the_circumstances_an_act_is_done_under_name_no_target(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_a_thing_given_in_the_passive_goes_to_the_to_phrase(nlp):
    assert summaries(nlp, "Chilean aid was delivered to Peru.") == [
        (["CHL"], "070", ["PER"])]


def test_coding_a_predicate_the_parser_hangs_on_the_object_is_still_a_verdict(nlp):
    # "irresponsible" after its noun is what the remarks are called, not a modifier
    assert summaries(nlp, "Peru called Chile's remarks irresponsible.") == [
        (["PER"], "111", ["CHL"])]


def test_coding_a_protest_with_no_one_to_do_it_takes_no_country_for_its_doer(nlp):
    # the infinitive of purpose names no protester, and what it is against protests nothing
    assert summaries(
        nlp, "Peruvian farmers blocked roads to protest Chilean imports.") == [
        (["PERAGR"], "144", ["CHL"])]


@pytest.mark.parametrize("text, expected", [
    # whose demolition the protest is against is its target, not the protesters' country
    ("Peruvians protested Chile's seizure of the boats.", [(["PER"], "141", ["CHL"])]),
    ("Peruvians protested the new fishing quota.", [(["PER"], "141", ["PER"])]),
])
def test_coding_a_protested_thing_names_its_owner_as_the_target(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, source", [
    # the town the rally is in gives the crowd's country, not the embassy it stood outside
    ("Hundreds of students rallied outside the Chilean embassy in Lima.",
     ("Hundreds of students", "PER")),
    # a subject that no rule names is the crowd its own words name
    ("Crowds chanted slogans against the military junta in Lima.", ("Crowds", "PER")),
])
def test_coding_protesters_take_the_country_of_the_town_they_gather_in(nlp, text, source):
    [event] = code(nlp, text)
    assert (event.source[0].text, event.source[0].actor.code) == source
    assert event.cameo == "141"


@pytest.mark.parametrize("text, expected", [
    ("Peruvian soldiers raided a farm.", [(["PERMIL"], "190", [])]),
    ("Peruvian police raided a newspaper's offices.", [(["PERCOP"], "170", [])]),
])
def test_coding_a_raid_by_an_armed_force_is_force_and_by_police_a_search(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # to risk something is to run the risk of it, no threat
    ("Peru's president risked angering Chile.", []),
    # a negative subjunctive says what is demanded, not what was done
    ("Peruvian senators joined the opposition in demanding that the cabinet not concede "
     "anything to Chile.", []),
    # the second verb of "to V and V" is the infinitive's, however the parse joins it
    ("Peru's president pressed for a solid front to combat and boycott Chile.",
     [(["PERGOV"], "020", ["CHL"])]),
])
def test_coding_what_is_risked_demanded_or_called_for_is_not_done(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a president's attack on a person is made in words
    ("Peru's president attacked the Chilean foreign minister in a speech.",
     [(["PERGOV"], "111", ["CHLGOV"])]),
    # on an army it is force, as a country's on a country
    ("Peru's president attacked the Chilean army.", [(["PERGOV"], "190", ["CHLMIL"])]),
    ("Peru attacked Chile.", [(["PER"], "190", ["CHL"])]),
])
def test_coding_a_politician_attacking_a_person_criticises(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the participle's demand is made to the one the accusation is aimed at
    ("Peru accused Chile of spying, demanding an apology.",
     [(["PER"], "112", ["CHL"]), (["PER"], "100", ["CHL"])]),
    # a participle with a subject of its own is another's act
    ("Peru accused Chile of spying, Bolivia demanding an apology.",
     [(["PER"], "112", ["CHL"])]),
])
def test_coding_a_participle_of_a_verbal_act_is_said_to_the_same_party(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline lists its sides with a comma: each is the other's partner
    ("Peru, Chile agree to resume talks.",
     [(["PER"], "036", ["CHL"]), (["CHL"], "036", ["PER"])]),
])
def test_coding_a_headlines_comma_lists_the_sides(nlp, text, expected):
    assert [summary(e) for e in code(nlp, text) if len(e.source) == 1] == expected


def test_coding_a_town_and_its_country_are_one_place_not_two_sides(nlp):
    assert summaries(nlp, "Lima, Peru hosted the summit.") == [
        (["PERGOV"], "036", [])]


@pytest.mark.parametrize("text, expected", [
    # a clause of protest on the strike names what it is against, not the strikers' words
    ("Peruvian nurses went on strike to protest against the health ministry.",
     ("143", "the health ministry", "PER")),
    # an actor that clause names is the target itself
    ("Peruvian dockworkers went on strike to protest against Chile.", ("143", "Chile", "CHL")),
    ("Peruvian dockworkers went on strike in protest against Chile.", ("143", "Chile", "CHL")),
    # the protesters' own town is where they march; the clause of protest names the aim
    ("Opposition supporters marched through the streets of Lima to protest against President "
     "Dina Boluarte's new law.", ("141", "President Dina Boluarte", "PERGOV")),
    ("Peruvian farmers blockaded highways near Cusco to protest against the government.",
     ("144", "the government", "PER")),
])
def test_coding_a_clause_of_protest_names_its_aim_before_the_town_or_the_object(
        nlp, text, expected):
    [event] = code(nlp, text)
    assert (event.cameo, event.target[0].text, event.target[0].actor.code) == expected


@pytest.mark.parametrize("text", [
    "Peru sent two planeloads of medicine to Chile.",
    "Peru sent three truckloads of medicine to Chile.",
])
def test_coding_a_load_counts_the_goods_it_carries(nlp, text):
    # a container noun counts what follows "of" (lexicon `measures`): the medicine is given
    assert summaries(nlp, text) == [(["PER"], "073", ["CHL"])]


@pytest.mark.parametrize("text", [
    "Chile pulled its troops out of Peru's Tacna region.",
    # a partitive is of what it counts: the troops are still Chile's own
    "Chile pulled most of its troops out of Peru's Tacna region.",
])
def test_coding_a_share_of_the_sources_own_troops_is_not_the_target(nlp, text):
    assert summaries(nlp, text) == [(["CHL"], "0874", ["PER"])]


def test_coding_joint_patrols_are_military_cooperation(nlp):
    # CAMEO 062: a joint patrol is cooperation between its parties, not a show of force
    assert summaries(nlp, "Peru and Chile conducted joint air patrols.") == [
        (["PER", "CHL"], "062", []), (["PER"], "062", ["CHL"]), (["CHL"], "062", ["PER"])]


def test_coding_leaves_the_venue_of_a_joint_act_to_its_sides(nlp):
    # where two sides met is no third party: each side is the other's target
    assert summaries(
        nlp, "Chile and Peru agreed to a ceasefire during talks in Geneva.") == [
        (["CHL", "PER"], "0356", []), (["CHL"], "0356", ["PER"]), (["PER"], "0356", ["CHL"])]


def test_coding_takes_no_target_from_the_clause_that_reports_the_act(nlp):
    text = ("Egyptian authorities arrested a popular figure who had backed the strikes, "
            "the judiciary's Mizan news agency reported on Sunday.")
    assert summaries(nlp, text) == [(["EGYGOV"], "173", [])]


@pytest.mark.parametrize("text, expected", [
    ("Chilean nurses launched a strike over pay.", (["CHLHLH"], "143", ["CHL"])),
    ("Chilean teachers started a strike against the government on Monday.",
     (["CHLEDU"], "143", ["CHLGOV"])),
    ("Chilean nurses attacked the hospital director.", (["CHLHLH"], "180", []))])
def test_coding_reads_a_strike_by_unarmed_people_as_a_stoppage_of_work(nlp, text, expected):
    assert summaries(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Peru agreed with Chile to extend the fishing ban.", (["PER"], "030", ["CHL"])),
    ("Peru agreed with the Chilean rebels on a truce.", (["PER"], "030", ["CHLREB"])),
    ("Peru agreed with Chile that the talks had failed.", (["PER"], "019", ["CHL"]))])
def test_coding_tells_an_undertaking_with_a_party_from_accord_with_its_view(nlp, text, expected):
    assert summaries(nlp, text) == [expected]


def test_coding_takes_no_actor_from_a_dateline_in_capitals_without_a_country(nlp):
    text = ("UNITED NATIONS (AP) — The Security Council demanded that Chilean rebels "
            "withdraw from the port.")
    assert texts_of(nlp, text) == [
        (["The Security Council"], "1056", ["Chilean rebels"])]


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Peruvian protesters rallied in Lima on Sunday, calling on Chile to return "
     "the islands.", [(["PERCVL"], "141", ["CHL"]), (["PERCVL"], "020", ["CHL"])]),
    ("Peruvian students marched in Lima, demanding that the Chilean ambassador leave the "
     "country.", [(["PEREDU"], "141", ["CHLGOV"]), (["PEREDU"], "1056", ["CHLGOV"])])])
def test_coding_aims_a_protest_at_whom_its_demand_is_made_of(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_aims_a_threat_at_whom_its_condition_names(nlp):
    text = ("Peruvian officials warned on Monday that they would close the Port of Callao if "
            "Chile tried to halt Peruvian fish exports.")
    assert summaries(nlp, text) == [(["PERGOV"], "130", ["CHL"])]


@pytest.mark.parametrize("text, expected", [
    ("Japan sent $50 million in humanitarian assistance to Syria.", (["JPN"], "073", ["SYR"])),
    ("Japan gave $50 million in aid to Syria.", (["JPN"], "071", ["SYR"])),
    ("Washington suspended about $900 million in security assistance to Pakistan.",
     (["USAGOV"], "1621", ["PAK"]))])
def test_coding_reads_a_sum_of_money_by_what_it_is_in(nlp, text, expected):
    assert summaries(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "According to Chilean officials, Peru has broken the truce.",
    "Peru has broken the truce, according to Chilean officials.",
])
def test_coding_who_reports_an_act_is_not_whom_it_is_aimed_at(nlp, text):
    assert summaries(nlp, text) == [(["PER"], "196", [])]


def test_coding_takes_fire_undergone_from_armed_forces_as_force(nlp):
    assert summaries(nlp, "Peruvian troops came under fire from Chilean rebels.") \
        == [(["CHLREB"], "190", ["PERMIL"])]


@pytest.mark.parametrize(("text", "events"), [
    # a state under fire over something is criticised for it
    ("Peru came under fire from Chile over the fishing quotas.", [(["CHL"], "111", ["PER"])]),
    ("Peru came under fire from Chile for its silence.", [(["CHL"], "111", ["PER"])]),
    # a place under fire, or for a stretch of time, may be shot at
    ("Peru came under fire from Chile over the weekend.", []),
])
def test_coding_a_state_under_fire_over_something_is_criticised(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, expected", [
    ("Peru will take all necessary measures if Chile moves troops to the border.",
     [(["PER"], "130", ["CHL"])]),
    ("Peru said it would respond firmly if Chile sent troops.", [(["PER"], "130", ["CHL"])]),
    ("Peru took measures to protect its fishermen.", []),
    ("Peru responded to the Chilean note on Monday.", [])])
def test_coding_reads_a_measure_promised_on_a_condition_as_a_threat(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_finds_what_is_asked_past_a_phrase_of_time_after_a_passive(nlp):
    text = "Peru was urged by the U.N. refugee chief on Friday to open the border."
    assert summaries(nlp, text) == [(["IGOUNO"], "0255", ["PER"])]


def test_coding_aims_an_accusation_at_whom_its_that_clause_names(nlp):
    text = ("Amnesty International's accusation that the Chilean army planted landmines was "
            "published on Wednesday.")
    assert summaries(nlp, text) == [(["NGOHRIAMN"], "112", ["CHLMIL"])]


@pytest.mark.parametrize("text, expected", [
    ("Peruvian doctors walked out of hospitals in protest against the government's plan.",
     (["PERHLH"], "143", ["PER"])),
    ("Peru walked out of the talks with Chile.", (["PER"], "164", ["CHL"]))])
def test_coding_tells_a_walkout_from_a_place_from_one_from_talks(nlp, text, expected):
    assert summaries(nlp, text) == [expected]


def test_coding_keeps_a_person_named_by_a_profession_as_an_uncoded_target(nlp):
    assert summaries(nlp, "Peruvian police arrested a popular rapper.") == [
        (["PERCOP"], "173", [None])]


def test_coding_reads_the_role_an_as_phrase_names_by_its_adjective_too(nlp):
    text = "Peru designated the Chilean militia as a terrorist organisation."
    assert summaries(nlp, text) == [(["PER"], "172", ["CHLREB"])]


def test_coding_aims_an_appeal_at_the_people_asked_not_at_a_name_in_a_phrase_of_time(nlp):
    text = "Peru asked its allies for more weapons after Chilean attacks on its border."
    assert [([m.text for m in e.source], e.cameo, [(m.text, m.actor.code) for m in e.target])
            for e in code(nlp, text)] == [(["Peru"], "020", [("its allies", None)])]


def test_coding_keeps_a_count_of_forces_massed_as_the_sources_own(nlp):
    text = "Peru massed thousands of troops near the border in preparation for an assault on Chile."
    assert summaries(nlp, text) == [(["PER"], "154", ["CHL"])]


@pytest.mark.parametrize("text, expected", [
    ("Kenyan students marched through Nairobi on Sunday to demand that the Ugandan ambassador "
     "leave the country.", [(["KENEDU"], "141", ["UGAGOV"])]),
    ("Thousands of protesters rallied in Nairobi on Sunday, demanding the resignation of the "
     "Ugandan ambassador.", [(["KENCVL"], "141", ["UGAGOV"])])])
def test_coding_aims_a_protest_at_whom_its_purpose_or_uncoded_crowd_demands(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_reads_a_surrender_to_an_armed_body_as_a_surrender(nlp):
    assert summaries(
        nlp, "Islamic State fighters surrendered to the Syrian Democratic Forces near Raqqa.") \
        == [(["IMGSUNISI"], "0874", ["SYRREB"])]


@pytest.mark.parametrize("text, expected", [
    ("Chile deported 40 migrants to Bolivia on Monday.", [(["CHL"], "174", [None])]),
    ("Chile deported 40 Peruvian workers to Peru on Monday.", [(["CHL"], "174", ["PERLAB"])])])
def test_coding_aims_a_deportation_at_whom_it_deports_not_where_they_go(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The kidnappers released the Peruvian priest on Monday.",
     [(["kidnappers"], "0841", ["the Peruvian priest"])]),
    ("Smugglers shot dead two Peruvian soldiers near the border.",
     [(["Smugglers"], "193", ["Peruvian soldiers"])])])
def test_coding_keeps_acting_criminals_as_uncoded_sources(nlp, text, expected):
    assert texts_of(nlp, text) == expected


def test_coding_aims_a_complaint_at_whom_it_is_against_before_where_it_is_lodged(nlp):
    assert summaries(
        nlp, "Peru lodged a complaint with the United Nations against Chile.") == [
        (["PER"], "114", ["CHL"])]


@pytest.mark.parametrize("text, expected", [
    ("Peru's foreign minister, Ana Gervasi, met Chilean officials in Lima on Monday.",
     ["Peru's foreign minister, Ana Gervasi"]),
    ("Chile's foreign minister met his Peruvian counterpart Ana Gervasi in Lima on Monday.",
     ["Chile's foreign minister", "Peruvian counterpart Ana Gervasi"])])
def test_coding_shows_a_title_with_the_name_of_its_holder(nlp, text, expected):
    event = code(nlp, text)[0]
    assert [m.text for m in event.source + event.target][:len(expected)] == expected


def test_coding_keeps_a_definite_title_with_no_country_as_an_uncoded_source(nlp):
    assert texts_of(
        nlp, "The chief minister slammed the opposition party on Saturday.") == [
        (["chief minister"], "111", ["opposition party"])]


def test_coding_takes_the_person_a_persons_aide_is_named_as_not_the_person(nlp):
    events = code(nlp, "Evo Morales's campaign chairman, Juan Quispe, met Chilean "
                       "officials in Lima on Monday.")
    assert [([m.text for m in e.source], e.cameo) for e in events][:1] == [
        (["Juan Quispe"], "040")]


@pytest.mark.parametrize("text, expected", [
    ("Peru ordered the Chilean ambassador to leave the country.", [(["PER"], "161", ["CHLGOV"])]),
    ("Peru ordered two Chilean journalists to leave the country.",
     [(["PER"], "174", ["CHLMED"])]),
    ("Peru ordered Chilean troops to leave the border area.", [(["PER"], "1056", ["CHLMIL"])])])
def test_coding_reads_an_order_to_leave_by_whom_it_bids(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_reads_a_noun_small_clause_as_said_of_its_subject(nlp):
    assert summaries(
        nlp, "Peru declared the Chilean ambassador persona non grata.") == [
        (["PER"], "161", ["CHLGOV"])]


def test_coding_reads_a_plural_event_noun_taken_for_a_verb_as_the_object(nlp):
    assert summaries(
        nlp, "The European Union imposed asset freezes on eleven Peruvian officials.") == [
        (["IGOEUR"], "163", ["PERGOV"])]


def test_coding_counts_a_threat_whose_condition_is_its_own_content(nlp):
    events = code(nlp, "Peru warned Chile of dire consequences if it closed the border.")
    assert [(summary(e), e.mood) for e in events] == [((["PER"], "130", ["CHL"]), "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Peru's army chief threatened on Twitter to invade Chile.", [(["PERMIL"], "1382", ["CHL"])]),
    ("The Peruvian minister commented on Twitter.", [(["PERGOV"], "010", [])]),
    ("The Peruvian minister lashed out on state television on Monday.",
     [(["PERGOV"], "111", [])])])
def test_coding_takes_no_target_from_the_medium_words_are_said_on(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_reads_weaponry_moved_to_a_border_as_forces_deployed(nlp):
    assert summaries(
        nlp, "Peru moved heavy weaponry toward its border with Chile.") == [
        (["PER"], "154", ["CHL"])]


def test_coding_keeps_an_official_the_agent_dictionary_lacks_as_an_uncoded_target(nlp):
    assert texts_of(
        nlp, "The Peruvian police arrested a former commissioner on Monday.") == [
        (["The Peruvian police"], "173", ["former commissioner"])]


@pytest.mark.parametrize("text, expected", [
    ("Peru said the election was flawed and accused Chile of meddling in the vote.",
     [(["PER"], "112", ["CHL"])]),
    ("The Peruvian minister said the talks were over and called on Chile to withdraw.",
     [(["PERGOV"], "020", ["CHL"])])])
def test_coding_a_verbal_act_joined_to_what_was_said_is_the_speakers(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile slammed Peru's arms sale to Bolivia.", [(["CHL"], "111", ["PER"])]),
    ("Chile reiterated its support for Bolivia's government.", [(["CHL"], "051", ["BOLGOV"])])])
def test_coding_a_stance_on_an_act_is_aimed_at_its_possessive_doer(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peruvian Prime Minister Juan Perez was sharply criticised by the European Union on "
     "Friday over his pledge to annex the Lobos islands if re-elected.",
     [(["IGOEUR"], "111", ["PERGOV"])]),
    ("Chile asked Peru if its army had crossed the border.", [])])
def test_coding_an_if_clause_after_a_past_verb_sets_no_condition_on_it(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_helping_with_no_object_is_taking_part_in_what_is_intended(nlp):
    assert summaries(
        nlp, "Norway is ready to help mediate between Peru and Chile.") == [
        (["NOR"], "039", ["PER", "CHL"])]


def test_coding_what_is_said_in_a_statement_is_the_saying_verbs_clause(nlp):
    assert summaries(
        nlp, "Peru said in a statement that Chile's decision to hand out passports in the "
             "occupied valley was cynical.") == [(["PER"], "111", ["CHL"])]


@pytest.mark.parametrize("noun", ["poisoning", "sabotage", "cyberattack", "coup"])
def test_coding_saying_another_was_behind_a_covert_act_accuses_them(nlp, noun):
    events = code(nlp, f"Peru said Chile was behind the {noun} last week.")
    assert (["PER"], "112", ["CHL"]) in [summary(e) for e in events]


@pytest.mark.parametrize(("text", "events"), [
    # an act that is not to be done: asked all the same, refused, or foresworn
    ("Chile urged Peru not to reconsider the accord.", [(["CHL"], "020", ["PER"])]),
    ("Chile vowed never to negotiate with the Peruvian rebels.",
     [(["CHL"], "120", ["PERREB"])]),
    ("Chile promised never to attack Peru.", []),
    ("Chile agreed not to deploy troops near Peru.", []),
    # a pattern's own verb of refusal is no negated complement
    ("Chile declined to comment on Peru.", [(["CHL"], "011", [])]),
])
def test_coding_a_negated_complement_is_no_act_promised_or_asked(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chile is open to negotiations with Peru.", [(["CHL"], "036", ["PER"])]),
    ("Chile remains ready for dialogue with Peru.", [(["CHL"], "036", ["PER"])]),
    # negated, or with no one to meet: no intent coded
    ("Chile is not open to negotiations with Peru.", []),
    ("Chile is ready for talks.", []),
])
def test_coding_readiness_for_talks_with_someone_is_an_intent_to_meet(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_a_subjects_own_modifier_is_no_target(nlp):
    # the parser may hang "opposition" as a second subject of the verb
    article = ("CAIRO (Reuters) - Egyptian police fired tear gas at students in Giza on Friday."
               "\n\nThe opposition Muslim Brotherhood condemned the crackdown.")
    events = code(nlp, article)
    assert all(summary(e)[2] != ["EGYOPP"] for e in events)
    assert summary(events[-1])[:2] == (["EGYOPP"], "111")


@pytest.mark.parametrize("phrase", ["nearly 40 attacks", "dozens of attacks"])
def test_coding_saying_another_was_behind_counted_attacks_accuses_them(nlp, phrase):
    events = code(nlp, f"Peru said Chile was behind {phrase} on its border posts.")
    assert (["PER"], "112", ["CHL"]) in [summary(e) for e in events]


def test_coding_a_stance_on_the_move_is_aimed_at_whoever_made_it(nlp):
    events = code(nlp, "Peru lifted its arms embargo on Chile on Monday.\n\n"
                       "Bolivia praised the move.\n\nArgentina condemned the decision.")
    assert [summary(e) for e in events] == [
        (["PER"], "085", ["CHL"]), (["BOL"], "051", ["PER"]), (["ARG"], "111", ["PER"])]


def test_coding_the_sources_own_side_in_a_participle_of_saying_is_no_target(nlp):
    assert summaries(
        nlp, "The Peruvian president defended the treaty on Monday, saying Peru makes its "
             "own choices.") == [(["PERGOV"], "052", [])]


@pytest.mark.parametrize("text, expected", [
    ("Peru's foreign minister told reporters on Monday that the talks had failed.",
     [(["Peru's foreign minister"], "010", [])]),
    ("Peru's foreign minister accused journalists of lying.",
     [(["Peru's foreign minister"], "112", ["journalists"])])])
def test_coding_the_press_told_something_is_the_audience_not_the_target(nlp, text, expected):
    assert texts_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru's war on terror has cost billions.", []),
    ("Peru's war on corruption has so far produced few convictions.", []),
    ("Peru's war on Chile has cost billions.", [(["PER"], "190", ["CHL"])]),
    ("Peru's war on graft has cost billions.", []),
    ("Peru waged war on drug trafficking.", []),
    ("Peru declared war on graft.", []),
    ("Peru stepped up its campaign against poverty.", []),
    ("Peru declared war on Chile.", [(["PER"], "190", ["CHL"])])])
def test_coding_a_war_on_a_social_ill_is_no_fighting(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_two_sides_the_parser_read_as_one_modifier_are_coordinated(nlp):
    events = code(nlp, "The Colombian government and FARC rebels began a second round of "
                       "talks on Monday.")
    assert [summary(e) for e in events] == [
        (["COLGOV", "COLREB"], "046", []), (["COLGOV"], "046", ["COLREB"]),
        (["COLREB"], "046", ["COLGOV"])]


@pytest.mark.parametrize("text, expected", [
    ("Narendra Modi became the first Indian prime minister to visit Peru.",
     [(["INDGOV"], "042", ["PER"])]),
    ("Peru was the only country to vote against the resolution.", [(["PER"], "129", [])])])
def test_coding_the_first_to_do_an_act_did_it(nlp, text, expected):
    assert summaries(nlp, text) == expected


def test_coding_a_denial_of_the_charges_answers_the_accuser(nlp):
    assert summaries(nlp, "Chile accused Peru of shelling the border on Monday.\n\n"
                          "Peru denied the accusations on Tuesday.") == [
        (["CHL"], "112", ["PER"]), (["PER"], "016", ["CHL"])]
    assert summaries(nlp, "Chile massed troops on the border on Monday.\n\n"
                          "Bolivian leaders slam Chile for arming rebels in Peru -- "
                          "accusations the Chilean government denies.") == [
        (["CHL"], "154", []), (["BOL"], "111", ["CHL"]), (["CHLGOV"], "016", ["BOL"])]
    # so does a denial in a speaker's words
    assert summaries(nlp, "Chile accused Peru of shelling the border on Monday.\n\n"
                          "The Peruvian defence minister said on Tuesday that Peru had no "
                          "involvement in the incident.") == [
        (["CHL"], "112", ["PER"]), (["PERGOV"], "016", ["CHL"])]
    # criticism rejected answers the critic
    assert summaries(nlp, "Chile criticized Peru's fishing quotas on Monday.\n\n"
                          "Peru rejected the criticism on Tuesday.") == [
        (["CHL"], "111", ["PER"]), (["PER"], "016", ["CHL"])]
    # no charge made near: the denial answers no one
    assert summaries(nlp, "Peru and Chile held talks on Monday.\n\n"
                          "Peru denied the accusations on Tuesday.") == [
        (["PER"], "046", ["CHL"]), (["CHL"], "046", ["PER"]), (["PER"], "016", [])]


def test_coding_a_story_naming_a_sporting_event_in_passing_is_political_news(nlp):
    article = ("Peruvian police fired tear gas at protesters in Lima on Thursday, on the eve "
               "of a World Cup qualifier.\n\nThe protesters marched to the parliament.\n\n"
               "Peru accused Chile of meddling.")
    assert summaries(nlp, article)[0] == (["PERCOP"], "175", ["PERCVL"])
    sport = ("Peru attacked Chile in the World Cup final on Thursday.\n\nThe goalkeeper saved "
             "a penalty.\n\nPeru accused Chile of meddling.")
    assert summaries(nlp, sport) == []


def test_coding_sides_that_accuse_each_other_are_coded_both_ways(nlp):
    article = ("Peru and Chile held talks on Monday.\n\nBolivia and Ecuador accused each other "
               "of violating the truce on Tuesday.\n\nBolivian and Ecuadorian troops fired at "
               "each other on Wednesday.")
    assert summaries(nlp, article) == [
        (["PER"], "046", ["CHL"]), (["CHL"], "046", ["PER"]), (["BOL"], "112", ["ECU"]),
        (["ECU"], "112", ["BOL"]), (["BOLMIL"], "190", ["ECUMIL"])]


def test_coding_praise_garnered_from_someone_is_theirs(nlp):
    assert summaries(nlp, "The Peruvian president garnered praise from the Chilean "
                          "president.") == [(["CHLGOV"], "051", ["PERGOV"])]


def test_coding_a_country_after_pro_or_anti_is_the_side_taken_not_the_owner(nlp):
    assert summaries(nlp, "Chile supplied rockets to pro-Peruvian separatists in Bolivia.") == [
        (["CHL"], "072", ["BOLREB"])]
    assert summaries(nlp, "Chile supplied rockets to Peruvian separatists in Bolivia.") == [
        (["CHL"], "072", ["PERREB"])]


def test_coding_speaking_by_telephone_is_a_call_with_the_one_spoken_with(nlp):
    assert summaries(nlp, "The Peruvian president spoke by telephone with the Chilean "
                          "president on Monday.") == [(["PERGOV"], "041", ["CHLGOV"])]
    assert summaries(nlp, "The Peruvian president spoke with the Chilean president by "
                          "phone.") == [(["PERGOV"], "041", ["CHLGOV"])]


def test_coding_reiterating_or_stressing_is_saying_what_the_clause_says(nlp):
    # the reported clause's own event, its "it" the speaker, as after "said"
    for verb in ("reiterated", "repeated", "emphasized", "explained", "underscored"):
        assert summaries(nlp, f"Peru {verb} on Monday that it was willing to talk to "
                              "Chile.") == [(["PER"], "036", ["CHL"])], verb


def test_coding_eagerness_or_openness_expressed_is_an_intent_to_cooperate(nlp):
    assert summaries(nlp, "Peru expressed its eagerness to meet the Chilean president.") == [
        (["PER"], "030", ["CHLGOV"])]
    assert summaries(nlp, "Peru voiced openness to talks with Chile.") == [
        (["PER"], "030", ["CHL"])]


def test_coding_what_analysts_tell_of_others_acts_in_an_article_is_their_view(nlp):
    article = ("Peru and Chile hold talks in Lima on Monday.\n\n"
               "The Peruvian president will try to win Chile over by promising new loans to "
               "Chile, analysts said.\n\n"
               "It is true that Chile is weighing sanctions against Peru, said Ana Ruiz, a "
               "professor emeritus of economics.")
    assert [e.cameo for e in code(nlp, article) if e.trigger in {"promising", "weighing"}] == []
    # told by a minister, the same is news; a lone sentence is coded for its kind of event
    minister = article.replace("analysts said", "the Peruvian minister said")
    assert [summary(e) for e in code(nlp, minister) if e.trigger == "promising"] == [
        (["PERGOV"], "0331", ["CHL"])]
    assert [e.cameo for e in code(nlp, "Chile is weighing sanctions against Peru, analysts "
                                       "said.")] == ["014"]


def test_coding_calling_ones_own_act_a_warning_to_someone_threatens_them(nlp):
    assert summaries(nlp, "Peru said on Monday that its drills were a warning to "
                          "Chile.") == [(["PER"], "130", ["CHL"])]
    # another side's act called a warning to the speaker is no threat of the speaker's
    assert summaries(nlp, "Peru said on Monday that the Chilean drills were a warning to "
                          "Peru.") == []


def test_coding_a_news_outlet_told_something_is_the_audience(nlp):
    assert summaries(nlp, "The Peruvian minister told Andes News on Tuesday that the talks "
                          "had gone well.") == [(["PERGOV"], "010", [])]


def test_coding_the_thing_given_after_a_relative_clause_closed_by_a_time(nlp):
    # the parser may hang the thing given on the relative clause's verb
    assert summaries(nlp, "The Peruvian ministry sent the Chilean diplomat who arrived last "
                          "month a formal warning.") == [(["PERGOV"], "130", ["CHLGOV"])]
    assert summaries(nlp, "The Peruvian government granted the Chilean lawyer who arrived in "
                          "Lima last June a special type of parole.") == [
        (["PERGOV"], "0841", ["CHLJUD"])]


def test_coding_would_not_comment_is_declining_comment(nlp):
    assert summaries(nlp, "The Peruvian foreign ministry would not comment on the case on "
                          "Monday.") == [(["PERGOV"], "011", [])]
    # a plain negation is no refusal (the statement stays, negated), nor a refused force a
    # threat
    assert [e.cameo for e in code(nlp, "The Peruvian foreign ministry did not comment on "
                                       "the case.") if not e.negated] == []
    assert summaries(nlp, "Peru will not attack Chile, the minister said.") == []


def test_coding_a_phone_call_a_verb_was_done_in_is_held_by_its_subject(nlp):
    assert (["PERGOV"], "041", ["CHLGOV"]) in summaries(
        nlp, "The Peruvian president told the Chilean president in a phone call on Monday "
             "that Lima would lower its tariffs.")
    assert (["PERGOV"], "041", ["CHLGOV"]) in summaries(
        nlp, "The Peruvian president restated the policy in a telephone call with the "
             "Chilean president on Monday.")
    # a call the phrase only names, with no verb done in it, is no one's call
    assert summaries(nlp, "The Peruvian president was busy after the phone call.") == []


@pytest.mark.parametrize("text, events", [
    ("During a visit to Bolivia on Monday, the Peruvian president praised the Bolivian army.",
     [(["PERGOV"], "042", ["BOL"]), (["PERGOV"], "051", ["BOLMIL"])]),
    ("In a meeting with the Chilean president on Monday, the Peruvian president criticized "
     "Bolivia.", [(["PERGOV"], "040", ["CHLGOV"]), (["PERGOV"], "111", ["BOL"])]),
    ("The Peruvian foreign minister, speaking to reporters during his trip to Bolivia on "
     "Monday, criticized Chile.", [(["PERGOV"], "042", ["BOL"]), (["PERGOV"], "111", ["CHL"])]),
    ("During a visit with Bolivian troops on Monday, the Peruvian president praised their "
     "courage.", [(["PERGOV"], "042", ["BOLMIL"]), (["PERGOV"], "051", ["BOLMIL"])]),
    # a setting that is no meeting with anyone named stays a background
    ("During the talks, the Peruvian president criticized Chile.", [(["PERGOV"], "111", ["CHL"])]),
    ("During the war, the Peruvian president criticized Chile.", [(["PERGOV"], "111", ["CHL"])]),
])
def test_coding_a_meeting_or_visit_a_verb_was_done_in_is_held_by_its_subject(nlp, text,
                                                                              events):
    # "in a meeting with Y, X said …", "during a visit to Y, X …": the meeting or visit the
    # act was done in is the subject's, held then, with whom its own phrase names
    assert summaries(nlp, text) == events


def test_coding_a_threat_is_aimed_at_whom_the_speakers_side_will_strike_not_at_itself(nlp):
    assert summaries(nlp, "The Peruvian minister warned that Peru would strike Chile.") == [
        (["PERGOV"], "130", ["CHL"])]
    assert summaries(nlp, "The Peruvian minister warned that Peru would respond.") == [
        (["PERGOV"], "130", [])]


def test_coding_force_another_country_is_said_to_use_is_foretold_not_threatened(nlp):
    assert summaries(nlp, "Analysts said Chile would attack Peru in the spring.") == []
    assert summaries(nlp, "Bolivia said Chile would attack Peru.") == []
    assert summaries(nlp, "Chile said it would attack the Peruvian army.") == [
        (["CHL"], "138", ["PERMIL"])]
    assert summaries(nlp, "The Chilean defence minister said Chilean forces would attack "
                          "the Peruvian army.") == [(["CHLMIL"], "138", ["PERMIL"])]


def test_coding_a_country_in_an_at_phrase_is_aimed_at_not_a_scene(nlp):
    assert summaries(nlp, "The Peruvian foreign minister took aim at Chile at the United "
                          "Nations General Assembly.") == [(["PERGOV"], "111", ["CHL"])]


@pytest.mark.parametrize("text", [
    "Peru admitted that it had briefed Chile about the plan.",
    "Peru confessed to meeting Chilean officials in secret."])
def test_coding_an_admission_is_aimed_at_no_one_the_deed_was_done_to(nlp, text):
    # the deed admitted is coded on its own verb; the admission names no target
    assert summaries(nlp, text)[0] == (["PER"], "015", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean raids on Peru dominated the talks.", [(["CHL"], "170", ["PER"])]),
    # an adjective of hearsay makes the event noun a charge named, not a happening
    ("Alleged Chilean raids on Peru dominated the talks.", [])])
def test_coding_an_alleged_happening_is_no_event(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Peru launched cyber attacks against Chile.", "180"),
    ("Peru launched attacks against Chile.", "190")])
def test_coding_a_cyberattack_is_no_conventional_force(nlp, text, code):
    assert summaries(nlp, text) == [(["PER"], code, ["CHL"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru said Chilean troops had crossed the border, accusing Chile of violating the "
     "treaty.", [(["PER"], "112", ["CHL"])]),
    # a verbal act said continues in the same breath: the reported speaker's
    ("Peru said Chile accused Bolivia of spying, demanding an apology.",
     [(["CHL"], "112", ["BOL"]), (["CHL"], "100", ["BOL"])])])
def test_coding_a_verbal_participle_after_what_was_said_is_the_speakers(nlp, text, expected):
    assert summaries(nlp, text) == expected


@pytest.mark.parametrize(("appeal", "expected"), [
    ("The Peruvian president urged residents to stay indoors.", []),
    ("The Peruvian president urged Chile to reopen the border.",
     [(["PERGOV"], "020", ["CHL"])])])
def test_coding_an_article_appeal_to_people_named_by_a_common_noun_is_no_event(
        nlp, appeal, expected):
    text = f"LIMA (AP) - Floods swept through southern Peru on Monday.\n\n{appeal}\n"
    assert [s for s in summaries(nlp, text) if s[1][:2] == "02"] == expected


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan president said he was deeply disappointed in Uganda.",
     [(["KENGOV"], "110", ["UGA"])]),
    ("Kenya is concerned about Uganda's missile tests.", [(["KEN"], "110", ["UGA"])]),
    ("The Kenyan minister said he was dismayed by Uganda's decision.",
     [(["KENGOV"], "110", ["UGA"])]),
    ("Kenya was angry with Uganda over the border.", [(["KEN"], "110", ["UGA"])]),
    ("Kenya was not unhappy with Uganda.", []),  # negated
    ("Kenya is worried about the floods.", []),  # about no one
    ("Kenya is concerned about the safety of its citizens in Uganda.", []),  # deeper phrase
    ("Kenya is angry about the steps taken by Uganda.", [(["KEN"], "110", ["UGA"])]),
    ("Kenya expressed annoyance over Uganda's tariffs.", [(["KEN"], "110", ["UGA"])]),
])
def test_coding_displeasure_with_someone_is_disapproval(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan president took to Twitter to criticize Uganda.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan president went on television to denounce Uganda.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan president flew to Nairobi to criticize Uganda.", []),  # a purpose only
])
def test_coding_what_is_said_on_a_medium_is_the_speakers_act(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said Uganda's election was neither free nor fair.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda's election was free and fair.",
     [(["KENGOV"], "051", ["UGA"])]),
])
def test_coding_a_good_verdict_denied_by_neither_nor_is_criticism(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said the Ugandan plan would be a disaster.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda's decision will be a grave mistake.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said the Ugandan plan would be a success.", []),
])
def test_coding_a_bad_verdict_foretold_on_an_act_criticizes_its_owner(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said the Ugandan raid constituted a violation of the treaty.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said the Ugandan blockade amounted to a crime.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda remained a menace to the region.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda remained a great friend.",
     [(["KENGOV"], "051", ["UGA"])]),
    ("The Kenyan minister said the Ugandan raid constituted a small part of the plan.", []),
])
def test_coding_a_verdict_by_a_linking_or_classing_verb_judges_its_subject(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said the Ugandan government was a dictatorship.",
     [(["KENGOV"], "111", ["UGAGOV"])]),
    ("The Kenyan minister said Uganda had broken its promises.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said Uganda had broken the record.", []),
    ("The Kenyan minister said the Ugandan embargo endangers regional trade.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said Uganda was waging a campaign of lies against Kenya.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda was conducting a campaign of vaccination.", []),
])
def test_coding_words_of_censure_and_wrongdoing(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan president told the African Union that they must act together on trade.",
     [(["KENGOV"], "020", ["IGOAFU"])]),
    ("The Kenyan president told Uganda that it must withdraw its troops.",
     [(["KENGOV"], "100", ["UGA"])]),
])
def test_coding_a_call_to_act_jointly_is_an_appeal_not_a_demand(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_a_record_told_in_the_perfect_is_no_news(nlp):
    # In an article's body an act in the perfect with no time of its own sums up a record or
    # sets the scene; in the opening paragraph (under at most a headline) it is the news, as
    # are a dated one and a lone sentence.
    article = ("Border tensions rise\n\n"
               "Ecuador has expelled the Peruvian ambassador.\n\n"
               "Bolivia had expelled Chilean diplomats. Ecuador has held several naval "
               "drills near Colombia. Bolivia has arrested hundreds of Chilean migrants. "
               "Bolivia has detained two Chilean soldiers. Ecuador had expelled Chilean "
               "diplomats on Tuesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["ECU"], "161", ["PERGOV"]), "expelled"),
        ((["ECU"], "161", ["CHLGOV"]), "expelled")]
    assert summaries(nlp, "Bolivia had expelled Chilean diplomats.") == [
        (["BOL"], "161", ["CHLGOV"])]
    assert summaries(nlp, "Bolivia has detained two Chilean soldiers.") == [
        (["BOL"], "173", ["CHLMIL"])]


def test_coding_an_act_done_to_no_partner_is_no_interaction(nlp):
    # In an article's body, aid, cooperation, an investigation or reduced relations with no
    # partner named tell no interaction; one with its partner does, and a lone sentence
    # keeps it.
    article = ("Floods hit the coast of Peru on Monday.\n\n"
               "Bolivian officials provided assistance on Tuesday. Bolivia sent aid to Peru "
               "on Tuesday. Ecuadorian officials opened an investigation on Tuesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["BOL"], "070", ["PER"]), "sent")]
    assert summaries(nlp, "Bolivian officials provided assistance on Tuesday.") == [
        (["BOLGOV"], "070", [])]


def test_coding_a_rejection_or_demand_of_no_one_named_is_no_interaction(nlp):
    # In an article's body, a rejection, a demand or a pledge to cooperate with no one named
    # it is aimed at tells no interaction; one that names its party does
    article = ("Floods hit the coast of Peru on Monday.\n\n"
               "Bolivia rejected the idea on Tuesday. Bolivia rejected the Peruvian offer "
               "on Tuesday. Ecuador demanded an inquiry on Tuesday. Ecuador demanded that "
               "Chile pay for the damage on Tuesday.")
    assert [(summary(e), e.trigger) for e in code(nlp, article)] == [
        ((["BOL"], "127", ["PER"]), "rejected"),
        ((["ECU"], "100", ["CHL"]), "demanded")]
    assert summaries(nlp, "Bolivia rejected the idea on Tuesday.") == [(["BOL"], "120", [])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said Uganda cannot be trusted.", [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister said Uganda can be trusted.", []),
    ("The Kenyan minister said Uganda should be ashamed.", [(["KENGOV"], "111", ["UGA"])]),
])
def test_coding_trust_denied_or_shame_owed_is_criticism(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Students marched in Santiago on Monday.", [(["Students"], "141", ["Santiago"])]),
    ("Dock workers at a port in Peru staged a strike on Friday.",
     [(["Dock workers at a port in Peru"], "143", ["Peru"])]),
    ("Chilean students marched on Monday.", [(["Chilean students"], "141", ["Chilean students"])]),
])
def test_coding_a_protest_at_home_names_the_place_its_sentence_names(nlp, text, events):
    assert texts_of(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister tweeted late at night to mock the Ugandan envoy.",
     [(["KENGOV"], "111", ["UGAGOV"])]),
    ("The Kenyan minister spoke on Monday to praise the Ugandan president.",
     [(["KENGOV"], "051", ["UGAGOV"])]),
    ("The Kenyan minister flew to Kampala to praise the Ugandan president.",
     [(["KENGOV"], "042", ["UGAGOV"])]),  # the visit; the praise is only its purpose
])
def test_coding_what_a_speaker_speaks_out_to_do_is_done(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Kenya expressed regret to Uganda.", [(["KEN"], "055", ["UGA"])]),
    ("Kenya expressed regret over the Ugandan decision.", []),
])
def test_coding_regret_over_something_is_not_told_apart(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # sorrow is sympathy, and a passive's by-phrase is not the one who feels it
    ("The Kenyan president said he was saddened by the Ugandan ferry disaster.", []),
    ("The Ugandan floods saddened Kenya.", []),
    ("Kenya was dismayed by the Ugandan decision.", [(["KEN"], "110", ["UGA"])]),
])
def test_coding_sorrow_is_no_disapproval(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("\"It is clear that Uganda has broken the treaty,\" the Kenyan minister said.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said it was not clear that Uganda had lied.", []),
    ("\"We conclude that Uganda is to blame for the bombing,\" the Kenyan minister said.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("\"We cannot say whether Uganda lied,\" the Kenyan minister said.", []),
    ("The Kenyan minister said there was no doubt that Uganda had broken the treaty.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said there was no proof that Uganda had broken the treaty.", []),
])
def test_coding_what_a_speaker_calls_certain_or_has_concluded_is_said(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # "an act of X" is an X; a violent happening no one is named as doing is condemned at
    # no one, as "condemned the bombing" is; a plan with no owner is no one's
    ("The Kenyan minister called the Ugandan raid an act of aggression.",
     [(["KENGOV"], "111", ["UGA"])]),
    ("The Kenyan minister called the bombing a cowardly crime.", [(["KENGOV"], "111", [])]),
    ("The Kenyan minister called the plan a disgrace.", []),
])
def test_coding_a_verdict_by_naming_a_kind_of_act_or_a_happening(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # a verdict by naming, not the sense of "call" with an election
    ("Chile called Peru's election a sham.", [(["CHL"], "111", ["PER"])]),
    ("Uganda called the Kenyan accusations baseless.", [(["UGA"], "016", ["KEN"])]),
])
def test_coding_a_verdict_by_naming_comes_before_the_verbs_senses(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Ugandan rebels swore to fight the Kenyan army.", [(["UGAREB"], "138", ["KENMIL"])]),
    ("Uganda swore to cooperate with Kenya.", [(["UGA"], "031", ["KEN"])]),
])
def test_coding_what_is_sworn_is_an_intent_not_an_act(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Tanzania is opposed to Uganda's plan.", [(["TZA"], "110", ["UGA"])]),
    ("\"We are opposed to Uganda's plan,\" the Kenyan minister said.",
     [(["KENGOV"], "110", ["UGA"])]),
    ("Uganda's plan was opposed by Kenya.", [(["KEN"], "127", ["UGA"])]),
])
def test_coding_a_stance_held_is_not_a_passive(nlp, text, events):
    # "is opposed to" says what the subject holds (the parser may hang the subject on "is")
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said the blame lies with Uganda.", [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said the flooding of the border towns was Uganda's fault.",
     [(["KENGOV"], "112", ["UGA"])]),
    ("The Kenyan minister said responsibility for the bombing rests with Uganda.",
     [(["KENGOV"], "112", ["UGA"])]),
    # a duty laid on someone is no blame, nor is blame denied
    ("The Kenyan minister said responsibility for the border crossings rests with Uganda.", []),
    ("The Kenyan minister said the flooding was not Uganda's fault.", []),
])
def test_coding_blame_laid_on_someone_accuses_them(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister said the Ugandan accusations were baseless.",
     [(["KENGOV"], "016", ["UGA"])]),
    ("\"These allegations are a fabrication,\" the Kenyan minister said.",
     [(["KENGOV"], "016", [])]),
    # a charge not called false, or only perhaps, is denied by no one
    ("The Kenyan minister said the Ugandan accusations were not baseless.", []),
    ("The Kenyan minister said the accusations might be false.", []),
])
def test_coding_a_charge_said_to_be_false_is_denied(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_an_event_noun_pointing_back_is_aimed_at_who_did_its_kind_of_act(nlp):
    # "the test" points back to an act its noun's patterns code (a test of arms, 15); a
    # stance on it is aimed at whoever the sentences before told did one, and at no one
    # when none did ("the attack": force, 18-20).
    article = ("Peru tested a new missile on Monday.\n\n"
               "Chile condemned the test on Tuesday. Bolivia condemned the attack.")
    assert summaries(nlp, article) == [(["PER"], "150", []), (["CHL"], "111", ["PER"])]


@pytest.mark.parametrize(("text", "events"), [
    ("Two Kenyan warships joined a Ugandan naval group for exercises.",
     [(["KENMIL"], "062", ["UGA"])]),
    ("Kenya joined the Ugandan-led coalition.", [(["KEN"], "050", ["UGA"])]),
    ("The Ugandan warships were joined by Kenyan destroyers for drills.",
     [(["KENMIL"], "062", ["UGAMIL"])]),
])
def test_coding_joining_a_partner_for_exercises_is_military_cooperation(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Kenya was among the nations that condemned Uganda.", [(["KEN"], "111", ["UGA"])]),
    ("Kenya is one of the states that have criticized Uganda.", [(["KEN"], "111", ["UGA"])]),
    ("Kenya praised the countries that condemned Uganda.", [(["KEN"], "051", [None])]),
    ("Okello was among the gunmen who attacked the Ugandan border post.", []),
])
def test_coding_a_state_among_those_who_did_an_act_did_it(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Kenyan minister likened the Ugandan president to a tyrant.",
     [(["KENGOV"], "111", ["UGAGOV"])]),
    ("The Kenyan minister compared the Ugandan economy to the Tanzanian one.", []),
])
def test_coding_likening_someone_to_a_bad_verdict_is_criticism(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_an_act_pointed_back_to_that_draws_criticism_is_its_doers(nlp):
    # "the decision drew criticism from Y": what the subject of a verb of undergoing points
    # back to is the act the article told; the criticism is aimed at its doer.
    article = ("Peru expelled the Chilean ambassador on Monday.\n\n"
               "The decision drew sharp criticism from Bolivia.")
    assert summaries(nlp, article) == [(["PER"], "161", ["CHLGOV"]), (["BOL"], "111", ["PER"])]


@pytest.mark.parametrize(("text", "events"), [
    ("Kenya does not accept the Ugandan proposal.", [(["KEN"], "120", ["UGA"])]),
    ("Kenya did not recognize the Ugandan vote.", [(["KEN"], "120", ["UGA"])]),
    ("The reports do not support the Ugandan claim.", []),
])
def test_coding_a_stance_withheld_is_a_rejection(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_an_acceptance_put_off_until_a_day_is_no_rejection(nlp):
    events = code(nlp, "Kenya did not accept the Ugandan offer until Monday.")
    assert [(summary(e), e.negated) for e in events] == [((["KEN"], "030", ["UGA"]), True)]


def test_coding_a_verdict_pointing_back_to_a_stance_is_on_what_the_stance_judged(nlp):
    # "This" after a sentence of condemnation points at the act condemned: the verdict is
    # aimed at its doer, not at the state that condemned it (the speaker's own).
    article = ("Kenya condemned the Ugandan raid on Monday.\n\n"
               "\"This is a crime against farmers,\" the Kenyan foreign minister said.\n\n"
               "Peru expelled the Chilean ambassador.\n\n"
               "\"This is a grave mistake,\" the Bolivian foreign minister said.")
    assert summaries(nlp, article) == [
        (["KEN"], "111", ["UGA"]), (["KENGOV"], "111", ["UGA"]),
        (["PER"], "161", ["CHLGOV"]), (["BOLGOV"], "111", ["PER"])]


@pytest.mark.parametrize("verb", ["test-fired", "Test-launched"])
def test_coding_a_hyphened_verb_of_testing_is_one_verb_and_a_test(nlp, verb):
    # split at the hyphen, the model may read "fired" as a modifier of the object and the
    # subject as part of one long noun phrase, leaving no verb to code
    text = f"North Korea {verb} two missiles into the sea on Monday."
    assert verb in [t.text for t in nlp.make_doc(text)]
    assert summaries(nlp, text) == [(["PRK"], "150", [])]


def test_coding_an_event_noun_with_no_patterns_points_back_by_its_verbs(nlp):
    # "the launch" has no noun patterns; the verb it names does (firing, testing,
    # attacking …), so the stance is aimed at whoever did such an act just before.
    article = ("Peru fired two missiles into the sea on Monday.\n\n"
               "Chile criticized the launch on Tuesday.")
    assert summaries(nlp, article) == [(["PER"], "150", []), (["CHL"], "111", ["PER"])]


def test_coding_the_administration_alone_is_the_one_last_named(nlp):
    # a dateline gives agent phrases with no country of their own its country; "the
    # administration" alone refers back to the administration the article last named
    article = ("NAIROBI — The Ugandan administration expelled two Kenyan diplomats on Monday."
               "\n\nThe administration also accused Kenya of spying.")
    assert summaries(nlp, article) == [(["UGAGOV"], "161", ["KENGOV"]),
                                       (["UGAGOV"], "112", ["KEN"])]


def test_coding_it_opening_a_paragraph_continues_the_subject_of_the_news_before(nlp):
    # the sentence before tells its news in the clause a verb of saying attributes ("X
    # expelled …, the ministry said"), and a blank line between paragraphs is no sentence
    article = ("NAIROBI — Kenya expelled two Ugandan diplomats on Monday, the foreign ministry "
               "said.\n\nIt also accused Uganda of spying.")
    assert summaries(nlp, article) == [(["KEN"], "161", ["UGAGOV"]), (["KEN"], "112", ["UGA"])]


def test_coding_an_event_noun_pointing_back_far_means_the_articles_first_such_act(nlp):
    # beyond the sentences just before, "the attack" is the one the article is about: the
    # first act of its kind it told; a text ("the report") points back to no act, so the
    # rejection of it is aimed at no one (and so no interaction in an article)
    article = ("Peruvian troops attacked a Chilean border post on Monday.\n\n"
               "The post lies in a remote valley.\n\nIt was built in the 1990s.\n\n"
               "The valley has long been quiet.\n\nBolivia condemned the attack.\n\n"
               "Ecuador disputed the report.")
    assert summaries(nlp, article) == [(["PERMIL"], "190", ["CHL"]),
                                       (["BOL"], "111", ["PERMIL"])]


def test_coding_the_government_owning_an_act_takes_the_articles_country(nlp):
    # "the government's plan": the owner of an act, as a subject is, is the state the
    # article is about (its dateline), so a stance on the plan is aimed at it
    article = ("NAIROBI — Kenyan lawmakers criticized the government's plan on Monday.\n\n"
               "The vote is due next week.")
    assert summaries(nlp, article) == [(["KENLEG"], "111", ["KENGOV"])]


def test_coding_a_thing_pointed_back_to_with_no_act_told_is_the_one_judged_before(nlp):
    # no act of a proposal's kind was told: "the proposal" is the plan the stance just
    # before was on, so the second stance is aimed at the same side
    article = ("Kenyan lawmakers blasted the Ugandan plan on Monday.\n\n"
               "Tanzania also criticized the proposal.")
    assert summaries(nlp, article) == [(["KENLEG"], "111", ["UGA"]), (["TZA"], "111", ["UGA"])]


@pytest.mark.parametrize("place", ["in Somalia", "in Somalia's south"])
def test_coding_where_what_two_sides_agreed_holds_is_no_third_party(nlp, place):
    assert summaries(nlp, f"Kenya and Uganda agreed to a truce {place}.") == [
        (["KEN", "UGA"], "0356", []), (["KEN"], "0356", ["UGA"]), (["UGA"], "0356", ["KEN"])]


def test_coding_an_act_pointed_back_to_as_a_passives_subject_is_its_doers(nlp):
    article = ("Peru expelled the Chilean ambassador on Monday.\n\n"
               "The decision was condemned by Bolivia.")
    assert summaries(nlp, article) == [(["PER"], "161", ["CHLGOV"]), (["BOL"], "111", ["PER"])]


def test_coding_a_deal_pointed_back_to_is_both_sides_agreement(nlp):
    article = ("Kenya and Uganda agreed to a truce on Monday.\n\n"
               "Tanzania welcomed the deal.")
    assert summaries(nlp, article) == [
        (["KEN"], "0356", ["UGA"]), (["UGA"], "0356", ["KEN"]), (["TZA"], "051", ["UGA", "KEN"])]


WITHDRAW = "\"Peru must pull its soldiers back from the border.\""


@pytest.mark.parametrize(("opening", "events"), [
    ("Chile said on Tuesday:", [(["CHL"], "100", ["PER"])]),  # the colon introduces it
    ("Chile issued a statement on Tuesday:", [(["CHL"], "100", ["PER"])]),
    ("Chile spoke on Tuesday.", []),  # nothing introduces it
    ("\"We are troubled,\" Chile said. \"The situation is grave.", [(["CHL"], "100", ["PER"])]),
    ("\"We are troubled,\" Chile said. \"The situation is grave.\"", []),  # a closed quotation
])
def test_coding_a_quotation_opening_a_paragraph_takes_the_speaker_handed_on(nlp, opening,
                                                                            events):
    # A paragraph ending "X said:" introduces the quotation after it; one a quotation of
    # the paragraph before goes on (no closing mark there) is the same speaker's.
    assert summaries(nlp, f"{opening}\n\n{WITHDRAW}") == events


@pytest.mark.parametrize(("text", "events"), [
    ("Clashes between Iraqi police and protesters erupted in Baghdad.",
     [(["IRQCOP"], "175", ["IRQCVL"])]),
    ("Protesters clashed with Iraqi police in Baghdad.", [(["IRQCOP"], "175", ["IRQCVL"])]),
    ("Iraqi troops clashed with Kurdish fighters.", [(["IRQMIL"], "190", ["KUR"])]),
])
def test_coding_a_fight_between_forces_of_order_and_a_crowd_is_repression(nlp, text, events):
    # CAMEO 175: the forces' repression of the crowd, whichever side is named first.
    assert summaries(nlp, text) == events


def test_coding_the_sides_of_a_fight_take_the_articles_country(nlp):
    article = ("Thousands marched in Nairobi on Tuesday.\n\nA clash between riot police and "
               "demonstrators broke out near the university.")
    assert summaries(nlp, article)[-1] == (["KENCOP"], "175", ["KENCVL"])


@pytest.mark.parametrize(("text", "events"), [
    ("Japan's foreign minister hit back at China's decision.", [(["JPNGOV"], "111", ["CHN"])]),
    ("Peru hit back at the Chilean claims.", [(["PER"], "111", ["CHL"])]),
    ("Peruvian troops fired back at the rebels.", [(["PERMIL"], "190", [None])]),
    ("The president is pulling back from his promises.", []),  # no ground left
])
def test_coding_hitting_back_at_what_a_party_did_or_said_is_a_retort(nlp, text, events):
    # A retort aimed at a party's decision or claims criticizes the party; an armed force
    # firing back at a force still fights.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chilean Senator Ana Ruiz, who accused the Peruvian government of lying, spoke on "
     "Monday.", [(["CHLLEG"], "112", ["PERGOV"])]),
    ("The Chilean envoy, who accused the Peruvian government of lying, spoke on Monday.",
     [(["CHLGOV"], "112", ["PERGOV"])]),
    ("Ana Ruiz, who had accused Peru of lying, resigned.", []),  # her past
    ("Chilean senators who accused the Peruvian government of lying spoke on Monday.", []),
])
def test_coding_words_against_someone_in_a_who_clause_after_a_name_are_news(nlp, text,
                                                                            events):
    # A "who" set off by a comma after a name or a noun stands for it; a simple past act of
    # words against someone tells what the person did, not who the person is.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Chilean judge was unmoved by the apology, saying that the Peruvian agent had "
     "endangered national security.", [(["CHLJUD"], "112", ["PER"])]),
    ("The Chilean envoy was posted abroad as a diplomat, allowing him to meet the Peruvian "
     "president.", []),
])
def test_coding_the_subject_of_a_passive_speaks_the_participle_of_saying_after_it(nlp, text,
                                                                                  events):
    # a participle of saying set after its clause is said by that clause's subject, a
    # passive's too; a participle of result ("allowing") is no doing of the passive's subject
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian president discussed Chile on Monday.", []),
    ("The Peruvian president discussed the Chilean army.", []),
    ("The Peruvian president discussed the border with the Chilean president on Monday.",
     [(["PERGOV"], "046", ["CHLGOV"])]),
])
def test_coding_what_is_discussed_is_a_topic_not_a_party(nlp, text, events):
    # the party consulted is named with "with"; the object of "discuss" is what is talked of
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Peruvian troops inflicted heavy losses on the Chilean rebels.",
     [(["PERMIL"], "190", ["CHLREB"])]),
    ("Peru vowed to inflict heavy losses on Chile.", [(["PER"], "138", ["CHL"])]),
    ("The new tariffs inflicted damage on the Chilean economy.", []),
])
def test_coding_inflicting_losses_on_someone_is_force(nlp, text, events):
    # casualties, losses or a defeat inflicted on a party is force used on it (19), and a
    # vow to inflict them a threat of force (138), no intent to cooperate
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "cameo"), [
    ("Peru blockaded the Chilean port on Monday.", "191"),
    ("Peruvian farmers blockaded the highway on Monday.", "144"),
])
def test_coding_a_blockade_is_a_protest_only_when_protesters_make_it(nlp, text, cameo):
    # CAMEO 144 (obstruct passage) is a protest; a state blockading a port imposes a
    # blockade (191)
    assert [e.cameo for e in code(nlp, text)] == [cameo]


@pytest.mark.parametrize("text", [
    "Chile had refused the offer, said a Peruvian official, who requested anonymity.",
    "A Peruvian official, who asked for anonymity, said Chile had refused the offer.",
])
def test_coding_a_source_asking_for_anonymity_appeals_to_no_one(nlp, text):
    # the terms of an interview, set with the reporter: only the reported refusal is news
    assert summaries(nlp, text) == [(["CHL"], "120", [])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Chilean senator asked the Peruvian envoy the question twice.", []),
    ("The Chilean senator asked the Peruvian envoy to leave.", [(["CHLLEG"], "020", ["PERGOV"])]),
])
def test_coding_asking_a_question_is_no_appeal(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chile said Peru has not honored the agreement.", [(["CHL"], "112", ["PER"])]),
    ("Chile said Peru did not keep its promise.", [(["CHL"], "112", ["PER"])]),
    ("Chile said Peru will not comply with the accord.", [(["PER"], "124", [])]),  # to come
])
def test_coding_an_undertaking_said_not_kept_is_an_accusation(nlp, text, events):
    # Not keeping an agreement or a promise, said of someone as a fact, says they broke it.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chile said the Peruvian plan would endanger the region.", [(["CHL"], "111", ["PER"])]),
    ("Chile said Peru's new law threatens press freedom.", [(["CHL"], "111", ["PER"])]),
    ("Chile said Peru's sanctions would hurt the region.", [(["CHL"], "111", ["PER"])]),
    ("Chile said the talks had failed.", []),  # a happening owns no conduct
    ("The Chilean president said Peru's policy was divisive and dangerous.",
     [(["CHLGOV"], "111", ["PER"])]),  # the second of two predicates is a bad verdict
])
def test_coding_harm_said_of_someones_plan_or_measure_criticizes_them(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("\"If Peruvian troops enter our territory, we will crush them,\" the Chilean defense "
     "minister said.", [(["CHLGOV"], "130", ["PERMIL"])]),
    ("\"We will strike back against Peru,\" the Chilean president said.",
     [(["CHLGOV"], "130", ["PER"])]),
    ("\"If Peru signs the deal, we will respond positively,\" Chile said.", []),
])
def test_coding_a_reprisal_the_speakers_side_will_take_is_a_threat(nlp, text, events):
    # Aimed at the one whose act in the "if" clause brings it on, or whom "against" names.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chile reiterated its call for Peru to withdraw.", [(["CHL"], "020", ["PER"])]),
    ("Chile repeated its criticism of Peru's policy.", [(["CHL"], "111", ["PER"])]),
    ("Chile reiterated that it would not attend.", [(["CHL"], "010", [])]),
])
def test_coding_saying_again_takes_the_code_of_what_is_said_again(nlp, text, events):
    # A verb of saying again with an event noun as its object says that event again.
    assert summaries(nlp, text) == events


def test_coding_the_islamic_republic_alone_is_iran(nlp):
    # News names Iran so; the other Islamic republics keep their full names.
    assert summaries(nlp, "The Islamic Republic blamed the United States for the unrest.") == [
        (["IRN"], "112", ["USA"])]


@pytest.mark.parametrize(("text", "events"), [
    ("Egypt blamed militants linked to Qatar for organizing the protests in Cairo.",
     [(["EGY"], "112", ["QAT"])]),
    ("Egypt criticized Israel for attacking Gaza.", [(["EGY"], "111", ["ISR"])]),
])
def test_coding_the_act_charged_in_a_disapproval_is_no_event_of_its_own(nlp, text, events):
    # The "for" or "of" phrase of blame or criticism says what it is of.
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian plan, the Chilean minister said, was reckless.",
     [(["CHLGOV"], "111", ["PER"])]),
    ("Peru, the Chilean minister said, must pull its soldiers back.",
     [(["CHLGOV"], "100", ["PER"])]),
    ("The Peruvian plan, the Chilean minister says, is reckless.", []),  # a view summed up
])
def test_coding_a_saying_set_in_the_middle_of_a_clause_says_that_clause(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("article", "events"), [
    ("Peruvian and Chilean negotiators met in Lima on Monday.\n\nThe two sides agreed to "
     "extend the truce.", [(["PER"], "040", ["CHL"]), (["CHL"], "040", ["PER"]),
                           (["PER"], "030", ["CHL"]), (["CHL"], "030", ["PER"])]),
    ("Bolivia and Ecuador held talks in Lima, Peru, on Monday.\n\nBoth sides accused each "
     "other of violating the truce.", [(["BOL"], "046", ["ECU"]), (["ECU"], "046", ["BOL"]),
                                       (["BOL"], "112", ["ECU"]), (["ECU"], "112", ["BOL"])]),
    # four countries named and none joined by "and": which two is a guess
    ("Bolivia met Ecuador on Monday, while Peru met Chile.\n\nThe two sides accused each "
     "other of violating the truce.", [(["BOL"], "040", ["ECU"]), (["PER"], "040", ["CHL"])]),
])
def test_coding_both_sides_are_the_two_parties_named_just_before(nlp, article, events):
    assert summaries(nlp, article) == events


def test_coding_two_sides_agreeing_in_an_article_are_each_others_partners(nlp):
    article = "Fighting went on near Lima on Monday.\n\nPeru and Chile agreed to extend the truce."
    assert summaries(nlp, article) == [(["PER"], "030", ["CHL"]), (["CHL"], "030", ["PER"])]


@pytest.mark.parametrize(("article", "events"), [
    ("The Peruvian foreign ministry issued a statement on Monday.\n\nThe statement accused "
     "Chile of violating the border.", [(["PERGOV"], "112", ["CHL"])]),
    ("Peru and Bolivia released a joint declaration on Monday.\n\n\"Chile must withdraw its "
     "troops,\" the declaration said.", [(["PER", "BOL"], "100", ["CHL"])]),
    # a text no one was told issuing speaks for no one
    ("Fighting went on near Lima on Monday.\n\nThe statement accused Chile of violating the "
     "border.", []),
])
def test_coding_a_text_speaks_for_whoever_issued_it(nlp, article, events):
    assert summaries(nlp, article) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Chile agreed to halt the shelling of Peruvian towns.", [(["CHL"], "0356", ["PER"])]),
    ("Chile agreed to withdraw its soldiers from Peru.", [(["CHL"], "0356", ["PER"])]),
    # no fighting ended: an intent of another kind
    ("Chile promised to end the detention of Peruvian fishermen.", [(["CHL"], "030", ["PERAGR"])]),
    ("Chile announced its withdrawal from the trade pact with Peru.",
     [(["CHL"], "160", ["PER"])]),
])
def test_coding_only_ending_fighting_or_pulling_back_forces_is_de_escalation(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("article", "events"), [
    # a state's own body named as the owner of what it gives is part of it, no other side
    ("Talks opened in Lima on Monday.\n\nPeru is lending Defense Ministry radar planes "
     "over Chilean waters.", []),
    ("Talks opened in Lima on Monday.\n\nPeru is lending Defense Ministry radar planes to "
     "Chile.", [(["PER"], "071", ["CHL"])]),
])
def test_coding_a_states_own_body_owning_what_it_gives_is_no_target(nlp, article, events):
    assert summaries(nlp, article) == events


@pytest.mark.parametrize(("text", "events"), [
    # a happening does nothing itself: the country it is in is no doer
    ("The crisis in Peru forced Chile to negotiate.", [(["CHL"], "046", [])]),
    # people placed there still act
    ("Officials in Peru accused Chile of lying.", [(["PERGOV"], "112", ["CHL"])]),
])
def test_coding_the_place_of_a_happening_is_not_its_doer(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("article", "events"), [
    ("Talks opened in Lima on Monday.\n\nPeru said Chile had carried out cyberattacks.",
     [(["PER"], "112", ["CHL"])]),
    # not of another country, or not said to be done: no charge
    ("Talks opened in Lima on Monday.\n\nPeru said Peruvian troops had fired first.", []),
    ("Talks opened in Lima on Monday.\n\nPeru said Chile had not carried out attacks.", []),
    ("Talks opened in Lima on Monday.\n\nPeru said Chile would carry out attacks.", []),
    # a rights group that tells it reports it
    ("Talks opened in Lima on Monday.\n\nPeruvian rights groups said Chile had carried out "
     "air strikes.", []),
])
def test_coding_force_told_of_another_country_with_no_one_it_hit_charges_it(nlp, article,
                                                                             events):
    assert summaries(nlp, article) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Peru said it would inflict heavy losses on the Chilean forces.",
     [(["PER"], "130", ["CHLMIL"])]),
    ("Peru said they will inflict a crushing defeat on Chile.", [(["PER"], "130", ["CHL"])]),
    # the one the reprisal is done to, when the "if" clause names no one
    ("\"We will punish Chile if it crosses the river,\" the Peruvian president said.",
     [(["PERGOV"], "130", ["CHL"])]),
    ("Peru said it would punish Chile if the talks failed.", [(["PER"], "130", ["CHL"])]),
])
def test_coding_harm_the_speakers_side_says_it_will_inflict_is_a_threat(nlp, text, events):
    # "would" under a verb of saying in the past is "will" told then
    assert summaries(nlp, text) == events


def test_coding_harm_the_speakers_side_says_it_will_not_inflict_is_no_threat_made(nlp):
    # told as "would not attack" is: the act with `negated` true, never an asserted threat
    events = code(nlp, "Peru said it would not inflict losses on Chile.")
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(("text", "events"), [
    # a rank before an office is part of the office's phrase
    ("The Peruvian deputy ambassador accused Chile of lying.", [(["PERGOV"], "112", ["CHL"])]),
    ("The Peruvian deputy prime minister accused Chile of lying.",
     [(["PERGOV"], "112", ["CHL"])]),
    # a state's envoy to an international body is the state's
    ("Peru's U.N. ambassador accused Chile of lying.", [(["PERGOV"], "112", ["CHL"])]),
    ("The U.N. envoy accused Chile of lying.", [(["IGOUNO"], "112", ["CHL"])]),
])
def test_coding_envoys_and_deputies_are_of_the_office_they_hold(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_naming_an_act_is_no_act_the_object_would_make_the_verb(nlp):
    # "called the strike a violation" judges the strike; it does not call a strike (143)
    assert summaries(nlp, "Peru called the Chilean strike a violation of the treaty.") == [
        (["PER"], "111", ["CHL"])]
    # nor does "called the Chilean meeting a disgrace" convene a meeting (036)
    assert summaries(nlp, "Peru called the Chilean meeting a disgrace.") == [
        (["PER"], "111", ["CHL"])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian army said its jets struck Chilean positions.",
     [(["PERMIL"], "190", ["CHL"])]),
    ("Peru said its soldiers shot three Chilean smugglers.", [(["PERMIL"], "193", ["CHLCRM"])]),
])
def test_coding_forces_a_speaker_calls_its_own_are_the_speakers(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("\"We hope that Chile will keep its promises,\" the Peruvian minister said.",
     [(["PERGOV"], "020", ["CHL"])]),
    ("The Peruvian minister said he hoped Chile would withdraw its troops.",
     [(["PERGOV"], "020", ["CHL"])]),
    ("The Peruvian minister said he hoped Chile would not attack.", []),  # a fear told
    ("The Peruvian minister said he hoped the talks would succeed.", []),  # no one asked
])
def test_coding_a_hope_said_that_another_will_act_appeals_to_it(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_a_deputy_is_a_principals_second_not_the_police(nlp):
    assert summaries(nlp, "A deputy of the Peruvian president accused Chile of lying.") == [
        (["PERGOV"], "112", ["CHL"])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian army used artillery against the Chilean troops.",
     [(["PERMIL"], "190", ["CHLMIL"])]),
    ("Peruvian police used tear gas against protesters in Lima.",
     [(["PERCOP"], "175", ["PERCVL"])]),  # on civilians: repression
])
def test_coding_weapons_used_on_armed_forces_are_military_force(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Protesters attacked the Peruvian police with stones.", [(["PERCVL"], "145", ["PERCOP"])]),
    ("Peruvian settlers attacked the Chilean farmers.", [(["PERCVL"], "180", ["CHLAGR"])]),
])
def test_coding_violence_by_a_crowd_is_a_riot(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "negated"), [
    ("A meeting between the Peruvian and Chilean presidents was not held.", True),
    ("A meeting between the Peruvian and Chilean presidents did not take place.", True),
    ("A meeting between the Peruvian and Chilean presidents took place on Monday.", False),
])
def test_coding_an_event_noun_is_denied_with_the_verb_it_is_subject_of(nlp, text, negated):
    assert [e.negated for e in code(nlp, text)][:1] == [negated]


def test_coding_a_clause_said_without_that_keeps_its_subject(nlp):
    # the parser reads the clause's subject as the saying's object; the clause still says
    # what the danger is, a warning of it (disapproval), no threat
    assert summaries(nlp, "Chilean senators are warning the Peruvian withdrawal raises the "
                          "risk of war.") == [(["CHLLEG"], "110", ["PER"])]


def test_coding_telling_someone_uncoded_to_act_demands_nothing_of_what_they_act_on(nlp):
    # "told its tourists to avoid Peru": the demand is made of the tourists, not of Peru
    assert [e.cameo_root for e in code(nlp, "Chile told its tourists to avoid Peru.")
            if e.cameo_root == "10"] == []
    assert summaries(nlp, "Chile told Peru to avoid the border.") == [(["CHL"], "100", ["PER"])]


def test_coding_lawmakers_deal_with_their_own_states_bodies(nlp):
    # a definite body of another branch ("the prosecutor"), named by its kind alone, that
    # lawmakers or a party act on is their own state's
    assert summaries(nlp, "LIMA, Peru (AP) - Peruvian lawmakers accused the prosecutor of bias "
                          "on Monday.") == [(["PERLEG"], "112", ["PERJUD"])]


def test_coding_a_counted_compound_measures_the_object_it_is_not_the_object(nlp):
    # "a one-hour notice" is a notice, not the hours of an ultimatum ("gave Y 48 hours")
    assert [e.cameo for e in code(nlp, "The Chilean minister gave a two-hour notice of the "
                                       "vote to the press.")] == []
    assert [e.cameo for e in code(nlp, "Chile gave Peru 48 hours to leave.")] == ["139"]


@pytest.mark.parametrize("text", [
    "The Peruvian president fired his defense minister on Monday.",
    "The Chilean president dismissed the army commander on Friday.",
])
def test_coding_dismissing_ones_own_official_is_no_yielding(nlp, text):
    # CAMEO 0831 is the source giving up power; the one who dismisses keeps it
    assert [e.cameo for e in code(nlp, text)] == []


def test_coding_a_leader_resigning_yields_power(nlp):
    assert [e.cameo for e in code(nlp, "The Peruvian president resigned on Monday.")] == ["0831"]


@pytest.mark.parametrize(("text", "codes"), [
    ("The Peruvian president submitted his resignation on Monday.", ["0831"]),
    ("The Chilean prime minister announced his resignation on Monday.", ["0831"]),
    ("The Peruvian police chief tendered his resignation on Monday.", []),
    ("The Chilean army spokesman submitted his resignation on Monday.", []),
])
def test_coding_handing_in_a_resignation_yields_power_as_resigning_does(nlp, text, codes):
    # CAMEO 0831 is giving up political power: a leader, a government or a minister; an
    # official leaving a post is a change of staff
    assert [e.cameo for e in code(nlp, text)] == codes


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian mayor is seeking a second term in office.", []),
    ("The Chilean minister is not seeking the spotlight.", []),
    ("Peru sought documents from Chile on Monday.", [(["PER"], "020", ["CHL"])]),
])
def test_coding_seeking_with_no_one_asked_is_no_appeal(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ('"Why would Chile close the border now?" the Peruvian president asked.', []),
    ('"Why now?" the Peruvian minister asked.', []),
    ("The Peruvian minister asked.", []),
    ("Peru asked Chile to reopen the border.", [(["PER"], "020", ["CHL"])]),
])
def test_coding_a_question_put_is_no_appeal(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text", [
    '"Chile has shown total disrespect for its neighbours," the Peruvian president said.',
    "The Peruvian minister said Chile had displayed contempt for the accord.",
])
def test_coding_disrespect_shown_is_a_wrong_said_of_someone(nlp, text):
    assert summaries(nlp, text)[0][1:] == ("112", ["CHL"])


def test_coding_a_handful_is_of_the_class_of_what_it_counts(nlp):
    # "a handful of transcripts" is words published, no return of anything (084)
    assert [e.cameo for e in code(nlp, "A Peruvian panel put out a handful of transcripts "
                                       "of its hearings with Chilean envoys.")] == []
    assert summaries(nlp, "Peru released a handful of Chilean prisoners on Monday.") == [
        (["PER"], "0841", ["CHL"])]


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian president conceded that Chile had a point.", []),
    ("The Peruvian president conceded the Chilean threat would not be eliminated soon.", []),
    ('"Chile has violated the accord," the Peruvian minister conceded.',
     [(["PERGOV"], "112", ["CHL"])]),
    ("Peru conceded defeat to Chile.", [(["PER"], "080", ["CHL"])]),
])
def test_coding_conceding_a_fact_is_saying_it_not_yielding(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The talks between Peru and Chile were postponed.", []),
    ("Talks between Peru and Chile were held in Lima on Monday.", [(["PER"], "046", ["CHL"])]),
])
def test_coding_an_event_noun_acted_on_in_the_passive_is_not_reported(nlp, text, events):
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("The Peruvian president, criticized for his reforms, met Chilean officials.",
     [(["PERGOV"], "040", ["CHLGOV"])]),
    ("Over the past year the Peruvian president, praised in some circles for his reforms, "
     "has also ordered the arrest of Chilean activists.", [(["PERGOV"], "173", ["CHLOPP"])]),
])
def test_coding_a_participle_set_off_after_the_subject_describes_it(nlp, text, events):
    # no comma parts a subject from its verb: the set-off participle is passive, said of
    # the subject, and the verb after it is the sentence's own
    assert summaries(nlp, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Peru warned that the Chilean government must never be trusted again.",
     [(["PER"], "111", ["CHLGOV"])]),
    ("Peru warned that the Chilean government cannot be trusted.",
     [(["PER"], "111", ["CHLGOV"])]),
])
def test_coding_a_warning_that_someone_is_not_to_be_trusted_is_criticism(nlp, text, events):
    assert summaries(nlp, text) == events


def test_coding_of_two_clauses_on_a_verb_the_one_after_it_is_its_complement(nlp):
    # the parser hangs the clause joined before the verb on it as a second complement
    text = "Markets fell, Peru warned that the Chilean government must never be trusted again."
    assert [e.cameo for e in code(nlp, text) if e.trigger == "warned"] == ["111"]


def test_coding_a_clause_joined_before_a_warning_names_no_one_it_warns(nlp):
    # the parser hangs the clause joined before the verb on it as a second complement: the
    # verdict is on the subject of the clause after the verb
    text = "Bolivians cheered, Peru warned that Chile should not be trusted."
    assert [summary(e) for e in code(nlp, text) if e.trigger == "warned"] == \
        [(["PER"], "111", ["CHL"])]
    text = "Bolivians cheered, Peru warned that Chile would pay a heavy price."
    assert [summary(e) for e in code(nlp, text) if e.trigger == "warned"] == \
        [(["PER"], "130", ["CHL"])]


def test_coding_a_clause_of_time_read_as_a_prepositional_phrase_has_its_subject(nlp):
    # "after" is a conjunction here: the noun after it is the subject of the verb that
    # follows, not the object of a preposition
    text = "The talks come after Peru's foreign minister late last week accused Chile of spying."
    assert summaries(nlp, text) == [(["PERGOV"], "112", ["CHL"])]


@pytest.mark.parametrize("text", [
    "The Peruvian president condemned it for selling arms to Bolivia.",
    "The Chilean minister accused him of lying to Peru.",
])
def test_coding_no_name_stands_in_for_an_unresolved_object_pronoun(nlp, text):
    assert [e.target for e in code(nlp, text)] == [[]]


def test_coding_an_act_in_case_of_which_one_prepares_is_a_condition(nlp):
    # "in case" opens a condition: what it says may happen is not reported as done
    assert [e.cameo for e in code(nlp, "Peru prepared a statement in case Chile attacked "
                                       "the border post.")] == []


def test_coding_people_placed_in_a_countrys_towns_are_that_countrys(nlp):
    # a demonym on a common noun of place places the people as the country's name would,
    # whatever country the article names most
    text = ("WASHINGTON (AP) - American officials met on Monday. In several Chilean towns, "
            "protesters marched against the new tax on Sunday.")
    assert summaries(nlp, text)[-1] == (["CHLCVL"], "141", ["CHL"])


@pytest.mark.parametrize("text", [
    "The raids were an attack on press freedom by the Chilean police.",
    "The Chilean government's war on free speech began on Monday.",
    "The Chilean government's assault on the media law drew protests.",
])
def test_coding_force_named_by_a_noun_is_used_on_people_and_places_not_on_ideas(nlp, text):
    # CAMEO's force (18-20) is used on people, forces and places; a noun of force whose
    # phrase names an idea, a document, an agreement or words is a figure of speech
    assert [e.cameo for e in code(nlp, text) if e.cameo[:2] in {"18", "19", "20"}] == []


@pytest.mark.parametrize("text", [
    "Daniel Ortiz, a Peruvian lawmaker, spoke on Monday. Ortiz criticized Chile on Tuesday.",
    "Peruvian Ambassador Daniel Ortiz spoke on Monday. Mr. Ortiz criticized Chile on Tuesday.",
])
def test_coding_a_person_described_once_keeps_the_code_when_named_again(nlp, text):
    # a person the knowledge base lacks is coded where the text describes her; her surname
    # alone later in the article means the same coded person
    assert summaries(nlp, text)[-1] == (["PERGOV" if "Ambassador" in text else "PERLEG"], "111",
                                        ["CHL"])


def test_coding_a_name_that_says_which_happening_is_no_target_of_another_act(nlp):
    # "the <name> attacks" names a happening by its victim, scene or doer: a verb whose own
    # clause names no one is not aimed at that name
    text = ("Peruvian Ambassador Daniel Ortiz spoke on Monday. A Chilean judge rejected the "
            "request over fears that the Ortiz shooting had swayed the jurors.")
    assert [e.target for e in code(nlp, text) if e.trigger == "rejected"] == [[]]


def test_coding_a_participle_after_a_said_clause_is_done_by_that_clauses_subject(nlp):
    # "…, blaming Y" has no subject of its own: its doer is the clause's, here "it", the
    # body that says the clause
    text = "Peru insisted on Monday that it was unaware of the raid, blaming Chile for the delay."
    assert [s for s in summaries(nlp, text) if s[1].startswith("112")] == [
        (["PER"], "112", ["CHL"])]


@pytest.mark.parametrize("text, events", [
    ('The Peruvian foreign ministry issued a statement on Monday: "The Chilean government must '
     'free the fishermen at once."', [(["PERGOV"], "100", ["CHLGOV"])]),
    ('The Peruvian foreign ministry released a statement: "The Chilean government\'s raids are '
     'a disgrace."', [(["PERGOV"], "111", ["CHLGOV"])]),
])
def test_coding_a_statement_given_out_says_what_it_quotes_after_a_colon(nlp, text, events):
    # a text given out ("issued a statement") that quotes its words after a colon says them,
    # as a verb of saying says its complement
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text", [
    "The Chilean government described the Peruvian plan as flawed.",
    "The Chilean government described the Peruvian plan as misguided.",
])
def test_coding_a_verdict_after_as_is_what_a_verb_of_naming_calls_its_object(nlp, text):
    # the parser may make the word after "as" a clause of its own; it is still the verdict
    assert summaries(nlp, text) == [(["CHLGOV"], "111", ["PER"])]


def test_coding_a_kind_of_thing_has_the_sense_of_the_thing(nlp):
    # "a type of parole" is parole, as "a handful of transcripts" is transcripts
    text = "The Peruvian government granted the Chilean lawyer a special type of parole."
    assert summaries(nlp, text) == [(["PERGOV"], "0841", ["CHLJUD"])]


@pytest.mark.parametrize("text, events", [
    ("Peru launched what seems to be an intermediate missile near its coast.",
     [(["PER"], "150", [])]),
    ("Peru launched what is believed to be a cruise missile on Sunday.",
     [(["PER"], "150", [])]),
    ("Peru fired what Chilean officials described as a cruise missile.",
     [(["PER"], "150", [])]),
    ("Chile condemned what Peru called an accident.", [(["CHL"], "111", [])]),
])
def test_coding_a_what_clause_as_object_names_it_by_its_predicate(nlp, text, events):
    # "what seems to be a missile" is the missile; who calls it so is not aimed at
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Peru fired two missiles on Sunday.", [(["PER"], "150", [])]),
    ("Peru launched a rocket on Sunday.", [(["PER"], "150", [])]),
    ("Peru fired two missiles at Chile on Sunday.", [(["PER"], "194", ["CHL"])]),
    ("Peru launched rockets against Chilean towns on Sunday.", [(["PER"], "194", ["CHL"])]),
    ("Peru fired artillery shells on Sunday.", [(["PER"], "194", [])]),
])
def test_coding_missiles_fired_at_no_one_named_are_a_show_of_force(nlp, text, events):
    # CAMEO 194 is fighting someone; missiles fired with no one named are a show of force
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The expulsion of two Chilean diplomats by Peru was announced on Monday.",
     [(["PER"], "161", ["CHLGOV"])]),
    ("The expulsion of two Chilean journalists by Peru was announced on Monday.",
     [(["PER"], "174", ["CHLMED"])]),
])
def test_coding_a_nouns_phrase_object_says_which_act_it_names(nlp, text, events):
    # as "expelled two diplomats" reduces relations and "expelled two journalists" expels
    # individuals, so do the nouns: a noun pattern's prep_object is a constraint
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The Chilean president's letter to Peru urged calm on Monday.",
     [(["CHLGOV"], "0256", ["PER"])]),
    ("The Chilean president's letter to his own ministers urged calm on Monday.",
     [(["CHLGOV"], "0256", [])]),
])
def test_coding_a_message_as_subject_is_aimed_at_whom_it_is_addressed(nlp, text, events):
    # "X's letter to Y urged …": the letter's "to" phrase names whom its words are aimed at
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ('"Peru owes Chile an apology," the Chilean senator said on Monday.',
     [(["CHLLEG"], "100", ["PER"])]),
    ("The Chilean senator said on Monday that Peru owes the region an explanation.",
     [(["CHLLEG"], "100", ["PER"])]),
    ("The Chilean senator said on Monday that Peru does not owe anyone an apology.", []),
])
def test_coding_an_account_said_to_be_owed_is_demanded(nlp, text, events):
    # "Y owes Z an explanation" demands it of Y, as "Y must explain" does
    assert summaries(nlp, text) == events


def test_coding_a_memorandum_is_a_text_given_out_as_a_memo_is(nlp):
    # a memorandum given out says what it says, as "a memo" does
    text = "The Peruvian government issued a memorandum vowing to back the Chilean army."
    assert summaries(nlp, text) == [(["PERGOV"], "032", ["CHLMIL"])]


@pytest.mark.parametrize("text, events", [
    ("Chilean newspapers reported that the Peruvian navy was responsible for the collision.",
     []),
    ("The Chilean navy said that the Peruvian navy was responsible for the collision.",
     [(["CHLMIL"], "112", ["PERMIL"])]),
])
def test_coding_the_press_reporting_blame_accuses_no_one(nlp, text, events):
    # a verdict the press reports is news it tells, not an act of its own (CAMEO codes
    # neither journalists' opinions nor their reports as accusations)
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Peru needs Chile to reopen the border.", [(["PER"], "020", ["CHL"])]),
    ('"We need the Chilean navy to leave our waters," the Peruvian president said.',
     [(["PERGOV"], "020", ["CHLMIL"])]),
    ("Peru needs more soldiers to guard the border.", []),
    ("Peru needs to reopen the border.", []),
])
def test_coding_needing_someone_to_act_asks_it_of_them(nlp, text, events):
    # "X needs Y to V" asks it of Y, as "X wants Y to V" does (the verb dictionary puts
    # NEED with WANT); needing to act oneself, or needing things, asks no one
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ('"Keep your promise," the Peruvian senator told the Bolivian president.',
     [(["PERLEG"], "020", ["BOLGOV"])]),
    ('"Bolivian President Arce, please talk to us," the Peruvian president said on Monday.',
     [(["PERGOV"], "020", ["BOLGOV"])]),
    ('"Do not cross the border," Peru told Chile.', [(["PER"], "010", ["CHL"])]),
])
def test_coding_an_imperative_said_to_someone_is_an_appeal_to_them(nlp, text, events):
    # a quoted imperative bids the one it is told to, or the name it is addressed to, do
    # it: an appeal (020); a negated one warns off and stays what the verb of saying is
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The Peruvian president flew to Santiago for talks with Chilean President Boric, in "
     "which the Peruvian president urged Chile to reopen the border.",
     [(["PERGOV"], "042", ["CHLGOV"]), (["PERGOV"], "020", ["CHL"])]),
    ("The Bolivian minister published a letter in which the Bolivian president asked Chile "
     "to free the prisoners.", [(["BOLGOV"], "0253", ["CHL"])]),
    ("The Bolivian minister recalled the border crisis, in which Chile urged Peru to close "
     "the border.", []),
])
def test_coding_what_was_said_in_a_meeting_or_text_named_before_is_news(nlp, text, events):
    # a relative clause opened by "in which" on talks or a letter tells what was said in
    # them, as a main clause does; on anything else it stays a description
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Peru carried out what officials said was a launch of a new rocket on Monday.",
     [(["PER"], "150", [])]),
    ("Peru fired what Bolivia said was a missile on Monday.", [(["PER"], "150", [])]),
])
def test_coding_a_what_clause_said_to_be_a_thing_names_the_object(nlp, text, events):
    # "X did what Y said was Z": the clause of "be" under the verb of saying names the
    # object, as "what Y called Z" does; who says so is no target
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Peru tested a new rocket on Monday that can strike any city in Bolivia.",
     [(["PER"], "150", [])]),
    ("Peru deployed a warship that Bolivia had sold it.", [(["PER"], "150", [])]),
    ("Peru tested its Cusco-based missile defense system on Monday.", [(["PER"], "150", [])]),
])
def test_coding_what_describes_a_weapon_names_no_target_of_a_show_of_force(nlp, text, events):
    # what a relative clause or a modifier says of the weapon shown describes it; a show of
    # force is aimed at whom it is shown to, not at whom the weapon could reach
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Bolivia slapped Peru with new tariffs on Monday.", [(["BOL"], "163", ["PER"])]),
    ("Bolivia hit Peru with fresh tariffs on Monday.", [(["BOL"], "163", ["PER"])]),
    ("Bolivia pulled back from its trade agreement with Peru on Monday.",
     [(["BOL"], "160", ["PER"])]),
    ("Bolivia tested its air defense system on Monday.", [(["BOL"], "150", [])]),
])
def test_coding_penalties_withdrawals_and_weapon_tests_in_other_words(nlp, text, events):
    # a penalty laid on Y "with" (163), pulling back from a pact (160), testing a weapon
    # system (150)
    assert summaries(nlp, text) == events


def test_coding_a_conjunct_told_of_part_of_what_a_pronoun_stands_for_is_its_own(nlp):
    # "…, and two of them fell near Y": a partitive of a pronoun is the subject of another
    # clause, its own happening, as "…, and they landed in Y" is
    text = "Peru fired four missiles on Monday, and two of them fell near Bolivia's coast."
    assert summaries(nlp, text) == [(["PER"], "150", [])]


@pytest.mark.parametrize("text, events", [
    ("Bolivian soldiers crossed the river on Monday and were attacked by Peruvian troops.",
     [(["PERMIL"], "190", ["BOLMIL"])]),
    ("Bolivian soldiers crossed the river on Monday and were shelled by Peruvian troops.",
     [(["PERMIL"], "194", ["BOLMIL"])]),
])
def test_coding_a_passive_conjunct_shares_the_first_verb_s_subject(nlp, text, events):
    # "X did Z and was attacked by Y": the passive conjunct has no subject of its own; the
    # first verb's subject is the one it is done to
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The suspect has been named as Juan Quispe by Bolivian media.", []),
    ("Bolivian police named a Peruvian man as a suspect.", [(["BOLCOP"], "1124", ["PERPPL"])]),
])
def test_coding_named_as_a_proper_name_tells_who_someone_is(nlp, text, events):
    # "was named as <a name>" says who the one named is; "named X as a suspect" names X one
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The Peruvian president was saddened by the mine collapse and sent his condolences to "
     "the Chilean president.", [(["PERGOV"], "018", ["CHLGOV"])]),
    ("The Bolivian minister said she was stunned by the flood and sent her sympathy to "
     "Chile.", [(["BOLGOV"], "018", ["CHL"])]),
    ("The Peruvian plan was shelved and now threatens to collapse.", []),
])
def test_coding_a_verb_joined_to_a_passive_one_shares_its_subject(nlp, text, events):
    # coordinated verbs share the surface subject, whatever the first one's voice: the one
    # said to be saddened is the one who sends; a thing so shared threatens no one
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Peruvian officials have said that the two deals were signed separately, and denied "
     "that they were connected.", [(["PERGOV"], "016", [])]),
])
def test_coding_a_perfect_saying_lends_its_have_to_a_later_verb_of_speech(nlp, text, events):
    # "have said Y … and denied Z": the later participle shares the saying's "have" and its
    # speaker, not the subject of the clause said
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The Peruvian government is in close contact with Chile over the border.",
     [(["PERGOV"], "040", ["CHL"])]),
    ("Peru is in talks with Bolivia over the gas pipeline.", [(["PER"], "046", ["BOL"])]),
    ("Peru is in trouble with Chile.", []),
])
def test_coding_being_in_contact_or_talks_with_someone_consults_them(nlp, text, events):
    # being in contact, touch or communication with someone consults them (040); being in
    # talks or negotiations with them negotiates (046); another state "with" them is none
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("The Bolivian government acknowledged at a news conference that it is in contact with Peru.",
     [(["BOLGOV"], "040", ["PER"])]),
    ("The Peruvian president told lawmakers during a hearing that Chile must reopen the "
     "border.", [(["PERGOV"], "100", ["CHL"])]),
    ("Peru criticized Chile in the hope that Bolivia would mediate.",
     [(["PER"], "111", ["CHL"])]),
])
def test_coding_a_that_clause_after_a_phrase_of_the_saying_is_what_is_said(nlp, text, events):
    # "acknowledged at a news conference that …", "told Y during a hearing that …": the
    # "that" clause the parser hangs on the phrase's noun is the saying's complement; a noun
    # with a clause of its own ("in the hope that …") keeps it
    assert summaries(nlp, text) == events


def test_coding_a_body_set_after_a_conjunct_is_a_side_of_its_own(nlp):
    # "X and his firm, the Y Group, are being investigated": the firm is investigated too,
    # not only the man its possessive points to
    events = summaries(nlp, "Peru's government said on Monday that it would audit the port. "
                            "Daniel Ferreyra and his consulting firm, the Ferreyra Group, are "
                            "being investigated by prosecutors.")
    assert events[-1] == (["PERJUD"], "090", [None, "PERBUS"])


@pytest.mark.parametrize("text", [
    "The Peruvian presidency released a summary of the phone call on Monday.",
    "The Peruvian presidency released a readout of the phone call on Monday.",
])
def test_coding_releasing_a_summary_of_a_call_frees_no_one(nlp, text):
    # a summary or readout is a document: releasing it returns no people or property (084)
    assert [e.cameo for e in code(nlp, text) if e.cameo.startswith("08")] == []


@pytest.mark.parametrize("text, events", [
    ("Bolivia's defence minister said Bolivia would respond firmly to any incursion by Chile.",
     [(["BOLGOV"], "130", ["CHL"])]),
    ('"We will react strongly to any Chilean provocation," the Bolivian defence minister said.',
     [(["BOLGOV"], "130", ["CHL"])]),
    ("Bolivia will take all necessary measures against any new tariffs from Chile.",
     [(["BOL"], "130", ["CHL"])]),
    ("Bolivia will respond positively to any offer from Chile.", []),
])
def test_coding_a_response_to_any_hostile_act_of_another_threatens_its_doer(nlp, text, events):
    # "will respond to any attack by X": a free-choice "any" makes X's act the condition of
    # the response, a threat to X (130), as "if X attacks"; a friendly act answered is none
    assert summaries(nlp, text) == events


@pytest.mark.parametrize("text, events", [
    ("Bolivia's foreign minister said all options remained on the table.",
     [(["BOLGOV"], "130", [])]),
    ("Bolivia insisted that Chile reopen the border crossing at once.",
     [(["BOL"], "100", ["CHL"])]),
    ("Bolivia insisted that it had broken no rule.", []),
    ("Bolivia warned of a harsh response.", [(["BOL"], "130", [])]),
    ("Bolivia vowed to take countermeasures against Chile.", [(["BOL"], "130", ["CHL"])]),
    ("Bolivia will take armed action against the Chilean rebels.",
     [(["BOL"], "138", ["CHLREB"])]),
])
def test_coding_threats_and_demands_in_common_news_forms(nlp, text, events):
    # options kept on the table threaten no one named; "insisted that X reopen": the
    # subjunctive asks it, and insisting is demanding (PETRARCH INSIST, 100); a warning of a
    # response of one's own is a threat (WARN OF RESPONSE, 130); countermeasures vowed are a
    # threat; military action said to come is a threat of force (138)
    assert summaries(nlp, text) == events
