from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

from communique.clean import clean_document
from communique.clean import article as article_module
from communique.ingest import read_documents
from communique.models import RawDocument
from communique.store import Store, near_duplicates

TODAY = dt.date(2026, 1, 1)
LEAD = ("Turkish warplanes struck suspected Kurdish militant positions in northern Iraq on "
        "Tuesday, the defence ministry in Ankara said in a statement.")
SECOND = ("The ministry said the jets hit shelters and ammunition depots used by the "
          "militants, and that all aircraft returned safely to their bases.")


def clean(text: str, **meta: str) -> list:
    return clean_document(RawDocument(text=text, source_path="t.txt", meta=meta), today=TODAY)


def reasons(article) -> dict[str, str]:
    return {d.text: d.reason for d in article.dropped}


def assert_maps_back(raw: str, article) -> None:
    for i, ch in enumerate(article.text):
        offset = article.raw_offset(i)
        if offset is None:
            assert ch == "\n"
        else:
            assert raw[offset] == ch, (i, ch)


def test_clean_repeated_caption_is_kept_once_as_caption_metadata():
    caption = "Smoke rises over a village in Duhok province. (Photo: Example Agency)"
    raw = f"Turkey strikes militants in Iraq\n\n{caption}\n{caption}\n\n{LEAD}\n\n{SECOND}\n"
    [article] = clean(raw)
    assert article.captions == [caption]
    assert caption not in article.text
    assert [r for t, r in reasons(article).items() if t == caption] == ["repeated caption"]
    assert article.text == f"{LEAD}\n\n{SECOND}"


def test_clean_headline_repeated_above_the_body_is_kept_once():
    raw = f"Turkey strikes militants in Iraq\nTurkey strikes militants in Iraq\n\n{LEAD}\n"
    [article] = clean(raw)
    assert article.title == "Turkey strikes militants in Iraq"
    assert article.text == LEAD


def test_clean_glued_breadcrumb_is_removed_from_the_title():
    raw = f"World NewsMiddle EastTurkey says it will keep striking militants\n\n{LEAD}\n"
    [article] = clean(raw)
    assert article.title == "Turkey says it will keep striking militants"


def test_clean_separated_breadcrumb_and_site_suffix_are_removed_from_the_title():
    raw = f"Home > Politics > Turkey says it will keep striking militants | Daily Example\n\n{LEAD}"
    [article] = clean(raw)
    assert article.title == "Turkey says it will keep striking militants"
    assert article.outlet == "Daily Example"


def test_clean_page_furniture_is_dropped_with_reasons():
    raw = "\n".join([
        "Iraq protests Turkish strikes", "•", "XYZ", "Join our Telegram channel", LEAD,
        "Advertisement", "|", SECOND, "Comments (12)", "Back to top",
        "Copyright 2024 Example Media Group"])
    [article] = clean(raw)
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert reasons(article) == {
        "Iraq protests Turkish strikes": "title", "•": "symbol", "XYZ": "site code",
        "Join our Telegram channel": "page furniture", "Advertisement": "page furniture",
        "|": "symbol", "Comments (12)": "page furniture", "Back to top": "page furniture",
        "Copyright 2024 Example Media Group": "copyright"}
    assert article.outlet == "Example Media Group"


def test_clean_teaser_section_is_dropped_and_does_not_move_the_date():
    raw = "\n".join([
        "Iraq protests Turkish strikes", "Published 5 May 2021", "", LEAD, "", SECOND, "",
        "Popular this week", "Saudi Arabia and Iran restore ties in Beijing deal",
        "The two rivals agreed in 2023 to reopen embassies within two months.",
        "Putin hosts Erdogan in Sochi for grain talks",
        "Russia warns Finland over NATO bid"])
    [article] = clean(raw)
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert reasons(article)["Popular this week"] == "section heading"
    assert reasons(article)["Russia warns Finland over NATO bid"] == "teaser"
    assert (article.published, article.date_precision) == ("2021-05-05", "day")


