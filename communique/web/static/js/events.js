/* Event explorer: the CLI's filters, sortable columns, pages (/api/events). */
"use strict";

C.run(async () => {
  const form = document.getElementById("filters");
  const state = {...Object.fromEntries(C.params()), limit: Number(C.params().get("limit") || 50)};
  state.offset = Number(state.offset || 0);
  state.sort = state.sort || "-date";

  async function load() {
    const query = C.setQuery(state);
    C.downloads();
    const data = await C.api(`/api/events?${query}`);
    const filters = Object.entries(data.filters).map(([k, v]) => `${k} ${v}`).join(", ");
    C.fill("summary", `${data.total} events${filters ? ` where ${filters}` : ""}, sorted by ${data.sort}.`);
    C.fill("events-table", C.eventsTable(data.events, {sort: data.sort, onSort: (sort) => {
      state.sort = sort;
      state.offset = 0;
      if (form.elements.sort) form.elements.sort.value = sort;
      load().catch(C.showError);
    }}));
    C.pager("pager", data.total, data.limit, data.offset, (offset) => {
      state.offset = offset;
      load().catch(C.showError);
    });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const key of Object.keys(state)) if (!["limit", "sort"].includes(key)) delete state[key];
    Object.assign(state, C.formValues(form), {offset: 0});
    document.getElementById("errors").hidden = true;
    load().catch(C.showError);
  });
  await load();
});
