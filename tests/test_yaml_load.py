"""cchc.yaml.load_yaml: every hazard of a file found in one call, sorted, each problem inside the
text with a one-line message in both languages; never an exception, whatever the bytes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.yaml import load_yaml
from yaml_support import (
    TYPICAL,
    TYPICAL_DATA,
    assert_well_formed,
    clean_data,
    found,
    normalised_lines,
)


def test_typical_file_loads_as_plain_data() -> None:
    assert clean_data(TYPICAL) == TYPICAL_DATA


def test_every_hazard_is_found_in_one_call_and_sorted() -> None:
    source = (
        'id: T06\nkind: !!str key\ndone: no\nid: T07\nnote:\tx\nlead: &l [snv]\ntitle: "\\e[2J"\n'
    )
    assert found(source) == [
        (2, 7, "yaml-tag"),
        (3, 7, "yaml-ambiguous-bool"),
        (4, 1, "yaml-duplicate-key"),
        (5, 6, "yaml-tab"),
        (6, 7, "yaml-alias"),
        (7, 9, "yaml-control-char"),
    ]


@pytest.mark.parametrize("raw", [b"", b"# only a comment\n", b"\n\n", b"---\n", b"\xef\xbb\xbf"])
def test_empty_files_give_no_data_and_no_problem(raw: bytes) -> None:
    document, problems = load_yaml(raw)
    assert problems == []
    assert document is not None
    assert document.data is None
    assert document.locate(["anything"]) == (1, 1)


YAMLISH = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r:-[]{},#&*!|>'\"?%@`~.0123456789abnoyeẾ\u0301\x00\x85\u2028\ufeff\u202e\\")
    ),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), YAMLISH.map(str.encode)))
def test_never_raises_and_positions_are_in_the_text(raw: bytes) -> None:
    document, problems = load_yaml(raw)
    assert_well_formed(raw, problems)
    if document is not None:
        line, column = document.locate([])
        assert 1 <= line <= len(normalised_lines(raw))
        assert column >= 1
