"""The report's charts: standalone SVG (no script, no external resource), every label escaped.

`rate_chart` draws completion and on-time rates as horizontal bars, one pair per row; a row's
label is the name a person reads (an area's numeral and title, an agency's name). `target_chart`
plots a target's measurements against its goal line: numeric goals share a linear y axis with the
goal; an ordinal goal (a scale) puts the levels on the y axis, best on top; a change goal ("giảm …
so với năm 2015") plots the derived change in percent, the figure compared with the goal.
Coordinates are written with one decimal, so the same data gives the same bytes on every machine.

Sizes are for print (issue #14): a rate chart is 620 units wide, a target chart 300 — the width
each gets in the HTML report's A4 column (165 mm; half of it for target charts, two side by side),
so one unit prints as one CSS pixel and the 12-unit labels print at 9 pt, never smaller. The font
list is the report's: Times New Roman where it is installed, else a serif that has every
Vietnamese letter (Liberation Serif 2.x, Tinos, Noto Serif) — never a fallback to a sans font for
ổ, ệ, ỷ inside serif text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from cchc.dataset import Dataset
from cchc.i18n import MISSING, fmt_percent, t
from cchc.model import Target
from cchc.status import compared_value, measurements_on, period
from cchc.wording import goal_words, value_words

__all__ = ["rate_chart", "target_chart"]


_FONT = "'Times New Roman', 'Liberation Serif', Tinos, 'Noto Serif', serif"
_COLOURS = ("#1f4e8c", "#2e7d32")
_GOAL_COLOUR = "#b71c1c"


def _f(x: float) -> str:
    """A coordinate with one decimal, the same on every machine."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg_open(width: int, height: int, label: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}" '
        f'font-family="{_FONT}" font-size="12">'
        f"<title>{escape(label)}</title>"
    )