def test_clean_file_with_two_datelined_stories_is_split():
    raw = "\n".join([
        "Turkey strikes militants in Iraq", "", "ANKARA (Reuters) - " + LEAD, "", SECOND, "",
        "Iran summons Iraqi envoy over border clash", "",
        "TEHRAN, May 4 (AFP) - Iran's foreign ministry summoned Iraq's ambassador on "
        "Wednesday to protest over a clash on the border, state media reported.", ""])
    first, second = clean(raw)
    assert (first.title, first.dateline, first.agency) == (
        "Turkey strikes militants in Iraq", "ANKARA", "Reuters")
    assert (second.title, second.dateline, second.agency, second.part) == (
        "Iran summons Iraqi envoy over border clash", "TEHRAN", "AFP", 2)
    assert second.text.startswith("Iran's foreign ministry summoned")
    assert_maps_back(raw, first)
    assert_maps_back(raw, second)


@pytest.mark.parametrize("caption", [
    "Image copyright Example Agency Image caption The minister arrives for the talks in Ankara",
    "Media playback is unsupported on your device Media caption The talks explained",
    "Hide Caption 4 of 12 Photos: The talks in Ankara The minister arrives for the talks",
])
def test_clean_media_player_and_gallery_caption_frames_are_captions(caption):
    [article] = clean(f"Turkey strikes militants in Iraq\n\n{LEAD}\n\n{caption}\n\n{SECOND}\n")
    assert article.captions == [caption]
    assert article.text.split("\n\n")[-2:] == [LEAD, SECOND]


def test_clean_file_split_at_a_new_caption_block_and_headline():
    raw = "\n".join([
        "Turkey strikes militants in Iraq", LEAD, SECOND, "",
        "Kurdish fighters on patrol near Sinjar. Photo by A. Writer/Reuters",
        "Iraq and Turkey agree to set up joint security committee",
        "Iraq and Turkey agreed on Monday to set up a joint committee to coordinate action "
        "against militants along their border, the Iraqi foreign ministry said."])
    first, second = clean(raw)
    assert first.text == f"{LEAD}\n\n{SECOND}"
    assert second.title == "Iraq and Turkey agree to set up joint security committee"
    assert second.captions == ["Kurdish fighters on patrol near Sinjar. Photo by A. Writer/Reuters"]


def test_clean_lead_printed_twice_is_kept_once():
    raw = f"Turkey strikes militants in Iraq\n\nAFP: {LEAD}\n\nANKARA (AFP) - {LEAD}\n\n{SECOND}"
    [article] = clean(raw)
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert (article.agency, article.dateline) == ("AFP", "ANKARA")
    assert "repeated" in reasons(article).values()


def test_clean_bylines_and_credits_go_to_byline():
    raw = "\n".join(["Turkey strikes militants in Iraq", "By Jane Roe and Sam Poe", LEAD,
                     SECOND, "(Reporting by Ali Kaya in Ankara; Additional reporting by Omar "
                     "Said in Baghdad; Writing by Lee Chan; Editing by Mary Blue)"])
    [article] = clean(raw)
    assert article.byline == ["Jane Roe", "Sam Poe", "Ali Kaya", "Omar Said", "Lee Chan",
                              "Mary Blue"]
    assert "Reporting" not in article.text and "Jane Roe" not in article.text


@pytest.mark.parametrize(("stamp", "expected"), [
    ("March 9, 2021 - 18:05", ("2021-03-09", "day")),
    ("Tuesday, Oct. 8, 2024", ("2024-10-08", "day")),
    ("Updated 12 January 2020", ("2020-01-12", "day")),
    ("26.11.2018 | 23:40", ("2018-11-26", "day")),
])
def test_clean_date_stamps(stamp, expected):
    [article] = clean(f"Turkey strikes militants in Iraq\n{stamp}\n\n{LEAD}")
    assert (article.published, article.date_precision) == expected


def test_clean_caption_date_is_used_when_nothing_else_dates_the_story():
    raw = ("Turkey strikes militants\n\nA jet at Incirlik, June 3, 2022. Photo by A. B/Reuters\n"
           f"{LEAD}")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2022-06-03", "day")


