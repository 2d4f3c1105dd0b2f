"""Whole-process benchmark of cchc on generated datasets and on the bundled one.

    python bench/run.py                 # what `make bench` runs: 5 runs per command
    python bench/run.py --quick         # 2 runs per command, 1 peer run: a quick look
    python bench/run.py --sizes 1000,10000 --runs 7 --date 2021-01-01

Generates datasets of 1,000 / 10,000 / 30,000 tasks, and 100,000 for `validate` and `overdue` only
(targets = tasks / 10), into ``bench/out/`` with ``bench/gen.py``, then runs every command as a
separate process — the way a user or CI runs it, so
interpreter start-up, imports, YAML parsing and output all count — several times, and keeps the median
wall time and the peak resident set size of each. The peer is ``check-jsonschema`` with the JSON Schema
from ``cchc schema task``, on the same task files. The table goes to stdout and, with the machine facts,
to ``bench/RESULTS.md``. The exit code is 0 even when a budget is missed (it is a report, not a test),
unless ``--fail-on-budget`` is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from diffcase import CHANGED, ensure_diff_repository
from gen import generate

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"
AS_OF = "2021-01-01"
# The bundled dataset records a PCI figure published on 2022-04-27: validating it as of 2021 would
# (rightly) call that figure "dated in the future".
AS_OF_BUNDLED = "2023-01-01"
SEED = 1
BUDGET_SIZE = 10_000
MEMORY_SIZE = 100_000
# Past these sizes only the commands the budgets name run: the others would only lengthen the run.
LARGE_COMMANDS = ("validate", "overdue")
TABLE_ROWS = 5000
PEER_HINT = "peer not installed: pip install check-jsonschema"


# ---------------------------------------------------------------------------------------- running


@dataclass
class Result:
    """The runs of one command on one dataset."""

    label: str
    dataset: str
    size: int | None  # tasks in the dataset; None for start-up rows
    times: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    exit_code: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and bool(self.times)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def rss_mb(self) -> float:
        return max(self.rss_kib) / 1024


TIMEOUT_CODE = 124  # as timeout(1) reports it


def run_once(
    argv: Sequence[str], cwd: Path, env: dict[str, str], timeout: float
) -> tuple[float, int, int, str]:
    """Wall time, peak RSS (KiB), exit code and last stderr line of one whole process.

    ``os.wait4`` gives the rusage of exactly this child; ``RUSAGE_CHILDREN`` would be the maximum
    over every child so far, useless per command. A run longer than ``timeout`` is killed and
    reported with exit code 124."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    if elapsed >= timeout and process.returncode < 0:
        return elapsed, usage.ru_maxrss, TIMEOUT_CODE, f"killed after {timeout:g} s"
    return elapsed, usage.ru_maxrss, process.returncode, lines[-1] if lines else ""


@dataclass(frozen=True)
class Job:
    """One command to time on one dataset."""

    label: str
    argv: list[str]
    dataset: str
    size: int | None


def measure_rounds(
    jobs: Sequence[Job],
    *,
    cwd: Path,
    env: dict[str, str],
    runs: int,
    warmup: bool,
    timeout: float,
) -> list[Result]:
    """Time `jobs` in rounds, each job once per round, so that every median is taken under the
    same conditions: on a shared machine speed drifts over minutes, and timing one command's runs
    back to back and then the next command's would put that drift into their ratio."""
    results = [Result(job.label, job.dataset, job.size) for job in jobs]
    for round_ in range(runs + (1 if warmup else 0)):
        for job, result in zip(jobs, results, strict=True):
            if result.exit_code != 0:
                continue  # it failed: no more runs
            elapsed, rss, code, last = run_once(job.argv, cwd, env, timeout)
            if code != 0:
                result.exit_code, result.error = code, last
                result.times.clear()
                continue
            if warmup and round_ == 0:
                continue  # fills the page cache and __pycache__; not counted
            result.times.append(elapsed)
            result.rss_kib.append(rss)
    for result in results:
        shown = f"{result.median:.3f} s" if result.ok else _failure(result)
        print(f"  {result.label:<34} {result.dataset:<10} {shown}", file=sys.stderr, flush=True)
    return results


def measure(
    label: str,
    argv: Sequence[str],
    *,
    dataset: str,
    size: int | None,
    cwd: Path,
    env: dict[str, str],
    runs: int,
    warmup: bool,
    timeout: float,
) -> Result:
    job = Job(label, list(argv), dataset, size)
    return measure_rounds([job], cwd=cwd, env=env, runs=runs, warmup=warmup, timeout=timeout)[0]


