"""Every command's output on the bundled and the sample dataset, byte for byte.

This corpus pins what users see (stdout, stderr and the exit code) across restructurings of the
code: a refactoring that changes any of these files changed behaviour. After an intended change,
rewrite the files and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_cli_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, Run

GOLDEN = Path(__file__).parent / "golden" / "cli"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

BUNDLED = ("--root", str(REPO))
SAMPLED = ("--root", str(SAMPLE))

# (golden name, arguments). Every query is pinned to an --as-of day: the data never changes, the
# clock does.
CASES: list[tuple[str, tuple[str, ...]]] = []


def _case(name: str, *args: str) -> None:
    CASES.append((name, args))


for _lang in ("vi", "en"):
    for _ds, _root, _days in (
        ("bundled", BUNDLED, ("2017-06-30", "2018-01-01", "2021-01-01")),
        ("sample", SAMPLED, ("2017-12-31", "2018-01-01", "2021-01-05")),
    ):
        _last = _days[-1]
        _case(f"{_ds}-validate-{_lang}", "validate", *_root, "--lang", _lang, "--as-of", _last)
        for _fmt in ("table", "json", "csv", "md"):
            for _day in _days:
                _case(
                    f"{_ds}-overdue-{_day}-{_fmt}-{_lang}",
                    "overdue",
                    *_root,
                    "--as-of",
                    _day,
                    "--format",
                    _fmt,
                    "--lang",
                    _lang,
                )
            for _by in ("area", "agency", "plan"):
                _case(
                    f"{_ds}-progress-{_by}-{_fmt}-{_lang}",
                    "progress",
                    *_root,
                    "--as-of",
                    _days[1],
                    "--by",
                    _by,
                    "--format",
                    _fmt,
                    "--lang",
                    _lang,
                )
            _case(
                f"{_ds}-due-{_fmt}-{_lang}",
                "due",
                *_root,
                "--as-of",
                _days[0],
                "--within",
                "8w",
                "--format",
                _fmt,
                "--lang",
                _lang,
            )
            _case(
                f"{_ds}-targets-{_fmt}-{_lang}",
                "targets",
                *_root,
                "--as-of",
                _last,
                "--format",
                _fmt,
                "--lang",
                _lang,
            )
        for _records in ("tasks", "targets", "all"):
            for _fmt in ("json", "csv"):
                _case(
                    f"{_ds}-export-{_records}-{_fmt}-{_lang}",
                    "export",
                    *_root,
                    "--as-of",
                    _days[1],
                    "--records",
                    _records,
                    "--format",
                    _fmt,
                    "--lang",
                    _lang,
                )
        _case(f"{_ds}-calendar-{_lang}", "calendar", *_root, "--as-of", _days[0], "--lang", _lang)
        for _period in ("2017H1", "2017", "2016-2020"):
            for _fmt in ("md", "html"):
                _case(
                    f"{_ds}-report-{_period}-{_fmt}-{_lang}",
                    "report",
                    *_root,
                    "--period",
                    _period,
                    "--format",
                    _fmt,
                    "--lang",
                    _lang,
                )
    # `cchc list` in every format, and as a clerk types its filters (issue #13).
    for _fmt in ("table", "json", "csv", "md"):
        _case(
            f"bundled-list-{_fmt}-{_lang}",
            "list",
            *BUNDLED,
            "--as-of",
            "2018-01-01",
            "--format",
            _fmt,
            "--lang",
            _lang,
        )
    _case(f"sample-list-{_lang}", "list", *SAMPLED, "--as-of", "2018-01-01", "--lang", _lang)
    for _name, _args in (
        ("agency-group", ("--agency", "ubnd-cap-huyen")),
        ("agency-case", ("--agency", "STP")),
        ("agency-name", ("--agency", "Sở Tư pháp", "--format", "csv")),
        ("agency-typo", ("--agency", "sotp")),
        ("area-case", ("--area", "iii", "--kind", "key")),
        ("state-overdue-any", ("--agency", "snv", "--role", "any", "--state", "overdue")),
    ):
        _case(
            f"bundled-list-{_name}-{_lang}",
            "list",
            *BUNDLED,
            "--as-of",
            "2018-01-01",
            *_args,
            "--lang",
            _lang,
        )
    for _id in (
        "T06",
        "S1c",
        "T13",
        "M01",
        "M16",
        "snv",
        "stp",
        "ubnd-cap-huyen",
        "III",
        "nothing",
        "t06",
        "sotp",
    ):
        _case(
            f"bundled-show-{_id}-{_lang}",
            "show",
            _id,
            *BUNDLED,
            "--as-of",
            "2018-01-01",
            "--lang",
            _lang,
        )
    for _filter in (
        ("--agency", "ubnd-cap-huyen"),
        ("--area", "III"),
        ("--kind", "key"),
    ):
        _case(
            f"bundled-overdue-{_filter[1]}-{_lang}",
            "overdue",
            *BUNDLED,
            "--as-of",
            "2018-01-01",
            *_filter,
            "--lang",
            _lang,
        )
    # --status filters overdue as it filters due: on this day all seven overdue tasks are recorded
    # not_started, so `done` leaves none (an ignored filter would list the seven).
    _case(
        f"sample-overdue-status-done-{_lang}",
        "overdue",
        *SAMPLED,
        "--as-of",
        "2021-01-05",
        "--status",
        "done",
        "--lang",
        _lang,
    )
    for _bad in (("--agency", "nobody"), ("--area", "IX"), ("--as-of", "2017-13-01")):
        _case(
            f"bundled-overdue-bad-{_bad[0][2:]}-{_lang}",
            "overdue",
            *BUNDLED,
            *_bad,
            "--lang",
            _lang,
        )
    _case(
        f"bundled-report-bad-period-{_lang}",
        "report",
        *BUNDLED,
        "--period",
        "2017H3",
        "--lang",
        _lang,
    )
    for _name, _args in (
        ("agency-stp-md", ("--period", "2017H1", "--agency", "stp")),
        ("agency-stp-html", ("--period", "2017H1", "--agency", "stp", "--format", "html")),
        ("agency-district-md", ("--period", "2017", "--agency", "ubnd-an-lao")),
        ("agency-group", ("--period", "2017H1", "--agency", "ubnd-cap-huyen")),
        ("outside-plan-2030", ("--period", "2030")),
        ("outside-plan-2015", ("--period", "2015")),
        ("as-of-before-period", ("--period", "2018H1", "--as-of", "2017-03-01")),
    ):
        _case(f"bundled-report-{_name}-{_lang}", "report", *BUNDLED, *_args, "--lang", _lang)
    for _fmt in ("table", "csv"):
        _case(
            f"bundled-submissions-2017H1-{_fmt}-{_lang}",
            "submissions",
            *BUNDLED,
            "--period",
            "2017H1",
            "--fail-on-missing",
            "--format",
            _fmt,
            "--lang",
            _lang,
        )
    _case(f"help-{_lang}", "--help", "--lang", _lang)
    for _command in (
        "validate",
        "overdue",
        "due",
        "progress",
        "targets",
        "show",
        "list",
        "export",
        "report",
        "submissions",
        "calendar",
        "schema",
        "init",
        "update",
        "measure",
        "diff",
    ):
        _case(f"help-{_command}-{_lang}", _command, "--help", "--lang", _lang)
    # The write commands, always with --dry-run: the corpus runs on the repository's own files.
    _done = ("--status", "done", "--date", "20/10/2017", "--evidence-date", "2017-10-20")
    for _name, _args in (
        ("T06-done", ("T06", *_done, "--evidence", "3456/QĐ-UBND")),
        ("bad-evidence", ("T06", *_done, "--evidence", "3456-QD")),
        ("unknown-id", ("t6", "--status", "done")),
        ("a-target", ("m01", "--status", "done")),
        ("missing-status", ("T06", "--date", "20/10/2017")),
        ("bad-status", ("T06", "--status", "hoan than")),
        ("no-such-day", ("T06", "--status", "in_progress", "--date", "31/06/2017")),
    ):
        _case(f"bundled-update-{_name}-{_lang}", "update", *_args, *BUNDLED, "--dry-run",
              "--lang", _lang)  # fmt: skip
    _figure = ("--period", "2019", "--source", "Báo cáo số 12/BC-SNV", "--date", "15/01/2020")
    for _name, _args in (
        ("M05", ("M05", *_figure, "--value", "45,5")),
        ("M01-level", ("M01", *_figure, "--value", "kha")),
        ("bad-level", ("M01", *_figure, "--value", "Kha gioi")),
        ("unknown-id", ("M5", *_figure, "--value", "3")),
        ("missing-value", ("M05", *_figure)),
    ):
        _case(f"bundled-measure-{_name}-{_lang}", "measure", *_args, *BUNDLED, "--dry-run",
              "--lang", _lang)  # fmt: skip
for _kind in ("plan", "areas", "agencies", "events", "scales", "task", "target", "report"):
    _case(f"schema-{_kind}", "schema", _kind)


def _record(args: tuple[str, ...], result: Run) -> str:
    shown = " ".join(
        "<bundled>" if a == str(REPO) else "<sample>" if a == str(SAMPLE) else a for a in args
    )
    return f"$ cchc {shown}\n[exit {result.code}]\n--- stderr\n{result.err}--- stdout\n{result.out}"


@pytest.mark.parametrize(("name", "args"), CASES, ids=[name for name, _ in CASES])
def test_output_is_unchanged(
    name: str, args: tuple[str, ...], cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    text = _record(args, cli(*args))
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.is_file(), f"missing golden file {path}; run UPDATE_GOLDEN=1 pytest {__file__}"
    assert text == path.read_bytes().decode("utf-8"), (
        f"{path.name} differs; if intended, rerun with UPDATE_GOLDEN=1 and review the diff"
    )


def test_every_golden_file_has_a_case() -> None:
    """A golden file whose case was removed would go stale unnoticed."""
    names = {name for name, _ in CASES}
    stale = sorted(p.stem for p in GOLDEN.glob("*.txt") if p.stem not in names)
    assert not stale
