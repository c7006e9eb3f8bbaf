/* Article reader: the cleaned text with its events marked, and on request what cleaning
 * dropped and why (/api/articles/ID). */
"use strict";

C.run(async () => {
  const id = document.getElementById("app").dataset.key;
  const data = await C.api(`/api/articles/${encodeURIComponent(id)}`);
  const a = data.article;
  const {el, link} = C;
  C.fill("article-title", a.title || "(untitled)");
  document.title = `${a.title || "Article"} · communique`;
  const url = a.url && C.safeHref(a.url) ? link(a.url, a.url) : (a.url ? el("span", {class: "unsafe"}, `${a.url} (not a web address; not linked)`) : undefined);
  C.facts("facts", [
    ["Published", `${a.published || "unknown"} (${a.date_precision || "none"})`],
    ["Outlet", a.outlet], ["Agency", a.agency], ["Dateline", a.dateline],
    ["Byline", a.byline && a.byline.length ? a.byline.join(", ") : null],
    ["Language", a.language], ["File", `${a.source_path} (story ${a.part})`],
    ["Document id", a.document_id || undefined], ["Address", url],
    ["Duplicate of", a.duplicate_of ? link(`/articles/${encodeURIComponent(a.duplicate_of)}`, a.duplicate_of) : undefined],
  ]);
  C.fill("article-text", C.articleText(a.text, data.events));
  C.fill("dropped", C.table([
    {label: "Reason", cell: (d) => d.reason}, {label: "Offset", cls: "num", cell: (d) => C.fmt(d.start)},
    {label: "Dropped text", cls: "dropped-text", cell: (d) => d.text},
  ], a.dropped || [], {empty: "Cleaning dropped nothing from this article."}));
  const toggle = document.getElementById("show-dropped");
  toggle.addEventListener("change", () => {
    document.getElementById("dropped-section").hidden = !toggle.checked;
  });
  C.fill("events-table", C.table([
    {label: "Event", cell: (e) => link(`/events/${encodeURIComponent(e.id)}`, `${e.cameo} ${e.cameo_name || ""}`)},
    {label: "Date", cell: (e) => e.date || "undated"},
    {label: "Source", cell: (e) => e.source_code || "—"}, {label: "Target", cell: (e) => e.target_code || "—"},
    {label: "Quad", cell: (e) => C.quadBadge(e.quad_class)},
    {label: "Text", cls: "sentence", cell: (e) => a.text.slice(e.span[0], e.span[1])},
  ], data.events, {empty: "No events coded from this article."}));
});