def test_clean_input_date_field_wins():
    [article] = clean(f"Turkey strikes militants\n\n{LEAD}", published="2019-07-01")
    assert (article.published, article.date_precision) == ("2019-07-01", "day")


def test_clean_yearless_dateline_year_from_weekday_and_years_in_text():
    # March 3 fell on a Tuesday in 2015, 2020 and 2026 (after "today"): the text's "since
    # 2016" rules out 2015.
    raw = ("Iraq reopens border crossing\n\nBAGHDAD, March 3 (Reuters) - Iraq reopened a "
           "border crossing with Syria on Tuesday, which had been closed since 2016, officials "
           "said.")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2020-03-03", "day")


def test_clean_yearless_date_stays_null_when_the_year_is_not_pinned():
    raw = "Iraq reopens border crossing\n\nBAGHDAD, March 3 (Reuters) - Iraq reopened a " \
          "border crossing on Tuesday, officials said."
    [article] = clean(raw)
    assert (article.published, article.date_precision) == (None, "none")


def test_clean_yearless_date_pinned_by_office_holder_terms(monkeypatch):
    monkeypatch.setattr(article_module, "TERM_CLUES", [lambda text: [(2021, 2025)]])
    raw = "Erdogan speaks\n\nFriday, May 13\n\nISTANBUL (Reuters) - Erdogan said on Friday " \
          "that Turkey would not back the bid, a day after officials met."
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2022-05-13", "day")


def test_clean_no_date_gives_a_year_only_when_the_clues_leave_one(monkeypatch):
    monkeypatch.setattr(article_module, "TERM_CLUES", [lambda text: [(2009, 2017)]])
    raw = "Embassy reopens\n\nThe embassy reopened on Thursday, after it closed in 2017 " \
          "during the crisis, officials said."
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2017", "year")


def test_clean_non_english_article_is_flagged():
    raw = ("Accord à Vienne\n\nL'Iran et les grandes puissances sont parvenus mardi à Vienne à "
           "un accord sur le programme nucléaire iranien, après deux ans de négociations.")
    [article] = clean(raw)
    assert article.language == "fr"


def test_clean_short_line_of_names_and_verbs_is_english_when_unsure():
    # no stop word and too few words for langdetect to be sure: coded as English
    [article] = clean("Chile criticized Peru.")
    assert article.language == "en"
    [article] = clean("Le Pérou accuse le Chili.")
    assert article.language == "fr"


def test_clean_near_duplicate_wire_story_is_linked():
    a = clean(f"Turkey strikes militants\n\n{LEAD}\n\n{SECOND}")[0]
    b = clean(f"Turkish jets hit militants\n\n{LEAD.replace('Tuesday', 'Tuesday night')}\n\n"
              f"{SECOND}")[0]
    c = clean("Iran summons envoy\n\nIran summoned Iraq's ambassador on Wednesday to protest "
              "over a clash on the border, state media reported.")[0]
    with Store(":memory:") as store:
        near_duplicates.link(store.db, [a, b, c])
    assert [x.duplicate_of for x in (a, b, c)] == [None, a.id, None]


SAMPLE = Path(__file__).resolve().parents[1] / "communique" / "data" / "sample"
EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "sample_expected.json").read_text())


def sample_articles() -> dict[str, list]:
    found = defaultdict(list)
    for raw in read_documents([SAMPLE]):
        found[Path(raw.source_path).name] += clean_document(raw)
    return found


@pytest.fixture(scope="module")
def sample():
    return sample_articles()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clean_sample_corpus_comes_out_clean(sample, name):
    got = sample[name]
    assert len(got) == len(EXPECTED[name])
    for article, want in zip(got, EXPECTED[name], strict=True):
        assert (article.title, article.published, article.date_precision, article.dateline,
                article.agency, article.byline, article.language) == (
            want["title"], want["published"], want["date_precision"], want["dateline"],
            want["agency"], want["byline"], want["language"])
        assert " ".join(article.text.split()[:6]) == want["first_body_words"]
        for line in want["furniture"]:
            assert line not in article.text
        raw = (SAMPLE / name).read_text(encoding="utf-8")
        if name.endswith(".txt"):
            assert_maps_back(raw, article)


