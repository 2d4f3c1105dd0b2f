"""Files → one immutable `Dataset` plus every `Problem` found; never raises for bad data.

The loader is a pipeline of small steps, one module each: `parse` (YAML → data and document),
`validate` (data → pydantic record), `check` (records against the plan and each other), `locate`
(a problem's place → line and column); `caps` keeps the listing bounded, `source` the lines a
terminal shows, `root` finds the dataset, and `load` runs the steps over every file.
"""

from cchc.dataset import Dataset, natural_key  # re-exported for callers of the old module
from cchc.loader.caps import Omitted
from cchc.loader.load import LoadResult, RecordPaths, load_dataset
from cchc.loader.root import ENV_ROOT, MARKER, DatasetNotFoundError, find_root

__all__ = [
    "ENV_ROOT",
    "MARKER",
    "Dataset",
    "DatasetNotFoundError",
    "LoadResult",
    "Omitted",
    "RecordPaths",
    "find_root",
    "load_dataset",
    "natural_key",
]
