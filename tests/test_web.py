"""The web API and pages in-process, through FastAPI's TestClient, on the sample corpus.

Shapes are asserted exactly (the API is a contract for the pages and for users' scripts);
numbers are checked against the store itself, so the tests hold as the coder improves.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import cli
from communique.store import Store
from communique.store.queries import EventFilter
from communique.web.app import create_app

EVENT_KEYS = {"id", "article_id", "date", "date_precision", "source", "target", "cameo",
              "cameo_root", "cameo_name", "plover", "goldstein", "quad_class", "location",
              "negated", "mood", "reported_by", "sentence", "span", "confidence",
              "num_articles", "num_sources", "trigger"}
PAGE_KEYS = {"ok", "total", "limit", "offset", "sort", "events"}


# These run `communique demo` (the pipeline on the sample corpus): tests using them are slow.
SLOW_FIXTURES = ("db",)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "demo.duckdb")
    result = CliRunner().invoke(cli, ["demo", "--no-serve", "-q", "--db", path])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def store(db: str):
    with Store(db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), raise_server_exceptions=True)


def sql(store: Store, query: str, params: list | None = None):
    return store.db.execute(query, params or []).fetchall()


def test_web_stats_counts_months_and_tops(client: TestClient, store: Store):
    body = client.get("/api/stats").json()
    assert set(body) == {"ok", "articles", "actors", "events", "event_mentions", "geolocated",
                         "first_date", "last_date", "roots", "months", "top_dyads",
                         "top_actors", "filters", "undated"}
    assert body["ok"] is True
    assert body["events"] == sql(store, "SELECT count(*) FROM events")[0][0] > 0
    assert body["articles"] == sql(store, "SELECT count(*) FROM articles")[0][0]
    month = body["months"][0]
    assert set(month) == {"period", "events", "mean_goldstein", "quad_classes"}
    assert all(sum(m["quad_classes"]) == m["events"] for m in body["months"])
    assert [m["period"] for m in body["months"]] == sorted(m["period"] for m in body["months"])
    assert set(body["top_dyads"][0]) == {"source", "target", "source_name", "target_name",
                                         "events", "mean_goldstein"}
    assert all(d["source"] != d["target"] for d in body["top_dyads"])
    assert set(body["undated"]) == {"year_only", "no_date"}
    assert set(body["top_actors"][0]) == {"code", "name", "events"}
    assert body["roots"][0] == {"root": body["roots"][0]["root"],
                                "name": body["roots"][0]["name"],
                                "events": body["roots"][0]["events"]}
    assert sum(r["events"] for r in body["roots"]) == body["events"]


def test_web_events_filters_paging_and_sort(client: TestClient, store: Store):
    body = client.get("/api/events", params={"dyad": "TUR-IRQ"}).json()
    assert set(body) == PAGE_KEYS | {"filters", "next_cursor"}
    assert body["filters"] == {"dyad": "TUR-IRQ"}
    assert body["total"] == len(body["events"]) > 0
    assert all(set(e) == EVENT_KEYS for e in body["events"])
    assert all(e["source"][0]["code"].startswith("TUR") and
               e["target"][0]["code"].startswith("IRQ") for e in body["events"])
    everything = client.get("/api/events", params={"limit": 1000}).json()
    page = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert [e["id"] for e in page["events"]] == [e["id"] for e in everything["events"][3:6]]
    assert (page["limit"], page["offset"], page["sort"]) == (3, 3, "-date")
    ordered = client.get("/api/events", params={"sort": "goldstein", "limit": 1000}).json()
    scores = [e["goldstein"] for e in ordered["events"]]
    assert scores == sorted(scores)
    quads = client.get("/api/events", params={"quad": 4, "since": "2020", "limit": 1000}).json()
    assert {e["quad_class"] for e in quads["events"]} == {4}
    assert all(e["date"] >= "2020" for e in quads["events"])
    words = client.get("/api/events", params={"text": "drone"}).json()
    assert all("drone" in e["sentence"].lower() for e in words["events"])


@pytest.mark.parametrize("fields", [
    {"dyad": "TUR-IRQ"}, {"dyad": "irn-usa"}, {"country": "IRQ"}, {"actor": "IRNGOV"},
    {"actor": "Erdogan"}, {"actor": "iran"}, {"code": "19"}, {"root": "4"}, {"quad": 3},
    {"since": "2020", "until": "2022-06"}, {"text": "DRONE"}, {"country": "TUR", "quad": 1},
])
def test_web_filters_match_the_cli_filters(store: Store, fields: dict):
    from communique.store.queries import EventFilter
    from communique.store.overview import where

    filters = EventFilter(limit=None, **fields)
    cli_sql, cli_params = filters.where()
    web_sql, web_params = where(store, filters)
    expected = sql(store, f"SELECT id FROM events{cli_sql} ORDER BY id", cli_params)
    assert expected == sql(store, f"SELECT id FROM events{web_sql} ORDER BY id", web_params)


@pytest.mark.parametrize(("field", "wildcard"), [("actor", "%"), ("actor", "_"),
                                                 ("text", "%"), ("text", "_"), ("text", "\\")])
def test_web_like_wildcards_in_filters_are_literal(client: TestClient, store: Store,
                                                   field: str, wildcard: str):
    """`actor=%` or `text=_` look for a percent sign or an underscore, not for anything."""
    column = "sentence" if field == "text" else "source::VARCHAR || target::VARCHAR"
    assert sql(store, f"SELECT count(*) FROM events WHERE contains({column}, ?)",
               [wildcard])[0][0] == 0, "the sample corpus has this character"
    body = client.get("/api/events", params={field: wildcard}).json()
    assert body["ok"] is True and body["total"] == 0 and body["events"] == []
    assert client.get("/api/articles", params={"search": wildcard}).json()["total"] == \
        sql(store, "SELECT count(*) FROM articles WHERE contains(title, ?) OR "
                   "contains(text, ?)", [wildcard, wildcard])[0][0]
    assert client.get("/api/actors", params={"text": wildcard}).json()["total"] == \
        sql(store, "SELECT count(*) FROM actors WHERE contains(lower(name), ?) OR "
                   "contains(lower(code), ?)", [wildcard, wildcard])[0][0]
    # next to ordinary text a wildcard still matches nothing more than itself
    assert client.get("/api/events", params={field: f"Erd{wildcard}gan"}).json()["total"] == 0


def test_web_filters_still_match_substrings(client: TestClient, store: Store):
    erdogan = client.get("/api/events", params={"actor": "rdoga"}).json()
    assert erdogan["total"] > 0
    assert all("erdogan" in json.dumps([e["source"], e["target"]]).lower()
               for e in erdogan["events"])
    drone = client.get("/api/events", params={"text": "rone strik", "limit": 1000}).json()
    assert drone["total"] == sql(store, "SELECT count(*) FROM events WHERE "
                                        "contains(lower(sentence), 'rone strik')")[0][0] > 0
    assert client.get("/api/articles", params={"search": "parliament"}).json()["total"] > 0
    assert client.get("/api/actors", params={"text": "rdoga"}).json()["total"] > 0


def test_web_event_page_highlights_sentence_and_marks_article(client: TestClient):
    [first] = client.get("/api/events", params={"dyad": "TUR-IRQ", "code": "042"}).json()[
        "events"]
    body = client.get(f"/api/events/{first['id']}").json()
    assert set(body) == {"ok", "event", "highlights", "article", "other_articles"}
    assert set(body["event"]) == EVENT_KEYS | {"mentions"}
    sentence = body["event"]["sentence"]
    marks = [(m["role"], sentence[m["start"]:m["end"]]) for m in body["highlights"]]
    assert marks[:3] == [("source", "Turkish President Tayyip Erdogan"),
                         ("trigger", "arrived"), ("target", "Baghdad")]
    article = body["article"]
    assert set(article) == {"id", "title", "published", "outlet", "source_path", "url", "text",
                            "events"}
    start, end = body["event"]["span"]
    assert article["text"][start:end] == sentence
    assert first["id"] in {e["id"] for e in article["events"]}
    assert set(article["events"][0]) == {"id", "span", "date", "cameo", "cameo_name",
                                         "quad_class", "goldstein", "source_code",
                                         "target_code", "negated", "mood"}


def test_web_event_reported_by_several_articles_lists_the_others(client: TestClient,
                                                                store: Store):
    rows = sql(store, "SELECT event_id FROM event_mentions m JOIN events e ON e.id = m.event_id "
                      "WHERE m.article_id <> e.article_id ORDER BY event_id LIMIT 1")
    assert rows, "the sample corpus must keep an event reported by two articles"
    body = client.get(f"/api/events/{rows[0][0]}").json()
    assert body["other_articles"]
    assert all(m["article_id"] != body["event"]["article_id"] for m in body["other_articles"])
    assert set(body["other_articles"][0]) == {"id", "article_id", "title", "source_path",
                                              "outlet", "sentence", "span"}


def test_web_dyad_months_and_events(client: TestClient):
    body = client.get("/api/dyad", params={"dyad": "tur-irq"}).json()
    assert set(body) == PAGE_KEYS | {"dyad", "source", "target", "source_name", "target_name",
                                     "reverse", "months", "undated", "filters"}
    assert (body["dyad"], body["reverse"]) == ("TUR-IRQ", "IRQ-TUR")
    assert (body["source_name"], body["target_name"]) == ("Turkey", "Iraq")
    assert 0 < sum(m["events"] for m in body["months"]) <= body["total"]
    assert all(sum(m["quad_classes"]) == m["events"] for m in body["months"])
    assert all(-10 <= m["mean_goldstein"] <= 10 for m in body["months"])


def test_web_actor_by_code_and_by_id(client: TestClient, store: Store):
    body = client.get("/api/actors/IRNGOV").json()
    assert set(body) == PAGE_KEYS | {"key", "code", "name", "actor", "roles", "members",
                                     "activity", "counterparts", "undated", "filters"}
    assert (body["code"], body["name"], body["actor"]) == ("IRNGOV", "Iran government", None)
    assert body["total"] > 0 and body["members"]
    assert set(body["counterparts"][0]) == {"code", "name", "as_source", "as_target", "events",
                                            "mean_goldstein"}
    assert set(body["activity"][0]) == {"period", "as_source", "as_target"}
    assert all("IRNGOV" in ((e["source"] + e["target"])[0]["code"] or "") or
               any(a["code"] == "IRNGOV" for a in e["source"] + e["target"])
               for e in body["events"])
    [(actor_id,)] = sql(store, "SELECT id FROM actors WHERE name = 'Recep Tayyip Erdogan'")
    person = client.get(f"/api/actors/{actor_id}").json()
    assert person["actor"]["name"] == person["name"] == "Recep Tayyip Erdogan"
    assert person["roles"] and set(person["roles"][0]) == {"code", "title", "start", "end",
                                                           "name"}
    assert person["members"] == [] and person["total"] > 0
    listing = client.get("/api/actors", params={"text": "Erdogan"}).json()
    assert set(listing) == {"ok", "total", "limit", "offset", "actors"}
    assert actor_id in {a["id"] for a in listing["actors"]}


def test_web_network_edges_and_nodes(client: TestClient):
    body = client.get("/api/network").json()
    assert set(body) == {"ok", "total_edges", "nodes", "edges", "filters"}
    edge = body["edges"][0]
    assert set(edge) == {"source", "target", "events", "mean_goldstein"}
    assert all(e["source"] != e["target"] and len(e["source"]) == 3 for e in body["edges"])
    weights = [e["events"] for e in body["edges"]]
    assert weights == sorted(weights, reverse=True)
    ids = {n["id"] for n in body["nodes"]}
    assert ids == {e["source"] for e in body["edges"]} | {e["target"] for e in body["edges"]}
    conflict = client.get("/api/network", params={"quad": 4}).json()
    assert conflict["total_edges"] < body["total_edges"]


def test_web_map_places(client: TestClient):
    body = client.get("/api/map", params={"top": 5000}).json()
    assert set(body) == {"ok", "geolocated", "places", "filters"}
    place = body["places"][0]
    assert set(place) == {"name", "country", "lat", "lon", "events", "mean_goldstein", "latest"}
    assert set(place["latest"][0]) == {"id", "date", "cameo", "cameo_name", "quad_class",
                                       "source_code", "target_code", "sentence"}
    assert sum(p["events"] for p in body["places"]) == body["geolocated"]
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in body["places"])


def test_web_articles_and_reader(client: TestClient, store: Store):
    listing = client.get("/api/articles", params={"limit": 100}).json()
    assert set(listing) == {"ok", "total", "limit", "offset", "articles", "filters"}
    assert listing["total"] == sql(store, "SELECT count(*) FROM articles")[0][0]
    [(article_id,)] = sql(store, "SELECT id FROM articles WHERE title LIKE "
                                 "'Turkish parliament rejects%'")
    body = client.get(f"/api/articles/{article_id}").json()
    assert set(body) == {"ok", "article", "events"}
    assert set(body["article"]) == {"id", "document_id", "source_path", "part", "title",
                                    "published", "date_precision", "dateline", "agency",
                                    "byline", "outlet", "url", "language", "text", "dropped",
                                    "captions", "duplicate_of"}
    dropped = body["article"]["dropped"]
    assert {"text": "Share this article", "reason": "page furniture"} in [
        {k: d[k] for k in ("text", "reason")} for d in dropped]
    text = body["article"]["text"]
    assert body["events"] and all(0 <= e["span"][0] < e["span"][1] <= len(text)
                                  for e in body["events"])


@pytest.mark.parametrize(("path", "status", "error"), [
    ("/api/nope", 404, "Not found: /api/nope — the pages are listed at /, the API at /api"),
    ("/nope", 404, "Not found: /nope — the pages are listed at /, the API at /api"),
    ("/api/events/nope", 404, "[E015] No event with id 'nope' in {db} — list events with "
                              "`communique events`"),
    ("/api/articles/nope", 404, "No article with id 'nope' in {db} — list articles at "
                                "/api/articles"),
    ("/api/actors/NOPE", 404, "No actor with id or code 'NOPE' in {db} — list actors at "
                              "/api/actors, or codes in /api/stats"),
    ("/api/events?limit=0", 422, "Invalid request: limit: Input should be greater than or "
                                 "equal to 1"),
    ("/api/events?quad=9", 422, "Invalid request: quad: Input should be less than or equal "
                                "to 4"),
    ("/api/events?sort=colour", 422, None),
    ("/api/events?since=last+week", 422, "Invalid request: [E031] --since 'last week' is not "
                                         "a date — give YYYY, YYYY-MM or YYYY-MM-DD, e.g. "
                                         "--since 2024-03"),
    ("/api/events?country=Narnia", 422, None),
    ("/api/map?root=25", 422, None),
    ("/api/events?bogus=1", 422, "Invalid request: bogus: unknown parameter — see /api for "
                                 "the parameters each endpoint takes"),
    ("/api/dyad", 422, "Invalid request: dyad: Field required"),
    ("/api/dyad?dyad=TUR", 422, None),
])
def test_web_errors_have_one_shape(client: TestClient, db: str, path: str, status: int,
                                   error: str | None):
    response = client.get(path)
    body = response.json()
    assert response.status_code == status
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert body["errors"] and all(isinstance(e, str) for e in body["errors"])
    if error:
        assert body["error"] == error.format(db=db)


def test_web_wrong_method_has_the_error_shape(client: TestClient):
    response = client.post("/api/events")
    assert response.status_code == 405
    assert response.json() == {"ok": False, "error": "Method Not Allowed",
                               "errors": ["Method Not Allowed"], "status": 405}


@pytest.mark.parametrize("path", ["/", "/events", "/events/x1", "/dyad?dyad=TUR-IRQ",
                                  "/actors", "/actors/IRNGOV", "/network", "/map", "/articles",
                                  "/articles/x1"])
def test_web_pages_are_shells_that_load_their_script(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = response.text.split('data-page="')[1].split('"')[0]
    assert f'<script src="/static/js/{page}.js" defer></script>' in response.text
    assert "cdn" not in response.text.lower() and "https://" not in response.text


def test_web_page_values_are_escaped(client: TestClient):
    html = client.get("/events", params={"actor": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in html
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    error = client.get("/<img src=x onerror=alert(1)>", headers={"Accept": "text/html"})
    assert error.status_code == 404 and "<img src=x" not in error.text
    assert "Not found: /&lt;img src=x onerror=alert(1)&gt;" in error.text


def test_web_static_files_are_vendored(client: TestClient):
    static = Path(__file__).resolve().parents[1] / "communique" / "web" / "static"
    for name in ("echarts-5.6.0.min.js", "topojson-client-3.1.0.min.js",
                 "world-atlas-2.0.2-countries-110m.json", "app.js", "app.css", "SOURCES.md"):
        assert (static / name).is_file(), name
    assert client.get("/static/echarts-5.6.0.min.js").status_code == 200
    world = client.get("/static/world-atlas-2.0.2-countries-110m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
    html_sinks = re.compile(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write")
    for script in [static / "app.js", *(static / "js").glob("*.js")]:
        assert not html_sinks.search(script.read_text(encoding="utf-8")), script.name


def test_web_chart_tooltips_escape_what_they_show():
    """ECharts inserts a tooltip formatter's string as HTML: each template literal in a
    tooltip formatter must be a `C.tip` template (which escapes every value)."""
    static = Path(__file__).resolve().parents[1] / "communique" / "web" / "static"
    found = 0
    for script in (static / "js").glob("*.js"):
        source = script.read_text(encoding="utf-8")
        for start in [m.end() for m in re.finditer(r"tooltip:\s*\{", source)]:
            depth, end = 1, start
            while depth:
                depth += {"{": 1, "}": -1}.get(source[end], 0)
                end += 1
            block = source[start:end]
            if "formatter" not in block or re.search(r"formatter: C\.monthTooltip\b", block):
                continue  # none, or the shared one in app.js (built with tip and escapeHtml)
            opening = re.findall(r"(.{0,5})`(?:[^`\\]|\\.)*`", block, re.S)
            found += len(opening)
            assert opening and all(before.endswith("C.tip") for before in opening), \
                (script.name, block)
    assert found >= 4


def test_web_serve_get_prints_the_response_without_a_server(db: str):
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--get", "/api/events?limit=2"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["ok"] is True and len(body["events"]) == 2
    missing = CliRunner().invoke(cli, ["serve", "--db", db, "--get", "/api/nope"])
    assert missing.exit_code == 1
    assert json.loads(missing.stdout)["status"] == 404


def test_web_serve_on_a_missing_database_says_so(tmp_path: Path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb"), "--get",
                                      "/api/stats"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: [E011] Cannot open the database "
                                    f"{tmp_path / 'none.duckdb'}")


def test_web_never_writes_to_the_database(db: str):
    before = hashlib.sha256(Path(db).read_bytes()).hexdigest()
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        for path in ("/api/stats", "/api/events", "/api/network", "/api/map", "/api/actors",
                     "/api/articles", "/api/dyad?dyad=TUR-IRQ", "/", "/events"):
            assert client.get(path).status_code == 200
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == before


def test_web_long_query_strings_get_the_error_shape(client: TestClient):
    from communique.web.app import MAX_QUERY

    long = "a" * MAX_QUERY
    response = client.get(f"/api/events?text={long}")
    assert response.status_code == 414
    body = response.json()
    assert body == {"ok": False, "error": body["error"], "errors": [body["error"]],
                    "status": 414}
    assert body["error"] == (f"[E027] The query string is {MAX_QUERY + 5} bytes, over the "
                             f"limit of {MAX_QUERY} — shorten the filters")
    assert "Content-Security-Policy" in response.headers
    page = client.get(f"/events?text={long}", headers={"Accept": "text/html"})
    assert page.status_code == 414 and "[E027]" in page.text and "<html" in page.text
    # at the limit, the request goes on to the route (which finds the text too long)
    fits = client.get(f"/api/events?text={'a' * (MAX_QUERY - 5)}")
    assert fits.status_code == 422 and fits.json()["status"] == 422


def test_web_server_answers_requests_too_long_to_parse_in_the_error_shape(store: Store):
    """Through uvicorn on 127.0.0.1: a long query string reaches the app (414, E027); one too
    long for uvicorn's HTTP parser is answered by `ErrorShapeH11` (414, E027, not uvicorn's
    plain-text 400); and a malformed request gets the shape as a 400."""
    import socket
    import threading
    import time

    import uvicorn

    from communique.web.app import MAX_QUERY
    from communique.web.server import UVICORN

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           **UVICORN))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    def ask(head: bytes) -> tuple[int, dict, bytes]:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            def send() -> None:
                try:
                    conn.sendall(head)
                except OSError:  # the server answered and closed before reading it all
                    pass
            sender = threading.Thread(target=send, daemon=True)
            sender.start()
            data = b""
            try:
                while chunk := conn.recv(65536):
                    data += chunk
            except OSError:
                pass
            sender.join(timeout=10)
        status_line, _, rest = data.partition(b"\r\n")
        headers, _, body = rest.partition(b"\r\n\r\n")
        return int(status_line.split()[1]), json.loads(body), headers.lower()

    def get(target: str) -> bytes:
        return f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()

    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        status, body, _ = ask(get("/api/events?limit=1"))
        assert status == 200 and body["ok"] is True
        status, body, _ = ask(get(f"/api/events?text={'a' * (MAX_QUERY + 1)}"))
        assert status == 414 and body["error"].startswith(
            f"[E027] The query string is {MAX_QUERY + 6} bytes")
        status, body, headers = ask(get(f"/api/events?text={'a' * 1_000_000}"))
        assert status == 414
        assert body == {"ok": False, "error": body["error"], "errors": [body["error"]],
                        "status": 414}
        assert re.fullmatch(r"\[E027\] The query string is at least \d+ bytes, over the limit "
                            rf"of {MAX_QUERY} — shorten the filters", body["error"])
        assert b"content-type: application/json" in headers
        assert b"content-security-policy" in headers
        status, body, _ = ask(b"NOT HTTP AT ALL\r\n\r\n")
        assert status == 400 and body["ok"] is False and body["status"] == 400
        assert body["error"].startswith("Invalid HTTP request received.")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()


@pytest.mark.parametrize("filters", [
    {"actor": "GOV"}, {"actor": "Turkey"}, {"actor": "turk"}, {"country": "Iraq"},
    {"country": "irq"}, {"dyad": "TUR-IRQ"}, {"root": "19"}, {"code": "04"},
    {"since": "2023-06", "until": "2024"}, {"quad": "4", "text": "the"},
])
def test_web_cli_and_python_filters_mean_the_same(client: TestClient, store: Store, db: str,
                                                  filters: dict):
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    web = {e["id"] for e in client.get(f"/api/events?{query}&limit=1000").json()["events"]}
    args = [x for k, v in filters.items() for x in (f"--{k}", v)]
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "json",
                                      "--limit", "1000", *args])
    assert result.exit_code == 0, result.output
    cli_ids = {e["id"] for e in json.loads(result.output)} if result.output.strip() != \
        "No rows match." else set()
    fields = {k: int(v) if k == "quad" else v for k, v in filters.items()}
    python = {e["id"] for e in store.events(EventFilter(limit=None, **fields))}
    assert web == cli_ids == python
    assert web  # each filter matches something in the demo corpus


# A small store built row by row, so every filter's count is known exactly.
def _actor(code: str | None, name: str) -> dict:
    return {"text": name, "name": name, "code": code, "country": code[:3] if code else None,
            "sector": None}


SMALL = [  # id, date, precision, source, target, cameo, plover, confidence, mood, negated
    ("s1", "2023-01-05", "day", ("IRNGOV", "Tehran officials"), ("IRN", "Iranians"), "042",
     "CONSULT", 0.9, "asserted", False),
    ("s2", "2023-03-10", "day", ("TURMIL", "Turkish army"), ("IRQ", "Iraq"), "190", "ASSAULT",
     0.8, "asserted", False),
    ("s3", "2023-03", "month", ("TUR", "Ankara"), ("IRQGOV", "Baghdad officials"), "111",
     "ACCUSE", 0.4, "asserted", True),
    ("s4", "2024", "year", ("IRQ", "Iraq"), ("TUR", "Turkey"), "036", "CONSULT", 0.6,
     "future", False),
    ("s5", None, "none", ("USAGOV", "Washington"), (None, "a militia"), "190", "ASSAULT", 0.7,
     "hypothetical", False),
    ("s6", "2024-11-30", "day", ("RUS", "Moscow"), ("UKR", "Kyiv"), "190", "ASSAULT", 0.95,
     "asserted", False),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = str(tmp_path_factory.mktemp("small") / "small.duckdb")
    with Store(path) as built:
        for (eid, date, precision, (scode, sname), (tcode, tname), code, plover, conf, mood,
             negated) in SMALL:
            built.db.execute(
                "INSERT INTO events (id, article_id, date, date_precision, source, target, "
                "source_code, target_code, cameo, cameo_root, cameo_name, plover, goldstein, "
                "quad_class, location, negated, mood, reported_by, sentence, span_start, "
                "span_end, confidence, num_articles, num_sources) VALUES (?, 'a1', ?, ?, ?, ?, "
                "?, ?, ?, ?, 'x', ?, 1.0, ?, 'null', ?, ?, 'null', ?, ?, ?, ?, 1, 1)",
                [eid, date, precision, json.dumps([_actor(scode, sname)]),
                 json.dumps([_actor(tcode, tname)]), scode or "", tcode or "", code, code[:2],
                 plover, {"0": 1, "1": 3, "9": 4}.get(code[1], 1), negated, mood,
                 f"My own sentence number {eid}.", int(eid[1]) * 40, int(eid[1]) * 40 + 30,
                 conf])
    opened = Store(path, read_only=True)
    return TestClient(create_app(opened))


@pytest.mark.parametrize(("params", "ids"), [
    ({}, "s1 s2 s3 s4 s5 s6"),
    ({"country": "IRQ"}, "s2 s3 s4"),
    ({"country": "Iraq,RUS"}, "s2 s3 s4 s6"),
    ({"actor": "IRNGOV"}, "s1"),
    ({"root": "19"}, "s2 s5 s6"),
    ({"quad": 4}, "s2 s5 s6"),
    ({"plover": "assault"}, "s2 s5 s6"),
    ({"min_confidence": 0.8}, "s1 s2 s6"),
    ({"mood": "future"}, "s4"),
    ({"negated": "true"}, "s3"),
    ({"negated": "false"}, "s1 s2 s4 s5 s6"),
    ({"hide_domestic": "true"}, "s2 s3 s4 s5 s6"),
    ({"hide_uncoded": "true"}, "s1 s2 s3 s4 s6"),
    ({"since": "2024"}, "s4 s6"),
    ({"since": "2023-02"}, "s2 s3 s4 s6"),
    ({"since": "2023-03-15"}, "s3 s4 s6"),  # "2023-03" may be the 15th or later
    ({"since": "2024-12"}, "s4"),  # "2024" may be December, 2024-11-30 is not
    ({"since": "2023-03-10", "until": "2023-03-10"}, "s2 s3"),
    ({"until": "2023-02"}, "s1"),
    ({"country": "TUR", "min_confidence": 0.5, "hide_domestic": "true"}, "s2 s4"),
])
def test_web_each_filter_keeps_exactly_its_events(small: TestClient, params: dict, ids: str):
    body = small.get("/api/events", params=params).json()
    assert body["ok"] is True, body
    assert sorted(e["id"] for e in body["events"]) == ids.split()
    assert body["total"] == len(ids.split())
    # the same filters narrow the overview, network and map
    stats = small.get("/api/stats", params=params).json()
    assert stats["events"] == len(ids.split())


def test_web_filters_refuse_values_that_mean_nothing(small: TestClient):
    for params in ({"min_confidence": 2}, {"mood": "angry"}, {"country": "Atlantis"},
                   {"plover": "no such!"}):
        body = small.get("/api/events", params=params).json()
        assert body["ok"] is False and body["status"] == 422, params


def test_web_overview_counts_what_a_month_chart_cannot_place(small: TestClient):
    body = small.get("/api/stats").json()
    assert body["undated"] == {"year_only": 1, "no_date": 1}
    assert [m["period"] for m in body["months"]] == ["2023-01", "2023-03", "2024-11"]
    # Most events first, then by codes; the same-country pair IRNGOV → IRN is left out.
    assert [(d["source"], d["target"], d["events"]) for d in body["top_dyads"]] == [
        ("TUR", "IRQ", 2), ("IRQ", "TUR", 1), ("RUS", "UKR", 1)]


def test_web_cli_events_takes_the_new_filters(small: TestClient):
    path = small.app.state.store.path
    result = CliRunner().invoke(cli, ["events", "--db", path, "--format", "jsonl",
                                      "--hide-domestic", "--min-confidence", "0.7",
                                      "--mood", "asserted", "--not-negated"])
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["id"] for line in result.output.splitlines()) == ["s2", "s6"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_web_download_is_exactly_the_filtered_events(small: TestClient, fmt: str,
                                                     tmp_path: Path):
    params = {"format": fmt, "country": "TUR,Russia", "hide_domestic": "true"}
    with small.stream("GET", "/api/events/download", params=params) as response:
        assert response.status_code == 200
        assert "attachment" in response.headers["content-disposition"]
        data = b"".join(response.iter_bytes())
    if fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in data.decode().splitlines()]
    elif fmt == "csv":
        import csv
        import io
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        ids = [r["id"] for r in rows]
        assert rows[0]["source_codes"] and "source" not in rows[0]
    else:
        import pyarrow.parquet as pq
        (tmp_path / "x.parquet").write_bytes(data)
        ids = pq.read_table(tmp_path / "x.parquet").column("id").to_pylist()
    assert sorted(ids) == ["s2", "s3", "s4", "s6"]


def test_web_download_has_no_row_cap_and_pages_follow_a_cursor(client: TestClient,
                                                               store: Store):
    total = sql(store, "SELECT count(*) FROM events")[0][0]
    lines = client.get("/api/events/download", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == total
    seen, cursor = [], None
    while True:
        params = {"limit": 40, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(json.loads(line)["id"] for line in lines)
    bad = client.get("/api/events", params={"cursor": "not-ours"}).json()
    assert bad["status"] == 422 and "E050" in bad["error"]


def test_web_review_is_saved_beside_the_database_and_exported_as_gold(small: TestClient,
                                                                      tmp_path: Path):
    db = small.app.state.store.path
    assert small.get("/api/events/s2/review").json()["review"] is None
    body = small.post("/api/events/s2/review", json={"verdict": "right"}).json()
    assert body["ok"] is True and body["review"]["verdict"] == "right"
    fixed = {"verdict": "wrong", "cameo": "173", "source": "usagov", "target": "IRQ"}
    assert small.post("/api/events/s5/review", json=fixed).json()["ok"] is True
    assert small.post("/api/events/s6/review", json={"verdict": "wrong"}).json()["ok"]
    bad = small.post("/api/events/s6/review", json={"verdict": "maybe"}).json()
    assert bad["status"] == 422
    assert small.get("/api/events/s5/review").json()["review"]["cameo"] == "173"
    assert Path(f"{db}.reviews.duckdb").exists()
    with Store(db, read_only=True) as again:  # the event store itself is unchanged
        assert "reviews" not in {r[0] for r in again.db.execute("SHOW TABLES").fetchall()}
    out = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(cli, ["reviews", "export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["article"] == "a1"
    assert sorted((e["code"], e["source"], e["target"]) for e in record["events"]) == [
        ("173", "USAGOV", "IRQ"), ("190", "TURMIL", "IRQ")]
    from communique.evaluate import is_news_gold
    assert is_news_gold(out)
    again = tmp_path / "again.jsonl"  # `export reviews` writes the same file
    result = CliRunner().invoke(cli, ["export", "reviews", "--db", db, "-o", str(again)])
    assert result.exit_code == 0, result.output
    assert "1 reviewed articles written" in result.output
    assert again.read_text() == out.read_text()
    result = CliRunner().invoke(cli, ["export", "reviews", "--db", db, "--format", "csv"])
    assert result.exit_code == 1
    assert "[E050] --format 'csv' is not allowed — give jsonl for reviews" in result.output


@pytest.mark.parametrize("params", [
    {"sort": "-date"}, {"sort": "date"}, {"sort": "goldstein"}, {"sort": "-confidence"},
    {"sort": "source"}, {"sort": "-articles"}, {"sort": "-date", "country": "IRQ"},
    {"sort": "target", "root": "19"}])
def test_web_cursor_pages_by_key_match_one_long_page(client: TestClient, params: dict):
    whole = client.get("/api/events", params={**params, "limit": 1000}).json()
    seen, cursor, offsets = [], None, []
    while True:
        body = client.get("/api/events", params={
            **params, "limit": 7, **({"cursor": cursor} if cursor else {})}).json()
        assert body["ok"] is True and body["total"] == whole["total"]
        offsets.append(body["offset"])
        seen += [e["id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in whole["events"]]  # same rows, same order, no repeats
    assert offsets == list(range(0, whole["total"], 7))


def test_web_cursor_made_for_another_sort_is_refused(client: TestClient):
    cursor = client.get("/api/events", params={"limit": 5, "sort": "goldstein"}).json()[
        "next_cursor"]
    bad = client.get("/api/events", params={"cursor": cursor, "sort": "-date"}).json()
    assert bad["status"] == 422 and "[E050] cursor" in bad["error"]


def test_web_keyset_page_starts_after_the_rows_key(small: TestClient):
    from communique.store.overview import page_ids

    store = small.app.state.store
    # Dates sort as text, nulls last: s1 2023-01-05, s3 2023-03, s2 2023-03-10, s4 2024,
    # s6 2024-11-30, s5 undated.
    assert [r[0] for r in page_ids(store, "", [], "date", 10)[1]] == [
        "s1", "s3", "s2", "s4", "s6", "s5"]
    assert page_ids(store, "", [], "date", 10, after=("2023-03-10", "s2")) == (
        6, [("s4", "2024"), ("s6", "2024-11-30"), ("s5", None)])
    assert page_ids(store, "", [], "-date", 2, after=("2023-03-10", "s2")) == (
        6, [("s3", "2023-03"), ("s1", "2023-01-05")])
    assert page_ids(store, " WHERE quad_class = 4", [], "date", 10,
                    after=("2023-03-10", "s2")) == (3, [("s6", "2024-11-30"), ("s5", None)])
    assert page_ids(store, "", [], "date", 10, after=(None, "s5")) == (6, [])


@pytest.mark.parametrize("sort", ["goldstein", "-confidence", "source"])
def test_web_download_follows_the_tables_sort(client: TestClient, sort: str):
    shown = client.get("/api/events", params={"sort": sort, "limit": 1000,
                                              "country": "IRQ"}).json()
    lines = client.get("/api/events/download", params={"format": "jsonl", "sort": sort,
                                                       "country": "IRQ"}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in shown["events"]]


def _one_event_store(path: str, event_id: str, cameo: str) -> None:
    with Store(path) as built:
        built.db.execute("DELETE FROM events")
        built.db.execute(
            "INSERT INTO events (id, article_id, date, date_precision, source, target, "
            "source_code, target_code, cameo, cameo_root, cameo_name, plover, goldstein, "
            "quad_class, location, negated, mood, reported_by, sentence, span_start, span_end, "
            "confidence, num_articles, num_sources) VALUES (?, 'a9', '2024-02-01', 'day', ?, "
            "?, 'TURMIL', 'IRQ', ?, ?, 'x', 'ASSAULT', -9.0, 4, 'null', false, 'asserted', "
            "'null', 'A sentence we wrote.', 10, 30, 0.8, 1, 1)",
            [event_id, json.dumps([_actor("TURMIL", "army")]),
             json.dumps([_actor("IRQ", "Iraq")]), cameo, cameo[:2]])


def test_web_verdict_survives_a_recode_that_changes_the_code(tmp_path: Path):
    path = str(tmp_path / "r.duckdb")
    _one_event_store(path, "old1", "190")
    with Store(path, read_only=True) as store:
        client = TestClient(create_app(store))
        assert client.post("/api/events/old1/review", json={"verdict": "right"}).json()["ok"]
    _one_event_store(path, "new1", "193")  # re-coded: another id, another code
    with Store(path, read_only=True) as store:
        client = TestClient(create_app(store))
        review = client.get("/api/events/new1/review").json()["review"]
    assert (review["verdict"], review["event_id"], review["coded_cameo"]) == (
        "right", "old1", "190")
    from communique.store.reviews import gold, precision
    [record] = list(gold(path))
    assert [(e["code"], e["source"], e["target"]) for e in record["events"]] == [
        ("190", "TURMIL", "IRQ")]  # judged on the code it had
    assert precision(path) == {"reviewed": 1, "right": 1, "precision": 1.0}
    assert precision(path, [{"article_id": "a9", "span": [0, 5]}])["reviewed"] == 0


def test_web_reviews_keyed_by_code_are_rekeyed_on_open(tmp_path: Path):
    import duckdb

    from communique.store import reviews

    path = str(tmp_path / "k.duckdb")
    _one_event_store(path, "e1", "190")
    old = reviews.SCHEMA.replace("coded_source, coded_target))", "coded_cameo))")
    with duckdb.connect(reviews.path_for(path)) as connection:
        connection.execute(old)
        for code, verdict, day in (("190", "wrong", "2024-01-02"),  # the later verdict
                                   ("193", "right", "2024-01-01")):  # same sentence and dyad
            connection.execute(
                "INSERT INTO reviews (article_id, span_start, span_end, event_id, verdict, "
                "coded_cameo, coded_source, coded_target, reviewed_at) VALUES ('a9', 10, 30, "
                "?, ?, ?, 'TURMIL', 'IRQ', ?)", [f"e{code}", verdict, code, day])
    reviews._open(path).close()  # opening it to write moves it to the new key
    assert [(r["verdict"], r["coded_cameo"]) for r in reviews.rows(path)] == [("wrong", "190")]
    with Store(path, read_only=True) as store:
        event = store.event("e1")
    reviews.save(path, event, "wrong", cameo="181")
    assert [(r["verdict"], r["cameo"], r["coded_cameo"]) for r in reviews.rows(path)] == [
        ("wrong", "181", "190")]



def test_web_articles_take_the_shared_event_filters(tmp_path: Path):
    path = str(tmp_path / "articles.duckdb")
    _one_event_store(path, "e1", "190")  # TURMIL → IRQ, in article a9
    with Store(path) as built:
        for article, title, published in (("a9", "Raid on a border post", "2024-02-02"),
                                          ("a8", "Talks in a quiet town", "2024-03-01")):
            built.db.execute("INSERT INTO articles (id, source_path, part, title, published, "
                             "text) VALUES (?, 'f.jsonl', 1, ?, ?, 'body')",
                             [article, title, published])
        built.db.execute("INSERT INTO event_mentions (id, event_id, article_id) VALUES "
                         "('m1', 'e1', 'a9'), ('m2', 'e1', 'a9')")
    with Store(path, read_only=True) as store:
        client = TestClient(create_app(store))

        def listed(**params: str) -> list:
            body = client.get("/api/articles", params=params).json()
            return [body["total"], [(a["id"], a["events"]) for a in body["articles"]],
                    body["filters"]]

        # a9 tells e1 twice: one event
        assert listed() == [2, [("a8", 0), ("a9", 1)], {}]
        assert listed(country="Iraq") == [1, [("a9", 1)], {"country": "Iraq"}]
        assert listed(country="IRQ", search="quiet") == [0, [], {"country": "IRQ"}]
        assert listed(root="04") == [0, [], {"root": "04"}]
        assert listed(search="quiet") == [1, [("a8", 0)], {}]
        bad = client.get("/api/articles", params={"since": "soon"}).json()
        assert bad["status"] == 422 and "[E031] --since 'soon' is not a date" in bad["error"]
        page = client.get("/articles?country=IRQ", headers={"Accept": "text/html"}).text
        assert '<form id="filters" class="filters bar"' in page
        assert 'name="country" value="IRQ"' in page
    with Store(path) as built:  # a8 reports e1 as well: folded from two articles
        built.db.execute("UPDATE events SET num_articles = 2")
        built.db.execute("INSERT INTO event_mentions (id, event_id, article_id) VALUES "
                         "('m3', 'e1', 'a8')")
    with Store(path, read_only=True) as store:
        body = TestClient(create_app(store)).get("/api/articles",
                                                 params={"country": "IRQ"}).json()
        assert [(a["id"], a["events"]) for a in body["articles"]] == [("a8", 1), ("a9", 1)]


def test_web_download_rows_are_the_exports_rows(client: TestClient, store: Store,
                                                tmp_path: Path):
    import csv
    import io

    import pyarrow.parquet as pq

    from communique import exports
    from communique.store.overview import sorted_events

    params = {"country": "IRQ", "sort": "goldstein"}
    rows = list(sorted_events(store, EventFilter(country="IRQ", limit=None), "goldstein"))
    assert len(rows) > 10
    got = client.get("/api/events/download", params={**params, "format": "jsonl"}).text
    assert [json.loads(line) for line in got.splitlines()] == json.loads(
        json.dumps(rows, default=str))
    expected = io.StringIO()
    exports.write_csv(rows, expected, exports.CONTRACT_KEYS["events"])
    got = client.get("/api/events/download", params={**params, "format": "csv"}).text

    def parsed(text: str) -> list[dict]:  # numbers may be written 4 or 4.0
        return [{k: float(v) if k in {"goldstein", "confidence", "lat", "lon"} and v else v
                 for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]

    assert parsed(got) == parsed(expected.getvalue())
    (tmp_path / "e.parquet").write_bytes(client.get(
        "/api/events/download", params={**params, "format": "parquet"}).content)
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == list(parsed(expected.getvalue())[0])
    assert table.column("id").to_pylist() == [r["id"] for r in rows]
    assert str(table.schema.field("negated").type) == "bool"


def test_web_download_of_nothing_has_the_header_only(client: TestClient):
    got = client.get("/api/events/download", params={"format": "csv", "since": "2099"}).text
    assert got.splitlines() == [",".join(f'"{c}"' for c in (
        "id article_id date date_precision source_codes source_names target_codes "
        "target_names cameo cameo_root cameo_name plover goldstein quad_class location_name "
        "location_country lat lon negated mood reported_by_code sentence span_start span_end "
        "confidence num_articles num_sources trigger").split())]
    assert client.get("/api/events/download", params={"format": "jsonl",
                                                      "since": "2099"}).text == ""


@pytest.mark.parametrize(("source", "target", "same"), [
    ("IRNGOV", "IRN", True), ("IRNGOV;IRQGOV", "IRN", True), ("IRN", "IRQ;TURGOV", False),
    ("IRQ;TUR", "SYR;TURMIL", True), ("", "", False), ("IRN", None, False),
    (None, "IRN", False), ("", "IRN", False), (";IRN", "IRNGOV", True)])
def test_web_same_country_dyads_with_one_code_or_a_list(source, target, same):
    import duckdb

    from communique.store.queries import SAME_COUNTRY

    found = duckdb.connect().execute(
        f"SELECT {SAME_COUNTRY} FROM (SELECT ?::VARCHAR AS source_code, "
        "?::VARCHAR AS target_code)", [source, target]).fetchall()
    assert found == [(same,)]


@pytest.mark.parametrize("sort", ["goldstein", "-quad", "date"])
def test_web_pages_with_many_ties_run_the_filters_again(client: TestClient, sort: str,
                                                        monkeypatch: pytest.MonkeyPatch):
    from communique.store import overview

    params = {"sort": sort, "country": "IRQ"}
    whole = [e["id"] for e in client.get("/api/events", params={**params, "limit": 1000}
                                         ).json()["events"]]
    monkeypatch.setattr(overview, "MAX_CANDIDATES", 1)  # every page takes the other way
    seen, cursor = [], None
    while True:
        body = client.get("/api/events", params={
            **params, "limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in body["events"]]
        if not (cursor := body["next_cursor"]):
            break
    assert seen == whole and len(whole) > 8
    third = client.get("/api/events", params={**params, "limit": 4, "offset": 8}).json()
    assert [e["id"] for e in third["events"]] == whole[8:12]