def test_clean_top_navigation_tag_lists_and_reading_chrome_are_dropped():
    raw = "\n".join([
        "Skip to main content", "Menu", "Home | World | Middle East | Opinion",
        "PoliticsIraqBaghdad summons Turkish envoy over drone strike", "By Sam Poe",
        "Published on 14 Aug 2024 12:41 PM", "Listen to this article", "3 min read", "",
        "BAGHDAD, Aug 14 (Reuters) - " + LEAD, "", SECOND, "",
        "Related Topics", "Iraq", "Turkey", "PKK", "", "You might also like",
        "Iran and Iraq sign security pact on Kurdish groups",
        "US troops to leave Iraq by end of 2025, officials say"])
    [article] = clean(raw)
    assert article.title == "Baghdad summons Turkish envoy over drone strike"
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert (article.published, article.byline) == ("2024-08-14", ["Sam Poe"])
    assert reasons(article)["Turkey"] == "link list"


def test_clean_caption_copies_with_different_frames_are_one_caption():
    raw = ("Iran and Saudi Arabia restore ties - Latest News | Example Daily\n"
           f"TEHRAN -- {LEAD}\n"
           "Photo: Officials meet in Beijing, March 10, 2023. (Handout via REUTERS)\n"
           "Officials meet in Beijing, March 10, 2023. (Handout via REUTERS)\n" + SECOND)
    [article] = clean(raw)
    assert (article.title, article.outlet) == ("Iran and Saudi Arabia restore ties",
                                               "Example Daily")
    assert len(article.captions) == 1


def test_clean_image_captions_bullets_prompts_and_a_story_after_a_teaser_list():
    raw = "\n".join([
        "Image source, Example Images",
        "Image caption, Soldiers near the front in May 2023",
        "Turkey strikes militants in Iraq", "2 hours ago", "Share", "Save",
        "By Sam Poe, Example News, Ankara", LEAD, SECOND,
        "Related Articles", "• Iran denies sending drones to Russia", "• Oman hosts talks",
        "Click here to sign up for our daily briefing",
        "Qatar hosts talks on Afghan aid", "By Ali Kaya", "12 September 2023",
        "Qatar hosted talks on Tuesday between United Nations officials and Taliban "
        "representatives on humanitarian aid, the Qatari foreign ministry said."])
    first, second = clean(raw)
    assert (first.title, first.byline, first.published) == (
        "Turkey strikes militants in Iraq", ["Sam Poe"], None)  # the photo's month is not it
    assert first.text == f"{LEAD}\n\n{SECOND}"
    assert first.captions == ["Image source, Example Images",
                              "Image caption, Soldiers near the front in May 2023"]
    assert reasons(first)["• Oman hosts talks"] == "link list"
    assert (second.title, second.byline, second.published) == (
        "Qatar hosts talks on Afghan aid", ["Ali Kaya"], "2023-09-12")


def test_clean_run_of_one_character_is_cut_to_the_cap_and_recorded():
    from communique.clean.lines import MAX_REPEAT, REPEAT_REASON

    line = "Protesters chanted " + "!" * 5000 + " outside the parliament in Baku."
    raw = "Breaking News Today\n\n" + LEAD + "\n\n" + line + "\n"
    [article] = clean(raw)
    assert article.text == LEAD + "\n\n" + "Protesters chanted " + "!" * MAX_REPEAT + \
        " outside the parliament in Baku."
    run_start = raw.index("!")
    cut = [d for d in article.dropped if d.reason == REPEAT_REASON]
    assert [(d.text, d.start) for d in cut] == [("!" * (5000 - MAX_REPEAT),
                                                 run_start + MAX_REPEAT)]
    assert_maps_back(raw, article)
    after = article.text.index(" outside")
    assert article.raw_offset(after) == raw.index(" outside")
    assert article.raw_offset(after - 1) == run_start + MAX_REPEAT - 1


