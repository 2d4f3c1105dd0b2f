"""The full way of reading a file: the event scan where needed (`events`), libyaml's composer
(`compose`) and the walk that builds the data and finds what only the nodes show (`build`). Every
text the short way (`simple`) is not certain of comes here, and so does every problem."""

from __future__ import annotations

from cchc.yaml import compose, events, scan
from cchc.yaml.build import Builder
from cchc.yaml.compose import too_deep_problem
from cchc.yaml.document import YamlDocument
from cchc.yaml.problem import YamlProblem


def compose_and_build(text: str, problems: list[YamlProblem]) -> YamlDocument | None:
    """The document of a decoded text, adding to ``problems`` every one found; None when nothing
    usable could be composed."""
    may_share = "&" in text
    scanned = may_share or scan.might_nest_deeply(text) or scan.might_have_too_many_values(text)
    if scanned and not events.scan_events(text, problems):
        return None
    try:
        composed, root = compose.compose_document(text, problems, scanned)
    except compose.TooDeepError:
        # Nesting by indentation alone escapes might_nest_deeply; the event stream, which has no
        # recursion, finds the exact level where it became too deep.
        composable = events.scan_events(text, problems)
        if composable:  # pragma: no cover - the composer just failed on depth
            problems.append(too_deep_problem(1, 1))
        return None
    if not composed:
        return None
    if root is None:
        return YamlDocument(None, None)
    data = Builder(text, problems, may_share).build(root, 0)
    return YamlDocument(data, root)
