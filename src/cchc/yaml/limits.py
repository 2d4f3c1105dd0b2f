"""The bounds that keep one hostile file from stalling or exhausting a run."""

from __future__ import annotations

MAX_FILE_BYTES: int = 2 * 1024 * 1024
"""A plan record is a few kilobytes; anything this big is a mistake (or an attack): not read."""

MAX_DEPTH: int = 64
"""Nesting limit (collections inside collections). Real records nest 3-4 levels deep."""

MAX_NODES: int = 20_000
"""Values (scalars and collections) per file. The biggest real record holds a few hundred; the
size limit alone does not bound the work, as 2 MiB of ``- [[[x]]]`` or ``- {x: 1}`` are a million
values, which take seconds to compose and one schema error each. Counted by the event scan, which
stops at the first value past the limit."""

MAX_PER_RULE: int = 100
"""Scan rules (tabs, control characters, aliases) stop reporting after this many, so a
pathological file cannot produce millions of problem objects; one screenful is enough to act on."""
