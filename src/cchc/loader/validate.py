"""Step 2, validate: a document's data → its pydantic record, or schema problems (bounded).

Pydantic reports every error of a record at once, and `ValidationError.errors()` builds all of
them as dicts: 540,000 for a 2 MiB list of bad entries. Lists are capped in the models (pydantic
stops at the first entry past the cap), and here only the errors that will be listed are ever
built: `error_count()` says how many there are; when they are more than a screenful, the data is
validated again with every mapping cut down to its known fields and a screenful of unknown keys
(which keeps at least one of each kind of error) and, if that still leaves too many, to a few
unknown keys and every list to the entries that can be shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cchc.checks import finding
from cchc.i18n import Message
from cchc.loader.caps import ProblemLog
from cchc.loader.locate import report
from cchc.schemaerrors import describe, known_fields
from cchc.yaml import YamlDocument

__all__ = ["FieldSets", "validate_record"]

R = TypeVar("R", bound=BaseModel)

_DIRECT = 1000
"""Up to this many errors, `errors()` itself is cheap enough (a millisecond or two)."""
_UNKNOWN_KEPT = 10
"""Unknown keys kept per mapping in the second, harder cut: each still gives its error."""


Hint = Callable[[tuple[str | int, ...], object], Message | str]
"""What an id that is not well-formed may have meant (`lead: [Sở Tư pháp]` → stp)."""


def validate_record(
    log: ProblemLog, rel: str, document: YamlDocument, model: type[R], hint: Hint | None = None
) -> R | None:
    """The record, or None after keeping (and counting) its schema problems."""
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        total = error.error_count()
        room = log.room(rel)
        details = _bounded_details(error, document.data, model, room) if room else []
        report(log, rel, document, (_finding(detail, model, hint) for detail in details))
        log.skip("error", total - len(details))
        return None


class FieldSets:
    """One set of field names for every record of a load that set the same fields.

    pydantic keeps, on each model instance, the names of the fields its input gave
    (`__pydantic_fields_set__`, an attribute `BaseModel` documents): a set of a dozen names is
    728 bytes, a fifth of a loaded task, and 70 MB at 100,000 tasks. Records are frozen, so
    nothing changes that set in place (`model_copy` copies it before adding to it), and the
    records that set the same fields can share one."""

    def __init__(self) -> None:
        self._shared: dict[frozenset[str], set[str]] = {}

    def share(self, record: BaseModel) -> None:
        """Give `record` the set shared by the records with its fields."""
        own = record.model_fields_set
        shared = self._shared.setdefault(frozenset(own), own)
        if shared is not own:
            object.__setattr__(record, "__pydantic_fields_set__", shared)  # as pydantic sets it


def _finding(detail: ErrorDetails, model: type[BaseModel], hint: Hint | None) -> Any:
    described = describe(detail, model, hint)
    return finding(described.rule, tuple(detail["loc"]), described.message, at_key=described.at_key)


def _bounded_details(
    error: ValidationError, data: Any, model: type[BaseModel], room: int
) -> list[ErrorDetails]:
    """At most `room` of the record's errors, built without building them all."""
    if error.error_count() <= _DIRECT:
        return error.errors(include_url=False)[:room]
    fields = known_fields()
    # First cut each mapping's unknown keys to a screenful; if that still leaves too many errors,
    # to a few, and each list to the entries that can be shown.
    for unknown, items in ((room, None), (_UNKNOWN_KEPT, room)):
        try:
            model.model_validate(_cut(data, fields, unknown, items))
        except ValidationError as again:
            if again.error_count() <= _DIRECT or items is not None:
                return again.errors(include_url=False)[:room]
        else:
            return []  # the errors were all in entries past the ones that can be shown
    return []  # pragma: no cover - the second pass always returns


def _cut(data: Any, fields: frozenset[str], unknown: int, items: int | None) -> Any:
    """`data` with each mapping's keys that no model has cut to the first `unknown` and, when
    `items` is given, each list to its first `items` entries."""
    if type(data) is dict:
        cut: dict[Any, Any] = {}
        kept = 0
        for key, value in data.items():
            if key not in fields:
                if kept >= unknown:
                    continue
                kept += 1
            cut[key] = _cut(value, fields, unknown, items)
        return cut
    if type(data) is list:
        entries = data if items is None else data[:items]
        return [_cut(value, fields, unknown, items) for value in entries]
    return data
