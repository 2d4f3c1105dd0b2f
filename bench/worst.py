"""Worst-case files: what one hostile task file under cchc's limits costs `cchc validate`.

    python bench/worst.py                      # every shape, median of 3 runs
    python bench/worst.py --runs 5 --shapes unknown-keys,duplicate-keys
    python bench/worst.py --timeout 60         # give up on a run after 60 s

For each shape, a temporary copy of the sample dataset (``tests/data/sample``) gets one extra
``tasks/K99.yaml`` of that shape, and two things are measured, each as a whole process (wall time,
median of the runs; peak RSS of that very child, from ``os.wait4``):

- ``validate``: ``cchc validate`` on the dataset, what CI runs on a pull request: YAML, schema
  (pydantic makes one error per bad entry), checks, and printing every problem line;
- ``yaml layer``: only what `cchc.yaml` does for that file: ``read_yaml_file`` and one
  ``locate``/``locate_key`` for each position the loader would ask for (the unknown keys, the bad
  entries' fields), timed inside a child process (no start-up), with that child's peak RSS.

The sample dataset alone is measured first: what a row costs beyond it is the file's.
Each shape comes at two sizes: ``limit``, as many lines as cchc's 20,000 values per file allow
(so it is parsed and every problem is reported), and ``2mib``, as many as the 2 MiB size limit
allows (refused at the value limit or the depth limit).

The goal of issue #16 is under 1 s and 200 MB for each. This is a report, not a test: the exit code
is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from run import find_tool, run_once

BENCH = Path(__file__).resolve().parent
SAMPLE = BENCH.parent / "tests" / "data" / "sample"
AS_OF = "2021-06-30"
SIZE = 2 * 1024 * 1024 - 4096
"""The big files are this big: just under cchc's 2 MiB limit, so they are read and parsed."""
# cchc.yaml's limits, written out so that this script runs against any version of cchc
DEPTH = 64
VALUES = 20_000

HEADER = """\
id: K99
kind: key
area: I
title: Tệp xấu nhất
lead: [snv]
deadline: 2018
source: Phụ lục, STT 99
"""
HEADER_VALUES = 16  # the mapping, 7 keys, 7 values, one list item

Locs = list[tuple[bool, tuple[str | int, ...]]]
"""(at the key?, path) of each position the loader asks the document for."""


@dataclass(frozen=True)
class Shape:
    """A file: ``head``, then ``line(i)`` for i = 0, 1 … while it fits."""

    what: str
    head: str
    line: Callable[[int], str]
    values_per_line: int  # how many YAML values a line adds
    bad_per_line: float  # how many bad things a line adds
    locs: Callable[[int], Locs]  # the positions the loader asks for, for `count` lines

    def lines(self, at_the_value_limit: bool) -> int:
        size = len(self.head.encode())
        count = 0
        head_values = HEADER_VALUES + (2 if self.head.endswith(":\n") else 0)
        while True:
            size += len(self.line(count).encode())
            if size > SIZE:
                return count
            if at_the_value_limit and head_values + (count + 1) * self.values_per_line > VALUES:
                return count
            count += 1

    def text(self, count: int) -> str:
        return self.head + "".join(self.line(i) for i in range(count))


def _no_locs(count: int) -> Locs:
    return []


def _update_locs(count: int) -> Locs:
    # pydantic: date and status missing (at the entry), x not allowed (at its key)
    locs: Locs = []
    for i in range(count):
        locs += [(False, ("updates", i, "date")), (False, ("updates", i, "status"))]
        locs.append((True, ("updates", i, "x")))
    return locs


DEEP_ENTRY = "- " + "[" * (DEPTH - 2) + "x" + "]" * (DEPTH - 2) + "\n"

