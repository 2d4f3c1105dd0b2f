"""The rule registry (`cchc.rules`): every rule id any part of cchc emits is registered, every
registered rule has a broken dataset that shows it, and the README's table is the registry's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cchc import rules
from cchc.rules import RULES, markdown_table, rule
from conftest import DATA, REPO

SRC = REPO / "src" / "cchc"
INVALID = DATA / "invalid"

# The YAML layer and the template checks name their rules by id; everything else takes its
# rules from `cchc.rules` (a `Rule` constant), so Python itself checks those.
_NAMED_BY_ID = re.compile(r"""["']((?:yaml|template)-[a-z]+(?:-[a-z]+)*)["']""")


def _sources_naming_rules() -> list[Path]:
    files = [*sorted(SRC.glob("templating/*.py")), *sorted(SRC.glob("yaml/*.py"))]
    return [path for path in files if path.is_file()]


def test_every_rule_id_named_in_the_source_is_registered() -> None:
    named = {
        (path.name, rule_id)
        for path in _sources_naming_rules()
        for rule_id in _NAMED_BY_ID.findall(path.read_text(encoding="utf-8"))
    }
    assert {rule_id for _, rule_id in named} >= {"yaml-syntax", "yaml-tab", "template-render"}
    unregistered = sorted((name, rule_id) for name, rule_id in named if rule_id not in RULES)
    assert not unregistered


def test_every_rule_the_checks_and_schema_messages_use_is_a_registered_constant() -> None:
    # These modules must not spell a rule id themselves: each rule (and its level) comes from the
    # registry. (One-word ids such as `date` are also field names, and the YAML layer's ids are
    # its own, so only the others are looked for.)
    ids = [rid for rid in RULES if "-" in rid and not rid.startswith("yaml-")]
    for name in ("checks.py", "schemaerrors.py", "loader/load.py", "loader/parse.py"):
        text = (SRC / name).read_text(encoding="utf-8")
        spelled = [rid for rid in ids if re.search(rf"""["']{re.escape(rid)}["']""", text)]
        assert not spelled, (name, spelled)
        assert "rules." in text, name


def _cases_of(rule_id: str) -> list[Path]:
    return [
        case
        for case in sorted(INVALID.iterdir())
        if case.is_dir() and (case.name == rule_id or case.name.startswith(rule_id + "-"))
    ]


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_has_a_golden_case_that_shows_it(rule_id: str) -> None:
    shown = [
        case.name
        for case in _cases_of(rule_id)
        if (case / "expected.txt").is_file()
        and f"[{rule_id}]" in (case / "expected.txt").read_text(encoding="utf-8")
    ]
    assert shown, f"no tests/data/invalid/{rule_id}[-variant]/expected.txt shows [{rule_id}]"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_a_rules_golden_lines_have_its_level(rule_id: str) -> None:
    level = rule(rule_id).level
    for case in _cases_of(rule_id):
        for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines():
            if line.endswith(f"[{rule_id}]") and rule_id != "too-many-problems":
                assert f": {level}: " in line, (case.name, line)


def test_every_rule_has_a_doc_and_a_vietnamese_title() -> None:
    for registered in RULES.values():
        assert registered.doc.endswith((".", ")")), registered.id
        assert len(registered.doc) > 30, registered.id
        assert registered.title.strip(), registered.id
        assert registered.group in rules.GROUPS


def test_an_unknown_rule_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        rule("no-such-rule")


def test_the_readme_table_is_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- rules:start -->\n", "<!-- rules:end -->"
    assert start in readme and end in readme
    current = readme.split(start, 1)[1].split(end, 1)[0]
    table = markdown_table()
    assert current == table, (
        "README.md's rule table differs from cchc.rules; paste this between the markers "
        f"(or run `python -m cchc.rules`):\n\n{table}"
    )


def test_the_table_lists_every_rule_once_with_its_level() -> None:
    rows = [line for line in markdown_table().splitlines() if line.startswith("| `")]
    assert len(rows) == len(RULES)
    for row in rows:
        rule_id = row.split("`")[1]
        assert f"| {rule(rule_id).level} |" in row
