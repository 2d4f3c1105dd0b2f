"""`cchc update` and `cchc measure` asking for missing fields: through a real pseudo-terminal
(the program sees a terminal and asks, like `hledger add`), and the question sequence itself
through `cchc.cli.record_fields` with text streams."""

from __future__ import annotations

import datetime as dt
import io
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.cli.record_fields import (
    Form,
    MeasureOptions,
    UpdateOptions,
    measurement_input,
    update_input,
)
from cchc.errors import UserError
from cchc.loader import load_dataset
from cchc.model import Status
from conftest import REPO

TODAY = dt.date(2026, 12, 1)
WAIT = 60.0  # a guard against a hung child, not a speed assertion

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")


def _read_until(master: int, seen: bytearray, wanted: bytes | None) -> None:
    """Read the terminal until `wanted` has appeared since the last answer (None: to the end)."""
    start = len(seen)
    while wanted is None or wanted not in seen[start:]:
        ready, _, _ = select.select([master], [], [], WAIT)
        assert ready, f"no {wanted!r} in {bytes(seen).decode(errors='replace')!r}"
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            assert wanted is None, f"ended before {wanted!r}: {bytes(seen).decode()!r}"
            return
        seen += chunk


def converse(args: list[str], dialogue: list[tuple[str, bytes]]) -> tuple[int, str]:
    """Run cchc on a pseudo-terminal, answer each prompt, and return its exit code and screen."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CCHC_")}
    env.update(PYTHONPATH=str(REPO / "src"), NO_COLOR="1", PYTHONUTF8="1")
    child = subprocess.Popen(
        [sys.executable, "-m", "cchc", *args], stdin=slave, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    seen = bytearray()
    try:
        for prompt, answer in dialogue:
            _read_until(master, seen, prompt.encode())
            os.write(master, answer)
        _read_until(master, seen, None)
        code = child.wait(timeout=WAIT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
    return code, bytes(seen).decode().replace("\r\n", "\n")


def test_update_asks_in_vietnamese_with_choices_and_defaults(bundled_copy: Path) -> None:
    path = bundled_copy / "tasks" / "T06.yaml"
    old = path.read_bytes()
    code, screen = converse(
        ["update", "T06", "--root", str(bundled_copy)],
        [
            ("Trạng thái [chưa thực hiện / đang thực hiện / xong / hủy]: ", b"hoan than\n"),
            ("có phải: hoàn thành", b"xong\n"),
            ("Ngày (", b"20/10/2017\n"),
            ("Ghi chú (Enter để bỏ qua): ", b"\n"),
            ("Số, ký hiệu văn bản minh chứng", "3456/QĐ-UBND\n".encode()),
            ("Ngày ban hành văn bản (20/10/2017): ", b"\n"),
            ("Trích yếu văn bản (Enter để bỏ qua): ", "Quyết định phê duyệt Đề án\n".encode()),
        ],
    )
    assert code == 0, screen
    assert screen.startswith("Nhiệm vụ T06: Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh\n")
    new = path.read_bytes()
    assert new.startswith(old)
    assert new[len(old) :].decode() == (
        "updates:\n  - date: 2017-10-20\n    status: done\n    evidence:\n"
        "      number: 3456/QĐ-UBND\n      date: 2017-10-20\n"
        "      title: Quyết định phê duyệt Đề án\n"
    )
    assert "+      title: Quyết định phê duyệt Đề án" in screen  # the diff
    assert "đã ghi thêm 7 dòng vào tasks/T06.yaml" in screen


def test_measure_asks_in_english_and_given_options_are_not_asked(bundled_copy: Path) -> None:
    path = bundled_copy / "targets" / "M05.yaml"
    old = path.read_bytes()
    code, screen = converse(
        ["measure", "M05", "--period", "2019", "--root", str(bundled_copy), "--lang", "en"],
        [
            ("Value: ", b"45,5\n"),
            ("Source (e.g. report 45/BC-SNV): ", "Báo cáo số 12/BC-SNV\n".encode()),
            ("Publication date (Enter to skip): ", b"\n"),
            ("Note (Enter to skip): ", b"\n"),
        ],
    )
    assert code == 0, screen
    assert "Period" not in screen
    assert path.read_bytes()[len(old) :].decode() == (
        "measurements:\n  - period: 2019\n    value: 45.5\n    source: Báo cáo số 12/BC-SNV\n"
    )


def test_end_of_input_stops_without_writing(bundled_copy: Path) -> None:
    path = bundled_copy / "tasks" / "T06.yaml"
    old = path.read_bytes()
    code, screen = converse(
        ["update", "T06", "--root", str(bundled_copy), "--lang", "en"], [("Status [", b"\x04")]
    )
    assert code == 130
    assert "stopped; nothing was written" in screen
    assert path.read_bytes() == old


def test_everything_given_on_a_terminal_asks_nothing(bundled_copy: Path) -> None:
    args = ["update", "T06", "--status", "in_progress", "--date", "2017-05-10", "--dry-run"]
    code, screen = converse([*args, "--root", str(bundled_copy), "--lang", "en"], [])
    assert code == 0, screen
    assert "Status" not in screen and "nothing written" in screen


# ----------------------------------------------------------- the questions, without a terminal


def _form(answers: str, lang: str = "vi") -> tuple[Form, io.StringIO]:
    said = io.StringIO()
    return Form(lang, True, io.StringIO(answers), said), said


def test_a_yearly_task_done_asks_its_year_with_a_default(bundled_copy: Path) -> None:
    dataset = load_dataset(bundled_copy, today=TODAY).dataset
    assert dataset is not None
    task = dataset.tasks["S1c"]
    form, said = _form("xong\n05/01/2019\n\n12/BC-SNV\n\n\n\n")
    given = update_input(task, UpdateOptions(), TODAY, form)
    assert (given.status, given.year) == (Status.DONE, 2019)
    assert given.evidence_date == dt.date(2019, 1, 5)  # the default: the entry's day
    assert "Năm được hoàn thành (2017 – 2020) (2019): " in said.getvalue()
    form, said = _form("2021\n2018\n", "en")
    given = update_input(task, UpdateOptions("done", "2019-01-05", evidence="1/BC-SNV",
                                             evidence_date="2019-01-05", evidence_title="x",
                                             note="n"), TODAY, form)  # fmt: skip
    assert given.year == 2018
    assert "2021 is outside the task's years (2017 - 2020)" in said.getvalue()


def test_cancelling_asks_for_the_reason_until_given(bundled_copy: Path) -> None:
    dataset = load_dataset(bundled_copy, today=TODAY).dataset
    assert dataset is not None
    form, said = _form("\n\nThay bằng quy định mới\n", "en")
    given = update_input(dataset.tasks["T06"], UpdateOptions("hủy", "2018-01-01"), TODAY, form)
    assert given.note == "Thay bằng quy định mới"
    assert said.getvalue().count("this one needs an answer") == 2


def test_a_scale_target_shows_its_levels(bundled_copy: Path) -> None:
    dataset = load_dataset(bundled_copy, today=TODAY).dataset
    assert dataset is not None
    target = dataset.targets["M01"]
    scale = dataset.scales[target.scale or ""]
    form, said = _form("kha\n\n\n", "en")
    given = measurement_input(
        target, scale, MeasureOptions("2021", source="VCCI"), TODAY, form, str
    )
    assert given.value == "Khá"
    assert said.getvalue().startswith("Value [Rất tốt / Tốt / Khá / ")


def test_a_bad_option_value_is_a_usage_error_not_a_question(bundled_copy: Path) -> None:
    dataset = load_dataset(bundled_copy, today=TODAY).dataset
    assert dataset is not None
    form, said = _form("")
    with pytest.raises(UserError) as caught:
        update_input(dataset.tasks["T06"], UpdateOptions("done", "31/06/2017"), TODAY, form)
    assert caught.value.code == 2 and "không có trên lịch" in caught.value.text("vi")
    assert said.getvalue() == ""
