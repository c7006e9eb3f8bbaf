"""The packaged knowledge base's officeholders: dated roles by office, and surnames that are
common words kept from matching ordinary text. No model: the resolver runs on hand-built
parses; the sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from parses import blank, parse

from communique import kb
from communique.nlp.actors import ActorResolver
from communique.nlp.context import actor_from_entry


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Christopher Wray", "2019-03-01", "USACOP"),
    ("James Comey", "2016-07-05", "USACOP"),
    ("William Barr", "2019-06-01", "USAJUD"),
    ("Bill Barr", "2016-06-01", "USA"),           # out of office: the country only
    ("Rod Rosenstein", "2018-01-10", "USAJUD"),
    ("Wilbur Ross", "2018-03-01", "USAGOV"),
    ("Adam Schiff", "2020-01-10", "USALEG"),
    ("Juan Guaidó", "2020-02-01", "VENOPP"),
    ("Pope Francis", "2015-09-24", "VATGOV"),
    ("Kim Jong Un", "2018-06-12", "PRKGOV"),
    ("King Salman", "2018-10-16", "SAUGOV"),   # a monarch as the news names him
    ("Moon Jae-in", "2018-06-12", "KORGOV"),
    ("Shinzo Abe", "2015-08-14", "JPNGOV"),        # a term the converted Phoenix entry lacked
    ("Justin Trudeau", "2025-06-01", "CAN"),
    ("Rob Portman", "2015-06-01", "USALEG"),     # a senator in office
    ("Bernie Sanders", "2005-06-01", "USALEG"),  # a House term before the Senate
    ("Portman", "2009-06-01", "USA"),            # before the Senate term: the country only
    ("Kelly Loeffler", "2019-06-01", "USA"),     # before an appointment to the Senate
    ("Mitch McConnell", "2010-06-01", "USALEG"),  # a senator before leading the majority
    ("Beji Caid Essebsi", "2016-01-01", "TUNGOV"),
    ("Kais Saied", "2018-06-01", "TUN"),          # before his presidency: the country only
    ("Abdelaziz Bouteflika", "2020-01-01", "DZA"),  # a converted open-ended term now ends
    ("Akihito", "2020-01-01", "JPN"),
    ("Naruhito", "2020-01-01", "JPNGOV"),
    ("Abdullah al-Thinni", "2016-01-01", "LBYGOV"),
    ("Choe Ryong-hae", "2019-06-01", "PRKGOV"),
    ("Julie Bishop", "2016-03-01", "AUSGOV"),      # foreign and defence ministers
    ("Harjit Sajjan", "2019-03-01", "CANGOV"),
    ("Harjit Sajjan", "2014-03-01", "CAN"),
    ("Peter MacKay", "2017-01-01", "CAN"),         # a converted open-ended term now ends
    ("Ramtane Lamamra", "2015-01-01", "DZAGOV"),
    ("Kostyantyn Hryshchenko", "2011-05-01", "UKRGOV"),
    ("Hank Paulson", "2008-10-01", "USAGOV"),      # United States officials
    ("Michael Morell", "2013-01-10", "USASPY"),   # a second acting term the converted entry lacked
    ("Richard Grenell", "2020-03-01", "USASPY"),  # the later of two roles held at once
    ("Larry Kudlow", "2019-05-01", "USAGOV"),
    ("Steve Bannon", "2018-05-01", "USA"),
    ("Jeremy Corbyn", "2017-06-01", "GBROPP"),    # party leaders
    ("Nick Clegg", "2016-01-01", "GBR"),          # a converted open-ended term now ends
    ("Sonia Gandhi", "2010-01-01", "INDPTY"),
    ("Abdrabbuh Mansour Hadi", "2015-03-01", "YEMGOV"),  # a spelling of a name entered before
    ("Khaled Bahah", "2015-06-01", "YEMGOV"),
    ("Kim Darroch", "2019-07-08", "GBRGOV"),        # ambassadors to the US and the UN
    ("Sergey Kislyak", "2018-01-01", "RUS"),        # a converted open-ended term now ends
    ("Danny Danon", "2018-05-01", "ISRGOV"),
    ("Danny Danon", "2021-05-01", "ISR"),           # between two terms: the country only
    ("Majid Takht Ravanchi", "2020-01-10", "IRNGOV"),
    ("David M. Friedman", "2018-05-14", "USAGOV"),  # US ambassadors abroad
    ("Terry Branstad", "2016-06-01", "USA"),
    ("Max Baucus", "2015-06-01", "USAGOV"),        # an embassy after the Senate
    ("Ahmet Uzumcu", "2016-05-01", "IGO"),          # heads of international bodies
    ("Ahmet Uzumcu", "2019-05-01", "TUR"),
    ("Ertharin Cousin", "2014-05-01", "IGOUNO"),
    ("Jan Kubis", "2016-05-01", "IGOUNO"),           # UN envoys
    ("Nickolay Mladenov", "2012-05-01", "BGRGOV"),
    ("Ghassan Salame", "2019-05-01", "IGOUNO"),
    ("Nasir al-Wuhayshi", "2014-05-01", "IMGSUNALQ"),  # armed groups' leaders
    ("Nasir al-Wuhayshi", "2016-05-01", "YEM"),        # a death ends the role
    ("Mullah Baradar", "2020-02-29", "AFGTAL"),
    ("Ahmad Jarba", "2014-01-22", "SYROPP"),
    ("Roger Stone", "2019-01-25", "USA"),        # a private citizen: the country only
    ("Maria Butina", "2018-12-13", "RUS"),
    ("Hope Hicks", "2017-10-01", "USAGOV"),
    ("Andrew Weissmann", "2018-06-01", "USAJUD"),  # the Special Counsel's office
    ("Trey Gowdy", "2018-06-01", "USALEG"),        # House committee chairs
    ("Kevin McCarthy", "2018-06-01", "USALEG"),    # a House term before the speakership
    ("Jason Rezaian", "2015-06-01", "USAMED"),     # journalists: as Phoenix codes media
    ("Can Dundar", "2016-05-06", "TURMED"),
    ("Joseph Kabila", "2015-06-01", "CODGOV"),
    ("Joseph Kabila", "2020-06-01", "COD"),        # out of office: the country only
    ("Felix Tshisekedi", "2020-06-01", "CODGOV"),
])
def test_kb_officeholders_take_the_code_of_the_role_held_that_day(name, day, code):
    entries = [e for e in kb.packaged().lookup(name) if e.kind == "person"]
    assert len(entries) == 1
    assert actor_from_entry(entries[0], dt.date.fromisoformat(day)).code == code


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Labour", "2008-05-01", "GBRGOVPTY"),        # a party in government, then in opposition
    ("Labour", "2012-05-01", "GBROPPPTY"),
    ("the Tories", "2012-05-01", "GBRGOVPTY"),
    ("Lib Dems", "2016-05-01", "GBROPPPTY"),
    ("Likud", "2015-01-01", "ISRGOVPTY"),
    ("BJP", "2010-01-01", "INDOPPPTY"),
    ("SPD", "2011-01-01", "DEUOPPPTY"),
    ("MHP", "2019-01-01", "TURPTY"),               # as the file codes Turkey's ruling side
    ("Future Movement", "2019-01-01", "LBNPTY"),
])
def test_kb_parties_are_coded_by_their_place_in_government_that_day(name, day, code):
    entries = [e for e in kb.packaged().lookup(name) if e.kind == "group"]
    assert [actor_from_entry(e, dt.date.fromisoformat(day)).code for e in entries] == [code]


@pytest.mark.parametrize(("name", "day", "code"), [
    ("ICE", "2012-05-01", "USACOP"),
    ("Immigration and Customs Enforcement", "2012-05-01", "USACOP"),
    ("Energy Department", "2019-05-01", "USAGOV"),
    ("Department of Homeland Security", "2019-05-01", "USAGOV"),
    ("Interior Department", "2019-05-01", "USAGOV"),
])
def test_kb_agencies_are_known_by_their_acronym_and_their_name(name, day, code):
    entries = [e for e in kb.packaged().lookup(name) if e.kind == "organisation"]
    assert [actor_from_entry(e, dt.date.fromisoformat(day)).code for e in entries] == [code]


@pytest.mark.parametrize(("name", "code"), [
    ("LNA", "LBYMIL"),                 # Haftar's forces, coded as Haftar
    ("Jaish al-Islam", "SYRREB"),
    ("AQIM", "AFRREB"),                # as the Phoenix dictionaries code the group
    ("Arakan Army", "MMRREB"),
    ("ELN", "COLREB"),                 # Colombia's, not Bolivia's namesake of the 1960s
    ("M23", "CODREB"),
    ("JNIM", "IMGSUNALQ"),             # al-Qaeda's branch, coded as al-Qaeda
    ("Rapid Support Forces", "SDNMIL"),  # in 2018 under the government; a rebel from 2023
])
def test_kb_armed_groups_are_known_by_their_common_names(name, code):
    entries = [e for e in kb.packaged().lookup(name) if e.kind == "group"]
    assert [actor_from_entry(e, dt.date(2018, 1, 1)).code for e in entries] == [code]


@pytest.mark.parametrize("word", ["Graham", "Barr", "Moon", "Holder", "Garland", "Wicker",
                                  "Flake", "Blunt", "Tester", "Booker"])
def test_kb_a_surname_that_is_a_common_word_is_no_alias_of_its_own(word):
    assert [e.name for e in kb.packaged().lookup(word) if e.kind == "person"] == []


@pytest.mark.parametrize("surname", ["Miliband", "Gandhi"])
def test_kb_a_surname_two_people_of_the_period_share_is_no_alias_of_either(surname):
    assert [e.name for e in kb.packaged().lookup(surname) if e.kind == "person"] == []


@pytest.fixture(scope="module")
def resolve():
    resolver = ActorResolver(blank())
    return lambda doc: [(m.text, m.actor.code) for m in resolver(doc)._.mentions]


def test_kb_a_common_word_surname_alone_names_nobody(resolve):
    doc = parse("""
        Graham  NNP  compound  1
        Street  NNP  nsubjpass 3
        was     VBD  auxpass   3
        closed  VBN  ROOT      3  close
        .       .    punct     3
    """, published="2020-01-10")
    assert resolve(doc) == []


def test_kb_a_surname_first_name_is_referred_back_to_by_its_surname_not_by_function_words(
        resolve):
    doc = parse("""
        Moon    NNP  compound  1
        Jae-in  NNP  nsubj     2
        spoke   VBD  ROOT      2  speak
        .       .    punct     2
        In      IN   prep      8
        March   NNP  pobj      4
        ,       ,    punct     8
        Moon    NNP  nsubj     8
        left    VBD  ROOT      8  leave
        .       .    punct     8
    """, ents=[(0, 2, "PERSON"), (7, 8, "PERSON")], published="2019-03-20")
    assert resolve(doc) == [("Moon Jae-in", "KORGOV"), ("Moon", "KORGOV")]


def test_kb_a_surname_that_is_a_common_word_still_refers_back_to_the_person_named(resolve):
    doc = parse("""
        Theresa  NNP  compound  1
        May      NNP  nsubj     2
        spoke    VBD  ROOT      2  speak
        .        .    punct     2
        Later    RB   advmod    8
        ,        ,    punct     8
        Mrs.     NNP  compound  7
        May      NNP  nsubj     8
        left     VBD  ROOT      8  leave
        .        .    punct     8
    """, ents=[(0, 2, "PERSON"), (7, 8, "PERSON")], published="2017-03-01")
    assert resolve(doc) == [("Theresa May", "GBRGOV"), ("May", "GBRGOV")]


@pytest.mark.parametrize(("words", "sector"), [
    (["the", "defence", "minister"], (2, "GOV")),  # the dictionary's stem: "DEFENCE_MINIST"
    (["two", "finance", "ministers"], (2, "GOV")),
    (["the", "opposition"], (1, "OPP")),
])
def test_kb_agent_phrases_written_with_a_stem_cover_its_words(words, sector):
    from communique.kb.agents import sector_of

    assert sector_of(words) == sector


@pytest.mark.parametrize(("code", "country", "expected"), [
    ("NGOPERHRI", "PER", "PERNGOHRI"),  # a Peruvian rights group is Peru's
    ("NGOCHL", "CHL", "CHLNGO"),
    ("NGOHRI", None, "NGOHRI"),         # a transnational group stays one
    ("NGOLAM", "BOL", "NGOLAM"),        # one of a region is no country's
])
def test_kb_a_countrys_non_governmental_group_is_that_countrys(code, country, expected):
    entry = kb.schema.Entry(name="Andean Watch", kind="organisation", country=country,
                            roles=[{"code": code}])
    actor = actor_from_entry(entry, dt.date(2020, 1, 1))
    assert (actor.code, actor.country) == (
        expected, country if expected[:3] != "NGO" else None)
