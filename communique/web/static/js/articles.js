/* Articles: newest first, with how many events each reports (/api/articles); words in them
 * (`search`) and the shared event filters (the articles reporting an event they keep). */
"use strict";

C.run(async () => {
  const search = document.getElementById("search");
  const bar = document.getElementById("filters");
  const state = {...Object.fromEntries(C.params()), limit: Number(C.params().get("limit") || 50)};
  state.offset = Number(state.offset || 0);

  async function load() {
    const query = C.setQuery(state);
    C.downloads();
    const data = await C.api(`/api/articles?${query}`);
    const what = `${data.total} articles${state.search ? ` matching “${state.search}”` : ""}`;
    const filtered = Object.keys(data.filters).length ? " reporting an event the filters keep" : "";
    C.fill("summary", `${what}${filtered}. ${C.filterSummary(data.filters)}`.trim());
    C.fill("articles-table", C.table([
      {label: "Published", cell: (a) => a.published || "—"},
      {label: "Title", cell: (a) => C.link(`/articles/${encodeURIComponent(a.id)}`, a.title || "(untitled)")},
      {label: "Outlet", cell: (a) => a.outlet || "—"},
      {label: "File", cell: (a) => `${a.source_path} #${a.part}`},
      {label: filtered ? "Events kept" : "Events", cls: "num", cell: (a) => a.events},
    ], data.articles));
    C.pager("pager", data.total, data.limit, data.offset, (offset) => {
      state.offset = offset;
      load().catch(C.showError);
    });
  }

  function apply(values) {
    for (const key of Object.keys(state)) if (key !== "limit") delete state[key];
    Object.assign(state, values, {offset: 0});
    document.getElementById("errors").hidden = true;
    load().catch(C.showError);
  }

  search.addEventListener("submit", (event) => {
    event.preventDefault();
    apply({...C.formValues(bar), search: search.elements.search.value});
  });
  bar.addEventListener("submit", (event) => {
    event.preventDefault();
    apply({...C.formValues(bar), search: search.elements.search.value});
  });
  await load();
});
