"""What every command shares: the app, the common options, dataset loading, and stderr messages."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc.periods import PeriodError, parse_period

if TYPE_CHECKING:
    from cchc.dataset import Dataset
    from cchc.loader import LoadResult

# The loader (and with it pydantic's model building) is imported only when a command loads data, so
# `cchc --help`, `--version` and `cchc schema` start fast.

app = typer.Typer(
    name="cchc",
    help="Theo dõi Kế hoạch cải cách hành chính lưu bằng YAML / Track an administrative-reform plan.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class CliExit(Exception):
    """Stop with an exit code after the message has been printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


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
    """One line on stderr, prefixed so it stands out in CI logs."""
    sys.stderr.write(f"cchc: {message}\n")


def say(message: str) -> None:
    sys.stderr.write(f"{message}\n")


RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="Thư mục dữ liệu (mặc định: CCHC_ROOT, rồi thư mục gần nhất có plan/plan.yaml) / "
        "dataset folder",
        show_default=False,
    ),
]
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        envvar="CCHC_LANG",
        help="Ngôn ngữ nhãn: vi (mặc định) hoặc en / label language",
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Tính trạng thái tại ngày này, YYYY-MM-DD (mặc định: hôm nay) / state as of this date",
        show_default=False,
    ),
]


def today() -> dt.date:
    """The only place the clock is read; everything below takes the date as a parameter."""
    return dt.date.today()


def parse_as_of(value: str | None, lang: str) -> dt.date:
    if value is None:
        return today()
    try:
        period = parse_period(value)
    except PeriodError as error:
        say_error(f"--as-of: {error.message(lang) if hasattr(error, 'message') else error}")
        raise CliExit(2) from None
    if period.kind != "day":
        say_error(
            f"--as-of cần một ngày (YYYY-MM-DD), không phải '{value}'"
            if lang == "vi"
            else f"--as-of needs a day (YYYY-MM-DD), not '{value}'"
        )
        raise CliExit(2)
    return period.start


def resolve_root(root: Path | None, lang: str) -> Path:
    from cchc.loader import DatasetNotFoundError, find_root

    try:
        return find_root(root, os.environ, Path.cwd())
    except DatasetNotFoundError as error:
        say_error(error.message_en if lang == "en" else str(error))
        raise CliExit(2) from None


def load(root: Path | None, lang: str, today_: dt.date, *, with_targets: bool = True) -> LoadResult:
    """Load and check; `today_` is the day nothing may be dated after (validate's --as-of)."""
    from cchc.loader import load_dataset

    return load_dataset(resolve_root(root, lang), today=today_, with_targets=with_targets)


def load_valid(
    root: Path | None, lang: str, as_of: dt.date, *, with_targets: bool = True
) -> Dataset:
    """The dataset for a query or report. Invalid data is refused rather than reported on: a report
    built on a broken file would be a silent guess."""
    # Data is checked against the real today: a query as of an earlier day ignores later updates,
    # it does not turn them into errors.
    from cchc.problems import count_levels, format_line

    result = load(root, lang, max(as_of, today()), with_targets=with_targets)
    errors, _ = count_levels(result.problems)
    if errors or result.dataset is None:
        shown = [p for p in result.problems if p.level == "error"][:5]
        for problem in shown:
            say(format_line(problem, lang))
        if lang == "en":
            say_error(
                f"the data has {errors} error(s); run 'cchc validate' to see them all and fix them"
            )
        else:
            say_error(f"dữ liệu có {errors} lỗi; chạy 'cchc validate' để xem hết và sửa")
        raise CliExit(1)
    return result.dataset


def open_dataset(
    root: Path | None, lang: object, as_of: str | None, *, with_targets: bool = True
) -> tuple[str, dt.date, Dataset]:
    """What every query command starts with: its language, its day, and the valid dataset
    (without `targets/` for the commands that are about tasks only)."""
    language = str(lang)
    on = parse_as_of(as_of, language)
    return language, on, load_valid(root, language, on, with_targets=with_targets)


def check_filters(dataset: Dataset, agency: str | None, area: str | None, lang: str) -> None:
    """`--agency` and `--area` must name something the dataset defines: exit 2 otherwise."""
    if agency is not None and agency not in dataset.agencies and agency not in dataset.groups:
        say_error(
            f"--agency: no agency or group '{agency}' (see plan/agencies.yaml)"
            if lang == "en"
            else f"--agency: không có cơ quan hoặc nhóm '{agency}' (xem plan/agencies.yaml)"
        )
        raise CliExit(2)
    if area is not None and area not in dataset.areas:
        choices = ", ".join(dataset.areas)
        say_error(
            f"--area: no area '{area}'; choose one of: {choices}"
            if lang == "en"
            else f"--area: không có lĩnh vực '{area}'; chọn một trong: {choices}"
        )
        raise CliExit(2)
