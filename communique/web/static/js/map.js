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

/** Places within `cell` degrees of each other as one point: [{lon, lat, events,
 * mean_goldstein, places}], weighted by events. */
function cluster(places, cell) {
  const groups = new Map();
  for (const p of places) {
    const key = `${Math.floor(p.lon / cell)}:${Math.floor(p.lat / cell)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  return [...groups.values()].map((ps) => {
    const events = ps.reduce((n, p) => n + p.events, 0);
    const mean = (f) => ps.reduce((s, p) => s + f(p) * p.events, 0) / events;
    return {lon: mean((p) => p.lon), lat: mean((p) => p.lat), events, places: ps,
            mean_goldstein: Math.round(mean((p) => p.mean_goldstein) * 100) / 100};
  });
}

/** The centre and zoom that show every place (the whole world when there is none). */
function fit(places) {
  if (!places.length) return {center: [0, 20], zoom: 1};
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const zoom = Math.max(1, Math.min(12, 0.7 * Math.min(360 / Math.max(e - w, 1), 170 / Math.max(n - s, 1))));
  return {center: [(w + e) / 2, (s + n) / 2], zoom};
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
  const view = fit(data.places);
  const points = (zoom) => cluster(data.places, 24 / zoom).map((c) => ({
    value: [c.lon, c.lat, c.events], group: c,
    symbolSize: 8 + 26 * Math.sqrt(c.events / max),
    label: {show: c.places.length > 1, formatter: String(c.places.length), color: "#fff", fontSize: 10},
    itemStyle: {color: C.goldsteinColour(c.mean_goldstein), borderColor: "#fff", borderWidth: 1, opacity: 0.9}}));
  const chart = C.chart("map-chart", {
    tooltip: {formatter: (p) => (p.data.group.places.length > 1
      ? C.tip`${p.data.group.places.length} places, ${p.data.group.events} events (click to zoom in)`
      : C.tip`${p.data.group.places[0].name} (${p.data.group.places[0].country || "?"}): ${p.data.group.events} events, mean Goldstein ${p.data.group.mean_goldstein}`)},
    geo: {map: "world", roam: true, center: view.center, zoom: view.zoom, scaleLimit: {min: 1, max: 200},
          itemStyle: {areaColor: "#eceff1", borderColor: "#90a4ae"}, emphasis: {disabled: true}, label: {show: false}},
    series: [{type: "scatter", coordinateSystem: "geo", data: points(view.zoom)}],
  });
  const show = (place) => {
    C.fill("place-title", `${place.name} (${place.country || "?"}): ${place.events} events`);
    C.fill("place-events", C.table([
      {label: "Date", cls: "date", cell: (e) => C.link(`/events/${encodeURIComponent(e.id)}`, e.date || "undated")},
      {label: "Event", cell: (e) => [C.el("strong", {}, e.cameo || ""), " ", e.cameo_name || ""]},
      {label: "Who", cell: (e) => `${e.source_code || "—"} → ${e.target_code || "—"}`},
      {label: "Quad", cell: (e) => C.quadBadge(e.quad_class)},
      {label: "Sentence", cls: "sentence", cell: (e) => C.link(`/events/${encodeURIComponent(e.id)}`, e.sentence || "")},
    ], place.latest, {compact: true}));
    if (place.events > place.latest.length) {
      C.append(document.getElementById("place-events"), C.el("p", {class: "hint"}, `The latest ${place.latest.length} of ${place.events} events here.`));
    }
  };
  if (chart) {
    let zoom = view.zoom;
    chart.on("georoam", () => {
      const now = chart.getOption().geo[0].zoom;
      if (Math.abs(now - zoom) / zoom < 0.2) return;
      zoom = now;
      chart.setOption({series: [{data: points(zoom)}]});
    });
    chart.on("click", (p) => {
      const group = p.data && p.data.group;
      if (!group) return;
      if (group.places.length === 1) return show(group.places[0]);
      zoom = Math.min(200, chart.getOption().geo[0].zoom * 3);
      chart.setOption({geo: [{center: [group.lon, group.lat], zoom}], series: [{data: points(zoom)}]});
    });
  }
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
