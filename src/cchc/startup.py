"""What the command line settles before anything imports pydantic: no plugin scan.

Pydantic looks for plugins (packages that declare a ``pydantic`` entry point) the first time it builds
a validator. cchc uses none, so the command line sets ``PYDANTIC_DISABLE_PLUGINS=__all__``, unless
the user chose otherwise. Even then pydantic imports its plugin loader, and that module imports
``importlib.metadata`` (with ``email``, ``zipfile``, ``csv`` …) at the top: about 14 ms, a tenth of a
short command's start-up, spent to learn nothing.

So, when every plugin is disabled, a loader that does exactly what pydantic's own does in that case
(return no plugins) is registered under its module name before pydantic asks for it. pydantic only
uses that module through ``from ._loader import get_plugins`` (a test pins this); if a later version
stops importing it, the stub is simply never used.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable, MutableMapping

PLUGIN_SWITCH = "PYDANTIC_DISABLE_PLUGINS"
PLUGIN_LOADER = "pydantic.plugin._loader"
# The values for which pydantic's get_plugins() returns () without looking (pydantic/plugin/_loader.py).
ALL_DISABLED = ("__all__", "1", "true")


def _no_plugins() -> Iterable[object]:
    return ()


def skip_pydantic_plugins(
    environ: MutableMapping[str, str] | None = None,
    modules: MutableMapping[str, types.ModuleType] | None = None,
) -> bool:
    """Disable pydantic plugins (unless the environment already decides) and, when all are disabled
    and pydantic has not loaded its own loader yet, register the stub. True if the stub is in place."""
    environ = os.environ if environ is None else environ
    modules = sys.modules if modules is None else modules
    environ.setdefault(PLUGIN_SWITCH, "__all__")
    if environ[PLUGIN_SWITCH] not in ALL_DISABLED:
        return False
    if PLUGIN_LOADER in modules:  # pydantic's own, or ours from an earlier call
        return getattr(modules[PLUGIN_LOADER], "get_plugins", None) is _no_plugins
    stub = types.ModuleType(
        PLUGIN_LOADER, "cchc's stand-in for pydantic's plugin loader: no plugins."
    )
    vars(stub)["get_plugins"] = _no_plugins
    modules[PLUGIN_LOADER] = stub
    return True
