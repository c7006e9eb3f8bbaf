/* Dyad view: monthly counts by QuadClass with mean Goldstein, and the events (/api/dyad). */
"use strict";

C.run(async () => {
  const dyad = C.params().get("dyad");
  if (!dyad) {
    const filters = C.filterParams(["dyad"]);
    const stats = await C.api(`/api/stats${filters.toString() ? `?${filters}` : ""}`);
    C.fill("top-dyads", C.table([
      {label: "Dyad", cell: (d) => C.link(C.withFilters(`/dyad?dyad=${encodeURIComponent(`${d.source}-${d.target}`)}`, ["dyad"]), `${d.source} → ${d.target}`)},
      {label: "Events", cls: "num", cell: (d) => d.events},
    ], stats.top_dyads));
    return;
  }
  document.getElementById("dyad-help").hidden = true;
  document.getElementById("dyad-body").hidden = false;
  const state = {...Object.fromEntries(C.filterParams()), dyad, offset: 0, sort: "-date", limit: 50};
  C.downloads({dyad});
  let drawn = false;

  async function load() {
    const query = new URLSearchParams(state);
    const data = await C.api(`/api/dyad?${query}`);
    if (!drawn) {
      C.fill("dyad-title", `${data.source} → ${data.target}`);
      C.append(document.getElementById("dyad-title"), C.el("small", {}, ` ${data.source_name} → ${data.target_name}`));
      const reverse = document.getElementById("reverse");
      reverse.setAttribute("href", C.withFilters(`/dyad?dyad=${encodeURIComponent(data.reverse)}`, ["dyad"]));
      reverse.hidden = false;
      C.monthsChart("dyad-chart", data.months, {goldstein: true, undated: data.undated});
      drawn = true;
    }
    C.fill("summary", `${data.total} events from ${data.source} to ${data.target}.`);
    C.fill("events-table", C.eventsTable(data.events, {sort: data.sort, onSort: (sort) => {
      Object.assign(state, {sort, offset: 0});
      load().catch(C.showError);
    }}));
    C.pager("pager", data.total, data.limit, data.offset, (offset) => {
      state.offset = offset;
      load().catch(C.showError);
    });
  }
  await load();
});