def test_clean_long_text_without_spaces_is_cut_to_its_first_characters():
    from communique.clean.lines import CHUNK_REASON, MAX_CHUNK, REPEAT_REASON

    emoji = "".join(chr(0x1F600 + i % 40) for i in range(3000))  # no two alike in a row
    blob = "QUJD" * 500  # base64, 2,000 characters
    line = f"The post read {emoji} and the file {blob} was attached."
    raw = LEAD + "\n\n" + line + "\n\n" + SECOND + "\n"
    [article] = clean(raw)
    assert article.text == (LEAD + "\n\n" + f"The post read {emoji[:MAX_CHUNK]} and the file "
                            f"{blob[:MAX_CHUNK]} was attached." + "\n\n" + SECOND)
    assert [(d.text, d.reason, d.start) for d in article.dropped] == [
        (emoji[MAX_CHUNK:], CHUNK_REASON, raw.index(emoji) + MAX_CHUNK),
        (blob[MAX_CHUNK:], CHUNK_REASON, raw.index(blob) + MAX_CHUNK)]
    assert_maps_back(raw, article)
    assert article.raw_offset(article.text.index(SECOND)) == raw.index(SECOND)
    assert REPEAT_REASON not in reasons(article).values()


def test_clean_runs_inside_a_long_chunk_count_as_cut():
    from communique.clean.lines import CHUNK_REASON, MAX_REPEAT, REPEAT_REASON, long_runs

    # 150 x's → 20; the chunk then keeps 20 x, 20 !, 20 y: under the chunk limit.
    assert long_runs("x" * 150 + "!" * 50 + "y" * 100) == [
        (MAX_REPEAT, 150, REPEAT_REASON), (150 + MAX_REPEAT, 200, REPEAT_REASON),
        (200 + MAX_REPEAT, 300, REPEAT_REASON)]
    # 300 x's → 20, then 400 distinct letters: the chunk's 200th kept character is the
    # 180th of them, and what follows is cut whole (runs after it included).
    letters = "ab" * 200
    text = "x" * 300 + letters + "z" * 40
    cut_at = 300 + 180
    assert long_runs(text) == [(MAX_REPEAT, 300, REPEAT_REASON),
                               (cut_at, len(text), CHUNK_REASON)]


def test_clean_paragraph_in_a_script_without_spaces_is_not_cut():
    from communique.clean.lines import long_runs

    assert long_runs("土耳其战机周二空袭了伊拉克北部的武装分子阵地。" * 20) == []
    assert long_runs("中文" * 150 + "!?" * 100)[0][2].startswith("text without spaces")


def test_clean_cut_runs_are_reported_as_a_notice(write):
    from communique.pipeline import Summary, articles_from

    path = write("runs.txt", LEAD + "\n\nThey chanted " + "!" * 500 + " and " +
             "?" * 300 + " all day.\n")
    notices = []
    articles = list(articles_from([path], Summary(), notices.append))
    assert len(articles) == 1
    assert [n.code for n in notices] == ["W004"]
    assert "2 over-long runs were cut" in str(notices[0])


HARBOUR = ("Harbour workers in the southern port returned to their posts on Thursday after "
           "union leaders accepted a pay offer, ending a walkout that stranded cargo ships.")
FARMERS = ("Hundreds of farmers blocked the main highway south of the city with tractors, "
           "demanding that the province cancel new limits on irrigation water.")


