"""Start-up: no pydantic plugin scan, and the stand-in loader behaves like pydantic's own."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import pydantic

from cchc.startup import PLUGIN_LOADER, PLUGIN_SWITCH, skip_pydantic_plugins
from conftest import SAMPLE


def test_plugins_are_disabled_and_the_stub_says_there_are_none() -> None:
    environ: dict[str, str] = {}
    modules: dict[str, types.ModuleType] = {}
    assert skip_pydantic_plugins(environ, modules) is True
    assert environ == {PLUGIN_SWITCH: "__all__"}
    assert list(modules[PLUGIN_LOADER].get_plugins()) == []  # type: ignore[attr-defined]
    # Asking twice keeps the same stub.
    stub = modules[PLUGIN_LOADER]
    assert skip_pydantic_plugins(environ, modules) is True
    assert modules[PLUGIN_LOADER] is stub


def test_a_users_own_plugin_choice_is_respected() -> None:
    environ = {PLUGIN_SWITCH: "logfire"}  # only that plugin disabled: the others must load
    modules: dict[str, types.ModuleType] = {}
    assert skip_pydantic_plugins(environ, modules) is False
    assert environ == {PLUGIN_SWITCH: "logfire"}
    assert modules == {}


def test_a_loader_pydantic_already_imported_is_left_alone() -> None:
    real = types.ModuleType(PLUGIN_LOADER)
    modules = {PLUGIN_LOADER: real}
    assert skip_pydantic_plugins({}, modules) is False
    assert modules[PLUGIN_LOADER] is real


def test_pydantic_uses_its_loader_only_for_get_plugins() -> None:
    """The stub provides get_plugins only: if pydantic starts using more of the module, this fails
    (rather than cchc failing with an ImportError on a user's machine)."""
    package = Path(pydantic.__file__).parent
    uses: set[str] = set()
    for source in package.rglob("*.py"):
        if source.name == "_loader.py":
            continue
        text = source.read_text(encoding="utf-8")
        uses.update(re.findall(r"from \._loader import ([\w, ]+)", text))
        assert "_loader." not in text.replace("plugin._loader.", ""), source
        assert "import _loader" not in text, source
    assert uses == {"get_plugins"}


def _in_fresh_interpreter(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_real_loader_also_returns_no_plugins_when_all_are_disabled() -> None:
    code = (
        "import os; os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(list(get_plugins()))"
    )
    assert _in_fresh_interpreter(code) == "[]"


def test_a_query_never_scans_installed_packages() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from cchc.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['overdue', '--root', {str(SAMPLE)!r}, '--as-of', '2018-01-01'])\n"
        "print(code, 'importlib.metadata' in sys.modules)"
    )
    assert _in_fresh_interpreter(code) == "0 False"
