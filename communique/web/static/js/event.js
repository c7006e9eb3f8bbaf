/* Event page: the sentence with source, verb and target marked, what was coded, its
 * article with all its events marked, and the other articles reporting it (/api/events/ID). */
"use strict";

C.run(async () => {
  const id = document.getElementById("app").dataset.key;
  const data = await C.api(`/api/events/${encodeURIComponent(id)}`);
  await review(id);
  const {el, link} = C;
  const e = data.event;
  C.fill("event-title", `${e.cameo} ${e.cameo_name || ""}`);
  document.title = `${e.cameo} ${e.cameo_name || ""} · communique`;
  C.fill("sentence", C.marked(e.sentence, data.highlights,
    (m, text) => el("mark", {class: m.role, title: m.role}, text)));
  const actors = (list) => C.actorCodes(list);
  // A re-publication of a story counts as that story: more outlets than stories is possible.
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const reach = (stories, sources) =>
    `${count(stories, "story", "stories")} from ${count(sources, "source", "sources")}` +
    (sources > stories ? " (re-publications of one story count once)" : "");
  const place = e.location ? `${e.location.name || "?"} (${e.location.country || "?"}, ${e.location.lat}, ${e.location.lon})` : null;
  C.facts("facts", [
    ["Date", `${e.date || "undated"} (${e.date_precision || "?"})`],
    ["Source", actors(e.source)], ["Target", actors(e.target)],
    ["CAMEO", `${e.cameo} ${e.cameo_name || ""} (root ${e.cameo_root})`],
    ["PLOVER", e.plover], ["Goldstein", C.fmt(e.goldstein)],
    ["QuadClass", el("span", {}, C.quadBadge(e.quad_class), " ", C.QUADS[e.quad_class] || "")],
    ["Negated", e.negated ? "yes" : "no"], ["Mood", e.mood],
    ["Reported by", e.reported_by ? `${e.reported_by.name || e.reported_by.text} (${e.reported_by.code || "?"})` : null],
    ["Location", place], ["Confidence", C.fmt(e.confidence)],
    ["Reported in", reach(e.num_articles, e.num_sources)],
    ["Dyad", e.source.length && e.target.length ? link(`/dyad?dyad=${encodeURIComponent(`${e.source[0].code}-${e.target[0].code}`)}`, `${e.source[0].code} → ${e.target[0].code}`) : null],
  ]);
  const a = data.article;
  const title = document.getElementById("article-link");
  title.setAttribute("href", `/articles/${encodeURIComponent(a.id)}`);
  title.textContent = a.title || "(untitled)";
  C.fill("article-text", C.articleText(a.text, a.events, e.id));
  C.fill("others", C.table([
    {label: "Article", cell: (m) => link(`/articles/${encodeURIComponent(m.article_id)}`, m.title || "(untitled)")},
    {label: "Outlet", cell: (m) => m.outlet || m.source_path},
    {label: "Sentence", cls: "sentence", cell: (m) => m.sentence},
  ], data.other_articles, {empty: "No other article reports this event."}));
});

/** The review form: an analyst's verdict, saved beside the database (never in it). */
async function review(id) {
  const form = document.getElementById("review");
  const path = `/api/events/${encodeURIComponent(id)}/review`;
  const status = (text) => C.fill("review-status", text);
  const said = (r) => (r ? `Saved: ${r.verdict}${r.cameo ? `, code ${r.cameo}` : ""}${r.source ? `, source ${r.source}` : ""}${r.target ? `, target ${r.target}` : ""}.` : "Not reviewed yet.");
  const current = await fetch(path, {headers: {Accept: "application/json"}}).then((r) => r.json());
  if (current.ok && current.review) {
    const r = current.review;
    for (const input of form.elements.verdict) input.checked = input.value === r.verdict;
    for (const name of ["cameo", "source", "target", "note"]) form.elements[name].value = r[name] || "";
  }
  status(current.ok ? said(current.review) : current.error);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = C.formValues(form);
    if (!values.verdict) return status("Choose right or wrong first.");
    const response = await fetch(path, {method: "POST", body: JSON.stringify(values),
      headers: {"Content-Type": "application/json", Accept: "application/json"}});
    const body = await response.json();
    status(body.ok ? said(body.review) : body.error);
  });
}
