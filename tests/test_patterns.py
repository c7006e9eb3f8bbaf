"""The pattern language's additions (subject, prep_object, object classes, null patterns,
target "required") and the conversion of PETRARCH-2's CAMEO verb dictionary."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from communique.errors import CommuniqueError
from communique.nlp.objects import load_object_classes, read_object_classes
from communique.nlp.patterns import Pattern, PatternSet, packaged_patterns, sense_constraints

ROOT = Path(__file__).resolve().parents[1]

SNIPPET = """\
# a dictionary written for this test
&ARMS
+RIFLES
+TANK_

####### VERB PATTERNS #######

---  DENOUNCE   [111]  ---
DENOUNCE
DECRY {DECRIES DECRIED DECRYING }
+LASH_OUT [112]
- * ATTACKS                           [112]         # DECRY
- * (AGAINST TRAVEL)                  [160]         # DENOUNCE
- EMBASSIES * &ARMS                   [---]         # DENOUNCE
- * {HUMANITARIAN AID}                [073:070]     # DECRIED
- * $ (TO +)                          [111]
- + * AID                             [:070]        # DENOUNCE
- WILL NOT *                          [120]

---  SAY   [---]  ---
SAY {SAYS SAID SAYING }
GIVE {GAVE GIVEN GIVING }  [070]
- * MESSAGE (TO +)                    [010]         # SAY
"""


def _converter():
    spec = importlib.util.spec_from_file_location(
        "convert_petrarch_verbs", ROOT / "scripts" / "convert_petrarch_verbs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def converter():
    return _converter()


@pytest.mark.slow
def test_converter_on_a_small_dictionary(converter):
    from communique import cameo

    records, dropped, kept = converter.convert(SNIPPET, converter.Lemmas(), cameo.codes())
    note = "petrarch2 CAMEO.2.0: "
    assert records == [
        {"code": "111", "verb": "denounce", "target": "required",
         "note": note + "DENOUNCE [111] in --- DENOUNCE ---"},
        {"code": "111", "verb": "decry", "target": "required",
         "note": note + "DECRY [111] in --- DENOUNCE ---"},
        {"code": "112", "verb": "lash", "particle": "out", "target": "required",
         "note": note + "+LASH_OUT [112] in --- DENOUNCE ---"},
        {"code": "112", "verb": "decry", "object": ["attack"],
         "note": note + "- * ATTACKS [112] # DECRY"},
        {"code": "160", "verb": "denounce", "prep": ["against"], "prep_object": ["travel"],
         "note": note + "- * (AGAINST TRAVEL) [160] # DENOUNCE"},
        {"code": "---", "verb": "denounce", "object": ["rifle", "tank"],
         "subject": ["embassy"], "note": note + "- EMBASSIES * &ARMS [---] # DENOUNCE"},
        {"code": "073", "verb": "decry", "object": ["aid"], "modifier": ["humanitarian"],
         "note": note + "- * {HUMANITARIAN AID} [073:070] # DECRIED"},
        {"code": "010", "verb": "say", "object": ["message"], "object_prep": ["to"],
         "note": note + "- * MESSAGE (TO +) [010] # SAY"},
    ]
    assert dropped == {"source or compound actor after the verb": 1,
                       "code for the target only": 1,
                       "adverb or auxiliary before the verb": 1,
                       "bare default of a common or grammar verb": 1}
    assert kept == {"bare verb": 3, "specific pattern": 4, "null pattern": 1}
    for record in records:
        Pattern.model_validate(record)


@pytest.mark.slow
def test_converter_leaves_curated_senses_to_the_curated_file(converter):
    from communique import cameo

    curated = [{"code": "112", "verb": "decry", "object": ["attack"]},
               {"code": "110", "verb": "denounce"}]
    records, dropped, _ = converter.convert(SNIPPET, converter.Lemmas(), cameo.codes(),
                                            curated)
    assert not any(r["verb"] == "decry" and r.get("object") == ["attack"] for r in records)
    assert not any(r["verb"] == "denounce" and len(r) == 4 for r in records)  # bare default
    assert dropped["same trigger and constraints as a curated pattern (ours kept)"] == 1
    assert dropped["bare default of a curated verb (ours decide its senses)"] == 2


BLOCKS = """\
# a dictionary written for this test
---  ASSIST   [070]  ---
ASSIST
- * (WITH RELIEF)                     [073]

