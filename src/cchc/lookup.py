"""Ids typed on the command line, matched as people type them.

`cchc show t06`, `--agency STP`, `--agency "Sở Tư pháp"`, `--area iii`: case, Vietnamese diacritics,
punctuation and an agency's own name are not what anyone means to tell apart, so such a word is
taken for the one id it folds to (`cchc.suggest.match_id`, the same matching the data's checks use
for their hints). A word that matches nothing, or more than one id, is a usage error that names the
closest ids ("did you mean 'stp'?").
"""

from __future__ import annotations

from cchc.dataset import Dataset
from cchc.errors import USAGE, UserError
from cchc.hints import did_you_mean
from cchc.i18n import msg
from cchc.suggest import match_id

__all__ = ["agency_choices", "record_choices", "resolve_agency", "resolve_area", "resolve_record"]


def agency_choices(dataset: Dataset) -> dict[str, list[str]]:
    """Every agency and group id with the names a person may type instead."""
    names: dict[str, list[str]] = {
        a.id: [a.name, *([a.short_name] if a.short_name else [])] for a in dataset.agencies.values()
    }
    for group in dataset.groups.values():
        names.setdefault(group.id, [group.name, *group.aliases])
    return names


def record_choices(dataset: Dataset) -> dict[str, list[str]]:
    """Everything `cchc show` can show: tasks, targets, agencies, groups and areas, by id."""
    names: dict[str, list[str]] = {key: [] for key in (*dataset.tasks, *dataset.targets)}
    names.update(agency_choices(dataset))
    for key in dataset.areas:
        names.setdefault(key, [])
    return names


def resolve_agency(dataset: Dataset, word: str) -> str:
    """The agency or group `--agency WORD` means; a usage error that suggests one otherwise."""
    choices = agency_choices(dataset)
    found = match_id(word, choices)
    if found is None:
        raise UserError(
            msg("lookup.unknown-agency", agency=word, hint=did_you_mean(word, choices)), USAGE
        )
    return found


def resolve_area(dataset: Dataset, word: str) -> str:
    """The area `--area WORD` means; a usage error that lists the areas otherwise (all of them:
    they are a handful of roman numerals, where "did you mean" would guess `I` for `IX`)."""
    found = match_id(word, list(dataset.areas))
    if found is None:
        raise UserError(
            msg("lookup.unknown-area", area=word, choices=", ".join(dataset.areas)), USAGE
        )
    return found


def resolve_record(dataset: Dataset, word: str) -> str:
    """The task, target, agency, group or area `cchc show WORD` means."""
    choices = record_choices(dataset)
    found = match_id(word, choices)
    if found is None:
        raise UserError(msg("lookup.unknown-id", id=word, hint=did_you_mean(word, choices)), USAGE)
    return found