SHAPES: dict[str, Shape] = {
    "unknown-keys": Shape(
        "unknown keys",
        HEADER,
        lambda i: f"unknown_{i:06d}: {i}\n",
        2,
        1,
        lambda count: [(True, (f"unknown_{i:06d}",)) for i in range(count)],
    ),
    # each key twice in a row: a search from the start for the first one costs O(position)
    "duplicate-keys": Shape(
        "duplicate keys", HEADER, lambda i: f"dup_{i // 2:06d}: {i}\n", 2, 0.5, _no_locs
    ),
    "bad-updates": Shape(
        "`updates:` entries `- {x: 1}`",
        HEADER + "updates:\n",
        lambda i: "- {x: 1}\n",
        3,
        1,
        _update_locs,
    ),
    # the file's mapping, updates' list, then DEPTH - 2 lists in each entry: DEPTH levels
    "deep-under": Shape(
        f"entries nested {DEPTH} levels (the limit)",
        HEADER + "updates:\n",
        lambda i: DEEP_ENTRY,
        DEPTH - 1,
        1,
        lambda count: [(False, ("updates", i, "date")) for i in range(count)],
    ),
    "deep-over": Shape(
        "'[' past the depth limit", HEADER + "note: ", lambda i: "[" * 1024, 1024, 1024, _no_locs
    ),
    "escapes": Shape(
        'escapes `"\\e[2J\\u202e\\n"`',
        HEADER + "support:\n",
        lambda i: '- "\\e[2J\\u202e\\n"\n',
        1,
        3,
        _no_locs,
    ),
    "raw-control": Shape(
        "raw ESC and U+202E", HEADER + "support:\n", lambda i: "- \x1b[2J\u202e\n", 1, 2, _no_locs
    ),
}
SIZES = {"limit": True, "2mib": False}
"""Each shape at most VALUES values (cchc reads it), and as big as the size limit allows."""


def write(path: str, shape: str, size: str) -> None:
    """In a child process, so that the parent stays small (a child's peak RSS starts at its
    parent's: Linux keeps the high-water mark across exec)."""
    chosen = SHAPES[shape]
    Path(path).write_text(chosen.text(chosen.lines(SIZES[size])), encoding="utf-8")


# ------------------------------------------------------------------------------ the layer alone


def layer(path: str, shape: str, size: str) -> None:
    """In a child process: read the file with cchc.yaml and locate what the loader would."""
    from cchc.yaml import read_yaml_file

    chosen = SHAPES[shape]
    count = chosen.lines(SIZES[size])
    start = time.perf_counter()
    document, problems = read_yaml_file(path)
    elapsed = time.perf_counter() - start
    located = 0
    if document is not None:
        locs = chosen.locs(count)  # made outside the timing: it is the harness, not the layer
        start = time.perf_counter()
        for at_key, loc in locs:
            (document.locate_key if at_key else document.locate)(loc)
            located += 1
        elapsed += time.perf_counter() - start
    rules = "/".join(sorted({p.rule for p in problems})) or "no yaml problem"
    print(f"{elapsed:.3f} s: {len(problems):,} {rules}, {located:,} located", file=sys.stderr)


# ------------------------------------------------------------------------------------ measuring


@dataclass(frozen=True)
class Row:
    shape: str
    size: str
    count: int
    file_bytes: int
    validate: tuple[float, float, int, int]  # median s, peak MiB, exit code, stdout lines
    layer: tuple[float, float, str] | None  # median s, peak MiB, summary


def measure(
    argv: Sequence[str], cwd: Path, runs: int, timeout: float
) -> tuple[float, float, int, str]:
    times: list[float] = []
    peak = 0
    code, last = 0, ""
    for _ in range(runs):
        elapsed, rss_kib, code, last = run_once(argv, cwd, dict(os.environ), timeout)
        times.append(elapsed)
        peak = max(peak, rss_kib)
        if elapsed >= timeout:
            break  # once too slow is enough to know
    return statistics.median(times), peak / 1024, code, last


def measure_layer(
    argv: Sequence[str], cwd: Path, runs: int, timeout: float
) -> tuple[float, float, str]:
    """The layer's own seconds (timed in the child, without start-up), peak MiB, what it found."""
    times: list[float] = []
    peak = 0
    last = ""
    for _ in range(runs):
        _, rss_kib, code, last = run_once(argv, cwd, dict(os.environ), timeout)
        if code != 0:
            return float("nan"), rss_kib / 1024, f"exit {code}: {last}"
        seconds, _, _ = last.partition(" s: ")
        times.append(float(seconds))
        peak = max(peak, rss_kib)
    return statistics.median(times), peak / 1024, last.partition(" s: ")[2]