def test_clean_second_story_with_caption_copies_code_and_repeated_headline_is_split():
    # Second story: headline, caption printed twice, a site code, the headline again, lead.
    raw = "\n".join([
        "Harbour workers end strike after pay deal", "",
        "Idle cranes at the port on 4 March 2019. (Photo: Port Agency)", "", HARBOUR, "",
        "The deal raises wages by eight percent over two years, the union said.", "",
        "Farmers block highway in protest over water rights", "",
        "Farmers beside tractors parked across the road. (Photo: Field Press)",
        "Farmers beside tractors parked across the road. (Photo: Field Press)", "",
        "FPX", "", "Farmers block highway in protest over water rights", "",
        FARMERS + " They say the harvest of 2017 will fail.", ""])
    first, second = clean(raw)
    assert first.title == "Harbour workers end strike after pay deal"
    assert "Farmers" not in first.text
    # The first story's own caption dates it; the second story's year never does.
    assert (first.published, first.date_precision) == ("2019-03-04", "day")
    assert second.title == "Farmers block highway in protest over water rights"
    assert second.text.startswith("Hundreds of farmers")
    assert (second.published, second.date_precision) == (None, "none")
    assert reasons(second)["FPX"] == "site code"
    assert "repeated" in reasons(second).values()
    assert_maps_back(raw, first)
    assert_maps_back(raw, second)


def test_clean_headline_repeated_right_after_itself_is_a_repeat_not_a_story():
    raw = "\n".join(["Harbour workers end strike after pay deal",
                     "Harbour workers end strike after pay deal", HARBOUR,
                     "The deal raises wages by eight percent over two years, the union said."])
    [article] = clean(raw)
    assert article.title == "Harbour workers end strike after pay deal"
    assert list(reasons(article).values()).count("repeated") == 1


def test_clean_subheading_inside_a_story_does_not_split_it():
    raw = "\n".join(["Harbour workers end strike after pay deal", HARBOUR,
                     "Talks with the port authority", FARMERS])
    [article] = clean(raw)
    assert "Talks with the port authority" in article.text or \
        "Talks with the port authority" in reasons(article)


WAGES = "The deal raises wages by eight percent over two years, the union said."
WALKOUT = ("The walkout cost the harbour authority millions in lost fees, and shipping lines "
           "diverted cargo to other ports along the coast.")


def test_clean_bare_headline_over_a_lead_after_a_complete_story_starts_a_new_story():
    # No caption, stamp or byline between the second headline and its lead.
    raw = "\n".join(["Harbour workers end strike after pay deal", HARBOUR, WAGES,
                     "Farmers block highway in protest over water rights", FARMERS,
                     "Police said the road would stay closed until the evening."])
    first, second = clean(raw)
    assert first.title == "Harbour workers end strike after pay deal"
    assert first.text == f"{HARBOUR}\n\n{WAGES}"
    assert second.title == "Farmers block highway in protest over water rights"
    assert second.text.startswith("Hundreds of farmers")
    assert_maps_back(raw, second)


@pytest.mark.parametrize("subheading", [
    "Strike cost the harbour millions",      # goes on with the story's own subject
    "Lost fees and diverted cargo",          # a label over the paragraph, sharing no word
])
def test_clean_subheading_after_several_paragraphs_does_not_split(subheading):
    raw = "\n".join(["Harbour workers end strike after pay deal", HARBOUR, WAGES,
                     subheading, WALKOUT])
    [article] = clean(raw)
    assert WALKOUT in article.text


def test_clean_bare_headline_in_a_story_that_uses_subheadings_or_names_its_people_is_kept():
    uses_subheadings = ["Harbour workers end strike after pay deal", HARBOUR,
                        "Lost fees and diverted cargo", WALKOUT, WAGES,
                        "Farmers block highway in protest over water rights", FARMERS]
    names = "Harbour chief Ines Varga spoke for the union at every meeting, the paper said."
    same_people = ["Harbour workers end strike after pay deal", HARBOUR, names,
                   "Varga thanks farmers for their support",
                   "Farmers from the valley sent food to the picket line every day, and Varga "
                   "visited their villages to thank them before the vote on Friday."]
    for lines in (uses_subheadings, same_people):
        assert len(clean("\n".join(lines))) == 1


def test_clean_bare_headline_needs_a_complete_story_before_it():
    # One paragraph is not yet a story, and a paragraph cut off mid-sentence is not complete.
    for body in ([HARBOUR], [HARBOUR, "The deal raises wages by eight percent over two years"]):
        raw = "\n".join(["Harbour workers end strike after pay deal", *body,
                         "Farmers block highway in protest over water rights", FARMERS])
        assert len(clean(raw)) == 1


