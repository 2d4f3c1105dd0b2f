"""Labels and the number, percent and date formats of both languages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from cchc.i18n import CATALOGUE as LABELS
from cchc.i18n import MISSING, fmt_date, fmt_number, fmt_percent, t

REQUIRED_VI = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành trễ hạn",
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "open": "Chưa đến hạn",
    "waiting": "Chờ sự kiện",
    "triggered": "Đã có sự kiện, chưa định hạn",
    "cancelled": "Đã hủy",
    "not_started": "Chưa triển khai",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "met": "Đạt",
    "not_met": "Không đạt",
    "on_track": "Đúng lộ trình",
    "at_risk": "Có nguy cơ không đạt",
    "no_data": "Chưa có số liệu",
    "not_yet_met": "Chưa đạt (chưa đến hạn)",
    "key": "Nhiệm vụ trọng tâm",
    "solution": "Nhiệm vụ, giải pháp",
    "stretch": "Phấn đấu",
    "firm": "Bắt buộc",
    "id": "Mã",
    "title": "Nhiệm vụ",
    "lead": "Đơn vị chủ trì",
    "support": "Đơn vị phối hợp",
    "deadline": "Thời gian hoàn thành",
    "days_overdue": "Số ngày quá hạn",
    "area": "Lĩnh vực",
    "agency": "Cơ quan",
    "completion_rate": "Tỷ lệ hoàn thành",
    "on_time_rate": "Tỷ lệ đúng hạn",
    "total": "Tổng số",
    "goal": "Mục tiêu",
    "latest": "Số liệu mới nhất",
    "state": "Tình trạng",
    "indicator": "Chỉ tiêu",
    "owner": "Cơ quan theo dõi",
    "due": "Hạn",
    "evidence": "Văn bản minh chứng",
    "product": "Sản phẩm",
    "none": "(không có)",
}


@pytest.mark.parametrize(("key", "vi"), sorted(REQUIRED_VI.items()))
def test_required_vietnamese_labels(key: str, vi: str) -> None:
    assert t(key, "vi") == vi


def test_english_labels() -> None:
    assert t("overdue", "en") == "Overdue"
    assert t("done_on_time", "en") == "Done on time"
    assert t("lead", "en") == "Lead"
    assert t("none", "en") == "(none)"


def test_unknown_key_comes_back_and_unknown_language_means_vietnamese() -> None:
    assert t("no_such_label", "vi") == "no_such_label"
    assert t("no_such_label", "en") == "no_such_label"
    assert t("overdue", "fr") == "Quá hạn"


# English messages that must quote what people write in Vietnamese: the accepted period spellings
# ("Năm 2017") and document symbols ("536/QĐ-UBND").
_QUOTES_VIETNAMESE = {"period.unreadable", "schema.doc-number", "check.doc-number-spelling"}


def _vietnamese_letters(text: str) -> set[str]:
    """The letters only Vietnamese writes (đ, ă, â, ê, ô, ơ, ư and the tones), outside '…' quotes:
    a quote is the plan's own words or an example input, shown as the user would type it."""
    unquoted = re.sub(r"'[^']*'", "", text)
    return {
        ch
        for ch in unquoted
        if ch in "đĐ" or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch))
    }


def test_every_entry_is_nfc_nonempty_and_the_english_is_english() -> None:
    for key, (vi, en) in LABELS.items():
        assert key.isascii() and key == key.lower(), key
        assert vi and en, key
        assert unicodedata.is_normalized("NFC", vi), key
        assert not _vietnamese_letters(en) or key in _QUOTES_VIETNAMESE, key


def test_state_labels_are_distinct() -> None:
    states = [
        "done_on_time",
        "done_late",
        "overdue",
        "due_soon",
        "open",
        "waiting",
        "triggered",
        "cancelled",
    ]
    for lang in ("vi", "en"):
        assert len({t(s, lang) for s in states}) == len(states)


@pytest.mark.parametrize(
    ("x", "vi", "en"),
    [
        (0, "0", "0"),
        (7, "7", "7"),
        (1234, "1.234", "1,234"),
        (-1234567, "-1.234.567", "-1,234,567"),
        (12.6, "12,6", "12.6"),
        (12.0, "12", "12"),
        (1234.5, "1.234,5", "1,234.5"),
        (0.125, "0,13", "0.13"),  # half up on the written decimal, not on the binary float
        (2.675, "2,68", "2.68"),
        (-0.001, "0", "0"),  # never "-0"
        (1 / 3, "0,33", "0.33"),
        (float("nan"), MISSING, MISSING),
        (float("inf"), "∞", "∞"),
        (True, "Có", "Yes"),
    ],
)
def test_fmt_number(x: float, vi: str, en: str) -> None:
    assert fmt_number(x, "vi") == vi
    assert fmt_number(x, "en") == en


def test_fmt_number_with_fixed_decimals() -> None:
    assert fmt_number(12.6, "vi", decimals=2) == "12,60"
    assert fmt_number(12.0, "en", decimals=1) == "12.0"
    assert fmt_number(1234.56, "vi", decimals=0) == "1.235"
    assert fmt_number(5, "vi", decimals=2) == "5"  # integers stay integers


@pytest.mark.parametrize(
    ("ratio", "vi", "en"),
    [
        (0.8333, "83,3 %", "83.3%"),
        (5 / 6, "83,3 %", "83.3%"),
        (1, "100,0 %", "100.0%"),
        (0, "0,0 %", "0.0%"),
        (0.00049, "0,0 %", "0.0%"),
        (0.0005, "0,1 %", "0.1%"),
        (0.126, "12,6 %", "12.6%"),
        (12.345, "1.234,5 %", "1,234.5%"),
        (None, "—", "—"),
        (float("nan"), "—", "—"),
    ],
)
def test_fmt_percent(ratio: float | None, vi: str, en: str) -> None:
    assert fmt_percent(ratio, "vi") == vi
    assert fmt_percent(ratio, "en") == en


@pytest.mark.parametrize(
    ("d", "vi", "en"),
    [
        (dt.date(2017, 5, 10), "10/05/2017", "2017-05-10"),
        (dt.date(2016, 12, 31), "31/12/2016", "2016-12-31"),
        (dt.date(999, 1, 2), "02/01/0999", "0999-01-02"),
        (dt.datetime(2017, 6, 30, 23, 59), "30/06/2017", "2017-06-30"),
        (None, "—", "—"),
    ],
)
def test_fmt_date(d: dt.date | None, vi: str, en: str) -> None:
    assert fmt_date(d, "vi") == vi
    assert fmt_date(d, "en") == en


def test_one_day_is_singular_in_english_and_the_same_in_vietnamese() -> None:
    from cchc.i18n import t

    assert t("calendar.overdue", "en", state="Overdue", days=1) == "Overdue (1 day)"
    assert t("calendar.overdue", "en", state="Overdue", days=2) == "Overdue (2 days)"
    assert t("calendar.overdue", "vi", state="Quá hạn", days=1) == "Quá hạn (1 ngày)"
    for key in LABELS:
        if key.endswith(".one"):
            assert key.removesuffix(".one") in LABELS
            assert LABELS[key][0] == LABELS[key.removesuffix(".one")][0]