---  CRUSH   [190]  ---
CRUSH
"""


@pytest.mark.slow
def test_converter_keeps_bare_defaults_only_where_the_verb_names_its_act(converter):
    from communique import cameo

    records, dropped, _ = converter.convert(BLOCKS, converter.Lemmas(), cameo.codes())
    note = "petrarch2 CAMEO.2.0: "
    # aid's bare synonym is left out (its specific sense stays); force's needs a physical object
    assert records == [
        {"code": "073", "verb": "assist", "prep": ["with"], "prep_object": ["relief"],
         "note": note + "- * (WITH RELIEF) [073]"},
        {"code": "190", "verb": "crush",
         "object_class": ["person", "force", "polity", "place", "organisation"],
         "target": "required", "note": note + "CRUSH [190] in --- CRUSH ---"},
    ]
    assert dropped == {"bare default outside the verbal conflict roots (BARE_ROOTS)": 1}


def test_pattern_language_validation():
    assert Pattern(code="---", verb="bring", object=("defeat",)).null
    with pytest.raises(ValidationError):
        Pattern(code="190", verb="attack", exclude_object_class=("idea",))
    with pytest.raises(ValidationError):
        Pattern(code="073", verb="send", prep_object=("aid",))
    with pytest.raises(ValidationError):
        Pattern(code="194", verb="fire", object=("missile",), unaimed="999")


def test_equal_specificity_the_pattern_loaded_first_wins():
    ours = Pattern(code="111", verb="slam", object=("plan",), note="curated")
    theirs = Pattern(code="190", verb="slam", object=("plan",), note="converted")
    assert PatternSet([ours, theirs]).verbs["slam"][0].note == "curated"


def test_packaged_patterns_hold_both_files():
    notes = [p.note for p in packaged_patterns()]
    assert any(n.startswith("petrarch2 CAMEO.2.0") for n in notes)
    assert sum(not n.startswith("petrarch2") for n in notes) > 1000


def test_sense_constraints_by_code():
    assert sense_constraints({"code": "190", "verb": "hit"})["exclude_object_class"] == [
        "document", "agreement", "abstract"]
    assert "exclude_object_class" not in sense_constraints(
        {"code": "190", "verb": "hit", "object": ["target"]})
    assert sense_constraints({"code": "0841", "verb": "free"})["object_class"] == ["person"]
    assert sense_constraints({"code": "030", "verb": "proffer"})["exclude_object_class"] == [
        "communication"]
    assert sense_constraints({"code": "060", "verb": "link"})["exclude_object_class"] == [
        "document", "communication", "abstract", "happening"]


def test_object_class_file_is_validated_and_overridable(tmp_path):
    with pytest.raises(CommuniqueError, match="E016"):
        read_object_classes("x.json", json.dumps({"weapon": ["gun"]}))
    with pytest.raises(CommuniqueError, match="E016"):
        read_object_classes("x.json", json.dumps({"person": "man"}))
    mine = tmp_path / "classes.json"
    mine.write_text(json.dumps({"document": ["scroll"]}), encoding="utf-8")
    classes = load_object_classes([mine])
    assert classes["document"] == {"scroll"}
    assert "treaty" in classes["agreement"]


def _events(nlp, text: str, coder=None) -> list:
    doc = nlp.make_doc(text)
    doc._.published, doc._.byline, doc._.date_precision = "2024-05-10", [], "day"
    doc._.dateline = None
    doc = nlp(doc)
    if coder is not None:
        doc = coder(doc)
    return doc._.events


def _codes(nlp, text: str, coder=None) -> list[str]:
    return [e.cameo for e in _events(nlp, text, coder)]


@pytest.mark.slow
def test_object_class_leaving_an_agreement_is_no_retreat(nlp):
    assert not [c for c in _codes(nlp, "The Malian government withdrew from the treaty.")
                if c.startswith("087")]
    assert "0874" in _codes(nlp, "Israeli troops withdrew from the town.")


@pytest.mark.slow
def test_object_class_releasing_a_report_is_no_release_of_people(nlp):
    assert not [c for c in _codes(nlp, "Iran released a report on Israel.")
                if c.startswith("084")]
    assert "0841" in _codes(nlp, "Iran released the prisoners.")


@pytest.mark.slow
def test_forces_put_on_alert_are_aimed_at_whom_their_purpose_names(nlp):
    # the forces a posture moves are the source's own: never its target; whom the alert is
    # against is named in its purpose, when it is
    for text, target in (("Peru put its troops on alert to counter a Chilean attack.", "CHL"),
                         ("Peru placed two brigades on alert to deploy against Chile.", "CHL")):
        assert [(e.cameo, [m.actor.code for m in e.target]) for e in _events(nlp, text)] == [
            ("152", [target])], text
    text = "Peru put Peruvian troops on high alert."
    assert [(e.cameo, e.target) for e in _events(nlp, text)] == [("152", [])]


@pytest.mark.slow
def test_object_class_giving_a_warning_is_no_aid(nlp):
    assert _codes(nlp, "Peru gave a stern warning to Chile.") == ["130"]
    assert _codes(nlp, "Peru gave generators to Chile.") == ["070"]


@pytest.mark.slow
def test_object_class_killing_a_bill_is_no_violence(nlp):
    assert not [c for c in _codes(nlp, "Iran's parliament killed the bill.")
                if c[:2] in {"18", "19", "20"}]
    assert [c for c in _codes(nlp, "Iranian troops killed three Iraqi soldiers.")
            if c[:2] in {"18", "19", "20"}]


@pytest.mark.slow
def test_object_class_fighting_for_a_career_is_no_violence(nlp):
    assert "190" not in _codes(nlp, "The Malian prime minister is fighting for his career.")
    assert "190" in _codes(nlp, "Malian troops fought Tuareg rebels near the town.")


@pytest.mark.slow
def test_null_pattern_blocks_the_default(nlp, tmp_path):
    from communique.nlp.coding import EventCoder

    mine = tmp_path / "mine.jsonl"
    mine.write_text("\n".join(json.dumps(r) for r in [
        {"code": "042", "verb": "tour"},
        {"code": "---", "verb": "tour", "object": ["museum"]},
    ]) + "\n", encoding="utf-8")
    coder = EventCoder(nlp, [str(mine)])
    assert "042" in _codes(nlp, "Macron toured Ukraine.", coder)
    assert _codes(nlp, "Macron toured the museum in Kyiv.", coder) == []


@pytest.mark.slow
def test_subject_pattern(nlp, tmp_path):
    from communique.nlp.coding import EventCoder

    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"code": "161", "verb": "shutter", "subject": ["embassy"]}) +
                    "\n", encoding="utf-8")
    coder = EventCoder(nlp, [str(mine)])
    assert "161" in _codes(nlp, "The French embassy in Tehran shuttered.", coder)
    assert "161" not in _codes(nlp, "The French bakery in Tehran shuttered.", coder)


@pytest.mark.slow
def test_dictionary_bare_verb_needs_an_actor_on_the_receiving_end(nlp):
    assert [c for c in _codes(nlp, "Turkey scolded Greece.") if c[:2] == "11"]
    assert not [c for c in _codes(nlp, "Turkey scolded the decision at length.")
                if c[:2] == "11"]


EXAMPLES = [p for p in packaged_patterns() if p.example]


def test_pattern_examples_cover_the_curated_file():
    assert len(EXAMPLES) >= 45
    assert len({p.code[:2] for p in EXAMPLES}) >= 18  # CAMEO roots 01–20, nearly all


@pytest.mark.slow
@pytest.mark.parametrize("pattern", EXAMPLES, ids=lambda p: f"{p.code}-{p.verb or p.noun}")
def test_pattern_example_is_coded_with_its_code(nlp, pattern):
    doc = nlp.make_doc(pattern.example)
    doc._.published, doc._.byline, doc._.date_precision = "2024-05-10", [], "day"
    assert pattern.code in [e.cameo for e in nlp(doc)._.events]


@pytest.mark.slow
def test_converter_lemmas_keep_singular_nouns_and_base_verbs(converter):
    lemmas = converter.Lemmas()
    # -ss, -us, -is nouns are singular; plurals lose their -s as in running text
    assert [lemmas(w, "NOUN") for w in ("ADDRESS", "STATUS", "CRISIS", "NEWS", "PROGRESS",
                                        "AIRSTRIKES", "TROOPS", "TALKS")] == [
        "address", "status", "crisis", "news", "progress", "airstrike", "troop", "talk"]
    # a verb written in its base form stays so; inflected forms are lemmatized
    assert [lemmas(w, "VERB") for w in ("ADDRESS", "DISCUSS", "NEED", "WOUND", "FOUND",
                                        "KILLED", "SHOT", "KIDNAPPED")] == [
        "address", "discuss", "need", "wound", "found", "kill", "shoot", "kidnap"]


def test_converted_file_has_no_stemmed_words():
    records = [json.loads(line) for line in (
        ROOT / "communique" / "data" / "patterns" / "petrarch.jsonl").read_text(
            encoding="utf-8").splitlines()]
    words = {w for r in records for key in ("verb", "object", "prep_object", "subject")
             for w in ([r[key]] if isinstance(r.get(key), str) else r.get(key) or [])}
    assert not words & {"addres", "discus", "pres", "nee", "statu", "crisi", "acces"}
    assert any(r["verb"] == "deliver" and r.get("object") == ["address"] for r in records)


@pytest.mark.slow
def test_delivering_a_speech_is_no_aid(nlp):
    codes = _codes(nlp, "The Chilean president delivered a speech to the Peruvian congress.")
    assert not [c for c in codes if c[:2] == "07"] and "010" in codes  # a statement
    assert not [c for c in _codes(nlp, "Norway's envoy delivered remarks to the Sudanese "
                                       "government.") if c[:2] == "07"]
    assert [c for c in _codes(nlp, "Norway delivered wheat to Sudan.") if c[:2] == "07"]
    assert sense_constraints({"code": "070", "verb": "hand"})["exclude_object_class"] == [
        "document", "communication"]


@pytest.mark.slow
def test_offering_words_or_linking_events_is_no_cooperation(nlp):
    for text in ("The Chilean minister offered no evidence for his claim about Peru.",
                 "Peru's president offered one pronouncement after another on Chile.",
                 "The Peruvian envoy linked the bombing to the Chilean protests."):
        assert not [c for c in _codes(nlp, text) if c[:2] in {"03", "06"}], text
    assert [c for c in _codes(nlp, "Peru offered talks to Chile.") if c[:2] == "03"]


@pytest.mark.slow
def test_struggling_to_act_is_no_force_nor_the_act(nlp):
    for text in ("The Chilean government struggled to contain the Mapuche rebels.",
                 "The Nigerian army struggled to defeat Boko Haram."):
        assert _codes(nlp, text) == [], text
    assert "190" in _codes(nlp, "Nigerian troops battled Boko Haram near Maiduguri.")


@pytest.mark.slow
def test_taking_steps_or_measures_is_no_force(nlp):
    for text in ("The Kenyan army has taken serious steps to reach out to Nairobi's schools.",
                 "Peru will retaliate against the latest Chilean measures."):
        assert not [c for c in _codes(nlp, text) if c[:2] in {"18", "19", "20"}], text
    assert "192" in _codes(nlp, "Nigerian troops took the town of Gwoza from Boko Haram.")


@pytest.mark.slow
def test_compound_of_a_text_is_what_it_is_about_not_the_object(nlp):
    assert "0332" not in _codes(nlp, "The Peruvian minister offered a troop report to Chile.")
    assert "0332" in _codes(nlp, "Peru offered troops to Chile.")
    assert "163" in _codes(nlp, "The European Union imposed a sanctions package on Russia.")


@pytest.mark.slow
def test_compound_of_people_says_whose_they_are_not_what_is_met(nlp):
    # "opposition" before "leaders" says whose leaders they are: meeting them is a meeting,
    # not "meeting opposition" (facing resistance, no event)
    assert _codes(nlp, "The Kenyan president met opposition leaders in Nairobi.") == ["040"]
    assert _codes(nlp, "The Kenyan plan met opposition in parliament.") == []


@pytest.mark.slow
def test_compound_of_a_place_says_what_kind_it_is_not_the_object(nlp):
    # a research centre is a centre: setting one up investigates nothing
    assert "090" not in _codes(nlp, "Peru set up a research center in Lima.")
    assert "090" in _codes(nlp, "Peru set up an inquiry into the Chilean bribes.")


@pytest.mark.slow
def test_death_verb_subject_is_no_source_of_force(nlp):
    for text in ("Four Colombian soldiers died in clashes with the rebels.",
                 "Two Nepalese policemen survived the ambush.",
                 "Nine Chadian soldiers perished in the fighting."):
        assert not [c for c in _codes(nlp, text) if c[:2] in {"17", "18", "19", "20"}], text
    assert [c for c in _codes(nlp, "Colombian rebels killed four soldiers.")
            if c[:2] in {"18", "19", "20"}]


@pytest.mark.slow
def test_defeat_in_an_election_is_no_force(nlp):
    for text in ("Lula defeated Bolsonaro in the presidential election.",
                 "Lula beat Bolsonaro at the polls.",
                 "The Chilean government was defeated in a parliamentary vote."):
        assert not [c for c in _codes(nlp, text) if c[:2] in {"17", "18", "19", "20"}], text
    assert "190" in _codes(nlp, "The Peruvian army defeated the Shining Path rebels.")


@pytest.mark.slow
def test_chanting_a_slogan_names_no_protest(nlp):
    assert not [c for c in _codes(nlp, 'French farmers chanted "no more taxes" for years.')
                if c[:2] == "14"]
    assert [c for c in _codes(nlp, "Students chanted outside the Chilean embassy in Lima.")
            if c[:2] == "14"]


@pytest.mark.slow
def test_attacking_a_record_or_a_quality_is_criticism(nlp):
    for text in ("German officials are attacking the French president's credentials.",
                 "Russian lawmakers attacked Germany's record on security."):
        codes = _codes(nlp, text)
        assert "111" in codes and not [c for c in codes if c[:2] in {"18", "19", "20"}], text
    assert "190" in _codes(nlp, "Iraqi troops attacked Syrian positions.")


@pytest.mark.slow
def test_a_suggestion_or_proposal_to_no_one_is_no_appeal(nlp):
    for text in ("The Iranian president suggested that Iraq had done nothing wrong.",
                 "The Turkish minister proposed including the border dispute in the agenda.",
                 "Egyptian officials suggested a new timetable."):
        assert not [c for c in _codes(nlp, text) if c[:2] == "02"], text
    assert "020" in _codes(nlp, "Turkey proposed that Greece withdraw its ships.")


COMPLEMENTS = """\
---  URGE   [020]  ---
URGE
- * WITHDRAW                          [025]         # URGE
- * TO APPLAUD                        [013]         # URGE
- * ASSAULT                           [112]         # URGE
- * SANCTIONS (TO PUNISH)             [105]         # URGE
- * (TO PUNISH)                       [120]         # URGE
- * WORRIED                           [012]         # URGE

