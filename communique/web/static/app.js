/* communique web UI: helpers shared by the page scripts in static/js/.
 *
 * Article text is untrusted, and so are users' actor files (names, role titles). Text only
 * ever reaches the page through textContent and element attributes set one by one (never
 * innerHTML), and links are only made to our own paths or to http(s) addresses. The one
 * place that takes HTML is an ECharts tooltip formatter's return value: build those strings
 * with `tip` (or pass every piece of data through `escapeHtml`). Canvas labels are drawn as
 * text and need no escaping.
 */
"use strict";

const C = (() => {
  const QUADS = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
                 4: "Material conflict"};
  const QUAD_COLOURS = {1: "#7fb77e", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828"};

  /** A link target we made ourselves (a path or query on this site) or an http(s) URL. */
  function safeHref(url) {
    const text = String(url ?? "");
    if (/^\/(?!\/)/.test(text) || /^[?#]/.test(text)) return text;
    try {
      const parsed = new URL(text);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  const HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

  /** `value` as text that is safe anywhere in HTML: in an element or in a quoted attribute. */
  function escapeHtml(value) {
    return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  }

  /** A tagged template for ECharts tooltips: tip`${name}: ${n} events` escapes every value. */
  function tip(strings, ...values) {
    return strings.reduce((out, part, i) => out + (i ? escapeHtml(values[i - 1]) : "") + part, "");
  }

  /** el("a", {href: "/x", class: "y"}, "text", child) — strings become text nodes. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "href") {
        const href = safeHref(value);
        if (href !== null) node.setAttribute("href", href);
      } else if (/^(class|title|id|role|colspan|scope|datetime|type|value|aria-[a-z]+|data-[a-z-]+)$/.test(name)) {
        node.setAttribute(name, value === true ? "" : String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of [children].flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function fill(id, ...children) {
    const node = document.getElementById(id);
    node.replaceChildren();
    return append(node, children);
  }

  function link(href, text) { return el("a", {href}, text); }

  function params() { return new URLSearchParams(window.location.search); }

  /** The event filters every view shares (the filter bar's fields), as the API takes them. */
  const FILTER_KEYS = ["actor", "country", "dyad", "code", "root", "quad", "plover", "since", "until",
                       "text", "min_confidence", "mood", "negated", "hide_domestic", "hide_uncoded"];

  /** The filters in this page's address (leaving out `except`), as a query. */
  function filterParams(except = []) {
    const query = new URLSearchParams();
    for (const [k, v] of params()) if (FILTER_KEYS.includes(k) && !except.includes(k) && v !== "") query.set(k, v);
    return query;
  }

  /** `path` with this page's filters added to its query (links that keep the view's filters). */
  function withFilters(path, except = []) {
    const [base, query] = path.split("?");
    const merged = new URLSearchParams(query || "");
    for (const [k, v] of filterParams(except)) if (!merged.has(k)) merged.set(k, v);
    const text = merged.toString();
    return text ? `${base}?${text}` : base;
  }

  /** Point the filter bar's download links at exactly the events shown: these filters, and
   * the view's own (a dyad's or an actor's) from `extra`. */
  function downloads(extra = {}) {
    const shown = () => {
      const query = filterParams();
      for (const [k, v] of Object.entries(extra)) if (v) query.set(k, v);
      return query;
    };
    for (const a of document.querySelectorAll("#downloads a.download")) {
      const query = shown();
      if (params().get("sort")) query.set("sort", params().get("sort"));
      query.set("format", a.dataset.format);
      a.setAttribute("href", `/api/events/download?${query}`);
    }
    const report = document.getElementById("report-link");
    if (report) report.setAttribute("href", `/report?${shown()}`);
  }

  /** A sentence saying which filters are on ("" when none). */
  function filterSummary(filters) {
    const parts = Object.entries(filters || {}).map(([k, v]) => (v === true ? k.replace(/_/g, " ") : `${k.replace(/_/g, " ")} ${v}`));
    return parts.length ? `Filtered: ${parts.join(", ")}.` : "";
  }

  /** Fetch one of our API paths; throws with the API's error message. */
  async function api(path) {
    const link = document.getElementById("api-link");
    // The footer links to the page's own data as now filtered (its first endpoint, each time).
    if (link && (!link.dataset.base || link.dataset.base === path.split("?")[0])) {
      link.setAttribute("href", path);
      link.textContent = path;
      link.dataset.base = path.split("?")[0];
    }
    const response = await fetch(path, {headers: {Accept: "application/json"}});
    const body = await response.json();
    if (!body.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  function showError(error) {
    const box = document.getElementById("errors");
    box.hidden = false;
    box.textContent = String(error && error.message ? error.message : error);
  }

  /** Run a page's async main once the page has loaded; errors go into the error box. */
  function run(main) {
    const start = () => main().catch(showError).finally(() => {
      document.body.dataset.ready = "1";
    });
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  /** A table. columns: [{label, cell(row) → node or text, sort: "key", cls}]. */
  function table(columns, rows, {sort = null, onSort = null, empty = "Nothing found.", compact = false} = {}) {
    if (!rows.length) return el("p", {class: "empty"}, empty);
    const head = el("tr", {}, columns.map((col) => {
      if (!col.sort || !onSort) return el("th", {scope: "col"}, col.label);
      const active = sort && sort.replace(/^-/, "") === col.sort;
      const next = active && !sort.startsWith("-") ? `-${col.sort}` : col.sort;
      const arrow = active ? (sort.startsWith("-") ? " ▼" : " ▲") : "";
      const button = el("button", {type: "button", class: "sort", "data-sort": col.sort},
                        col.label + arrow);
      button.addEventListener("click", () => onSort(next));
      return el("th", {scope: "col", "aria-sort": active ? (sort.startsWith("-") ? "descending" : "ascending") : null}, button);
    }));
    const body = rows.map((row) => el("tr", {}, columns.map((col) => el("td", {class: col.cls}, col.cell(row)))));
    return el("table", {class: compact ? "data compact" : "data"}, el("thead", {}, head), el("tbody", {}, body));
  }

  /** Previous/next links for a page of `total` rows; onPage(offset). */
  function pager(id, total, limit, offset, onPage) {
    const prev = el("button", {type: "button", class: "prev"}, "← Previous");
    const next = el("button", {type: "button", class: "next"}, "Next →");
    prev.disabled = offset <= 0;
    next.disabled = offset + limit >= total;
    prev.addEventListener("click", () => onPage(Math.max(0, offset - limit)));
    next.addEventListener("click", () => onPage(offset + limit));
    const shown = total ? `${offset + 1}–${Math.min(offset + limit, total)} of ${total}` : "0 of 0";
    fill(id, prev, el("span", {}, shown), next);
  }

  function actorCodes(actors, {names = false} = {}) {
    if (!actors || !actors.length) return el("span", {class: "none"}, "—");
    return el("span", {}, actors.map((a, i) => [i ? ", " : "",
      a.code ? el("a", {href: `/actors/${encodeURIComponent(a.code)}`, title: a.name || ""}, a.code)
             : el("span", {class: "uncoded", title: "named but not coded"}, a.text || "?"),
      names && a.name && a.name !== a.code ? [" ", el("span", {class: "actor-name"}, a.name)] : null]));
  }

  function quadBadge(q) {
    return el("span", {class: `quad q${q}`, title: QUADS[q] || ""}, q ? `Q${q}` : "—");
  }

  /** The usual events table, each row linking to its event page. */
  function eventsTable(events, options = {}) {
    return table([
      {label: "Date", sort: "date", cls: "date", cell: (e) => link(`/events/${e.id}`, e.date || "undated")},
      {label: "Source", sort: "source", cls: "clip", cell: (e) => actorCodes(e.source, {names: true})},
      {label: "Event", sort: "cameo", cls: "clip", cell: (e) => [el("strong", {}, e.cameo), " ", e.cameo_name || ""]},
      {label: "Target", sort: "target", cls: "clip", cell: (e) => actorCodes(e.target, {names: true})},
      {label: "Quad", sort: "quad", cell: (e) => quadBadge(e.quad_class)},
      {label: "Goldstein", sort: "goldstein", cls: "num", cell: (e) => fmt(e.goldstein)},
      {label: "Articles", sort: "articles", cls: "num", cell: (e) => e.num_articles},
      {label: "Conf.", sort: "confidence", cls: "num", cell: (e) => (e.confidence == null ? "—" : Number(e.confidence).toFixed(2))},
      {label: "Sentence", cls: "sentence clip", cell: (e) => el("a", {href: `/events/${e.id}`, title: e.sentence}, e.sentence)},
    ], events, {compact: true, ...options});
  }

  function fmt(x) { return x === null || x === undefined ? "—" : String(x); }

  /** Goldstein −10 (red) … 0 (grey) … +10 (blue). */
  function goldsteinColour(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 10));
    const [from, to] = t < 0 ? [[150, 150, 150], [198, 40, 40]] : [[150, 150, 150], [21, 101, 192]];
    const k = Math.abs(t);
    const rgb = from.map((c, i) => Math.round(c + (to[i] - c) * k));
    return `rgb(${rgb.join(",")})`;
  }

  /** `text` as nodes with marks: [{start, end, ...}] sorted, non-overlapping → makeMark(mark, text). */
  function marked(text, marks, makeMark) {
    const out = [];
    let cursor = 0;
    for (const mark of marks) {
      if (mark.start < cursor || mark.end > text.length) continue;
      out.push(text.slice(cursor, mark.start), makeMark(mark, text.slice(mark.start, mark.end)));
      cursor = mark.end;
    }
    out.push(text.slice(cursor));
    return out;
  }

  /** An article's text with its events' spans marked as links to their pages. */
  function articleText(text, events, current = null) {
    const seen = new Set();
    const marks = [];
    for (const e of [...events].sort((a, b) => a.span[0] - b.span[0])) {
      const key = e.span.join(":");
      if (seen.has(key)) continue;
      seen.add(key);
      marks.push({start: e.span[0], end: e.span[1], event: e});
    }
    return marked(text, marks, (m, part) => el("a", {
      href: `/events/${m.event.id}`, class: `ev q${m.event.quad_class}${m.event.id === current ? " current" : ""}`,
      title: `${m.event.cameo} ${m.event.cameo_name || ""} (${m.event.source_code || "?"} → ${m.event.target_code || "?"})`,
    }, part));
  }

  /** A "YYYY-MM" period as the time of its first day (for a real time axis). */
  function monthTime(period) { return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1); }

  /** What a monthly chart cannot show, said under it: "3 events dated to the year only". */
  function undatedNote(id, undated) {
    const node = document.getElementById(id);
    if (!node || !undated) return;
    const parts = [];
    if (undated.year_only) parts.push(`${undated.year_only} event${undated.year_only === 1 ? "" : "s"} dated to the year only`);
    if (undated.no_date) parts.push(`${undated.no_date} event${undated.no_date === 1 ? "" : "s"} with no date`);
    let note = document.getElementById(`${id}-undated`);
    if (!note) {
      note = el("p", {class: "hint undated", id: `${id}-undated`});
      node.after(note);
    }
    note.textContent = parts.length ? `Not in the chart: ${parts.join(", ")}.` : "";
    note.hidden = !parts.length;
  }

  /** A time axis whose bars are a month wide wherever the months are (gaps stay gaps). */
  const TIME_AXIS = {type: "time", minInterval: 28 * 86400000,
                     axisLabel: {formatter: {year: "{yyyy}", month: "{MMM} {yyyy}", day: "{d} {MMM}"}}};

  function monthTooltip(params) {
    const list = [params].flat();
    if (!list.length) return "";
    const when = new Date(list[0].value[0]).toISOString().slice(0, 7);
    return tip`${when}` + list.map((p) => `<br>${escapeHtml(p.seriesName)}: ${escapeHtml(p.value[1] ?? "—")}`).join("");
  }

  /** Stacked bars by QuadClass per month (rows from the API's `months`) on a time axis,
   * optional Goldstein line; `undated` ({year_only, no_date}) is said under the chart. */
  function monthsChart(id, rows, {goldstein = false, undated = null} = {}) {
    undatedNote(id, undated);
    const series = [1, 2, 3, 4].map((q) => ({
      name: `${q} ${QUADS[q]}`, type: "bar", stack: "q", itemStyle: {color: QUAD_COLOURS[q]}, barMaxWidth: 28,
      data: rows.map((r) => [monthTime(r.period), r.quad_classes[q - 1]]),
    }));
    const yAxis = [{type: "value", name: "events", minInterval: 1}];
    if (goldstein) {
      yAxis.push({type: "value", name: "mean Goldstein", min: -10, max: 10});
      series.push({name: "mean Goldstein", type: "line", yAxisIndex: 1, connectNulls: false,
        itemStyle: {color: "#333"}, data: rows.map((r) => [monthTime(r.period), r.mean_goldstein])});
    }
    const span = rows.length ? monthTime(rows[rows.length - 1].period) - monthTime(rows[0].period) : 0;
    return chart(id, {
      tooltip: {trigger: "axis", formatter: monthTooltip}, legend: {top: 0},
      grid: {left: 50, right: goldstein ? 60 : 20, top: 40, bottom: 60},
      xAxis: TIME_AXIS, yAxis, series,
      dataZoom: span > 3 * 365 * 86400000 ? [{type: "slider", bottom: 10}] : [],
    });
  }

  function chart(id, option) {
    const node = document.getElementById(id);
    if (typeof echarts === "undefined") {
      node.textContent = "Charts need the vendored ECharts script.";
      return null;
    }
    const instance = echarts.init(node, null, {renderer: "canvas"});
    // No animation under automation (tests, screenshots): what is drawn is final at once.
    instance.setOption({animation: !navigator.webdriver, ...option});
    window.addEventListener("resize", () => instance.resize());
    return instance;
  }

  function facts(id, pairs) {
    fill(id, pairs.filter(([, v]) => v !== undefined).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v ?? "—")]));
  }

  /** Keep a page's query string in the address bar (no reload). */
  function setQuery(values) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v !== "" && v !== null && v !== undefined) query.set(k, v);
    const text = query.toString();
    history.replaceState(null, "", text ? `?${text}` : window.location.pathname);
    return query;
  }

  function formValues(form) {
    return Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ""));
  }

  return {QUADS, QUAD_COLOURS, FILTER_KEYS, filterParams, withFilters, downloads, filterSummary,
          el, append, fill, link, params, api, run, showError, table, pager,
          actorCodes, quadBadge, eventsTable, fmt, goldsteinColour, marked, articleText,
          monthsChart, monthTime, monthTooltip, undatedNote, TIME_AXIS, chart, facts, setQuery, formValues, safeHref, escapeHtml, tip};
})();
