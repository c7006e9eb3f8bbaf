/* Articles: newest first, with how many events each reports (/api/articles). */
"use strict";

C.run(async () => {
  const state = {text: C.params().get("text") || "", offset: 0, limit: 50};

  async function load() {
    const query = C.setQuery(state);
    const data = await C.api(`/api/articles?${query}`);
    C.fill("summary", `${data.total} articles${state.text ? ` matching “${state.text}”` : ""}.`);
    C.fill("articles-table", C.table([
      {label: "Published", cell: (a) => a.published || "—"},
      {label: "Title", cell: (a) => C.link(`/articles/${encodeURIComponent(a.id)}`, a.title || "(untitled)")},
      {label: "Outlet", cell: (a) => a.outlet || "—"},
      {label: "File", cell: (a) => `${a.source_path} #${a.part}`},
      {label: "Events", cls: "num", cell: (a) => a.events},
    ], data.articles));
    C.pager("pager", data.total, data.limit, data.offset, (offset) => {
      state.offset = offset;
      load().catch(C.showError);
    });
  }

  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    Object.assign(state, {text: event.target.elements.text.value, offset: 0});
    load().catch(C.showError);
  });
  await load();
});