---  WITHDRAW   [0874]  ---
WITHDRAW
APPLAUD [013]
PUNISH [120]
WORRY [012]
"""


@pytest.mark.slow
def test_converter_reads_a_verb_after_the_verb_as_its_complement(converter):
    from communique import cameo

    records, dropped, _ = converter.convert(COMPLEMENTS, converter.Lemmas(), cameo.codes())
    urge = [{k: v for k, v in r.items() if k in {"code", "object", "xcomp", "prep"}}
            for r in records if r["verb"] == "urge" and "target" not in r]
    assert urge == [{"code": "025", "xcomp": ["withdraw"]},
                    {"code": "013", "xcomp": ["applaud"]},
                    {"code": "112", "object": ["assault"]},  # also a noun: the object
                    {"code": "120", "xcomp": ["punish"]},
                    {"code": "012", "object": ["worried"]}]  # a participle: an adjective
    assert dropped['complement of the object ("efforts to disarm")'] == 1
    assert dropped["words in a sequence the parse cannot place"] == 0
    for record in records:
        Pattern.model_validate(record)


@pytest.mark.slow
def test_converter_keeps_both_noun_forms_the_parse_gives(converter):
    lemmas = converter.Lemmas()
    assert lemmas.forms("HEADQUARTERS") == ["headquarter", "headquarters"]
    assert lemmas.forms("TROOPS") == ["troop", "troops"]
    assert lemmas.forms("EMBASSIES") == ["embassy"]
    assert lemmas.forms("STATUS") == ["status"]


@pytest.mark.slow
def test_converted_file_is_what_the_converter_writes(converter, tmp_path):
    dictionary = Path("/work/shared/data/dictionaries/CAMEO.2.0.verbs.txt")
    if not dictionary.exists():
        pytest.skip("PETRARCH-2's CAMEO.2.0.verbs.txt is not on this machine")
    out = tmp_path / "petrarch.jsonl"
    assert converter.main([str(dictionary), "-o", str(out)]) == 0
    committed = ROOT / "communique" / "data" / "patterns" / "petrarch.jsonl"
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


@pytest.mark.slow
def test_converter_keeps_the_plain_words_of_a_phrase_beside_a_synonym_set(converter):
    from communique import cameo

    dictionary = """\