def rate_chart(
    rows: Sequence[tuple[str, float | None, float | None]],
    title: str,
    series: tuple[str, str],
    lang: str,
) -> Markup:
    """Horizontal bars: for each (label, completion, on-time) two bars, 0 – 100 %."""
    width, left, right, row_h, top = 620, 230, 560, 36, 32
    scale = right - left
    height = top + row_h * len(rows) + 24
    parts = [_svg_open(width, height, title)]
    for i, name in enumerate(series):
        x = left + i * 170
        parts.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{_COLOURS[i]}"/>'
            f'<text x="{x + 17}" y="18">{escape(name)}</text>'
        )
    axis_bottom = top + row_h * len(rows)
    for tick in (0, 25, 50, 75, 100):
        tx = left + scale * tick / 100
        parts.append(
            f'<line x1="{_f(tx)}" y1="{top - 4}" x2="{_f(tx)}" y2="{axis_bottom}" '
            f'stroke="#bbbbbb" stroke-width="0.5"/>'
            f'<text x="{_f(tx)}" y="{axis_bottom + 14}" text-anchor="middle">'
            f"{escape(t('report.percent_tick', lang, value=tick))}</text>"
        )
    for index, (label, first, second) in enumerate(rows):
        y = top + index * row_h
        parts.append(f"<g><title>{escape(label)}</title>")
        parts.append(
            f'<text x="{left - 6}" y="{y + 21}" text-anchor="end">{escape(_short(label, 34))}</text>'
        )
        for j, ratio in enumerate((first, second)):
            by = y + 5 + j * 13
            if ratio is None or not math.isfinite(ratio):
                parts.append(f'<text x="{left + 4}" y="{by + 10}">{MISSING}</text>')
                continue
            w = scale * min(max(ratio, 0.0), 1.0)
            parts.append(
                f'<rect x="{left}" y="{by}" width="{_f(w)}" height="11" fill="{_COLOURS[j]}"/>'
                f'<text x="{_f(left + w + 4)}" y="{by + 10}">{escape(fmt_percent(ratio, lang))}</text>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ x (x > 0)."""
    exponent = math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10.0**exponent
        if candidate >= x - 1e-12:
            return candidate
    return 10.0 ** (exponent + 1)


def target_chart(dataset: Dataset, target: Target, as_of: dt.date, lang: str) -> Markup | None:
    """Measurements known on `as_of` as points joined by a line, against a dashed goal line.

    Numeric goals share a linear y axis with the goal; ordinal goals (a scale) put the levels on the
    y axis, best on top. None when there is nothing to plot."""
    seen = measurements_on(target, as_of)
    scale = dataset.scales.get(target.scale) if target.scale is not None else None
    levels = scale.labels() if scale is not None else None
    points: list[tuple[str, float, str]] = []  # (x label, y value, value label)
    for m in seen:
        value = compared_value(target, m, scale)
        if value is None:
            continue
        if levels is not None:
            if str(value) not in levels:
                continue
            points.append((str(period(m.period)), float(levels.index(str(value))), str(value)))
        elif not isinstance(value, str):
            points.append((str(period(m.period)), float(value), value_words(target, value, lang)))
    if not points:
        return None
    goal = target.goal.value
    width, height = 300, 180
    left = 96 if levels is not None else 52
    right, top, bottom = width - 16, 24, height - 34
    plot_h = bottom - top
    goal_label = t("report.chart_goal", lang, goal=goal_words(target, lang))
    title = f"{target.id} — {target.indicator}"
    parts = [_svg_open(width, height, f"{title}. {goal_label}")]

    if levels is not None:
        n = len(levels)

        def y_of(v: float) -> float:
            return top + plot_h * v / (n - 1)

        for i, level in enumerate(levels):
            y = y_of(float(i))
            parts.append(
                f'<line x1="{left}" y1="{_f(y)}" x2="{right}" y2="{_f(y)}" stroke="#dddddd" '
                f'stroke-width="0.5"/><text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">'
                f"{escape(_short(level, 14))}</text>"
            )
        goal_y = y_of(float(levels.index(str(goal)))) if str(goal) in levels else None
    else:
        values = [v for _, v, _ in points]
        numeric_goal = float(goal) if not isinstance(goal, str) else None
        candidates = [*values, *([numeric_goal] if numeric_goal is not None else [])]
        high = max(candidates)
        low = min(0.0, *candidates)
        y_max = _nice(high * 1.1) if high > 0 else 1.0
        if target.unit is not None and target.unit.value == "percent" and high <= 100:
            y_max = min(y_max, 100.0)
        y_min = -_nice(-low * 1.1) if low < 0 else 0.0

        def y_of(v: float) -> float:
            return bottom - plot_h * (v - y_min) / (y_max - y_min)

        for tick in (y_min, (y_min + y_max) / 2, y_max):
            y = y_of(tick)
            parts.append(
                f'<line x1="{left}" y1="{_f(y)}" x2="{right}" y2="{_f(y)}" stroke="#dddddd" '
                f'stroke-width="0.5"/><text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">'
                f"{escape(value_words(target, tick, lang))}</text>"
            )
        goal_y = y_of(numeric_goal) if numeric_goal is not None else None

    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#000000" '
        f'stroke-width="0.8"/><line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" '
        f'stroke="#000000" stroke-width="0.8"/>'
    )
    if goal_y is not None:
        parts.append(
            f'<line x1="{left}" y1="{_f(goal_y)}" x2="{right}" y2="{_f(goal_y)}" '
            f'stroke="{_GOAL_COLOUR}" stroke-width="1.2" stroke-dasharray="5 3"/>'
            f'<text x="{right}" y="{_f(goal_y - 4)}" text-anchor="end" fill="{_GOAL_COLOUR}">'
            f"{escape(goal_label)}</text>"
        )
    span_x = right - left - 40
    coords = []
    for i, (x_label, v, v_label) in enumerate(points):
        x = left + 20 + (span_x * i / (len(points) - 1) if len(points) > 1 else span_x / 2)
        y = y_of(v)
        coords.append((x, y))
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3.5" fill="{_COLOURS[0]}"/>'
            f'<text x="{_f(x)}" y="{_f(y - 7)}" text-anchor="middle">{escape(v_label)}</text>'
            f'<text x="{_f(x)}" y="{bottom + 14}" text-anchor="middle">{escape(x_label)}</text>'
        )
    if len(coords) > 1:
        line = " ".join(f"{_f(x)},{_f(y)}" for x, y in coords)
        parts.insert(
            -len(points),
            f'<polyline points="{line}" fill="none" stroke="{_COLOURS[0]}" stroke-width="1.5"/>',
        )
    parts.append("</svg>")
    return Markup("".join(parts))