# ------------------------------------------------------------------------------------- datasets


def ensure_dataset(tasks: int) -> Path:
    """bench/out/n<tasks>/, regenerated only when the generator or the sizes changed."""
    root = OUT / f"n{tasks}"
    targets = tasks // 10
    digest = hashlib.sha256((BENCH / "gen.py").read_bytes()).hexdigest()[:16]
    stamp_text = f"tasks={tasks} targets={targets} seed={SEED} gen={digest}\n"
    stamp = root / ".gen-stamp"
    if stamp.is_file() and stamp.read_text() == stamp_text:
        return root
    started = time.perf_counter()
    generate(root, tasks, targets, SEED)
    stamp.write_text(stamp_text)
    print(
        f"generated {root.relative_to(REPO)}: {tasks} tasks, {targets} targets "
        f"({time.perf_counter() - started:.1f} s)",
        file=sys.stderr,
    )
    return root


def task_files(root: Path) -> list[str]:
    return sorted(f"tasks/{p.name}" for p in (root / "tasks").glob("*.yaml"))


# --------------------------------------------------------------------------------------- tools


def venv_bin() -> Path:
    return Path(sys.executable).parent


def find_tool(name: str) -> str | None:
    local = venv_bin() / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return shutil.which(name)


def write_schema(cchc: str | None, env: dict[str, str]) -> tuple[Path | None, str]:
    """The task schema from `cchc schema task`, else straight from `cchc.schema` (the CLI may be
    unfinished); returns the file and how it was made."""
    path = OUT / "task-schema.json"
    attempts: list[tuple[list[str], str]] = []
    if cchc is not None:
        attempts.append(([cchc, "schema", "task"], "cchc schema task"))
    code = "import sys; from cchc.schema import schema_json; sys.stdout.write(schema_json('task'))"
    attempts.append(([sys.executable, "-c", code], "cchc.schema.schema_json('task')"))
    for argv, how in attempts:
        done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, check=False)
        if done.returncode == 0 and done.stdout.strip().startswith(b"{"):
            path.write_bytes(done.stdout)
            return path, how
    return None, "no schema: neither `cchc schema task` nor cchc.schema works"


