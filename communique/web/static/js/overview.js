/* Overview: counts, events per month by QuadClass, top dyads, top actors (/api/stats). */
"use strict";

C.run(async () => {
  const s = await C.api("/api/stats");
  const {el, link} = C;
  const card = (n, label, href) => el("a", {class: "card", href}, el("strong", {}, String(n)), el("span", {}, label));
  C.fill("counts",
    card(s.events, "events", "/events"), card(s.articles, "articles", "/articles"),
    card(s.actors, "actors", "/actors"), card(s.event_mentions, "event mentions", "/events"),
    card(s.geolocated, "geolocated", "/map"),
    el("div", {class: "card"}, el("strong", {}, `${s.first_date || "?"} – ${s.last_date || "?"}`), el("span", {}, "dates")));
  C.monthsChart("months-chart", s.months);
  const dyad = (d) => `${d.source}-${d.target}`;
  C.fill("top-dyads", C.table([
    {label: "Dyad", cell: (d) => link(`/dyad?dyad=${encodeURIComponent(dyad(d))}`, `${d.source} → ${d.target}`)},
    {label: "Events", cls: "num", cell: (d) => d.events},
    {label: "Mean Goldstein", cls: "num", cell: (d) => C.fmt(d.mean_goldstein)},
  ], s.top_dyads));
  C.fill("top-actors", C.table([
    {label: "Code", cell: (a) => link(`/actors/${encodeURIComponent(a.code)}`, a.code)},
    {label: "Name", cell: (a) => a.name},
    {label: "Events", cls: "num", cell: (a) => a.events},
  ], s.top_actors));
  C.fill("roots", C.table([
    {label: "Root", cell: (r) => link(`/events?root=${r.root}`, r.root)},
    {label: "Name", cell: (r) => r.name},
    {label: "Events", cls: "num", cell: (r) => r.events},
  ], s.roots));
});
