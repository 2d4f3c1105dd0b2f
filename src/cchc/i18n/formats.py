"""The number, percent and date formats of each language.

Vietnamese (``vi``) is the default and the language of the plan; English (``en``) is second. Any
``lang`` other than ``"en"`` is treated as Vietnamese, so a typo never crashes a report. What
differs between the languages is one row of `STYLES`:

- numbers: ``vi`` groups thousands with ``.`` and uses ``,`` for decimals (``1.234``, ``12,6``);
  ``en`` the other way round (``1,234``, ``12.6``). Floats show at most two decimals by default,
  trailing zeros dropped. Rounding is half-up on the decimal value as written (``0,125`` → ``0,13``),
  never on the binary float, so the same number always prints the same way.
- percents: a ratio ``0..1`` shown with one decimal, ``83,3 %`` in ``vi`` (a space before ``%``, as
  Vietnamese typography writes it) and ``83.3%`` in ``en``.
- dates: ``dd/mm/yyyy`` in ``vi`` (``10/05/2017``), ISO ``yyyy-mm-dd`` in ``en``.
- a missing value (``None``, NaN) is shown as ``—`` (an em dash) in both languages.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

__all__ = ["MISSING", "STYLES", "Style", "fmt_date", "fmt_number", "fmt_percent"]

MISSING = "—"
"""How an absent value is shown in tables and reports."""


class Style(NamedTuple):
    """How one language writes numbers and dates."""

    thousands: str
    decimal: str
    percent: str  # a format with {number}
    date: str  # a format with {day}, {month}, {year}

    def grouped(self, text: str) -> str:
        """`text` written by Python as ``1,234.5`` in this language's separators."""
        return text.translate(str.maketrans(",.", self.thousands + self.decimal))


STYLES: dict[str, Style] = {
    "vi": Style(".", ",", "{number} %", "{day:02d}/{month:02d}/{year:04d}"),
    "en": Style(",", ".", "{number}%", "{year:04d}-{month:02d}-{day:02d}"),
}


def _style(lang: str) -> Style:
    return STYLES.get(lang, STYLES["vi"])


def _grouped(value: Decimal, lang: str) -> str:
    """`value` (already quantized) with thousands grouped in the convention of `lang`."""
    if value == 0:
        value = abs(value)  # never print "-0"
    return _style(lang).grouped(f"{value:,f}")


def _decimal(x: float | int) -> Decimal:
    # repr() is the shortest string that round-trips, so 0.125 is exactly "0.125" here.
    return Decimal(x) if isinstance(x, int) else Decimal(repr(x))


def fmt_number(x: float | int, lang: str, decimals: int | None = None) -> str:
    """`1234` → ``1.234`` (vi) / ``1,234`` (en); `12.6` → ``12,6`` / ``12.6``.

    Integers never get decimals. Floats are rounded half-up to `decimals` places (default 2) and,
    when `decimals` is not given, lose their trailing zeros (`12.0` → ``12``). NaN → ``—``.
    """
    if isinstance(x, bool):
        from cchc.i18n import t

        return t("yes" if x else "no", lang)
    if isinstance(x, int):
        return _grouped(Decimal(x), lang)
    if math.isnan(x):
        return MISSING
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    places = 2 if decimals is None else max(decimals, 0)
    value = _decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if decimals is None and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    elif decimals is None:
        value = value.normalize()
    return _grouped(value, lang)


def fmt_percent(ratio: float | None, lang: str) -> str:
    """A ratio as a percent with one decimal: 0.8333 → ``83,3 %`` (vi) / ``83.3%`` (en)."""
    if ratio is None or (isinstance(ratio, float) and not math.isfinite(ratio)):
        return MISSING
    value = (_decimal(ratio) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return _style(lang).percent.format(number=_grouped(value, lang))


def fmt_date(d: dt.date | None, lang: str) -> str:
    """``10/05/2017`` (vi) or ``2017-05-10`` (en); a datetime shows its date only; None → ``—``."""
    if d is None:
        return MISSING
    return _style(lang).date.format(day=d.day, month=d.month, year=d.year)