&TROOPS
+SOLDIERS
+ARMY

####### VERB PATTERNS #######

---  START   [---]  ---
START
- * {COMMON &TROOPS DRILL}            [062]         # START
- * {HUMAN RIGHTS ABUSE}              [112]         # START
"""
    records, _, _ = converter.convert(dictionary, converter.Lemmas(), cameo.codes())
    assert [(r["code"], r["modifier"]) for r in records if r["verb"] == "start"] == [
        ("062", ["common"]), ("112", ["human", "right"])]


@pytest.mark.slow
def test_pattern_a_meeting_held_with_leaders_is_a_meeting_not_an_intent(nlp):
    assert _codes(nlp, "Peru met with the leaders of Chile on Monday.") == ["040"]
    assert _codes(nlp, "Peru will meet with the leaders of Chile on Monday.") == ["036"]


@pytest.mark.slow
def test_pledge_of_a_conflict_act_is_no_intent_to_cooperate(nlp):
    for text in ("The Kenyan president vowed to veto the Ugandan bill.",
                 "Peruvian officials promised to ban the Chilean envoys from travelling."):
        assert _codes(nlp, text) == [], text
    assert _codes(nlp, "The Chilean president vowed to work with Peru.") == ["030"]
    assert _codes(nlp, "Germany vowed to attack Peru.") == ["1384"]


@pytest.mark.slow
def test_kind_of_aid_named_by_its_adjective_refines_the_verb_code(nlp):
    assert _codes(nlp, "Peru provided humanitarian aid to Chile.") == ["073"]
    assert _codes(nlp, "Peru provided military aid to Chile.") == ["072"]
    assert _codes(nlp, "Peru provided aid to Chile.") == ["070"]


@pytest.mark.slow
def test_kind_of_attack_named_by_its_means_may_lie_in_another_force_root(nlp):
    assert _codes(nlp, "Peruvian troops carried out a chemical attack on Chile.") == ["2041"]
    assert _codes(nlp, "Peruvian troops carried out a nuclear attack on Chile.") == ["2042"]
    assert _codes(nlp, "Peruvian troops carried out an attack on Chile.") == ["190"]


@pytest.mark.slow
def test_town_of_the_sources_own_country_is_the_scene_not_the_target(nlp):
    text = ("NAIROBI - The Kenyan president met the Ugandan envoy on Monday.\n\n"
            "Kenyan security officials gathered at a heavily guarded compound in Mombasa.")
    assert _codes(nlp, text) == ["040"]


@pytest.mark.slow
def test_words_captured_by_eavesdropping_are_no_seizure(nlp):
    assert _codes(nlp, "Peruvian intelligence captured the conversations of the Chilean envoy.") \
        == []
    assert _codes(nlp, "Peruvian troops captured the town of Arica.") == ["192"]