def test_clean_reader_furniture_is_dropped_with_its_reason():
    raw = "\n".join([
        "Harbour workers end strike after pay deal", HARBOUR,
        "Play video", "Video duration 02:41", "0:00 / 2:41",
        "(Read more: Coastal towns brace for the winter storm season)",
        "WATCH: How the night shift keeps the cranes moving",
        "The deal raises wages by eight percent over two years, the union said.",
        "Tell us what you think in the comments below", "Join the conversation",
        "Be the first to comment", "Return to top", "Related coverage", "You may also like:"])
    [article] = clean(raw)
    assert article.text == (f"{HARBOUR}\n\nThe deal raises wages by eight percent over two "
                            "years, the union said.")
    got = reasons(article)
    assert got["Play video"] == got["Video duration 02:41"] == "video player"
    assert "0:00 / 2:41" in got
    assert got["(Read more: Coastal towns brace for the winter storm season)"] == "promo"
    assert got["WATCH: How the night shift keeps the cranes moving"] == "promo"
    assert got["Tell us what you think in the comments below"] == "call to action"
    assert got["Join the conversation"] == got["Return to top"] == \
        got["Be the first to comment"] == "call to action"
    assert got["Related coverage"] == got["You may also like:"] == "related articles heading"


def test_clean_photo_gallery_run_is_dropped_with_its_captions():
    raw = "\n".join([
        "Harbour workers end strike after pay deal", HARBOUR,
        "1 of 3", "Dockers cheer outside the gates.", "2 of 3",
        "A crane lifts the first container since the walkout.", "3 of 3", "Next image",
        "The deal raises wages by eight percent over two years, the union said."])
    [article] = clean(raw)
    assert "Dockers cheer" not in article.text and "crane lifts" not in article.text
    assert reasons(article)["Dockers cheer outside the gates."] == "photo gallery"
    assert reasons(article)["Next image"] == "photo gallery"


def test_clean_furniture_list_can_be_extended():
    from communique.clean import furniture

    line = "Harbour Weekly readers' club: members save ten percent"
    raw = "\n".join(["Harbour workers end strike after pay deal", HARBOUR, line])
    assert line in clean(raw)[0].text
    saved = list(furniture.LISTED)
    try:
        furniture.extend(["re:Harbour Weekly readers.? club\\b.*"])
        [article] = clean(raw)
        assert line not in article.text
        assert reasons(article)[line] == "page furniture (list)"
    finally:
        furniture.LISTED[:] = saved


def test_clean_caption_date_ranks_below_a_stamp_and_a_file_photo_never_dates():
    stamped = "\n".join(["Harbour workers end strike after pay deal", "12 May 2020",
                         "Cranes at the port on 3 April 2020. (Photo: Port Agency)", HARBOUR])
    assert clean(stamped)[0].published == "2020-05-12"
    archive = "\n".join(["Harbour workers end strike after pay deal",
                         "File photo: cranes at the port on 3 April 2016. (Photo: Port Agency)",
                         HARBOUR])
    assert clean(archive)[0].published is None
    credited = "\n".join(["Harbour workers end strike after pay deal", HARBOUR,
                          "(Reporting by Ana Ruiz, 14 June 2021; Editing by Tom Bell)"])
    assert (clean(credited)[0].published, clean(credited)[0].date_precision) == (
        "2021-06-14", "day")


def test_clean_wire_date_without_year_pinned_by_weekday_office_holder_and_background_event(
        monkeypatch):
    # "June 9" fell on a Friday in 2017 and 2023; the governor's term and the dated
    # background event leave only 2023.
    monkeypatch.setattr(article_module, "TERM_CLUES",
                        [lambda text: [(dt.date(2019, 3, 1), dt.date(2025, 2, 28))]
                         if "Governor" in text else []])
    raw = ("Valley dam reopens after repairs\n\nRIVERTON, June 9 (Wire) - Engineers reopened "
           "the valley dam on Friday, Governor Ana Ruiz said, months after floods on March 2, "
           "2022 cracked its spillway.")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2023-06-09", "day")


