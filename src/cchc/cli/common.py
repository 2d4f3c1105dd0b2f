"""What every command shares: the app, the common options, dataset loading, and stderr messages.

A command that cannot go on raises `cchc.errors.UserError` with a catalogue message and its exit
code; `main()` prints it in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc.cli.helptext import option
from cchc.errors import DATA, USAGE, UserError
from cchc.i18n import msg

if TYPE_CHECKING:
    from cchc.dataset import Dataset
    from cchc.loader import LoadResult
    from cchc.periods import Duration, Period

# The loader (and with it pydantic's model building) and the period grammar are imported only when
# a command uses them, so `cchc --help`, `--version` and `cchc schema` start fast.

app = typer.Typer(
    name="cchc",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(StrEnum):
    vi = "vi"
    en = "en"


def lang_from_argv(args: Sequence[str]) -> str:
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("CCHC_LANG", "vi")


def say_error(message: str) -> None:
    """One line on stderr, prefixed so it stands out in CI logs; a control or bidirectional
    character in it (from an argument, a path) is written as its escape."""
    from cchc.problems import printable

    sys.stderr.write(f"cchc: {printable(message)}\n")


def say(message: str) -> None:
    sys.stderr.write(f"{message}\n")


RootOption = Annotated[Path | None, option("--root", help_key="help.root", show_default=False)]
LangOption = Annotated[Lang, option("--lang", help_key="help.lang", envvar="CCHC_LANG")]
AsOfOption = Annotated[str | None, option("--as-of", help_key="help.as-of", show_default=False)]
RevOption = Annotated[str | None, option("--rev", help_key="help.rev", show_default=False)]


def today() -> dt.date:
    """The only place the clock is read; everything below takes the date as a parameter."""
    return dt.date.today()


def period_option(name: str, value: str) -> Period:
    """The period an option names (`--period`, `--as-of`); a usage error otherwise."""
    from cchc.periods import PeriodError, parse_period

    try:
        return parse_period(value)
    except PeriodError as error:
        raise UserError(msg("cli.option", option=name, reason=error.as_message()), USAGE) from None


def duration_option(name: str, value: str | int) -> Duration:
    """The length of time an option names (`--within`); a usage error otherwise."""
    from cchc.periods import DurationError, parse_duration

    try:
        return parse_duration(value)
    except DurationError as error:
        raise UserError(msg("cli.option", option=name, reason=error.as_message()), USAGE) from None


def parse_as_of(value: str | None) -> dt.date:
    if value is None:
        return today()
    period = period_option("--as-of", value)
    if period.kind != "day":
        raise UserError(msg("cli.as-of-day", value=value), USAGE)
    return period.start


def resolve_root(root: Path | None) -> Path:
    from cchc.loader import find_root

    return find_root(root, os.environ, Path.cwd())  # DatasetNotFoundError is a UserError


def load(
    root: Path | None,
    today_: dt.date,
    *,
    with_targets: bool = True,
    rev: str | None = None,
    with_source: bool = False,
) -> LoadResult:
    """Load and check; `today_` is the day nothing may be dated after (validate's --as-of).
    With `rev`, the files are those of that git revision (`--rev`), read through git."""
    from cchc.loader import load_dataset

    folder = resolve_root(root)
    files = None
    if rev is not None:
        from cchc.revisions import DATASET_FOLDERS, memory_source, read_revision, resolve

        # As on disk, a task command does not read `targets/` (a tenth of a large dataset's files).
        folders = [f for f in DATASET_FOLDERS if with_targets or f != "targets"]
        files = memory_source(folder, read_revision(folder, resolve(folder, rev), folders))
    return load_dataset(
        folder, today=today_, with_targets=with_targets, with_source=with_source, files=files
    )


def load_valid(
    root: Path | None,
    lang: str,
    as_of: dt.date,
    *,
    with_targets: bool = True,
    rev: str | None = None,
) -> Dataset:
    """The dataset for a query or report (at `rev`, a git revision, when given). Invalid data is
    refused rather than reported on: a report built on a broken file would be a silent guess.
    The first problems are shown as `validate` shows them."""
    # Data is checked against the real today: a query as of an earlier day ignores later updates,
    # it does not turn them into errors.
    from cchc.problems import count_levels, format_line

    result = load(root, max(as_of, today()), with_targets=with_targets, rev=rev)
    errors, _ = count_levels(result.problems)
    if errors or result.dataset is None:
        for problem in [p for p in result.problems if p.level == "error"][:5]:
            say(format_line(problem, lang))
        if rev is not None:
            raise UserError(msg("rev.invalid-data", errors=errors, revision=rev), DATA)
        raise UserError(msg("cli.invalid-data", errors=errors), DATA)
    return result.dataset


def open_dataset(
    root: Path | None,
    lang: object,
    as_of: str | None,
    *,
    with_targets: bool = True,
    rev: str | None = None,
) -> tuple[str, dt.date, Dataset]:
    """What every query command starts with: its language, its day, and the valid dataset
    (without `targets/` for the commands that are about tasks only; at git revision `rev`, the
    `--rev` option, when given)."""
    language = str(lang)
    on = parse_as_of(as_of)
    return language, on, load_valid(root, language, on, with_targets=with_targets, rev=rev)


def check_filters(
    dataset: Dataset, agency: str | None, area: str | None
) -> tuple[str | None, str | None]:
    """The agency and area `--agency` and `--area` mean, as people type them (`STP`, `Sở Tư pháp`,
    `iii`): a usage error that suggests the closest ids when they name nothing the dataset
    defines."""
    from cchc.lookup import resolve_agency, resolve_area

    return (
        resolve_agency(dataset, agency) if agency is not None else None,
        resolve_area(dataset, area) if area is not None else None,
    )
