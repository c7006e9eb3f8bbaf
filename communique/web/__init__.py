"""The local web UI: `communique serve` → pages plus their JSON twins under /api (read-only).

`create_app(store)` in `communique/web/app.py` builds the FastAPI app; the API is in
`api.py` (its queries are the store's read layer, `communique/store/`), the page shells in
`pages.py` and `templates/`, the scripts and the vendored ECharts and world outline in
`static/`.

Change here: pages and API routes (an output stage: no SQL here, and nothing is written to the
event store).
"""
