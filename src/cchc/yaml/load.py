"""`load_yaml`: one file's bytes → a document and every problem found, through the parts in order
(decode, scan, then the short way `simple` or compose and build). Never raises for bad input."""

from __future__ import annotations

from cchc.i18n import msg
from cchc.yaml import scan
from cchc.yaml.decode import bad_char_problems, decode, has_refused_char
from cchc.yaml.document import YamlDocument
from cchc.yaml.limits import MAX_FILE_BYTES
from cchc.yaml.problem import YamlProblem
from cchc.yaml.simple import read_simple


def too_large_problem(size: int) -> YamlProblem:
    message = msg(
        "yaml.too-large", size_mb=size / (1024 * 1024), limit_mb=MAX_FILE_BYTES / (1024 * 1024)
    )
    return YamlProblem(1, 1, message, "yaml-too-large")


def load_yaml(raw: bytes) -> tuple[YamlDocument | None, list[YamlProblem]]:
    """Parse one file's bytes strictly; never raises for bad input.

    Returns ``(None, problems)`` when nothing usable could be built, otherwise a document, possibly
    with problems: every hazard found is reported (not only the first), and any problem means the
    data must not be trusted, but it is still returned so that later checks can find more.
    An empty file, or one with only comments, gives a document whose data is None and no problem.
    """
    if len(raw) > MAX_FILE_BYTES:
        return None, [too_large_problem(len(raw))]
    decoded = decode(raw)
    if isinstance(decoded, YamlProblem):
        return None, [decoded]
    text = decoded
    problems: list[YamlProblem] = []
    if "\t" in text:
        problems.extend(scan.tab_problems(text))
    if has_refused_char(text):
        # libyaml refuses most of these anyway, at the first one only; we show each line's first.
        problems.extend(bad_char_problems(text))
        return None, _finish(problems)
    if not problems and not scan.might_have_too_many_values(text):
        # The short way: it bounds depth itself, and leaves a tab (a problem) to the full way.
        data = read_simple(text)
        if data is not None:
            return YamlDocument(data, None, text), problems
    # The full way, and PyYAML with it, is loaded by the first file that needs it: a run whose
    # files all take the short way never pays for it (importing PyYAML is 124 M instructions,
    # an eighth of the bundled `cchc overdue`).
    from cchc.yaml.full import compose_and_build

    document = compose_and_build(text, problems)
    return document, _finish(problems)


def _finish(problems: list[YamlProblem]) -> list[YamlProblem]:
    """Sorted, without repeats, and without parser complaints on lines already blamed on a tab
    (a tab in indentation makes libyaml fail right there, saying the same thing less clearly)."""
    if len(problems) < 2:
        return problems
    tab_lines = {p.line for p in problems if p.rule == "yaml-tab"}
    unique: dict[tuple[int, int, str], YamlProblem] = {}
    for problem in problems:
        if problem.rule == "yaml-syntax" and problem.line in tab_lines:
            continue
        unique.setdefault((problem.line, problem.column, problem.rule), problem)
    return sorted(unique.values(), key=lambda p: (p.line, p.column))