def tool_version(argv: Sequence[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(list(argv), env=env, capture_output=True, text=True, check=False)
    except OSError:
        return "?"
    return (done.stdout or done.stderr).strip().splitlines()[0] if done.returncode == 0 else "?"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


# -------------------------------------------------------------------------------------- budgets


@dataclass(frozen=True)
class Verdict:
    text: str
    passed: bool | None  # None: no budget, or not measurable


def budget(result: Result, floor: Result | None, peer: Result | None) -> Verdict:
    """The budgets of issue #12: on 10,000 tasks `validate` and `overdue` ≤ 1.5 s and ≥ 10× faster
    than the peer in the same run; on the bundled plan `overdue` ≤ 1.3× the Typer floor
    (`bench/floor.py`); at 100,000 tasks `validate`'s peak RSS ≤ 450 MB; and issue #15's: on
    10,000 tasks with 100 changed files `cchc diff` ≤ 2 s. (Linear growth is the Growth table's
    verdict.)"""
    rules: list[tuple[str, bool | None]] = []
    if result.size == BUDGET_SIZE and result.label in ("validate", "overdue"):
        rules.append(("≤ 1.5 s", result.ok and result.median <= 1.5))
        speedup = (
            peer.median / result.median if peer is not None and peer.ok and result.ok else None
        )
        rules.append(("≥ 10× peer", None if speedup is None else speedup >= 10))
    elif result.size == BUDGET_SIZE and result.label.startswith("diff"):
        rules.append(("≤ 2 s", result.ok and result.median <= 2.0))
    elif result.size == MEMORY_SIZE and result.label == "validate":
        rules.append(("≤ 450 MB", result.ok and result.rss_mb <= 450))
    elif result.dataset == "bundled" and result.label == "overdue":
        ok = (
            floor.median * 1.3 >= result.median
            if floor is not None and floor.ok and result.ok
            else None
        )
        rules.append(("≤ 1.3× Typer floor", ok))
    if not rules:
        return Verdict("—", None)
    if not result.ok:
        return Verdict(", ".join(rule for rule, _ in rules), None)
    text = ", ".join(rule for rule, _ in rules)
    verdicts = [ok for _, ok in rules]
    if any(ok is False for ok in verdicts):
        return Verdict(text, False)
    if any(ok is None for ok in verdicts):
        return Verdict(text, None)
    return Verdict(text, True)


# -------------------------------------------------------------------------------------- reports


def _failure(result: Result) -> str:
    if result.exit_code == TIMEOUT_CODE:
        return "n/a (timeout)"
    return f"n/a (exit {result.exit_code})"


def _seconds(result: Result) -> str:
    return f"{result.median:.3f}" if result.ok else _failure(result)


def _ratio(value: Result, base: Result | None) -> str:
    if not value.ok or base is None or not base.ok:
        return "—"
    return f"{value.median / base.median:.1f}×"


def results_table(
    results: list[Result],
    bare: Result,
    floor: Result,
    peers: dict[str, Result],
) -> tuple[str, list[Verdict]]:
    lines = [
        "| command | dataset | median s | peak RSS MB | ÷ bare start-up | ÷ peer | budget | result |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    verdicts: list[Verdict] = []
    for result in results:
        peer = peers.get(result.dataset) if result.label != "check-jsonschema" else None
        verdict = budget(result, floor, peer)
        verdicts.append(verdict)
        mark = {True: "pass", False: "**FAIL**", None: "—"}[verdict.passed]
        if verdict.passed is None and verdict.text != "—":
            mark = "n/a"
        rss = f"{result.rss_mb:.0f}" if result.ok else "—"
        lines.append(
            f"| {result.label} | {result.dataset} | {_seconds(result)} | {rss} "
            f"| {_ratio(result, bare)} | {_ratio(result, peer)} | {verdict.text} | {mark} |"
        )
    return "\n".join(lines), verdicts


def linearity_table(results: list[Result], sizes: list[int]) -> str:
    """Marginal cost per 1,000 tasks between consecutive sizes: flat means linear."""
    if len(sizes) < 2:
        return "(one dataset size only: no growth to show)"
    steps = list(itertools.pairwise(sizes))
    head = " | ".join(f"{a // 1000}k→{b // 1000}k ms/1k tasks" for a, b in steps)
    lines = [
        f"| command | {' | '.join(f'{s // 1000}k s' for s in sizes)} | {head} | linear? |",
        "|---|" + "---:|" * (len(sizes) + len(steps)) + "---|",
    ]
    labels = list(dict.fromkeys(r.label for r in results if r.size in sizes))
    for label in labels:
        by_size = {r.size: r for r in results if r.label == label and r.size in sizes}
        cells = [_seconds(by_size[s]) if s in by_size else "—" for s in sizes]
        marginal: list[float | None] = []
        for a, b in steps:
            ra, rb = by_size.get(a), by_size.get(b)
            if ra is None or rb is None or not ra.ok or not rb.ok:
                marginal.append(None)
            else:
                marginal.append((rb.median - ra.median) / ((b - a) / 1000) * 1000)
        shown = [f"{m:.1f}" if m is not None else "—" for m in marginal]
        known = [m for m in marginal if m is not None]
        # Linear: the last step costs no more per task than 1.25× the first (noise allowance).
        verdict = "—"
        if len(known) >= 2 and known[0] > 0:
            verdict = "yes" if known[-1] <= known[0] * 1.25 else "**no**"
        lines.append(f"| {label} | {' | '.join(cells)} | {' | '.join(shown)} | {verdict} |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ main


def _writers_section(datasets: list[tuple[str, Path, int]], *, quick: bool) -> str:
    """Rich against the plain writer on the overdue table of the smallest dataset with enough
    overdue tasks (see `bench/tables.py`)."""
    from tables import compare

    for name, root, size in datasets:
        if name == "bundled" or size < 3 * TABLE_ROWS:
            continue
        rich, plain, same = compare(root, TABLE_ROWS, runs=1 if quick else 3)
        print(f"  writers on {name}: Rich {rich:.3f} s, plain {plain:.3f} s", file=sys.stderr)
        return (
            f"The first {TABLE_ROWS:,} rows of `cchc overdue` on the {name} dataset, 120 columns, "
            "no colour, laid out once by `cchc.render.layout` and then drawn (in-process, median of "
            f"{1 if quick else 3}): Rich {rich:.2f} s, the plain writer {plain:.2f} s — Rich takes "
            f"{rich / plain:.0f}× as long for {'the same' if same else '**different**'} text. So a "
            "table of more than `LONG_TABLE_ROWS` (300) rows goes to the plain writer even on a "
            "terminal."
        )
    return f"(no dataset of {3 * TABLE_ROWS:,} tasks or more in this run)"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="counted runs per command (default 5)")
    parser.add_argument("--quick", action="store_true", help="2 runs per command, 1 peer run")
    parser.add_argument(
        "--sizes", default="1000,10000,30000", help="task counts (targets = tasks / 10)"
    )
    parser.add_argument(
        "--large-sizes",
        default="100000",
        help="task counts at which only validate and overdue run (default 100000; 'none')",
    )
    parser.add_argument(
        "--peer-sizes",
        default="1000,10000",
        help="sizes the peer runs on (default 1000,10000: it takes ~3.5 ms per file; 'all' or "
        "'none'); it always runs on the bundled dataset",
    )
    parser.add_argument("--peer-runs", type=int, default=3, help="counted runs of the peer")
    parser.add_argument(
        "--timeout", type=float, default=300, help="seconds before a run is killed (default 300)"
    )
    parser.add_argument("--date", default=None, help="date of the run for RESULTS.md")
    parser.add_argument("--output", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--fail-on-budget", action="store_true", help="exit 1 if a budget fails")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    runs = 2 if args.quick else max(1, args.runs)
    peer_runs = 1 if args.quick else max(1, args.peer_runs)
    small = {int(s) for s in args.sizes.split(",") if s.strip()}
    large = {int(s) for s in args.large_sizes.split(",") if s.strip().isdigit()} - small
    sizes = sorted(small | large)
    peer_sizes = (
        set(sizes)
        if args.peer_sizes == "all"
        else {int(s) for s in args.peer_sizes.split(",") if s.strip().isdigit()}
    )
    run_date = args.date or os.environ.get("BENCH_DATE") or dt.date.today().isoformat()

    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "CCHC_LANG": "vi", "COLUMNS": "120"})
    env.pop("CCHC_ROOT", None)
    # An installed cchc runs from compiled bytecode (pip writes it); a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every timed run compile whatever changed since the last
    # compile instead. The warm-up round writes the bytecode; the counted rounds then use it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PATH"] = f"{venv_bin()}{os.pathsep}{env.get('PATH', '')}"
    python = sys.executable
    cchc = find_tool("cchc")
    peer_tool = find_tool("check-jsonschema")
    # An installed wheel has its bytecode compiled at install time; an editable checkout (and any
    # shell with PYTHONDONTWRITEBYTECODE set) would otherwise recompile cchc's sources on every run.
    subprocess.run([python, "-m", "compileall", "-q", str(REPO / "src")], check=False)

    OUT.mkdir(parents=True, exist_ok=True)
    datasets: list[tuple[str, Path, int]] = [
        ("bundled", REPO, len(task_files(REPO))),
        *((f"{n // 1000}k", ensure_dataset(n), n) for n in sizes),
    ]
    schema, schema_how = write_schema(cchc, env)

    print(f"runs per command: {runs} (+1 warm-up); peer: {peer_runs}", file=sys.stderr)
    common = {"cwd": REPO, "env": env, "runs": runs, "warmup": True, "timeout": args.timeout}
    commands: list[tuple[str, list[str]]] = [
        ("validate", ["validate"]),
        ("overdue", ["overdue"]),
        ("progress --by agency", ["progress", "--by", "agency"]),
        ("report html", ["report", "--period", "2017H1", "--format", "html", "-o", os.devnull]),
    ]
    # The start-up rows are timed in the same rounds as the bundled dataset's commands: the
    # bundled overdue budget is a ratio to the Typer floor, so both must see the same machine.
    startup_jobs = [
        Job("python -c pass", [python, "-c", "pass"], "—", None),
        Job(
            "python -c 'import typer, pydantic, yaml'",
            [python, "-c", "import typer, pydantic, yaml"],
            "—",
            None,
        ),
        # What any Typer command line with overdue's options costs before doing any work.
        Job(
            "typer floor (bench/floor.py overdue)",
            [python, str(BENCH / "floor.py"), "overdue", "--root", str(REPO), "--as-of", AS_OF],
            "—",
            None,
        ),
    ]
    results: list[Result] = []
    peers: dict[str, Result] = {}
    notes: list[str] = []
    # Every command of every dataset runs in the same rounds: the growth table divides medians of
    # different sizes, and this machine's speed drifts by half over minutes (the Typer floor took
    # 168 and 258 ms ten minutes apart), so sizes timed one after another put that drift into the
    # growth they show. In shared rounds each size sees the same machine, as the commands of one
    # dataset always did.
    jobs: list[Job] = []
    for name, root, size in datasets:
        day = AS_OF_BUNDLED if name == "bundled" else AS_OF
        if name == "bundled":
            jobs.extend(startup_jobs)
        jobs.extend(
            Job(label, [cchc, *tail, "--root", str(root), "--as-of", day], name, size)
            for label, tail in commands
            if cchc is not None and (size not in large or label in LARGE_COMMANDS)
        )
    measured = measure_rounds(jobs, **common)
    for name, root, size in datasets:
        # The start-up rows (dataset "—") go first, with the bundled dataset's, as they ran.
        results.extend(
            r for r in measured if r.dataset == name or (name == "bundled" and r.size is None)
        )
        if cchc is None:
            results.extend(
                Result(label, name, size, exit_code=127, error="cchc not installed")
                for label, _ in commands
            )
        if peer_tool is None or schema is None:
            continue
        if name != "bundled" and size not in peer_sizes:
            continue
        peer = measure(
            "check-jsonschema",
            [peer_tool, "--schemafile", str(schema), *task_files(root)],
            dataset=name,
            size=size,
            cwd=root,
            env=env,
            runs=peer_runs,
            warmup=False,
            timeout=args.timeout,
        )
        peers[name] = peer
        results.append(peer)
    if cchc is not None and BUDGET_SIZE in sizes:
        # `cchc diff` between a commit and a working tree with CHANGED task files changed (issue
        # #15's budget: ≤ 2 s on 10,000 tasks).
        repository = ensure_diff_repository(
            ensure_dataset(BUDGET_SIZE), OUT / f"diff-n{BUDGET_SIZE}"
        )
        diff_job = Job(
            f"diff HEAD ({CHANGED} changed files)",
            [cchc, "diff", "HEAD", "--root", str(repository), "--as-of", AS_OF],
            f"{BUDGET_SIZE // 1000}k",
            BUDGET_SIZE,
        )
        results.extend(measure_rounds([diff_job], **common))
    bare, floor = results[0], results[2]
    if peer_tool is None:
        print(PEER_HINT, file=sys.stderr)
        notes.append(f"{PEER_HINT} — no peer column this run.")
    for result in results:
        if not result.ok:
            notes.append(
                f"`{result.label}` on {result.dataset}: exit {result.exit_code}"
                + (f" — `{result.error[:160]}`" if result.error else "")
            )

    table, verdicts = results_table(results, bare, floor, peers)
    writers = _writers_section(datasets, quick=args.quick)
    growth = linearity_table(results, sizes)
    facts = [
        f"- date: {run_date}",
        f"- python: {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()} {platform.machine()}",
        f"- CPU: {cpu_model()}, {os.cpu_count()} logical CPUs",
        f"- cchc: {tool_version([cchc, '--version'], env) if cchc else 'not installed'}",
        "- peer: "
        + (tool_version([peer_tool, "--version"], env) if peer_tool else "not installed")
        + f", schema from {schema_how}",
        f"- runs: median of {runs} rounds after 1 warm-up round, every command of every dataset once "
        f"per round, start-up rows included (peer: {peer_runs} runs, no warm-up); every "
        f"command with `--root DATASET --as-of {AS_OF}`; datasets from `bench/gen.py --seed {SEED}` "
        "with targets = tasks / 10; bundled = the repository's own plan/, tasks/, targets/",
    ]
    failed = [v for v in verdicts if v.passed is False]
    met = [v for v in verdicts if v.passed is True]
    unknown = [v for v in verdicts if v.passed is None and v.text != "—"]
    summary = (
        f"Budget rows: {len(met)} met, {len(failed)} missed, {len(unknown)} not measurable "
        "(command missing or failing, or no peer)."
    )
    if failed:
        summary = f"**{summary}**"
    text = "\n\n".join(
        [
            "# Benchmark results",
            "Written by `bench/run.py` (`make bench`); see `bench/README.md` for what is measured.",
            "\n".join(facts),
            "## Commands",
            "Median wall time of whole processes; peak RSS is the largest `ru_maxrss` over the runs "
            "(MiB). Ratios divide this row's median by `python -c pass` and by `check-jsonschema` on "
            "the same task files.",
            table,
            summary,
            "## Growth",
            "Marginal milliseconds per 1,000 extra tasks between dataset sizes; the cost is linear "
            "when the later step costs no more than 1.25× the first.",
            growth,
            "## Tables on a terminal: Rich and the plain writer",
            writers,
            *(["## Notes", "\n".join(f"- {note}" for note in notes)] if notes else []),
        ]
    )
    args.output.write_text(text + "\n", encoding="utf-8")
    print(table)
    print()
    print(growth)
    print(f"\n{summary} Written to {args.output}", file=sys.stderr)
    return 1 if failed and args.fail_on_budget else 0


if __name__ == "__main__":
    raise SystemExit(main())
