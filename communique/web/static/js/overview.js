/* Overview: counts, events per month by QuadClass, top dyads, top actors (/api/stats). */
"use strict";

C.run(async () => {
  const filters = C.filterParams();
  const s = await C.api(`/api/stats${filters.toString() ? `?${filters}` : ""}`);
  C.downloads();
  C.fill("filters-summary", C.filterSummary(s.filters));
  const {el, link} = C;
  const card = (n, label, href) => el("a", {class: "card", href}, el("strong", {}, String(n)), el("span", {}, label));
  C.fill("counts",
    card(s.events, "events", C.withFilters("/events")), card(s.articles, "articles", "/articles"),
    card(s.actors, "actors", "/actors"), card(s.event_mentions, "event mentions", C.withFilters("/events")),
    card(s.geolocated, "geolocated", C.withFilters("/map")),
    el("div", {class: "card"}, el("strong", {}, `${s.first_date || "?"} – ${s.last_date || "?"}`), el("span", {}, "dates")));
  C.monthsChart("months-chart", s.months, {undated: s.undated});
  const dyad = (d) => `${d.source}-${d.target}`;
  C.fill("top-dyads", C.table([
    {label: "Dyad", cell: (d) => link(C.withFilters(`/dyad?dyad=${encodeURIComponent(dyad(d))}`, ["dyad"]), `${d.source} → ${d.target}`)},
    {label: "Countries", cell: (d) => `${d.source_name} → ${d.target_name}`},
    {label: "Events", cls: "num", cell: (d) => d.events},
    {label: "Mean Goldstein", cls: "num", cell: (d) => C.fmt(d.mean_goldstein)},
  ], s.top_dyads));
  C.fill("top-actors", C.table([
    {label: "Code", cell: (a) => link(C.withFilters(`/actors/${encodeURIComponent(a.code)}`), a.code)},
    {label: "Name", cell: (a) => a.name},
    {label: "Events", cls: "num", cell: (a) => a.events},
  ], s.top_actors));
  C.fill("roots", C.table([
    {label: "Root", cell: (r) => link(C.withFilters(`/events?root=${r.root}`, ["root"]), r.root)},
    {label: "Name", cell: (r) => r.name},
    {label: "Events", cls: "num", cell: (r) => r.events},
  ], s.roots));
});
