/* Actors: the known actors, most mentioned first (/api/actors). */
"use strict";

C.run(async () => {
  const state = {text: C.params().get("text") || "", offset: 0, limit: 50};

  async function load() {
    const query = C.setQuery(state);
    const data = await C.api(`/api/actors?${query}`);
    C.fill("summary", `${data.total} actors${state.text ? ` matching “${state.text}”` : ""}.`);
    C.fill("actors-table", C.table([
      {label: "Name", cell: (a) => C.link(`/actors/${encodeURIComponent(a.id)}`, a.name)},
      {label: "Code", cell: (a) => a.code ? C.link(`/actors/${encodeURIComponent(a.code)}`, a.code) : "—"},
      {label: "Kind", cell: (a) => a.kind},
      {label: "Mentions", cls: "num", cell: (a) => a.mentions},
    ], data.actors));
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
