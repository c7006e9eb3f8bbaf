/* Map of geolocated events on an offline world outline (Natural Earth via world-atlas),
 * one point per place (/api/map). */
"use strict";

/** Rings that cross the 180° meridian (Russia, Fiji) would be drawn as stripes across the
 * whole map: move their far-side points onto the meridian, on the ring's own side. */
function clampAntimeridian(geojson) {
  for (const feature of geojson.features) {
    const g = feature.geometry;
    const polygons = !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    for (const ring of polygons.flat()) {
      const crosses = ring.some((p, i) => i && Math.abs(p[0] - ring[i - 1][0]) > 180);
      if (!crosses || Math.min(...ring.map((p) => p[1])) < -60) continue;  // not Antarctica
      const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
      for (const p of ring) if (east ? p[0] < 0 : p[0] > 0) p[0] = east ? 180 : -180;
    }
  }
  return geojson;
}

C.run(async () => {
  const query = C.setQuery(C.formValues(document.getElementById("filters")));
  C.downloads();
  const [world, data] = await Promise.all([
    fetch("/static/world-atlas-2.0.2-countries-110m.json").then((r) => r.json()),
    C.api(`/api/map?${query}`),
  ]);
  C.fill("summary", `${data.geolocated} geolocated events at ${data.places.length} places.`);
  if (typeof echarts === "undefined" || typeof topojson === "undefined") throw new Error("The vendored map scripts did not load.");
  echarts.registerMap("world", clampAntimeridian(topojson.feature(world, world.objects.countries)));
  const max = Math.max(1, ...data.places.map((p) => p.events));
  const chart = C.chart("map-chart", {
    tooltip: {formatter: (p) => C.tip`${p.data.place.name} (${p.data.place.country || "?"}): ${p.data.place.events} events, mean Goldstein ${p.data.place.mean_goldstein}`},
    geo: {map: "world", roam: true, itemStyle: {areaColor: "#eceff1", borderColor: "#90a4ae"},
          emphasis: {disabled: true}, label: {show: false}},
    series: [{type: "scatter", coordinateSystem: "geo",
      data: data.places.map((p) => ({value: [p.lon, p.lat, p.events], place: p,
        symbolSize: 6 + 24 * Math.sqrt(p.events / max),
        itemStyle: {color: C.goldsteinColour(p.mean_goldstein), borderColor: "#fff", borderWidth: 1, opacity: 0.9}}))}],
  });
  const show = (place) => {
    C.fill("place-title", `${place.name} (${place.country || "?"}): ${place.events} events`);
    C.fill("place-events", C.table([
      {label: "Date", cell: (e) => C.link(`/events/${encodeURIComponent(e.id)}`, e.date || "undated")},
      {label: "Event", cell: (e) => C.link(`/events/${encodeURIComponent(e.id)}`, e.cameo_name || e.id)},
      {label: "Quad", cell: (e) => C.quadBadge(e.quad_class)},
    ], place.latest));
  };
  if (chart) chart.on("click", (p) => p.data && p.data.place && show(p.data.place));
  C.fill("place-events", C.table([
    {label: "Place", cell: (p) => {
      const button = C.el("button", {type: "button", class: "linklike"}, p.name || "?");
      button.addEventListener("click", () => show(p));
      return button;
    }},
    {label: "Country", cell: (p) => p.country || "—"},
    {label: "Events", cls: "num", cell: (p) => p.events},
    {label: "Mean Goldstein", cls: "num", cell: (p) => C.fmt(p.mean_goldstein)},
  ], data.places.slice(0, 30), {empty: "No geolocated events for these filters."}));
});
