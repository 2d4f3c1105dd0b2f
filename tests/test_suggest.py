"""`cchc.suggest`: what a person typed → the id, field or word they meant."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.suggest import fold, match_id, suggest

AGENCIES = {
    "stp": ["Sở Tư pháp"],
    "snv": ["Sở Nội vụ"],
    "stttt": ["Sở Thông tin và Truyền thông"],
    "ubnd-quy-nhon": ["UBND thành phố Quy Nhơn"],
}
FIELDS = ["id", "status", "date", "note", "evidence", "updates", "period"]


@pytest.mark.parametrize("typed", ["STP", "Stp", "sở tư pháp", "Sở Tư pháp", "SO TU PHAP"])
def test_case_diacritics_and_names_find_the_id(typed: str) -> None:
    assert match_id(typed, AGENCIES) == "stp"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("sotp", "stp"), ("snv ", "snv"), ("ubnd-quynhon", "ubnd-quy-nhon"), ("Sở Nội Vụ", "snv")],
)
def test_typos_are_suggested(typed: str, meant: str) -> None:
    assert suggest(typed, AGENCIES)[0] == meant


@pytest.mark.parametrize(
    ("typed", "meant"), [("staus", "status"), ("update", "updates"), ("update:", "updates")]
)
def test_field_typos(typed: str, meant: str) -> None:
    assert suggest(typed, FIELDS)[0] == meant


def test_nothing_close_suggests_nothing() -> None:
    assert suggest("zzzzqqq", AGENCIES) == []
    assert suggest("", FIELDS) == []
    assert match_id("---", AGENCIES) is None


def test_an_ambiguous_fold_is_no_match() -> None:
    assert match_id("ab", {"a-b": [], "A_B": []}) is None


@given(st.text())
def test_fold_is_plain_lowercase_ascii(text: str) -> None:
    folded = fold(text)
    assert folded == folded.lower() and folded.isascii()
    assert fold(folded) == folded
