"""`cchc.append`: one entry appended to a record's list, every other byte kept (issue #13).

The property: for every bundled task and target file, and for generated files in every style a
person may write (block or flow lists, zero-indented items, comments, CRLF, a BOM, no final line
end, a literal block last), the new text is the old text with one piece inserted, and it reads
back — strictly — as the old record plus exactly the new entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.append import AppendError, append_entry, scalar
from cchc.yaml import load_yaml
from conftest import REPO, SAMPLE

FILES = sorted([*REPO.glob("tasks/*.yaml"), *REPO.glob("targets/*.yaml")]) + sorted(
    [*SAMPLE.glob("tasks/*.yaml"), *SAMPLE.glob("targets/*.yaml")]
)

UPDATE = {
    "date": dt.date(2017, 10, 20),
    "status": "done",
    "note": "Đã ban hành: Quyết định số 3456/QĐ-UBND; xong.",
    "evidence": {"number": "3456/QĐ-UBND", "date": dt.date(2017, 10, 20)},
}
MEASUREMENT = {"period": 2019, "value": 45.5, "source": "Báo cáo số 12/BC-SNV"}


def _read(text: str) -> Any:
    document, problems = load_yaml(text.encode("utf-8"))
    assert not problems, [p.rule for p in problems]
    assert document is not None
    return document.data


def _plain(entry: dict[str, Any]) -> dict[str, Any]:
    """What the strict reader gives back for an entry (dates stay text in YAML 1.2)."""
    return {
        k: _plain(v) if isinstance(v, dict) else v.isoformat() if isinstance(v, dt.date) else v
        for k, v in entry.items()
    }


def _check(old: str, key: str, entry: dict[str, Any]) -> str:
    result = append_entry(old, key, entry)
    assert result.text == old[: result.at] + result.inserted + old[result.at :]
    before, after = _read(old), _read(result.text)
    expected = dict(before)
    expected[key] = [*before.get(key, []), _plain(entry)]
    assert after == expected
    assert list(after) == [*before, *([key] if key not in before else [])]  # key order kept
    return result.text


@pytest.mark.parametrize(
    "path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_every_dataset_file_takes_an_entry(path: Path) -> None:
    old = path.read_bytes().decode("utf-8")
    key, entry = (
        ("updates", UPDATE) if path.parent.name == "tasks" else ("measurements", MEASUREMENT)
    )
    new = _check(old, key, entry)
    assert new.startswith(old[: old.find("\n")])  # the modeline stays first


# ------------------------------------------------------------------------------ generated files

_TEXT = st.text(
    alphabet=st.sampled_from(list("abc xyzĐđơưạếộ0129:#-'\",.[]{}&*!?|>%@`")),
    min_size=1,
    max_size=20,
)


@st.composite
def _task_files(draw: st.DrawFn) -> str:
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    lines = ["# yaml-language-server: $schema=../schemas/task.json", "id: T1"]
    style = draw(st.sampled_from(["none", "block", "zero", "flow-empty", "flow", "literal"]))
    if draw(st.booleans()):
        lines.append("# a comment")
    if style == "block":
        lines += ["updates:", "  - date: 2017-05-10", "    status: in_progress  # on time"]
    elif style == "zero":
        lines += ["updates:", "- date: 2017-05-10", "  status: in_progress"]
    elif style == "flow-empty":
        lines += ["updates: []"]
    elif style == "flow":
        lines += ["updates: [{date: 2017-05-10, status: in_progress}]"]
    elif style == "literal":
        lines += [
            "updates:",
            "    -   date: 2017-05-10",
            "        note: |",
            "          a",
            "          b",
        ]
    if draw(st.booleans()):
        lines += ["", "# closing comment"]
    if style != "none" and draw(st.booleans()):
        lines.append("title: 'after the list'")
    end = nl if draw(st.booleans()) else ""
    return bom + nl.join(lines) + end


@settings(max_examples=150)
@given(_task_files(), _TEXT, st.booleans())
def test_generated_files_take_an_entry(old: str, note: str, multiline: bool) -> None:
    entry = {"date": dt.date(2018, 1, 2), "status": "in_progress", "note": note}
    if multiline and note.strip():
        entry["note"] = note.strip() + "\nthứ hai"
    try:
        new = _check(old, "updates", entry)
    except AppendError as refused:
        if refused.key == "append.multiline":  # several lines, where a literal block cannot go
            assert "\n" in str(entry["note"])
            assert "updates: [" in old or any(
                line != line.strip() for line in str(entry["note"]).split("\n")
            )
            return
        # The one shape that cannot take an entry: a `|` block on the last line, no line end.
        assert refused.key == "append.would-change"
        assert not old.endswith("\n") and old.splitlines()[-2].strip() in ("note: |", "a")
        return
    if "\r\n" in old:
        assert "\n" not in new.replace("\r\n", "")


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "no",
        "on",
        "null",
        "~",
        "true",
        "12",
        "1.5e3",
        "- item",
        "a: b",
        "a #b",
        "",
        " x",
        "x ",
        "#x",
        "[a]",
        "{a}",
        "*a",
        "&a",
        "!a",
        "|a",
        ">a",
        "%a",
        "@a",
        "`a",
        "'a",
        '"a',
        "2017-05-10",
        ".inf",
        "Sở Nội vụ",
        "Quyết định 1/QĐ-UBND",
    ],
)
def test_scalars_read_back_as_written(value: str) -> None:
    data = _read(f"x: {scalar(value)}\n")
    assert data == {"x": value}


def test_a_file_that_is_not_a_mapping_or_whose_field_is_not_a_list_is_refused() -> None:
    with pytest.raises(AppendError) as caught:
        append_entry("- a\n- b\n", "updates", {"a": 1})
    assert caught.value.key == "append.not-a-mapping"
    with pytest.raises(AppendError) as caught:
        append_entry("updates: 3\n", "updates", {"a": 1})
    assert caught.value.key == "append.not-a-list"
    with pytest.raises(AppendError) as caught:
        append_entry("a: [\n", "updates", {"a": 1})
    assert caught.value.key == "append.unreadable"


@pytest.mark.parametrize(
    "value", ["a\x1bb", "a\x85b", "a\u202eb", "a\u2028b", "a\x7fb", "a\ufffeb"]
)
def test_invisible_characters_are_written_as_escapes(value: str) -> None:
    """A character a terminal or the YAML reader would act on never goes into the file raw: it
    is an escape, which reads back as the same character (and which the strict reader then
    refuses by rule, with its place — a problem `cchc update` shows, never a crash)."""
    written = scalar(value)
    assert written.isprintable() and value[1] not in written
    result = append_entry("id: T1\n", "updates", {"note": value})
    assert all(line.isprintable() for line in result.inserted.splitlines())
    assert yaml.load(result.text, Loader=yaml.SafeLoader)["updates"] == [{"note": value}]