def output_lines(argv: Sequence[str], cwd: Path, timeout: float) -> int:
    try:
        done = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return -1
    return done.stdout.count(b"\n")


def run_shape(shape: str, size: str, cchc: str, runs: int, timeout: float, with_layer: bool) -> Row:
    chosen = SHAPES[shape]
    count = int(chosen.lines(SIZES[size]) * chosen.bad_per_line)
    me = str(Path(__file__))
    with tempfile.TemporaryDirectory(prefix="cchc-worst-") as folder:
        root = Path(folder) / "ds"
        shutil.copytree(SAMPLE, root)
        path = root / "tasks" / "K99.yaml"
        subprocess.run([sys.executable, me, "--write", str(path), shape, size], check=True)
        argv = [cchc, "validate", "--root", str(root), "--as-of", AS_OF]
        median, peak, code, _ = measure(argv, root, runs, timeout)
        lines = output_lines(argv, root, timeout) if median < timeout else -1
        layer_row = None
        if with_layer:
            child = [sys.executable, me, "--layer", str(path), shape, size]
            layer_row = measure_layer(child, root, runs, timeout)
        return Row(shape, size, count, path.stat().st_size, (median, peak, code, lines), layer_row)


def table(rows: Sequence[Row], timeout: float) -> str:
    out = [
        "| file | bad things | KiB | validate s | validate MiB | exit | lines out "
        "| yaml layer s | layer MiB | the layer found |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        v_s, v_mb, v_code, v_lines = row.validate
        seconds = f"> {timeout:g}" if v_s >= timeout else f"{v_s:.2f}"
        layer_cells = (
            f"{row.layer[0]:.2f} | {row.layer[1]:.0f} | {row.layer[2]}"
            if row.layer is not None
            else "— | — | —"
        )
        what = SHAPES[row.shape].what + (" (2 MiB)" if row.size == "2mib" else " (value limit)")
        out.append(
            f"| {what} | {row.count:,} | {row.file_bytes / 1024:,.0f} | {seconds} | {v_mb:.0f} "
            f"| {v_code} | {v_lines:,} | {layer_cells} |"
        )
    return "\n".join(out)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--append",
        type=Path,
        default=None,
        help="also append the table, under its heading, to this file (make bench: RESULTS.md)",
    )
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated")
    parser.add_argument(
        "--no-layer", action="store_true", help="only cchc validate (for a cchc without cchc.yaml)"
    )
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated: limit, 2mib")
    parser.add_argument("--layer", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--write", nargs=3, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.layer:
        layer(*args.layer)
        return 0
    if args.write:
        write(*args.write)
        return 0
    cchc = find_tool("cchc")
    if cchc is None:
        print("cchc not found: run `make test` first (it installs cchc into .venv)")
        return 1
    with tempfile.TemporaryDirectory(prefix="cchc-worst-") as folder:
        root = Path(folder) / "ds"
        shutil.copytree(SAMPLE, root)
        argv = [cchc, "validate", "--root", str(root), "--as-of", AS_OF]
        alone = measure(argv, root, args.runs, args.timeout)
    baseline = (
        f"sample dataset alone: validate {alone[0]:.2f} s, {alone[1]:.0f} MiB (exit {alone[2]})"
    )
    print(baseline)
    rows = []
    for size in args.sizes.split(","):
        for shape in args.shapes.split(","):
            start = time.perf_counter()
            with_layer = not args.no_layer
            rows.append(run_shape(shape, size, cchc, args.runs, args.timeout, with_layer))
            print(f"{shape} {size}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    text = table(rows, args.timeout)
    print(text)
    if args.append is not None:
        section = (
            "\n## Worst-case files (`bench/worst.py`)\n\n"
            "One hostile `tasks/K99.yaml` added to a copy of `tests/data/sample`; median of "
            f"{args.runs} runs; the goal (issue #16) is under 1 s and 200 MB each. The {baseline}.\n\n"
            f"{text}"
        )
        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(section.rstrip("\n") + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