def test_clean_undated_story_dated_where_office_holders_terms_overlap(monkeypatch):
    terms = {"Mayor": (dt.date(2010, 5, 1), dt.date(2014, 4, 30)),
             "Governor": (dt.date(2013, 1, 10), dt.date(2019, 1, 9)),
             "Minister": (dt.date(2012, 6, 1), dt.date(2013, 1, 31)),
             "Chief": (dt.date(2011, 2, 1), dt.date(2016, 8, 1))}
    monkeypatch.setattr(article_module, "TERM_CLUES",
                        [lambda text: [t for k, t in terms.items() if k in text]])
    raw = ("Leaders open new river bridge\n\nMayor Ana Ruiz, Governor Tom Bell, Minister Lia "
           "Ford and Chief Omar Diaz cut the ribbon on the new bridge, which took four years "
           "to build.")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2013-01", "month")
    del terms["Minister"]  # 2013-01-10 to 2014-04-30: a range over two years
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2013", "year")
    assert article.date_note == "between 2013-01-10 and 2014-04-30"
    del terms["Mayor"]  # up to 2016: too wide to date; the note says what is known
    [article] = clean(raw)
    assert (article.published, article.date_precision) == (None, "none")
    assert article.date_note == "between 2013-01-10 and 2016-08-01"


def test_clean_relative_years_pin_or_bound_the_year():
    raw = ("Square fills again\n\nCrowds returned to the square two years after the 2011 "
           "uprising, organisers said.")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2013", "year")
    # "since … 2015" means later than 2015: March 3 was a Tuesday in 2015, 2020 and 2026
    # (after today); only 2020 is left.
    raw = ("Border crossing reopens\n\nTOWNVILLE, March 3 (Wire) - The crossing reopened on "
           "Tuesday, shut since the war began in 2015, officials said.")
    [article] = clean(raw)
    assert (article.published, article.date_precision) == ("2020-03-03", "day")


def test_clean_date_note_is_stored_and_read_back(monkeypatch, tmp_path):
    terms = {"Governor": (dt.date(2013, 1, 10), dt.date(2019, 1, 9)),
             "Mayor": (dt.date(2010, 5, 1), dt.date(2014, 4, 30))}
    monkeypatch.setattr(article_module, "TERM_CLUES",
                        [lambda text: [t for k, t in terms.items() if k in text]])
    [article] = clean("Leaders open new river bridge\n\nMayor Ana Ruiz and Governor Tom Bell cut "
                      "the ribbon on the new bridge, which took four years to build.")
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([article], [], [])
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        [row] = list(store.articles())
    assert (row["published"], row["date_precision"], row["date_note"]) == \
        ("2013", "year", "between 2013-01-10 and 2014-04-30")


def test_clean_finds_name_cards_run_into_a_sentence():
    from communique.clean.cards import blank_name_cards, name_cards

    card = "Ana María RuizSenate panel backs water bill Ruiz: 'We will win' MORE"
    text = f"Sen. Ana Ruiz {card} (D-Calif.) said on Monday that the bill would pass."
    start = text.index(card)
    assert name_cards(text) == [(start, start + len(card))]
    assert blank_name_cards(text) == text.replace(card, " " * len(card))
    # A name not repeated into a headline, or no closing link, is the sentence's own.
    assert name_cards("Sen. Ana Ruiz Ana María Lopez said MORE was needed.") == []
    assert name_cards("Sen. Ana Ruiz Ana María RuizSenate panel backs the bill.") == []


@pytest.mark.parametrize("line", [
    "JUST WATCHED Dockers cheer at the gates Replay More Videos ...",
    "Sign up for daily harbour newsletters",
    "Copyright 2021 Harbour Weekly. All rights reserved.",
])
def test_clean_player_credits_and_sign_up_lines_are_furniture(line):
    raw = "\n".join(["Harbour workers end strike after pay deal", HARBOUR, line])
    [article] = clean(raw)
    assert line not in article.text
    assert reasons(article)[line] == "page furniture (list)"
