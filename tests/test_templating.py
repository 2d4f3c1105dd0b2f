"""A dataset's templates are untrusted (issue #16, defect 1): they render sandboxed, resolve only to
real files inside the dataset, cannot stall or exhaust the machine, and `validate` checks them."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc import templating
from cchc.loader import DatasetNotFoundError, find_root
from conftest import SAMPLE, Run

PERIOD = ("--period", "2017")


def _with_template(root: Path, name: str, text: str) -> Path:
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# Ways out of Jinja's sandbox that work on a plain Environment.
ESCAPES = [
    "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "{{ joiner.__init__.__globals__.os.system('touch MARKER') }}",
    "{{ lipsum.__globals__['os'].system('touch MARKER') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ r.__class__.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__.os.system('touch MARKER') }}",
    "{% set x = r.summary.__class__ %}{{ x.__base__.__subclasses__() }}",
    "{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ r.labels.update({'a': 1}) }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
@pytest.mark.parametrize("name", ["report.md.j2", "report.html.j2"])
def test_a_template_cannot_run_code(
    payload: str, name: str, sample: Path, cli: Callable[..., Run]
) -> None:
    marker = sample / "MARKER"
    _with_template(sample, name, payload.replace("MARKER", str(marker)))
    fmt = "md" if name.endswith(".md.j2") else "html"
    result = cli("report", "--root", str(sample), *PERIOD, "--format", fmt)
    assert result.code == 1
    assert f"templates/{name}:1:1: error: " in result.err
    assert "[template-render]" in result.err
    assert not marker.exists()
    assert "root:" not in result.out  # nothing of /etc/passwd


@pytest.mark.parametrize(
    "include",
    [
        "../plan/plan.yaml",
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "./report.md.j2/../../plan/plan.yaml",
        "sub/../../plan/plan.yaml",
    ],
)
def test_includes_stay_inside_templates(
    include: str, sample: Path, cli: Callable[..., Run]
) -> None:
    _with_template(sample, "report.md.j2", f'{{% include "{include}" %}}')
    result = cli("report", "--root", str(sample), *PERIOD)
    assert result.code == 1
    assert "[template-file]" in result.err
    assert "kh-" not in result.out and "root:" not in result.out


@pytest.mark.parametrize(
    "layout",
    ["file", "folder", "subfolder", "included"],
)
def test_symlinks_in_templates_are_refused(
    layout: str, sample: Path, cli: Callable[..., Run]
) -> None:
    outside = sample.parent / "outside"
    outside.mkdir()
    (outside / "report.md.j2").write_text("SECRET {{ r.period }}", encoding="utf-8")
    templates = sample / "templates"
    if layout == "file":
        templates.mkdir()
        (templates / "report.md.j2").symlink_to(outside / "report.md.j2")
    elif layout == "folder":
        templates.symlink_to(outside, target_is_directory=True)
    elif layout == "subfolder":
        templates.mkdir()
        (templates / "parts").symlink_to(outside, target_is_directory=True)
        _with_template(sample, "report.md.j2", '{% include "parts/report.md.j2" %}')
    else:
        templates.mkdir()
        (templates / "secret.j2").symlink_to(outside / "report.md.j2")
        _with_template(sample, "report.md.j2", '{% include "secret.j2" %}')
    result = cli("report", "--root", str(sample), *PERIOD)
    assert result.code == 1
    assert "SECRET" not in result.out
    assert "symlink" in result.err and "[template-file]" in result.err
    checked = cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    assert checked.code == 1 and "[template-file]" in checked.out


def test_a_benign_dataset_template_wins_and_renders_in_the_sandbox(
    sample: Path, cli: Callable[..., Run]
) -> None:
    _with_template(sample, "parts/title.j2", "{{ r.heading.title }}")
    _with_template(
        sample,
        "report.md.j2",
        '# {% include "parts/title.j2" %} {{ r.period_label }}\n'
        "{% for row in r.summary %}- {{ row.label|md }}: {{ row.in_period }}\n{% endfor %}",
    )
    result = cli("report", "--root", str(sample), *PERIOD)
    assert result.code == 0, result.err
    assert result.out.startswith("# BÁO CÁO năm 2017\n- Tổng số: ")


def test_a_copy_of_the_packaged_template_is_the_packaged_one(sample: Path) -> None:
    """The bundled dataset keeps a copy of the templates: it must not pay for a child process."""
    (sample / "templates").mkdir()
    shutil.copyfile(
        templating.package_templates() / "report.md.j2", sample / "templates" / "report.md.j2"
    )
    source = templating.resolve("report.md.j2", sample)
    assert source.trusted
    assert not templating._brings_templates(sample)
    (sample / "templates" / "report.md.j2").write_text("changed", encoding="utf-8")
    assert not templating.resolve("report.md.j2", sample).trusted


def test_a_template_that_never_ends_is_stopped(
    sample: Path, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templating.sources, "RENDER_SECONDS", 3.0)
    _with_template(
        sample,
        "report.md.j2",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    )
    result = cli("report", "--root", str(sample), *PERIOD)
    assert result.code == 1
    assert "3 giây" in result.err and "[template-render]" in result.err


@pytest.mark.parametrize(
    "bomb",
    [
        '{{ "x" * 1000000000 }}',
        '{{ "y"|center(1000000000) }}',
        "{{ 10 ** 100000 }}",
        '{{ "z".ljust(1000000000) }}',
        '{{ ["a"] * 1000000000 }}',
        '{% set ns = namespace(x="ab") %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}'
        "{% endfor %}{{ ns.x|length }}",
    ],
)
def test_a_template_cannot_exhaust_memory(bomb: str, sample: Path, cli: Callable[..., Run]) -> None:
    _with_template(sample, "report.md.j2", bomb)
    result = cli("report", "--root", str(sample), *PERIOD)
    assert result.code == 1
    assert "templates/report.md.j2:1:1: error: " in result.err
    assert "[template-render]" in result.err


def test_validate_checks_the_templates_a_dataset_brings(
    sample: Path, cli: Callable[..., Run]
) -> None:
    _with_template(sample, "report.md.j2", "line one\n{{ r.no_such_thing }}\n")
    _with_template(sample, "report.html.j2", "<p>\n{% if %}\n")
    _with_template(sample, "parts/ok.j2", "{{ r.period }}")
    result = cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("templates/report.html.j2:2:1: error: ")
    assert lines[0].endswith("[template-syntax]")
    assert lines[1].startswith("templates/report.md.j2:2:1: error: ")
    assert lines[1].endswith("[template-render]")
    assert len(lines) == 2


def test_validate_only_compiles_templates_when_the_data_is_invalid(
    sample: Path, cli: Callable[..., Run]
) -> None:
    _with_template(sample, "report.md.j2", "{{ r.no_such_thing }}")
    (sample / "tasks" / "K01.yaml").write_text("id: [", encoding="utf-8")
    result = cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    assert result.code == 1
    assert "[yaml-syntax]" in result.out
    assert "template" not in result.out


# ------------------------------------------------------------------------------- root discovery


def _planted(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    shutil.copytree(SAMPLE, shared)
    inner = shared / "work" / "here"
    inner.mkdir(parents=True)
    return shared, inner


def test_a_dataset_found_upward_must_belong_to_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, inner = _planted(tmp_path)
    if os.getuid() == 0:
        os.chown(shared, 65534, 65534)  # nobody
    else:
        monkeypatch.setattr(os, "getuid", lambda: shared.stat().st_uid + 1)
    with pytest.raises(DatasetNotFoundError) as caught:
        find_root(None, {}, inner)
    assert "--root" in caught.value.text("en") and str(shared) in caught.value.text("en")
    # Named explicitly, the same folder is the user's choice.
    assert find_root(shared, {}, inner) == shared
    assert find_root(None, {"CCHC_ROOT": str(shared)}, inner) == shared


def test_a_dataset_found_upward_that_is_the_users_own_is_used(tmp_path: Path) -> None:
    shared, inner = _planted(tmp_path)
    assert find_root(None, {}, inner) == shared


def test_the_cli_refuses_a_planted_dataset_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Run]
) -> None:
    shared, inner = _planted(tmp_path)
    if os.getuid() == 0:
        os.chown(shared, 65534, 65534)
    else:
        monkeypatch.setattr(os, "getuid", lambda: shared.stat().st_uid + 1)
    monkeypatch.chdir(inner)
    result = cli("overdue", "--lang", "en")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "belongs to another user" in result.err
