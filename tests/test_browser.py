"""Every page of the web UI in real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright; no browser download), against a uvicorn server on a free localhost port.

Content is checked, a filter clicked, links followed, and each page saved as a screenshot in
build/screenshots/. One test ingests articles carrying <script>, <img onerror> and
javascript: payloads and shows that none of them runs; another gives an actor, through a
user's --actors file, a role title full of markup and shows it as text in the roles chart's
tooltip, also with the Content-Security-Policy switched off.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from communique.cli import cli

pytestmark = pytest.mark.slow  # a real browser against a real server
CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium "
                "(`apt-get install -y chromium`, which `make test` does)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
expect = sync_api.expect

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# Untrusted article text: each payload would set window.__pwned (or open a dialog) if it ran.
XSS = {
    "id": "xss-1",
    "title": "Iran condemns Iraq <script>window.__pwned='title'</script>"
             "<img src=x onerror=\"window.__pwned='title-img'\">",
    "published": "2024-05-07",
    "url": "javascript:window.__pwned='url'",
    "source": "Evil <b>Times</b>",
    "text": "Iran condemned Iraq on Tuesday <script>window.__pwned='script';alert('script')"
            "</script> over the border clashes.\n\nTurkish warplanes attacked Iraq <img src=x "
            "onerror=\"window.__pwned='img';alert('img')\"> near Erbil on Monday, officials "
            "said.\n\nIraqi officials urged readers to <a href=\"javascript:window.__pwned="
            "'link'\">click here</a> and said Baghdad would protest to Ankara.",
}
# A user's actor file whose role title is markup: the actor page's roles chart shows it in a
# tooltip, which ECharts renders as HTML.
EVIL_TITLE = "<img src=x onerror=\"window.__pwned='role'\">Minister <b>of</b> Tricks"
EVIL_ACTOR = {"name": "Zorblat Quux", "kind": "person", "country": "IRQ", "aliases": ["Quux"],
              "roles": [{"code": "IRQGOV", "start": "2020-01-01", "end": None,
                         "title": EVIL_TITLE}], "source": "test"}
EVIL_ARTICLE = {"id": "xss-2", "title": "Iraqi minister condemns Turkey",
                "published": "2024-05-09",
                "text": "Iraqi minister Zorblat Quux condemned Turkey on Thursday over the "
                        "border clashes."}
# Records CSP violations: a payload that became markup would be blocked and show up here.
WATCH = ("window.__violations = [];"
         "document.addEventListener('securitypolicyviolation', e => "
         "window.__violations.push(e.violatedDirective));")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample corpus plus one article full of script payloads."""
    folder = tmp_path_factory.mktemp("browser")
    path = str(folder / "demo.duckdb")
    runner = CliRunner()
    result = runner.invoke(cli, ["demo", "--no-serve", "-q", "--db", path])
    assert result.exit_code == 0, result.output
    (folder / "xss.jsonl").write_text(json.dumps(XSS) + "\n" + json.dumps(EVIL_ARTICLE) + "\n",
                                      encoding="utf-8")
    (folder / "actors.jsonl").write_text(json.dumps(EVIL_ACTOR) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["run", str(folder / "xss.jsonl"), "-q", "--db", path,
                                 "--actors", str(folder / "actors.jsonl")])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def server(db: str) -> Iterator[str]:
    """`communique serve` in a thread: the app over the database opened read-only."""
    yield from serving(db)


@pytest.fixture(scope="module")
def bare_server(db: str) -> Iterator[str]:
    """The same app without its Content-Security-Policy: escaping alone must keep text text."""
    yield from serving(db, csp=None)


def serving(db: str, **options: Any) -> Iterator[str]:
    from communique.store import Store
    from communique.web.app import create_app
    from communique.web.server import UVICORN

    store = Store(db, read_only=True)
    port = free_port()
    config = uvicorn.Config(create_app(store, **options), host="127.0.0.1", port=port,
                            **UVICORN)
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


