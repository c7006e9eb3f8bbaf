"""The briefing report's charts as inline SVG: drawn when the file opens, with no script and
nothing fetched, so a report works offline, in a mail client and on paper.

Two charts, both from the read layer's figures: events by QuadClass (horizontal bars) and
events per month by QuadClass (stacked bars on a real time axis: a month without events is
an empty slot, so gaps show as gaps). Every text is escaped (`markupsafe.escape`).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

QUADS = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
         4: "Material conflict"}
COLOURS = {1: "#7fb77e", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828"}
WIDTH = 720


def _svg(height: int, label: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-label="{escape(label)}"><title>{escape(label)}</title>{"".join(body)}</svg>')


def _rect(x: float, y: float, w: float, h: float, quad: int, tip: str) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{COLOURS[quad]}" data-quad="{quad}"><title>{escape(tip)}</title></rect>')


def _text(x: float, y: float, text: str, anchor: str = "start", size: int = 12) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="#1f2933">{escape(text)}</text>')


def quad_bars(counts: dict[int, int]) -> Markup:
    """One bar a QuadClass, its length the number of events."""
    top = max(counts.values(), default=0) or 1
    body, row = [], 28
    for i, quad in enumerate(QUADS):
        n = counts.get(quad, 0)
        y = 8 + i * row
        body.append(_text(0, y + 15, f"{quad} {QUADS[quad]}"))
        body.append(_rect(190, y, max(n / top * 440, 0), 20, quad,
                          f"{QUADS[quad]}: {n} events"))
        body.append(_text(196 + n / top * 440, y + 15, str(n)))
    return _svg(8 + 4 * row, "Events by QuadClass", body)


def _month_index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def months_chart(months: list[dict[str, Any]]) -> Markup:
    """Stacked bars by QuadClass, one slot a month from the first month to the last."""
    height, left, bottom = 260, 44, 28
    plot_w, plot_h = WIDTH - left - 10, height - bottom - 12
    if not months:
        return _svg(40, "Events per month by QuadClass",
                    [_text(WIDTH / 2, 24, "No event is dated to a month.", "middle")])
    first, last = _month_index(months[0]["period"]), _month_index(months[-1]["period"])
    slots = last - first + 1
    slot = plot_w / slots
    top = max(m["events"] for m in months) or 1
    axis = (f'<line x1="{left}" y1="{12 + plot_h}" x2="{WIDTH - 10}" y2="{12 + plot_h}" '
            'stroke="#9fb3c8"/>')
    body = [axis, _text(left - 6, 20, str(top), "end", 11),
            _text(left - 6, 12 + plot_h, "0", "end", 11)]
    for m in months:
        x = left + (_month_index(m["period"]) - first) * slot
        y = 12 + plot_h
        for quad, n in zip(QUADS, m["quad_classes"], strict=True):
            if n:
                h = n / top * plot_h
                y -= h
                body.append(_rect(x + slot * 0.1, y, max(slot * 0.8, 1), h, quad,
                                  f"{m['period']} · {QUADS[quad]}: {n}"))
    # a label where a year starts (or the first year, if none starts in the chart)
    years = range(-(-first // 12), last // 12 + 1) or range(first // 12, first // 12 + 1)
    for year in years[::-(-len(years) // 12)]:  # at most a dozen year labels
        x = left + max(year * 12 - first, 0) * slot
        body.append(_text(x, height - 8, str(year), "start", 11))
    return _svg(height, "Events per month by QuadClass", body)
