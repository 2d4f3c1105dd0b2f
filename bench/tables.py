"""Rich against the plain writer on a long table: `cchc overdue` of a generated dataset.

    python bench/tables.py bench/out/n30000 --rows 5000

Both writers lay out the same table with the same algorithm (`cchc.render.layout`); this times
what each spends turning the laid-out rows into text, in-process, on the first `--rows` rows of the
overdue table as of 2021-01-01, as a terminal of 120 columns without colour would get it. It is why
tables longer than `cchc.render.plain.LONG_TABLE_ROWS` rows go to the plain writer even on a
terminal. `bench/run.py` calls `compare()` for `bench/RESULTS.md`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc.render.plain import TableText

AS_OF = dt.date(2021, 1, 1)
WIDTH = 120


def _table(root: Path, rows: int) -> TableText:
    from cchc.loader import load_dataset
    from cchc.render.tables import table_text
    from cchc.status import task_states
    from cchc.views import overdue_table

    dataset = load_dataset(root, today=AS_OF, with_targets=False).dataset
    if dataset is None:
        raise SystemExit(f"{root}: not a valid dataset")
    table = table_text(overdue_table(dataset, task_states(dataset, AS_OF), "vi"), "vi")
    if len(table.rows) < rows:
        raise SystemExit(f"{root}: only {len(table.rows)} overdue tasks, fewer than {rows}")
    return table._replace(rows=table.rows[:rows])


def _timed(work: Callable[[], str], runs: int) -> tuple[float, str]:
    """Median seconds over `runs` runs of `work`, and what it wrote."""
    times, text = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        text = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), text


def compare(root: Path, rows: int = 5000, runs: int = 3) -> tuple[float, float, bool]:
    """Median seconds of Rich and of the plain writer for the table, and whether their texts are
    the same."""
    from cchc.console import render_rich_table
    from cchc.render.plain import render_plain_table

    table = _table(root, rows)
    rich, by_rich = _timed(lambda: render_rich_table(table, WIDTH), runs)
    plain, by_plain = _timed(
        lambda: render_plain_table(table, WIDTH, table.measure(), color=False),
        runs,
    )
    return rich, plain, by_rich == by_plain


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rich, plain, same = compare(args.root, args.rows, args.runs)
    print(f"{args.rows} rows: Rich {rich:.3f} s, plain writer {plain:.3f} s ({rich / plain:.0f}×)")
    print("same text" if same else "DIFFERENT TEXT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