class Visit:
    """A page that records script errors, dialogs and requests to other hosts."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.page.add_init_script(WATCH)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", self._request)

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.base) and not request.url.startswith("data:"):
            self.foreign.append(request.url)

    def open(self, path: str) -> Any:
        self.page.goto(self.base + path)
        return self.ready()

    def ready(self) -> Any:
        self.page.wait_for_selector("body[data-ready='1']", state="attached")
        assert self.page.locator("#errors").is_hidden(), self.page.inner_text("#errors")
        assert self.page.evaluate("window.__pwned") is None
        assert self.page.evaluate("window.__violations") == []
        return self.page

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def clean(self) -> None:
        assert self.errors == [] and self.dialogs == [] and self.foreign == []
        assert self.page.evaluate("window.__pwned") is None
        assert self.page.evaluate("window.__violations") == []


@pytest.fixture
def visit(browser: Any, server: str, db: str, tmp_path: Path) -> Iterator[Visit]:
    v = Visit(browser, server)
    v.db, v.tmp = db, tmp_path
    yield v
    v.clean()
    v.page.close()


def chart_drawn(page: Any, selector: str) -> bool:
    return page.locator(f"{selector} canvas").count() > 0


def test_browser_overview(visit: Visit):
    page = visit.open("/")
    cards = page.locator("#counts .card").all_inner_texts()
    assert any(re.fullmatch(r"\d+\s+events", c.strip()) for c in cards)
    assert chart_drawn(page, "#months-chart")
    assert page.locator("#top-dyads tbody tr").count() > 0
    visit.shot("overview")
    page.locator("#top-actors tbody tr a").first.click()
    visit.ready()
    assert page.url.startswith(visit.base + "/actors/")


def test_browser_explorer_filter_sort_and_follow(visit: Visit):
    page = visit.open("/events")
    assert page.locator("#events-table tbody tr").count() > 0
    page.select_option("#filters select[name=quad]", "4")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("where quad 4")
    badges = page.locator("#events-table .quad").all_inner_texts()
    assert badges and set(badges) == {"Q4"}
    assert "quad=4" in page.url
    assert "quad=4" in page.get_attribute("#api-link", "href")
    page.click("button.sort[data-sort=goldstein]")
    expect(page.locator("#summary")).to_contain_text("sorted by goldstein")
    visit.shot("events")
    page.locator("#events-table tbody tr td a").first.click()
    visit.ready()
    assert "/events/" in page.url
    assert page.locator("#sentence mark").count() > 0


def test_browser_event_page_marks_sentence_and_article(visit: Visit, server: str):
    import httpx2

    events = httpx2.get(f"{server}/api/events", params={"dyad": "TUR-IRQ", "code": "042"}).json()
    page = visit.open(f"/events/{events['events'][0]['id']}")
    assert page.locator("#sentence mark.source").first.inner_text() == \
        "Turkish President Tayyip Erdogan"
    assert page.locator("#sentence mark.trigger").inner_text() == "arrived"
    assert page.locator("#sentence mark.target").first.inner_text() == "Baghdad"
    assert page.locator("#article-text a.ev.current").count() == 1
    assert page.locator("#article-text a.ev").count() >= 2
    e = events["events"][0]
    stories = f"{e['num_articles']} {'story' if e['num_articles'] == 1 else 'stories'}"
    assert f"Reported in{stories} from {e['num_sources']} source" in \
        page.locator("#facts").inner_text().replace("\n", "").replace("\t", "")
    visit.shot("event")
    page.click("#article-link")
    visit.ready()
    assert "/articles/" in page.url


def test_browser_dyad(visit: Visit):
    page = visit.open("/dyad?dyad=TUR-IRQ")
    assert page.inner_text("#dyad-title").startswith("TUR → IRQ")
    assert chart_drawn(page, "#dyad-chart")
    assert page.locator("#events-table tbody tr").count() > 0
    visit.shot("dyad")
    page.click("#reverse")
    visit.ready()
    assert page.url.endswith("/dyad?dyad=IRQ-TUR")


def test_browser_actors_and_actor(visit: Visit):
    page = visit.open("/actors")
    page.fill("#search input[name=text]", "Erdogan")
    page.click("#search button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("matching “Erdogan”")
    visit.shot("actors")
    page.locator("#actors-table tbody tr td a").first.click()
    visit.ready()
    assert "Erdogan" in page.inner_text("#actor-title")
    assert page.locator("#roles tbody tr").count() > 0
    assert chart_drawn(page, "#roles-chart")
    visit.shot("actor")
    page = visit.open("/actors/IRNGOV")
    assert page.locator("#counterparts tbody tr").count() > 0
    assert page.locator("#members tbody tr").count() > 0
    visit.shot("actor-code")


def test_browser_network(visit: Visit):
    page = visit.open("/network")
    assert chart_drawn(page, "#network-chart")
    assert page.locator("#edges tbody tr").count() > 0
    visit.shot("network")
    page.select_option("#filters select[name=quad]", "4")
    page.click("#filters button[type=submit]")
    visit.ready()
    assert "quad=4" in page.url


def test_browser_map_is_offline(visit: Visit):
    page = visit.open("/map")
    assert chart_drawn(page, "#map-chart")
    page.locator("#place-events button.linklike").first.click()
    assert page.locator("#place-events tbody tr td a").count() > 0
    visit.shot("map")
    assert visit.foreign == []


def test_browser_article_reader_shows_what_cleaning_dropped(visit: Visit):
    page = visit.open("/articles?search=parliament")
    page.locator("#articles-table tbody tr td a", has_text="Turkish parliament").first.click()
    visit.ready()
    assert page.locator("#dropped-section").is_hidden()
    page.check("#show-dropped")
    assert page.locator("#dropped-section").is_visible()
    reasons = page.locator("#dropped tbody tr td:first-child").all_inner_texts()
    assert "page furniture" in reasons
    visit.shot("article")


def test_browser_untrusted_text_never_runs(visit: Visit, server: str):
    import httpx2

    article = httpx2.get(f"{server}/api/articles", params={"search": "window.__pwned"}).json()
    [row] = article["articles"]
    page = visit.open(f"/articles/{row['id']}")
    page.check("#show-dropped")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned='script';alert('script')</script>" in text
    assert "<img src=x onerror=" in text
    assert page.inner_text("#article-title").startswith("Iran condemns Iraq <script>")
    assert page.locator("main script, main img, a[href^='javascript']").count() == 0
    assert "not a web address" in page.inner_text("#facts")
    page.locator("#events-table tbody tr td a").first.click()
    visit.ready()
    assert page.locator("main script, main img").count() == 0
    visit.shot("xss-event")
    for path in ("/events?text=pwned", "/articles?search=pwned", "/", "/map", "/network"):
        visit.open(path)
        assert page.locator("main script, main img").count() == 0
    visit.open(f"/articles/{row['id']}")
    visit.shot("xss-article")


@pytest.mark.parametrize("policy", ["with CSP", "without CSP"])
def test_browser_role_title_in_chart_tooltip_is_text(browser: Any, server: str,
                                                      bare_server: str, policy: str):
    """A role title from a user's --actors file reaches the roles chart's tooltip (HTML in
    ECharts) as text, even with no Content-Security-Policy to fall back on."""
    import httpx2

    base = server if policy == "with CSP" else bare_server
    headers = httpx2.get(f"{base}/").headers
    assert ("content-security-policy" in headers) == (policy == "with CSP")
    [actor] = httpx2.get(f"{base}/api/actors", params={"text": "Zorblat"}).json()["actors"]
    visit = Visit(browser, base)
    try:
        page = visit.open(f"/actors/{actor['id']}")
        assert page.inner_text("#roles").count(EVIL_TITLE) == 1
        assert chart_drawn(page, "#roles-chart")
        page.evaluate("echarts.getInstanceByDom(document.getElementById('roles-chart'))"
                      ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})")
        tooltip = page.locator("#roles-chart > div").filter(has_text="Minister")
        expect(tooltip).to_be_visible()
        page.wait_for_timeout(200)  # an onerror handler would have fired by now
        assert page.evaluate("window.__pwned") is None
        expect(tooltip).to_contain_text(
            f"Zorblat Quux · {EVIL_TITLE} · IRQGOV, 2020-01-01 – present")
        assert page.locator("main img, main b").count() == 0
        visit.shot(f"xss-role-tooltip-{policy.split()[0]}")
        visit.clean()
    finally:
        visit.page.close()


def test_browser_filter_bar_state_round_trips_through_the_address(visit: Visit, server: str):
    page = visit.open("/")
    page.fill("#filters input[name=country]", "Iraq")
    page.fill("#filters input[name=min_confidence]", "0.5")
    page.check("#filters input[name=hide_domestic]")
    page.click("#filters button[type=submit]")
    visit.ready()
    assert "country=Iraq" in page.url and "hide_domestic=true" in page.url
    expect(page.locator("#filters-summary")).to_contain_text(
        "country Iraq, min confidence 0.5, hide domestic")
    shared = page.url
    assert "hide_domestic=true" in page.get_attribute("#api-link", "href")
    href = page.get_attribute("#downloads a[data-format=csv]", "href")
    assert "country=Iraq" in href and "min_confidence=0.5" in href
    # the same address opened afresh shows the same filters, and every view keeps them
    page.goto(server + "/map")
    visit.ready()
    page.goto(shared)
    visit.ready()
    assert page.input_value("#filters input[name=country]") == "Iraq"
    assert page.is_checked("#filters input[name=hide_domestic]")
    page.locator("#counts a.card").first.click()
    visit.ready()
    assert "/events?" in page.url and "country=Iraq" in page.url
    assert page.input_value("#filters input[name=min_confidence]") == "0.5"
    expect(page.locator("#summary")).to_contain_text("min_confidence 0.5")
    visit.shot("events-filtered")


def test_browser_review_an_event(visit: Visit, server: str):
    import httpx2

    page = visit.open("/events?country=TUR")
    page.locator("#events-table tbody tr td a").first.click()
    visit.ready()
    expect(page.locator("#review-status")).to_contain_text("Not reviewed yet")
    page.check("#review input[name=verdict][value=wrong]")
    page.fill("#review input[name=cameo]", "173")
    page.click("#review button[type=submit]")
    expect(page.locator("#review-status")).to_contain_text("Saved: wrong, code 173")
    page.reload()
    visit.ready()
    assert page.is_checked("#review input[name=verdict][value=wrong]")
    assert page.input_value("#review input[name=cameo]") == "173"
    visit.shot("event-review")
    # the verdict is in the gold file `communique eval` reads, and in the report's precision
    event_id = page.url.rsplit("/", 1)[1]
    event = httpx2.get(f"{server}/api/events/{event_id}").json()["event"]
    db = httpx2.get(f"{server}/api/events/{event_id}/review").json()
    assert db["review"]["coded_cameo"] == event["cameo"]
    result = CliRunner().invoke(cli, ["reviews", "export", "--db", visit.db, "-o",
                                      str(visit.tmp / "reviewed.jsonl")])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in
                (visit.tmp / "reviewed.jsonl").read_text().splitlines()]
    assert record["article"] == event["article_id"]
    assert [(e["sentence"], e["code"]) for e in record["events"]] == [(event["span"], "173")]
    result = CliRunner().invoke(cli, ["reviews", "precision", "--db", visit.db, "--format",
                                      "csv"])
    assert result.output.splitlines()[:3] == [
        "by,group,reviewed,right,precision", "all,,1,0,0.0",
        f"root,{event['cameo'][:2]},1,0,0.0"]
    page.goto(f"{server}/report?country=TUR")
    expect(page.locator("#review-precision")).to_contain_text(
        "0 of 1 reviewed events judged right (0.0 %)")


VIEWS = ["/", "/events", "/dyad?dyad=TUR-IRQ", "/actors/IRNGOV", "/network", "/map",
         "/articles"]


@pytest.mark.parametrize("view", VIEWS)
def test_browser_shared_filters_on_every_view(visit: Visit, view: str):
    filters = "country=Iraq&min_confidence=0.5&hide_uncoded=true&root=19"
    page = visit.open(f"{view}{'&' if '?' in view else '?'}{filters}")
    assert page.input_value("#filters input[name=country]") == "Iraq"
    assert page.input_value("#filters input[name=min_confidence]") == "0.5"
    assert page.input_value("#filters select[name=root]") == "19"
    assert page.is_checked("#filters input[name=hide_uncoded]")
    # the view's data, its downloads and its report are all asked for with the filters
    for link in ("#api-link", "#downloads a[data-format=csv]", "#report-link"):
        href = page.get_attribute(link, "href")
        assert all(f in href for f in filters.split("&")), (link, href)
    # changing a filter in the bar changes the address, so the view can be shared
    page.select_option("#filters select[name=root]", "04")
    page.click("#filters button[type=submit]")
    visit.ready()
    assert "root=04" in page.url and "country=Iraq" in page.url
    assert "root=04" in page.get_attribute("#api-link", "href")
    if view == "/articles":
        visit.shot("articles-filtered")


def test_browser_articles_list(visit: Visit):
    page = visit.open("/articles")
    every = page.locator("#articles-table tbody tr").count()
    assert every > 0
    visit.shot("articles")
    page.fill("#filters input[name=country]", "Ukraine")
    page.click("#filters button[type=submit]")
    visit.ready()
    expect(page.locator("#summary")).to_contain_text("reporting an event the filters keep")
    assert 0 < page.locator("#articles-table tbody tr").count() < every


def test_browser_download_of_a_filtered_sorted_view_is_the_apis_rows(visit: Visit,
                                                                   server: str):
    import csv

    import httpx2

    page = visit.open("/events?country=Iraq&min_confidence=0.5")
    page.click("#events-table button.sort[data-sort=goldstein]")
    visit.ready()
    expect(page.locator("#summary")).to_contain_text("sorted by goldstein")
    with page.expect_download() as download:
        page.click("#downloads a[data-format=csv]")
    path = visit.tmp / "events.csv"
    download.value.save_as(path)
    with path.open(encoding="utf-8") as stream:
        downloaded = [row["id"] for row in csv.DictReader(stream)]
    api = httpx2.get(f"{server}/api/events", params={
        "country": "Iraq", "min_confidence": "0.5", "sort": "goldstein", "limit": 1000}).json()
    assert api["total"] > 5
    assert downloaded == [e["id"] for e in api["events"]]


MAP_STATE = """() => {
  const chart = echarts.getInstanceByDom(document.getElementById("map-chart"));
  const option = chart.getOption();
  const points = option.series[0].data;
  return {center: option.geo[0].center, zoom: option.geo[0].zoom,
          points: points.map((p) => ({
            value: p.value, places: p.group.places.length,
            pixel: chart.convertToPixel({geoIndex: 0}, p.value.slice(0, 2))}))};
}"""


def test_browser_map_fits_the_data_and_clusters(visit: Visit, server: str):
    import httpx2

    places = httpx2.get(f"{server}/api/map").json()["places"]
    page = visit.open("/map")
    state = page.evaluate(MAP_STATE)
    lons, lats = [p["lon"] for p in places], [p["lat"] for p in places]
    # fitted: centred on the places' extent and zoomed in from the whole world
    assert state["center"] == pytest.approx([(min(lons) + max(lons)) / 2,
                                             (min(lats) + max(lats)) / 2])
    assert state["zoom"] > 1
    # clustered: fewer points than places, every place in one point
    assert len(state["points"]) < len(places)
    assert sum(p["places"] for p in state["points"]) == len(places)
    cluster = max(state["points"], key=lambda p: p["places"])
    assert cluster["places"] > 1
    box = page.locator("#map-chart").bounding_box()
    page.mouse.click(box["x"] + cluster["pixel"][0], box["y"] + cluster["pixel"][1])
    page.wait_for_function("() => echarts.getInstanceByDom(document.getElementById('map-chart'))"
                           f".getOption().geo[0].zoom > {state['zoom'] * 2}")
    zoomed = page.evaluate(MAP_STATE)
    assert zoomed["zoom"] == pytest.approx(state["zoom"] * 3)
    assert len(zoomed["points"]) > len(state["points"])  # the cluster split up
    visit.shot("map-zoomed")


def test_browser_report_file_opens_offline_with_its_charts(browser: Any, db: str,
                                                           tmp_path: Path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli, ["report", "--db", db, "--country", "Iraq", "--since",
                                      "2010", "-o", str(out)])
    assert result.exit_code == 0, result.output
    context = browser.new_context(offline=True, viewport={"width": 1100, "height": 900})
    asked: list[str] = []
    context.route("**/*", lambda route: (asked.append(route.request.url),
                                         route.continue_() if route.request.url.startswith(
                                             "file:") else route.abort()))
    try:
        page = context.new_page()
        page.goto(out.as_uri())
        assert page.inner_text("h1") == "Briefing: Iraq, since 2010"
        charts = page.locator("svg.chart")
        assert charts.count() == 2
        for i in range(2):
            assert charts.nth(i).bounding_box()["width"] > 300
        bars = page.locator("svg.chart rect")
        assert bars.count() > 4
        assert max(bars.nth(i).bounding_box()["height"] for i in range(4)) > 5
        assert page.locator("ol.events li blockquote").count() > 0
        assert asked == [out.as_uri()]  # nothing else was asked for
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "report-file.png"), full_page=True)
    finally:
        context.close()


def test_browser_report_page_for_the_current_filters(visit: Visit):
    page = visit.open("/events?country=Iraq&quad=4")
    page.click("#report-link")
    page.wait_for_selector("svg.chart")
    assert page.url.endswith("/report?country=Iraq&quad=4")
    assert page.inner_text("h1") == "Briefing: Iraq"
    assert page.locator("svg.chart").count() == 2
    cards = page.locator(".card[data-quad] strong").all_inner_texts()
    assert cards[:3] == ["0", "0", "0"] and int(cards[3]) > 0
    visit.shot("report")
    page.click("nav.links a >> nth=0")
    visit.ready()
    assert "/events?country=Iraq&quad=4&" in page.url
