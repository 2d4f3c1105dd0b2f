"""`cchc calendar`: an RFC 5545 file that calendar programs (here: the `icalendar` package) read,
with stable UIDs, reminders, folded CRLF lines and byte-identical output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from cchc.calendar import escape, fold, parse_reminders
from cchc.errors import USAGE, UserError
from conftest import SAMPLE, Run


def ics(cli: Callable[..., Run], *args: str) -> str:
    result = cli("calendar", "--root", str(SAMPLE), *args)
    assert result.code == 0, result.err
    return result.out


def events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_calendar_header_and_events(cli: Callable[..., Run]) -> None:
    text = ics(cli, "--as-of", "2017-08-01")
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    assert calendar["VERSION"] == "2.0"
    assert str(calendar["PRODID"]).startswith("-//cchc//cchc ")
    assert str(calendar["PRODID"]).endswith("//VI")
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert str(calendar["X-WR-CALNAME"]) == "Hạn nhiệm vụ CCHC – Tỉnh Mẫu"
    found = events(text)
    # K01 is done, K05 cancelled, K06 waits for its event, K08's event set no time limit.
    assert "K01@kh-mau.cchc" not in found
    assert "K05@kh-mau.cchc" not in found
    assert not any(uid.startswith(("K06", "K08")) for uid in found)
    k02 = found["K02@kh-mau.cchc"]
    assert k02.decoded("DTSTART") == dt.date(2017, 6, 30)
    assert k02.decoded("DTEND") == dt.date(2017, 7, 1)
    assert str(k02["SUMMARY"]) == "[K02] Hạn: Kế hoạch tuyên truyền cải cách hành chính"
    description = str(k02["DESCRIPTION"])
    assert "Chủ trì: Sở Nội vụ" in description
    assert "Thời hạn theo Kế hoạch: 6 tháng đầu năm 2017" in description
    assert "Nguồn: Phụ lục, STT 2" in description
    assert "Quá hạn (32 ngày)" in description
    assert k02.decoded("DTSTAMP") == dt.datetime(2017, 8, 1, tzinfo=dt.UTC)
    # The ongoing solution falls due at the plan's end.
    assert found["S1a@kh-mau.cchc"].decoded("DTSTART") == dt.date(2020, 12, 31)
    # The undated tasks are listed, not guessed.
    undated = [str(v) for v in calendar.get("X-CCHC-UNDATED", [])]
    assert [u.split(" ")[0] for u in undated] == ["K06", "K08"]


def test_yearly_task_has_one_event_per_open_year(cli: Callable[..., Run]) -> None:
    found = events(ics(cli, "--as-of", "2018-06-01"))
    yearly = sorted(uid for uid in found if uid.startswith("S1b"))
    # 2017 was closed by a done update for that year.
    assert yearly == [f"S1b-{year}@kh-mau.cchc" for year in (2018, 2019, 2020)]
    assert found["S1b-2019@kh-mau.cchc"].decoded("DTSTART") == dt.date(2019, 12, 31)
    assert "(2019)" in str(found["S1b-2019@kh-mau.cchc"]["SUMMARY"])


def test_event_bound_task_appears_once_its_event_happened(cli: Callable[..., Run]) -> None:
    before = ics(cli, "--as-of", "2017-02-01")
    assert "K07@kh-mau.cchc" not in events(before)
    assert "X-CCHC-UNDATED:K07" in before
    after = events(ics(cli, "--as-of", "2017-04-01"))
    # ev-fired happened on 2017-03-01; the task is due within 6 months.
    assert after["K07@kh-mau.cchc"].decoded("DTSTART") == dt.date(2017, 9, 1)


def test_uids_are_stable_across_runs_and_as_of_days(cli: Callable[..., Run]) -> None:
    first = ics(cli, "--as-of", "2017-04-01")
    assert ics(cli, "--as-of", "2017-04-01") == first  # byte-identical
    later = ics(cli, "--as-of", "2017-05-15")
    assert later != first  # the stamp and the states moved on
    # K04 was done on 2017-05-01 and reopened on 2017-07-01: it leaves the calendar and comes
    # back under the same UID, so a re-import updates the event instead of duplicating it.
    assert set(events(first)) - set(events(later)) == {"K04@kh-mau.cchc"}
    reopened = events(ics(cli, "--as-of", "2017-08-01"))
    assert "K04@kh-mau.cchc" in reopened
    assert "K01@kh-mau.cchc" not in reopened  # done on 2017-06-15
    assert set(events(first)) - {"K01@kh-mau.cchc"} <= set(reopened)


def test_reminders_default_and_configurable(cli: Callable[..., Run]) -> None:
    k02 = events(ics(cli, "--as-of", "2017-04-01"))["K02@kh-mau.cchc"]
    alarms = k02.walk("VALARM")
    assert [str(a["ACTION"]) for a in alarms] == ["DISPLAY", "DISPLAY"]
    assert [a.decoded("TRIGGER") for a in alarms] == [
        -dt.timedelta(days=6, hours=16),  # 7 days before the due day, at 08:00
        -dt.timedelta(hours=16),  # the day before, at 08:00
    ]
    custom = events(ics(cli, "--as-of", "2017-04-01", "--remind", "2w,0d"))["K02@kh-mau.cchc"]
    assert [a.decoded("TRIGGER") for a in custom.walk("VALARM")] == [
        -dt.timedelta(days=13, hours=16),
        dt.timedelta(hours=8),
    ]
    none = events(ics(cli, "--as-of", "2017-04-01", "--remind", "none"))["K02@kh-mau.cchc"]
    assert none.walk("VALARM") == []


def test_lines_are_crlf_and_folded_at_75_octets(cli: Callable[..., Run]) -> None:
    text = ics(cli, "--as-of", "2017-08-01")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert any(line.startswith(" ") for line in lines)  # something was folded
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line


def test_english_labels(cli: Callable[..., Run]) -> None:
    k02 = events(ics(cli, "--as-of", "2017-08-01", "--lang", "en"))["K02@kh-mau.cchc"]
    assert str(k02["SUMMARY"]).startswith("[K02] Due: ")
    assert "Lead: " in str(k02["DESCRIPTION"])


def test_agency_filter(cli: Callable[..., Run]) -> None:
    found = events(ics(cli, "--as-of", "2017-08-01", "--agency", "stc"))
    assert sorted(found) == ["K10@kh-mau.cchc", "K11@kh-mau.cchc"]
    bad = cli("calendar", "--root", str(SAMPLE), "--agency", "nope")
    assert bad.code == 2
    assert len(bad.err.strip().splitlines()) == 1


def test_bad_remind_is_a_one_line_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("calendar", "--root", str(SAMPLE), "--remind", "1m")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "--remind" in result.err


def test_output_file_has_the_same_bytes(cli: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "han.ics"
    result = cli("calendar", "--root", str(SAMPLE), "--as-of", "2017-08-01", "-o", str(target))
    assert result.code == 0, result.err
    assert result.out == ""
    assert target.read_bytes() == ics(cli, "--as-of", "2017-08-01").encode("utf-8")


# ------------------------------------------------------------------------------------ text layer


def test_fold_never_splits_a_character() -> None:
    line = "DESCRIPTION:" + "Nghị định ệ" * 30
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0], *(p[1:] for p in physical[1:])]) == line
    assert fold("SHORT:x") == "SHORT:x"


def test_escape() -> None:
    assert escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_parse_reminders() -> None:
    assert parse_reminders("7d,1d") == (7, 1)
    assert parse_reminders("1d, 2w") == (14, 1)
    assert parse_reminders("none") == ()
    with pytest.raises(UserError) as months:
        parse_reminders("6 tháng")
    assert months.value.code == USAGE
    assert months.value.text("en") == (
        "--remind: '6 tháng' is not valid; use days or weeks, e.g. 7d,1d or 2w"
    )
    with pytest.raises(UserError) as word:
        parse_reminders("abc")
    assert word.value.text("vi").startswith("--remind: 'abc' không hợp lệ")
