"""Periods, durations and deadlines: the spellings people type, and the arithmetic they rely on."""

from __future__ import annotations

import calendar
import itertools
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.periods import (
    Due,
    Duration,
    DurationError,
    Period,
    PeriodError,
    add_duration,
    days_between,
    due_after_event,
    due_for_period,
    due_for_window,
    due_ongoing,
    parse_duration,
    parse_period,
    period_containing,
    span,
    yearly_occurrences,
)

D = date
ONE_DAY = timedelta(days=1)
FORMS_VI = (
    "; dùng: 2017, 2017H1, 2017Q3, 2017-05, 2017-05-10, 2016..2020, Năm 2017, 6 tháng đầu năm 2017"
)
FORMS_EN = (
    "; use: 2017, 2017H1, 2017Q3, 2017-05, 2017-05-10, 2016..2020, Năm 2017, 6 tháng đầu năm 2017"
)

# --------------------------------------------------------------------------------------------------
# Spellings


@pytest.mark.parametrize(
    ("text", "canonical", "start", "end"),
    [
        # the spec's own grammar
        ("2017", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        (2017, "2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("2017H1", "2017H1", D(2017, 1, 1), D(2017, 6, 30)),
        ("2017H2", "2017H2", D(2017, 7, 1), D(2017, 12, 31)),
        ("2017Q1", "2017Q1", D(2017, 1, 1), D(2017, 3, 31)),
        ("2017Q2", "2017Q2", D(2017, 4, 1), D(2017, 6, 30)),
        ("2017Q3", "2017Q3", D(2017, 7, 1), D(2017, 9, 30)),
        ("2017Q4", "2017Q4", D(2017, 10, 1), D(2017, 12, 31)),
        ("2017-05", "2017-05", D(2017, 5, 1), D(2017, 5, 31)),
        ("2016-02", "2016-02", D(2016, 2, 1), D(2016, 2, 29)),
        ("2017-05-10", "2017-05-10", D(2017, 5, 10), D(2017, 5, 10)),
        ("2016-02-29", "2016-02-29", D(2016, 2, 29), D(2016, 2, 29)),
        ("2017..2020", "2017..2020", D(2017, 1, 1), D(2020, 12, 31)),
        ("2016-2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("2017..2017", "2017..2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("2017H1..2018Q2", "2017H1..2018Q2", D(2017, 1, 1), D(2018, 6, 30)),
        ("2017-05..2017Q3", "2017-05..2017Q3", D(2017, 5, 1), D(2017, 9, 30)),
        ("2017-05-10..2017-06", "2017-05-10..2017-06", D(2017, 5, 10), D(2017, 6, 30)),
        ("2017..2017H1", "2017..2017H1", D(2017, 1, 1), D(2017, 6, 30)),
        # case and spaces
        ("2017h1", "2017H1", D(2017, 1, 1), D(2017, 6, 30)),
        ("2017q3", "2017Q3", D(2017, 7, 1), D(2017, 9, 30)),
        ("  2017  ", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        (" 2017 ..  2020 ", "2017..2020", D(2017, 1, 1), D(2020, 12, 31)),
        ("2016 - 2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("2016–2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        # the plan's Vietnamese
        ("Năm 2017", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("năm 2017", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("NĂM 2017", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("Giai đoạn 2017 - 2020", "2017..2020", D(2017, 1, 1), D(2020, 12, 31)),
        ("Giai đoạn 2016 – 2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("giai đoạn 2016—2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("Giai  đoạn   2016-2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("6 tháng đầu năm 2017", "2017H1", D(2017, 1, 1), D(2017, 6, 30)),
        ("6 tháng cuối năm 2017", "2017H2", D(2017, 7, 1), D(2017, 12, 31)),
        ("Quý III năm 2017", "2017Q3", D(2017, 7, 1), D(2017, 9, 30)),
        ("quý iv năm 2017", "2017Q4", D(2017, 10, 1), D(2017, 12, 31)),
        ("Quý I năm 2017", "2017Q1", D(2017, 1, 1), D(2017, 3, 31)),
        ("Quý 2 năm 2017", "2017Q2", D(2017, 4, 1), D(2017, 6, 30)),
        ("Quý 3/2017", "2017Q3", D(2017, 7, 1), D(2017, 9, 30)),
        ("Tháng 5 năm 2017", "2017-05", D(2017, 5, 1), D(2017, 5, 31)),
        ("tháng 5/2017", "2017-05", D(2017, 5, 1), D(2017, 5, 31)),
        ("tháng 12/2017", "2017-12", D(2017, 12, 1), D(2017, 12, 31)),
        ("ngày 10/5/2017", "2017-05-10", D(2017, 5, 10), D(2017, 5, 10)),
        ("10/5/2017", "2017-05-10", D(2017, 5, 10), D(2017, 5, 10)),
        ("10/05/2017", "2017-05-10", D(2017, 5, 10), D(2017, 5, 10)),
        ("1/12/2017", "2017-12-01", D(2017, 12, 1), D(2017, 12, 1)),
        ("Ngày 10 tháng 5 năm 2017", "2017-05-10", D(2017, 5, 10), D(2017, 5, 10)),
        ("từ năm 2016 đến năm 2020", "2016..2020", D(2016, 1, 1), D(2020, 12, 31)),
        ("Năm 2017..Quý II năm 2018", "2017..2018Q2", D(2017, 1, 1), D(2018, 6, 30)),
    ],
)
def test_accepted_spellings(text: str | int, canonical: str, start: date, end: date) -> None:
    p = parse_period(text)
    assert (str(p), p.start, p.end) == (canonical, start, end)


def test_decomposed_unicode_is_read_like_composed() -> None:
    for text in ["Năm 2017", "Quý III năm 2017", "6 tháng cuối năm 2017", "Giai đoạn 2016 - 2020"]:
        nfd = unicodedata.normalize("NFD", text)
        assert nfd != text
        assert parse_period(nfd) == parse_period(text)


def test_kinds() -> None:
    kinds = [parse_period(t).kind for t in ["2017", "2017H1", "2017Q1", "2017-05", "2017-05-10"]]
    assert kinds == ["year", "half", "quarter", "month", "day"]
    assert parse_period("2016-2020").kind == "range"
    assert parse_period("2017..2017") != parse_period("2017")  # a range is not a year


def test_a_yaml_date_is_a_day() -> None:
    assert str(parse_period(D(2017, 5, 10))) == "2017-05-10"


@pytest.mark.parametrize(
    ("text", "reason_vi", "reason_en"),
    [
        ("2017H3", " (chỉ có H1 hoặc H2)", " (only H1 or H2 exist)"),
        ("2017Q5", " (quý phải từ I đến IV)", " (the quarter must be 1 to 4)"),
        ("Quý V năm 2017", " (quý phải từ I đến IV)", " (the quarter must be 1 to 4)"),
        ("2017-13", " (tháng phải từ 1 đến 12)", " (the month must be 1 to 12)"),
        ("tháng 0/2017", " (tháng phải từ 1 đến 12)", " (the month must be 1 to 12)"),
        (
            "2017-02-30",
            " (tháng 2 năm 2017 không có ngày 30)",
            " (February 2017 has no day 30)",
        ),
        ("29/2/2017", " (tháng 2 năm 2017 không có ngày 29)", " (February 2017 has no day 29)"),
        ("abc", "", ""),
        ("", " (kỳ trống)", " (empty)"),
        ("   ", " (kỳ trống)", " (empty)"),
        (
            "2020..2017",
            " (kỳ cuối kết thúc trước khi kỳ đầu bắt đầu)",
            " (the end comes before the start)",
        ),
        (
            "Giai đoạn 2020 - 2016",
            " (kỳ cuối kết thúc trước khi kỳ đầu bắt đầu)",
            " (the end comes before the start)",
        ),
        (
            "2017-05..2017-03",
            " (kỳ cuối kết thúc trước khi kỳ đầu bắt đầu)",
            " (the end comes before the start)",
        ),
        ("1899", " (năm phải từ 1900 đến 2199)", " (the year must be between 1900 and 2199)"),
        ("2200Q1", " (năm phải từ 1900 đến 2199)", " (the year must be between 1900 and 2199)"),
        ("2017..", "", ""),
        ("2016..2018..2020", "", ""),
        ("2016-2018..2020", "", ""),
        ("17", "", ""),
        ("2017-5-10x", "", ""),
        ("nam 2017", "", ""),
    ],
)
def test_bad_periods_say_what_and_how_in_one_line(
    text: str, reason_vi: str, reason_en: str
) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert str(caught.value) == f"không hiểu kỳ '{text}'{reason_vi}{FORMS_VI}"
    assert caught.value.message("en") == f"cannot read period '{text}'{reason_en}{FORMS_EN}"
    assert isinstance(caught.value, ValueError)


def test_error_language_follows_lang_attribute() -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period("2017H3")
    caught.value.lang = "en"
    assert str(caught.value).startswith("cannot read period '2017H3'")


@pytest.mark.parametrize("value", [True, 17, -2017, 2017.0, None, "2017\n2018"])
def test_other_bad_inputs_are_period_errors_on_one_line(value: object) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(value)  # type: ignore[arg-type]
    assert "\n" not in str(caught.value)
    assert str(caught.value).endswith(FORMS_VI)


@given(st.text(max_size=30) | st.from_regex(r"\A[0-9hHqQ./ -]{1,12}\Z"))
def test_any_text_is_a_period_or_a_one_line_period_error(text: str) -> None:
    try:
        p = parse_period(text)
    except PeriodError as error:
        assert "\n" not in str(error)
        assert "\n" not in error.message("en")
    else:
        assert parse_period(str(p)) == p


def test_other_scripts_digits_are_not_years() -> None:
    with pytest.raises(PeriodError):
        parse_period("٢٠١٧")
    with pytest.raises(PeriodError):
        parse_period("2017H" + "1" * 5000)


def test_year_bounds_are_inclusive() -> None:
    assert str(parse_period("1900")) == "1900"
    assert str(parse_period("2199Q4")) == "2199Q4"


# --------------------------------------------------------------------------------------------------
# Labels


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("2017", "năm 2017", "2017"),
        ("2017H1", "6 tháng đầu năm 2017", "first half of 2017"),
        ("2017H2", "6 tháng cuối năm 2017", "second half of 2017"),
        ("2017Q3", "quý III năm 2017", "Q3 2017"),
        ("2017Q4", "quý IV năm 2017", "Q4 2017"),
        ("2017-05", "tháng 5 năm 2017", "May 2017"),
        ("2017-05-10", "ngày 10 tháng 5 năm 2017", "10 May 2017"),
        ("2016..2020", "giai đoạn 2016 - 2020", "2016 – 2020"),
        (
            "2017H1..2018Q2",
            "từ 6 tháng đầu năm 2017 đến quý II năm 2018",
            "first half of 2017 – Q2 2018",
        ),
    ],
)
def test_labels(text: str, vi: str, en: str) -> None:
    p = parse_period(text)
    assert (p.label(), p.label("vi"), p.label("en")) == (vi, vi, en)


def test_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        parse_period("2017").label("fr")


# --------------------------------------------------------------------------------------------------
# Period behaviour, by example


def test_neighbours_by_example() -> None:
    cases = {
        "2017": ("2016", "2018"),
        "2017H1": ("2016H2", "2017H2"),
        "2017Q4": ("2017Q3", "2018Q1"),
        "2017-01": ("2016-12", "2017-02"),
        "2016-02-29": ("2016-02-28", "2016-03-01"),
        "2016..2020": ("2011..2015", "2021..2025"),
        "2017H1..2018Q2": ("2015H2..2016Q4", "2018H2..2019Q4"),
        "2017-05-10..2017-05-16": ("2017-05-03..2017-05-09", "2017-05-17..2017-05-23"),
    }
    for text, (before, after) in cases.items():
        p = parse_period(text)
        assert (str(p.previous()), str(p.next())) == (before, after), text


def test_years_touched() -> None:
    assert parse_period("2017Q3").years() == [2017]
    assert parse_period("2016..2020").years() == [2016, 2017, 2018, 2019, 2020]
    assert parse_period("2017-12-31..2018-01").years() == [2017, 2018]


def test_periods_sort_by_start() -> None:
    texts = ["2018", "2017Q3", "2017-05-10", "2016..2020", "2017H1"]
    assert [str(p) for p in sorted(map(parse_period, texts))] == [
        "2016..2020",
        "2017H1",
        "2017-05-10",
        "2017Q3",
        "2018",
    ]


def test_span_and_period_containing() -> None:
    assert span(parse_period("2016"), parse_period("2020")) == parse_period("2016..2020")
    assert str(period_containing(D(2017, 8, 15), "quarter")) == "2017Q3"
    assert str(period_containing(D(2017, 8, 15), "half")) == "2017H2"
    with pytest.raises(PeriodError):
        span(parse_period("2018"), parse_period("2017"))


def test_period_rejects_inconsistent_construction() -> None:
    with pytest.raises(ValueError):
        Period(D(2017, 1, 2), D(2017, 12, 31), "year")
    with pytest.raises(ValueError):
        Period(D(2017, 12, 31), D(2017, 1, 1), "range")
    assert str(Period(D(2017, 1, 1), D(2018, 6, 30), "range")) == "2017..2018H1"


def test_yearly_occurrences() -> None:
    assert [str(p) for p in yearly_occurrences(2017, 2020)] == ["2017", "2018", "2019", "2020"]
    assert yearly_occurrences(2020, 2017) == []


def test_days_between() -> None:
    assert days_between(D(2017, 12, 31), D(2018, 1, 10)) == 10
    assert days_between(D(2018, 1, 10), D(2017, 12, 31)) == -10


# --------------------------------------------------------------------------------------------------
# Period properties

years = st.integers(1900, 2199)
days = st.dates(D(1900, 1, 1), D(2199, 12, 31))
singles = st.one_of(
    years.map(lambda y: period_containing(D(y, 1, 1), "year")),
    st.builds(lambda y, h: period_containing(D(y, h * 6 - 5, 1), "half"), years, st.integers(1, 2)),
    st.builds(
        lambda y, q: period_containing(D(y, q * 3 - 2, 1), "quarter"), years, st.integers(1, 4)
    ),
    st.builds(lambda y, m: period_containing(D(y, m, 1), "month"), years, st.integers(1, 12)),
    days.map(lambda d: period_containing(d, "day")),
)
ranges = st.tuples(singles, singles).map(lambda pair: span(*sorted(pair)))
periods = st.one_of(singles, ranges)


@given(periods)
def test_canonical_text_reads_back(p: Period) -> None:
    again = parse_period(str(p))
    assert again == p
    assert str(again) == str(p)


@given(periods)
def test_vietnamese_label_reads_back(p: Period) -> None:
    assert parse_period(p.label("vi")) == p


@given(periods)
def test_contains_exactly_its_days(p: Period) -> None:
    assert p.contains(p.start)
    assert p.contains(p.end)
    assert not p.contains(p.start - ONE_DAY)
    assert not p.contains(p.end + ONE_DAY)


@given(periods)
def test_neighbours_are_adjacent_and_disjoint(p: Period) -> None:
    before, after = p.previous(), p.next()
    assert before.end + ONE_DAY == p.start
    assert p.end + ONE_DAY == after.start
    assert not before.overlaps(p)
    assert not after.overlaps(p)
    assert before.kind == p.kind == after.kind


@given(periods)
def test_next_and_previous_undo_each_other(p: Period) -> None:
    assert p.next().previous() == p
    assert p.previous().next() == p


@given(singles, st.data())
def test_only_one_period_of_a_kind_holds_a_day(p: Period, data: st.DataObject) -> None:
    assert p.kind != "range"
    d = data.draw(st.dates(p.start, p.end))
    assert period_containing(d, p.kind) == p


@given(singles)
def test_neighbouring_singles_have_the_same_size(p: Period) -> None:
    assert p.kind != "range"
    for q in (p.previous(), p.next()):
        assert period_containing(q.start, p.kind) == q


@given(ranges)
def test_range_years(p: Period) -> None:
    assert p.years() == list(range(p.start.year, p.end.year + 1))


def _assert_tiles_year(parts: list[Period], year: int) -> None:
    assert parts[0].start == D(year, 1, 1)
    assert parts[-1].end == D(year, 12, 31)
    for a, b in itertools.pairwise(parts):
        assert a.end + ONE_DAY == b.start


@given(years)
def test_halves_quarters_and_months_tile_their_year(year: int) -> None:
    halves = [parse_period(f"{year}H{h}") for h in (1, 2)]
    quarters = [parse_period(f"{year}Q{q}") for q in (1, 2, 3, 4)]
    months = [parse_period(f"{year}-{m:02d}") for m in range(1, 13)]
    for parts in (halves, quarters, months):
        _assert_tiles_year(parts, year)
    assert halves[0].next() == halves[1]
    assert sum(len(range(m.start.toordinal(), m.end.toordinal() + 1)) for m in months) == (
        366 if calendar.isleap(year) else 365
    )


# --------------------------------------------------------------------------------------------------
# Durations


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("30d", 30, "day"),
        ("30 d", 30, "day"),
        ("30D", 30, "day"),
        (30, 30, "day"),
        ("30", 30, "day"),
        ("0d", 0, "day"),
        ("8w", 8, "week"),
        ("3m", 3, "month"),
        ("1y", 1, "year"),
        ("6 months", 6, "month"),
        ("1 month", 1, "month"),
        ("6 tháng", 6, "month"),
        ("6 Tháng", 6, "month"),
        ("30 ngày", 30, "day"),
        ("2 tuần", 2, "week"),
        ("1 năm", 1, "year"),
        ("2 weeks", 2, "week"),
        (" 1  year ", 1, "year"),
    ],
)
def test_duration_spellings(text: str | int, amount: int, unit: str) -> None:
    assert parse_duration(text) == Duration(amount, unit)  # type: ignore[arg-type]


def test_duration_text_and_labels() -> None:
    cases = [
        ("30d", "30 ngày", "30 days"),
        ("1w", "1 tuần", "1 week"),
        ("3m", "3 tháng", "3 months"),
    ]
    cases.append(("1y", "1 năm", "1 year"))
    for text, vi, en in cases:
        dur = parse_duration(text)
        assert (str(dur), dur.label(), dur.label("en")) == (text, vi, en)


@pytest.mark.parametrize(
    ("text", "reason_vi"),
    [
        ("30x", ""),
        ("", ""),
        ("-5d", ""),
        ("d", ""),
        ("1.5m", ""),
        ("999y", " (phải từ 0 đến 100 năm)"),
        ("40000d", " (phải từ 0 đến 36600 ngày)"),
    ],
)
def test_bad_durations_say_what_and_how_in_one_line(text: str, reason_vi: str) -> None:
    with pytest.raises(DurationError) as caught:
        parse_duration(text)
    assert str(caught.value) == (
        f"không hiểu khoảng thời gian '{text}'{reason_vi}; "
        "dùng: 30d, 8w, 3m, 1y, 30 ngày, 2 tuần, 6 tháng, 1 năm"
    )
    assert caught.value.message("en").endswith(
        "; use: 30d, 8w, 3m, 1y, 30 days, 2 weeks, 6 months, 1 year"
    )


@given(st.text(max_size=20))
def test_any_text_is_a_duration_or_a_one_line_duration_error(text: str) -> None:
    try:
        dur = parse_duration(text)
    except DurationError as error:
        assert "\n" not in str(error)
    else:
        assert parse_duration(str(dur)) == dur


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        (D(2017, 1, 31), "1m", D(2017, 2, 28)),
        (D(2016, 1, 31), "1m", D(2016, 2, 29)),
        (D(2017, 3, 31), "6 tháng", D(2017, 9, 30)),
        (D(2016, 2, 29), "1y", D(2017, 2, 28)),
        (D(2017, 11, 15), "3m", D(2018, 2, 15)),
        (D(2017, 12, 25), "2w", D(2018, 1, 8)),
        (D(2017, 12, 25), "30d", D(2018, 1, 24)),
    ],
)
def test_add_duration(start: date, text: str, expected: date) -> None:
    assert add_duration(start, parse_duration(text)) == expected


durations = st.builds(
    Duration,
    st.integers(0, 100),
    st.sampled_from(["day", "week", "month", "year"]),
)


@given(durations)
def test_duration_text_and_labels_read_back(dur: Duration) -> None:
    assert parse_duration(str(dur)) == dur
    assert parse_duration(dur.label("vi")) == dur
    assert parse_duration(dur.label("en")) == dur


@given(days, days, durations)
def test_add_duration_is_monotonic(a: date, b: date, dur: Duration) -> None:
    a, b = sorted((a, b))
    assert a <= add_duration(a, dur) <= add_duration(b, dur)


@given(days, st.integers(0, 100), st.sampled_from(["month", "year"]))
def test_add_months_lands_in_the_right_month_and_clamps(d: date, n: int, unit: str) -> None:
    result = add_duration(d, Duration(n, unit))  # type: ignore[arg-type]
    months = n * (12 if unit == "year" else 1)
    assert result.year * 12 + result.month == d.year * 12 + d.month + months
    assert result.day == min(d.day, calendar.monthrange(result.year, result.month)[1])


# --------------------------------------------------------------------------------------------------
# Deadlines


def test_due_for_a_period_is_its_last_day() -> None:
    assert due_for_period(parse_period("2017")) == Due("dated", D(2017, 12, 31), None)
    assert due_for_period(parse_period("2017H1")) == Due("dated", D(2017, 6, 30), None)
    assert due_for_period(parse_period("2016..2020")) == Due(
        "dated", D(2020, 12, 31), D(2016, 1, 1)
    )


def test_due_for_a_window_runs_from_first_to_last() -> None:
    due = due_for_window(parse_period("2017"), parse_period("2020"))
    assert due == Due("dated", D(2020, 12, 31), D(2017, 1, 1))
    with pytest.raises(PeriodError):
        due_for_window(parse_period("2020"), parse_period("2017"))


def test_due_after_a_pending_event_waits() -> None:
    assert due_after_event("nd-chinh-phu", None, parse_duration("6 months")) == Due(
        "waiting", None, None, "nd-chinh-phu"
    )
    assert due_after_event("nd-chinh-phu", None, None) == Due("waiting", None, None, "nd-chinh-phu")


def test_due_after_a_happened_event_counts_from_it() -> None:
    assert due_after_event("nd-chinh-phu", D(2017, 8, 31), parse_duration("6 tháng")) == Due(
        "dated", D(2018, 2, 28), D(2017, 8, 31), "nd-chinh-phu"
    )


def test_due_after_a_happened_event_without_limit_is_triggered_not_guessed() -> None:
    assert due_after_event("hd-trung-uong", D(2017, 3, 1), None) == Due(
        "triggered", None, D(2017, 3, 1), "hd-trung-uong"
    )


def test_ongoing_solution_is_due_at_the_plan_end() -> None:
    assert due_ongoing(parse_period("Giai đoạn 2016 - 2020")) == Due(
        "ongoing", D(2020, 12, 31), D(2016, 1, 1)
    )
