/* Actor page: roles over time, events per month as source and target, main counterparts,
 * and the events (/api/actors/ID-or-CODE). */
"use strict";

function rolesChart(roles) {
  const dated = roles.filter((r) => r.start || r.end);
  const box = document.getElementById("roles-chart");
  if (!dated.length || typeof echarts === "undefined") {
    box.hidden = true;
    return;
  }
  const today = Date.now();
  const first = Math.min(...dated.map((r) => Date.parse(r.start || r.end)));
  const labels = dated.map((r) => [r.name, r.title || r.code, `${r.code}, ${r.start || "?"} – ${r.end || "present"}`].filter(Boolean).join(" · "));
  const data = dated.map((r, i) => [i, r.start ? Date.parse(r.start) : first, r.end ? Date.parse(r.end) : today, r.name]);
  box.style.height = `${Math.max(120, 40 + 32 * dated.length)}px`;
  C.chart("roles-chart", {
    tooltip: {formatter: (p) => C.tip`${labels[p.value[0]]}`},
    grid: {left: 10, right: 30, top: 10, bottom: 30, containLabel: true},
    xAxis: {type: "time"}, yAxis: {type: "category", data: labels, inverse: true, axisLabel: {width: 520, overflow: "break"}},
    series: [{type: "custom", encode: {x: [1, 2], y: 0}, data, itemStyle: {color: "#1565c0"},
      renderItem: (params, api) => {
        const start = api.coord([api.value(1), api.value(0)]);
        const end = api.coord([api.value(2), api.value(0)]);
        const height = api.size([0, 1])[1] * 0.6;
        const rect = echarts.graphic.clipRectByRect(
          {x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height},
          {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
        return rect && {type: "rect", shape: rect, style: api.style()};
      }}],
  });
}

C.run(async () => {
  const key = document.getElementById("app").dataset.key;
  const state = {...Object.fromEntries(C.filterParams()), offset: 0, sort: "-date", limit: 50};
  const {el, link} = C;
  let drawn = false;

  async function load() {
    const data = await C.api(`/api/actors/${encodeURIComponent(key)}?${new URLSearchParams(state)}`);
    if (!drawn) {
      draw(data);
      C.downloads({actor: data.code || key});
    }
    drawn = true;
    C.fill("summary", `${data.total} events with ${data.name} as source or target.`);
    C.fill("events-table", C.eventsTable(data.events, {sort: data.sort, onSort: (sort) => {
      Object.assign(state, {sort, offset: 0});
      load().catch(C.showError);
    }}));
    C.pager("pager", data.total, data.limit, data.offset, (offset) => {
      state.offset = offset;
      load().catch(C.showError);
    });
  }

  function draw(data) {
    C.fill("actor-title", data.name, " ", el("small", {}, data.code || ""));
    document.title = `${data.name} · communique`;
    const a = data.actor;
    C.facts("facts", [
      ["Code", data.code ? link(`/actors/${encodeURIComponent(data.code)}`, data.code) : null],
      ["Kind", a ? a.kind : "actor code"],
      ["Also known as", a && a.aliases && a.aliases.length ? a.aliases.join(", ") : undefined],
      ["Events", String(data.total)],
    ]);
    rolesChart(data.roles);
    C.fill("roles", C.table([
      {label: "Code", cell: (r) => link(`/actors/${encodeURIComponent(r.code)}`, r.code)},
      {label: "Title", cell: (r) => r.title || "—"}, {label: "Who", cell: (r) => r.name},
      {label: "From", cell: (r) => r.start || "?"}, {label: "To", cell: (r) => r.end || "present"},
    ], data.roles, {empty: "No dated roles recorded."}));
    C.undatedNote("activity-chart", data.undated);
    const at = (r) => C.monthTime(r.period);
    C.chart("activity-chart", {
      tooltip: {trigger: "axis", formatter: C.monthTooltip}, legend: {top: 0}, grid: {left: 50, right: 20, top: 40, bottom: 40},
      xAxis: C.TIME_AXIS, yAxis: {type: "value", minInterval: 1},
      series: [{name: "as source", type: "bar", stack: "r", barMaxWidth: 28, itemStyle: {color: "#1565c0"}, data: data.activity.map((r) => [at(r), r.as_source])},
               {name: "as target", type: "bar", stack: "r", barMaxWidth: 28, itemStyle: {color: "#f0a04b"}, data: data.activity.map((r) => [at(r), r.as_target])}],
    });
    C.fill("counterparts", C.table([
      {label: "Counterpart", cell: (c) => link(`/actors/${encodeURIComponent(c.code)}`, c.code)},
      {label: "Name", cell: (c) => c.name},
      {label: `${data.code} → them`, cls: "num", cell: (c) => c.as_source ? link(`/dyad?dyad=${encodeURIComponent(`${data.code}-${c.code}`)}`, String(c.as_source)) : "0"},
      {label: `them → ${data.code}`, cls: "num", cell: (c) => c.as_target ? link(`/dyad?dyad=${encodeURIComponent(`${c.code}-${data.code}`)}`, String(c.as_target)) : "0"},
      {label: "Mean Goldstein", cls: "num", cell: (c) => C.fmt(c.mean_goldstein)},
    ], data.counterparts));
    if (data.members.length) {
      document.getElementById("members-section").hidden = false;
      C.fill("members", C.table([
        {label: "Name", cell: (m) => link(`/actors/${encodeURIComponent(m.id)}`, m.name)},
        {label: "Kind", cell: (m) => m.kind}, {label: "Mentions", cls: "num", cell: (m) => m.mentions},
      ], data.members));
    }
  }
  await load();
});
