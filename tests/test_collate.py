"""Vietnamese collation: real names from the plan, tones, Đ, numbers, and order properties."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.collate import vi_key, vi_sorted


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def shuffled(items: list[str], seed: int = 536) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


AGENCIES = [
    "Ban Tổ chức Tỉnh ủy",
    "Báo Bình Định",
    "Đài Phát thanh và Truyền hình Bình Định",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Văn phòng UBND tỉnh",
]

DISTRICTS = [
    "An Lão",
    "An Nhơn",
    "Hoài Ân",
    "Hoài Nhơn",
    "Phù Cát",
    "Phù Mỹ",
    "Quy Nhơn",
    "Tây Sơn",
    "Tuy Phước",
    "Vân Canh",
    "Vĩnh Thạnh",
]


@pytest.mark.parametrize("names", [AGENCIES, DISTRICTS, AGENCIES + DISTRICTS])
def test_real_names_sort_in_vietnamese_order(names: list[str]) -> None:
    expected = sorted(names, key=vi_key)
    for seed in range(5):
        assert sorted(shuffled(names, seed), key=vi_key) == expected
    assert sorted(shuffled(names), key=lambda s: vi_key(nfd(s))) == expected


def test_agencies_exact_order() -> None:
    assert vi_sorted(shuffled(AGENCIES)) == AGENCIES


def test_districts_exact_order() -> None:
    assert vi_sorted(shuffled(DISTRICTS)) == DISTRICTS


def test_all_together() -> None:
    assert vi_sorted(shuffled(AGENCIES + DISTRICTS)) == [
        "An Lão",
        "An Nhơn",
        "Ban Tổ chức Tỉnh ủy",
        "Báo Bình Định",
        "Đài Phát thanh và Truyền hình Bình Định",
        "Hoài Ân",
        "Hoài Nhơn",
        "Phù Cát",
        "Phù Mỹ",
        "Quy Nhơn",
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Tư pháp",
        "Tây Sơn",
        "Tuy Phước",
        "Văn phòng UBND tỉnh",
        "Vân Canh",
        "Vĩnh Thạnh",
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Dương", "Đặng"),  # đ is a letter after d, whatever follows
        ("Dzung", "Đa"),
        ("Tu", "Tú"),  # no tone before a tone
        ("Tú", "Tư"),  # base letters first: u < ư
        ("Tu", "Tư"),
        ("Uy", "Ưng"),
        ("Ánh", "Ăn"),  # a < ă < â
        ("Ăn", "Ân"),
        ("Ế", "Ô"),
        ("Ôi", "Ơi"),
        ("Ôn", "Ơ"),
        ("An Lão", "Anh"),  # word by word, as dictionaries do
        ("Ba Vì", "Bà Ba"),  # the first word's tone decides before the second word
        ("Bà Ba", "Ban"),
        ("Giang", "Hà"),
        ("2 Sở", "An"),  # digits before letters
        ("UBND huyện 2", "UBND huyện 10"),  # numbers by value
        ("Quyết định 536", "Quyết định 1234"),
        ("an", "An"),  # lower case before upper case, only to break ties
        ("An", "Án"),  # case is the last thing but the text itself
        ("Vân Canh", "Vĩnh Thạnh"),
    ],
)
def test_pairs(before: str, after: str) -> None:
    assert vi_key(before) < vi_key(after)
    assert vi_key(nfd(before)) < vi_key(nfd(after))


def test_tone_order_ngang_huyen_hoi_nga_sac_nang() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert vi_sorted(shuffled(tones)) == tones
    assert vi_sorted(shuffled([nfd(x) for x in tones])) == [nfd(x) for x in tones]


def test_the_alphabet() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert vi_sorted(shuffled(alphabet)) == alphabet
    upper = [letter.upper() for letter in alphabet]
    assert vi_sorted(shuffled(upper)) == upper


def test_tone_on_modified_vowels_stays_with_the_letter() -> None:
    # ờ is ơ + huyền: it sorts among the ơ words, after the plain o and ô words.
    assert vi_sorted(["Ờ", "Ô", "Ọ", "Ơ", "O", "Ồ"]) == ["O", "Ọ", "Ô", "Ồ", "Ơ", "Ờ"]


def test_old_and_new_tone_placement_differ_only_at_the_last_level() -> None:
    old, new = vi_key("Thanh Hòa"), vi_key("Thanh Hoà")
    assert old[:2] == new[:2]
    assert old != new
    assert vi_sorted(["Thanh Hòa", "Thanh Hoa", "Thanh Hoà", "Thanh Hóa"]) == [
        "Thanh Hoa",
        "Thanh Hoà",
        "Thanh Hòa",
        "Thanh Hóa",
    ]


def test_whitespace_is_folded_and_trimmed_before_the_last_level() -> None:
    assert vi_key("Sở  Nội vụ")[:2] == vi_key(" Sở Nội vụ\t")[:2] == vi_key("Sở Nội vụ")[:2]
    assert vi_key("Sở Nội vụ") != vi_key("Sở  Nội vụ")


def test_foreign_letters_after_z_and_latin_letters_in_their_places() -> None:
    assert vi_sorted(["ö", "z", "w", "f", "j", "é", "Ω", "y"]) == [
        "é",
        "f",
        "j",
        "w",
        "y",
        "z",
        "ö",
        "Ω",
    ]


def test_nfd_and_nfc_give_the_same_key() -> None:
    for name in [*AGENCIES, *DISTRICTS, "Tỉnh ủy", "Đặng Thị Ngọc Thịnh"]:
        assert vi_key(nfd(name)) == vi_key(name)


def test_keys_are_plain_tuples_that_do_not_depend_on_hashing() -> None:
    assert vi_key("Sở Nội vụ 2") == (
        (
            (2, (25, 21), (2,)),  # s ơ, hỏi
            (0, (0,), ()),
            (2, (18, 20, 13), (5,)),  # n ô i, nặng
            (0, (0,), ()),
            (2, (29, 27), (5,)),  # v u, nặng
            (0, (0,), ()),
            (1, (1, 2), ()),
        ),
        (1, 0, 1, 0, 0, 0, 0),
        "Sở Nội vụ 2",
    )


def test_huge_numbers_and_odd_text_do_not_crash() -> None:
    huge = "9" * 5000  # more digits than int() accepts by default
    assert vi_key("A " + huge) > vi_key("A " + "9" * 4999)
    assert vi_key("007") < vi_key("8")
    assert vi_key("\u0301a") != vi_key("a")  # a mark with nothing before it
    assert vi_sorted(["", " ", "-", "a"]) == ["", " ", "-", "a"]


# --------------------------------------------------------------------------- properties

VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def vietnamese(draw: st.DrawFn) -> str:
    """Words of Vietnamese letters with tones, spaces, digits and some punctuation."""
    parts = draw(
        st.lists(
            st.one_of(
                st.tuples(st.sampled_from(VI_LETTERS), st.sampled_from(TONES)).map("".join),
                st.sampled_from([" ", "  ", "0", "1", "2", "9", "10", "-", "/", ","]),
            ),
            max_size=12,
        )
    )
    return unicodedata.normalize("NFC", "".join(parts))


texts = st.one_of(vietnamese(), st.text(max_size=12))


@st.composite
def neighbours(draw: st.DrawFn) -> tuple[str, str]:
    """Two texts that are often nearly the same (the same in NFD, in another case, with one tone
    or letter changed), where an order goes wrong, rather than two unrelated ones."""
    a = draw(texts)
    change = draw(st.sampled_from(["nfd", "case", "tone", "other"]))
    if change == "nfd":
        return a, nfd(a)
    if change == "case":
        return a, draw(st.sampled_from([a.upper(), a.lower(), a.swapcase()]))
    if change == "tone" and a:
        at = draw(st.integers(0, len(a) - 1))
        return a, unicodedata.normalize(
            "NFC", a[: at + 1] + draw(st.sampled_from(TONES)) + a[at + 1 :]
        )
    return a, draw(texts)


# Each property is checked on a hundred examples: the collation is a pure function of short
# texts, and the examples are drawn where it could go wrong (see `neighbours`).
EXAMPLES = settings(max_examples=100, deadline=None)


@EXAMPLES
@given(texts)
def test_nfc_and_nfd_spellings_get_the_same_key(text: str) -> None:
    """So a list sorts the same whichever way its names were typed."""
    assert vi_key(nfd(text)) == vi_key(unicodedata.normalize("NFC", text))


@EXAMPLES
@given(neighbours())
def test_a_total_order_equal_keys_only_for_equal_texts(pair: tuple[str, str]) -> None:
    a, b = pair
    ka, kb = vi_key(a), vi_key(b)
    same = unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    assert (ka == kb) is same
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1  # comparable, never a TypeError


@EXAMPLES
@given(st.lists(texts, min_size=2, max_size=8))
def test_any_mix_of_texts_sorts_without_error(names: list[str]) -> None:
    ordered = vi_sorted(names)
    keys = [vi_key(name) for name in ordered]
    assert keys == sorted(keys)


@EXAMPLES
@given(vietnamese(), vietnamese())
def test_case_only_breaks_ties(a: str, b: str) -> None:
    """Changing case never moves a text past one that differs in letters or tones."""
    if vi_key(a)[0] != vi_key(b)[0]:
        assert (vi_key(a) < vi_key(b)) == (vi_key(a.upper()) < vi_key(b.lower()))


@EXAMPLES
@given(vietnamese())
def test_a_tone_sorts_after_the_same_word_without(word: str) -> None:
    plain = "".join(ch for ch in nfd(word) if ch not in TONES[1:])
    if plain != nfd(word):
        assert vi_key(plain) < vi_key(word)
