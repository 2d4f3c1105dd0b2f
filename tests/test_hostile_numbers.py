"""Hostile data, class 3: numbers. Every figure is finite and at most 10^15 in size and, unless 0,
at least 10^-6 (rule `range`), so that what `validate` accepts every table, chart and report can
print: a value of 309 digits, 1e28, 1e-308 or .inf is refused with a located problem, never an
OverflowError (issue #16, defect 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

AS_OF = "2021-06-30"
HEAD = (
    "id: M99\narea: I\nindicator: Chỉ tiêu thử\nquote: trích dẫn\nsource: I.1\nowner: snv\n"
    "unit: {unit}\ndue: 2020\n"
)

# (where the number goes, as a YAML fragment with {n} for the number)
PLACES = {
    "measurement": "goal: {{op: '>=', value: 10}}\nmeasurements:\n"
    "  - {{period: 2017, value: {n}, source: Báo cáo}}\n",
    "goal": "goal: {{op: '>=', value: {n}}}\n",
    "baseline": "goal: {{op: '<=', value: 10, change: decrease}}\n"
    "baseline: {{period: 2016, value: {n}, unit: count}}\n",
    "score": "goal: {{op: '>=', value: 10}}\nmeasurements:\n"
    "  - {{period: 2017, value: 5, score: {n}, source: Báo cáo}}\n",
}
REFUSED = ["1" + "0" * 320, "-1" + "0" * 310, "1e28", "-1e16", "1e-308", "5e-324", ".inf", "-.inf"]
ACCEPTED = ["0", "1000000000000000", "1e15", "0.000001", "12.5"]


def _target(root: Path, place: str, number: str, unit: str = "count") -> None:
    text = HEAD.format(unit=unit) + PLACES[place].format(n=number)
    (root / "targets" / "M99.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("number", REFUSED)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_number_nothing_can_print_is_refused(sample: Path, place: str, number: str) -> None:
    _target(sample, place, number)
    result = run_cli("validate", "--root", str(sample), "--as-of", AS_OF)
    assert result.code == 1, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("targets/M99.yaml:") and lines[0].endswith("[range]"), lines
    assert "nằm ngoài khoảng in được" in lines[0]
    assert len(lines[0]) < 400  # a 320-digit number is shown in a few characters


@pytest.mark.parametrize("number", ACCEPTED)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_every_command_prints_what_validate_accepts(sample: Path, place: str, number: str) -> None:
    _target(sample, place, number)
    checked = run_cli("validate", "--root", str(sample), "--as-of", AS_OF)
    assert "[range]" not in checked.out and "[type]" not in checked.out, checked.out
    for command in (
        ("targets",),
        ("show", "M99"),
        ("report", "--period", "2017"),
        ("report", "--period", "2017", "--format", "html"),
        ("export", "--format", "json"),
    ):
        result = run_cli(*command, "--root", str(sample), "--as-of", AS_OF)
        assert result.code == 0, (command, result.err)
        assert "Traceback" not in result.err and "internal error" not in result.err


@pytest.mark.parametrize("number", ["1e28", "1" + "0" * 400])
def test_a_huge_percentage_is_refused_once(sample: Path, number: str) -> None:
    _target(sample, "measurement", number, unit="percent")
    result = run_cli("validate", "--root", str(sample), "--as-of", AS_OF, "--lang", "en")
    assert result.code == 1
    assert result.out.count("[range]") == 1
    assert "is outside what can be printed" in result.out


def test_a_scale_cut_off_is_a_figure_too(sample: Path) -> None:
    path = sample / "plan" / "scales.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - id: par\n    name: PAR\n    levels:\n      - {label: A, min: 1e300}\n"
        "      - {label: B}\n",
        encoding="utf-8",
    )
    result = run_cli("validate", "--root", str(sample), "--as-of", AS_OF)
    assert result.code == 1
    assert "plan/scales.yaml:" in result.out and "[range]" in result.out
