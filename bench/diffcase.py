"""The dataset `cchc diff` is timed on: a generated dataset committed to a git repository, with
`CHANGED` of its task files then changed in the working tree (an update appended to each), so
`cchc diff HEAD` compares the commit with the working tree as a pull request's check would.

    python bench/diffcase.py bench/out/n10000 bench/out/diff-n10000

Built once into ``bench/out/diff-n<tasks>/`` and rebuilt only when the dataset or this file
changes (a stamp, as `run.py` does for the datasets).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

CHANGED = 100
_GIT = ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
_GIT += ["-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"]


def _git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "-C", str(root), *_GIT, *args], check=True, env=env, capture_output=True)


def change_tasks(root: Path, count: int = CHANGED) -> list[str]:
    """Append one progress update to `count` task files spread over the dataset (every n-th in
    name order); dated 2020-12-31, the last day the generator reports, so the log stays ordered.
    A task closed by `done` gets a reopening (`in_progress`), which the rules allow."""
    files = sorted((root / "tasks").glob("*.yaml"))
    step = max(1, len(files) // count)
    chosen = files[::step][:count]
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        if "\nupdates:" not in text:
            text += "updates:\n"
        text += (
            "  - date: 2020-12-31\n    status: in_progress\n    note: Thay đổi để đo cchc diff.\n"
        )
        path.write_text(text, encoding="utf-8")
    return [f"tasks/{p.name}" for p in chosen]


def ensure_diff_repository(dataset: Path, out: Path) -> Path:
    """`out`: a git repository holding `dataset` committed, with `CHANGED` task files changed."""
    stamp_text = (dataset / ".gen-stamp").read_text() if (dataset / ".gen-stamp").is_file() else ""
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    stamp_text += f"diffcase={digest} changed={CHANGED}\n"
    stamp = out / ".git" / "cchc-bench-stamp"
    if stamp.is_file() and stamp.read_text() == stamp_text:
        return out
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(dataset, out, ignore=shutil.ignore_patterns(".gen-stamp"))
    _git(out, "init", "-q", "-b", "main")
    _git(out, "add", "-A")
    _git(out, "commit", "-qm", "generated dataset")
    change_tasks(out)
    stamp.write_text(stamp_text)
    return out


if __name__ == "__main__":
    print(ensure_diff_repository(Path(sys.argv[1]), Path(sys.argv[2])))
