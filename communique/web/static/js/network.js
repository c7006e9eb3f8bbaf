/* Actor network: countries linked source → target; edge width = events, colour = mean
 * Goldstein (/api/network). */
"use strict";

C.run(async () => {
  const query = C.setQuery(C.formValues(document.getElementById("filters")));
  C.downloads();
  const data = await C.api(`/api/network?${query}`);
  C.fill("summary", `${data.nodes.length} countries, ${data.edges.length} of ${data.total_edges} links shown.`);
  const max = Math.max(1, ...data.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.events));
  const width = (n) => 1 + 7 * Math.log1p(n) / Math.log1p(max);
  const chart = C.chart("network-chart", {
    tooltip: {formatter: (p) => (p.dataType === "edge"
      ? C.tip`${p.data.source} → ${p.data.target}: ${p.data.events} events, mean Goldstein ${p.data.mean_goldstein}`
      : C.tip`${p.data.id} ${p.data.label}: ${p.data.events} events`)},
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true, edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      force: {repulsion: 300, edgeLength: [60, 150], gravity: 0.25, friction: 0.2, layoutAnimation: !navigator.webdriver},
      label: {show: true, position: "right", formatter: (p) => p.data.id},
      data: data.nodes.map((n) => ({id: n.id, name: n.id, label: n.name, events: n.events,
        symbolSize: 8 + 32 * Math.sqrt(n.events / maxNode), itemStyle: {color: "#455a64"}})),
      links: data.edges.map((e) => ({source: e.source, target: e.target, events: e.events, mean_goldstein: e.mean_goldstein,
        lineStyle: {width: width(e.events), color: C.goldsteinColour(e.mean_goldstein), opacity: 0.85, curveness: 0.15}})),
    }],
  });
  if (chart) {
    chart.on("click", (p) => {
      if (p.dataType === "node") window.location.assign(`/actors/${encodeURIComponent(p.data.id)}`);
      if (p.dataType === "edge") window.location.assign(`/dyad?dyad=${encodeURIComponent(`${p.data.source}-${p.data.target}`)}`);
    });
  }
  C.fill("edges", C.table([
    {label: "Dyad", cell: (e) => C.link(`/dyad?dyad=${encodeURIComponent(`${e.source}-${e.target}`)}`, `${e.source} → ${e.target}`)},
    {label: "Events", cls: "num", cell: (e) => e.events},
    {label: "Mean Goldstein", cls: "num", cell: (e) => C.el("span", {class: "swatch-text", title: String(e.mean_goldstein)}, C.fmt(e.mean_goldstein))},
  ], data.edges.slice(0, 25), {empty: "No links between countries for these filters."}));
});
