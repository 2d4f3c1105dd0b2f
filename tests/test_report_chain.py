"""The reporting chain (issue #11): each agency's own report to Sở Nội vụ, the narrative sections
from `reports/PERIOD/AGENCY.yaml`, heading and signature from the data, who has reported, and the
periods a report refuses. Run on the reporting fixture (tests/data/reporting: illustrative) and
on the bundled plan."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from cchc.i18n import CATALOGUE
from cchc.report.narrative import paragraphs
from cchc.schema import kind_of, modeline
from cchc.yaml import read_yaml_file
from conftest import DATA, REPO, Run

REPORTING = DATA / "reporting"
H1 = ("--period", "2017H1")


@pytest.fixture
def reporting(tmp_path: Path) -> Path:
    root = tmp_path / "reporting"
    shutil.copytree(REPORTING, root)
    return root


def _report(cli: Callable[..., Run], root: Path, *args: str) -> str:
    result = cli("report", "--root", str(root), *H1, *args)
    assert (result.code, result.err) == (0, ""), result.err
    return result.out


# --------------------------------------------------------------------------- an agency's report


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_agencys_own_report_goes_to_so_noi_vu(cli: Callable[..., Run], fmt: str) -> None:
    text = _report(cli, REPO, "--agency", "stp", "--format", fmt)
    if fmt == "md":
        assert "| **SỞ TƯ PHÁP** | **Độc lập - Tự do - Hạnh phúc** |" in text
        assert "| UBND TỈNH BÌNH ĐỊNH |" in text
        assert "**Kính gửi:** Sở Nội vụ" in text
        assert ", Sở Tư pháp báo cáo kết quả thực hiện Kế hoạch" in text
        assert "**GIÁM ĐỐC**" in text
        assert "| T04 |" in text and "| T05 |" in text  # led by Sở Tư pháp, due in 2017H2
        assert "| T06 |" not in text  # led by Sở Nội vụ
    else:
        assert '<p class="bold"><span class="rule">SỞ TƯ PHÁP</span></p>' in text
        assert "<p>Kính gửi: Sở Nội vụ</p>" in text
        assert (
            "<title>BÁO CÁO Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm " in text
        )


def test_a_district_reports_the_tasks_its_group_leads(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPO, "--agency", "ubnd-an-lao")
    assert md.startswith("|  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")  # no body above a district
    assert "| **UBND HUYỆN AN LÃO** |" in md
    assert "**TM. ỦY BAN NHÂN DÂN**" in md and "**CHỦ TỊCH**" in md
    upcoming = md.split("## 7. Nhiệm vụ đến hạn trong kỳ tới", 1)[1].split("## 8.", 1)[0]
    assert "| T12 |" in upcoming  # "UBND các huyện, thị xã, thành phố" lead it
    supported = md.split("## 8. Nhiệm vụ phối hợp thực hiện", 1)[1]
    assert "| T04 |" in supported and "| T16 |" in supported  # UBND cấp huyện supports them


def test_supported_tasks_are_apart_with_their_list(cli: Callable[..., Run]) -> None:
    result = cli("report", "--root", str(REPORTING), "--period", "2020H2", "--agency", "snv")
    assert result.code == 0, result.err
    supported = result.out.split("## 8. Nhiệm vụ phối hợp thực hiện", 1)[1]
    assert (
        "| K09 | Bộ phận một cửa hiện đại cấp huyện | UBND cấp huyện | Giai đoạn 2017 - 2020 "
        "| 31/12/2020 | Chưa hoàn thành |" in supported
    )
    assert "| K09 |" not in result.out.split("## 8.", 1)[0]  # led by the districts, not counted


def test_a_group_makes_one_report_per_member(cli: Callable[..., Run], tmp_path: Path) -> None:
    refused = cli("report", "--root", str(REPORTING), *H1, "--agency", "cap-huyen")
    assert refused.code == 2 and refused.out == "" and refused.err.count("\n") == 1
    assert "huyen-a, huyen-b" in refused.err
    out = tmp_path / "bao-cao"
    result = cli("report", "--root", str(REPORTING), *H1, "--agency", "cap-huyen", "-o", str(out))
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == ["huyen-a.md", "huyen-b.md"]
    assert "| **UBND HUYỆN ĐÔNG** |" in (out / "huyen-b.md").read_text(encoding="utf-8")
    alone = _report(cli, REPORTING, "--agency", "huyen-a")
    assert (out / "huyen-a.md").read_text(encoding="utf-8") == alone
    open_group = cli("report", "--root", str(REPORTING), *H1, "--agency", "cac-so")
    assert open_group.code == 2 and open_group.err.count("\n") == 1


# ----------------------------------------------------------------------------- the narrative


def test_the_narrative_sits_in_its_sections(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPORTING)
    direction = md.split("## I. ", 1)[1].split("## II. ", 1)[0]
    assert (
        "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch cải cách hành chính năm 2017 và chỉ đạo các"
        in direction
    )
    assert (
        "\n- Tổ chức 02 đợt kiểm tra công tác cải cách hành chính tại các sở, ngành.\n" in direction
    )
    assert "Trong kỳ có 1 nhiệm vụ: hoàn thành đúng hạn 0" in direction  # figures beside the text
    results = md.split("### 1. Cải cách thể chế", 1)[1].split("## III.", 1)[0]
    assert "Đã rà soát 45 văn bản quy phạm pháp luật" in results
    causes = md.split("### 3. Nguyên nhân", 1)[1].split("## IV.", 1)[0]
    assert "Một số cơ quan chưa bố trí đủ cán bộ" in causes
    proposals = md.split("## V. ĐỀ XUẤT, KIẾN NGHỊ", 1)[1].split("---", 1)[0]
    assert proposals.strip() == (
        "> *\\[Chưa có nội dung: Sở Nội vụ viết phần “Đề xuất, kiến nghị” vào khóa proposals "
        "của tệp reports/2017H1/snv.yaml.\\]*"
    )


def test_without_a_narrative_every_section_is_a_placeholder(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPO)
    assert md.count("> *\\[Chưa có nội dung: Sở Nội vụ viết phần") == 12  # 7 areas + 5 sections
    html = _report(cli, REPO, "--format", "html")
    assert html.count('<p class="placeholder">[Chưa có nội dung:') == 12


def test_paragraphs_follow_blank_lines_and_bullets() -> None:
    text = "Dòng một\ntiếp theo.\n\n- Gạch một\n- Gạch\n  hai\n+ Cộng\n\n\nCuối."
    assert paragraphs(text) == (
        "Dòng một tiếp theo.",
        "- Gạch một",
        "- Gạch hai",
        "+ Cộng",
        "Cuối.",
    )
    assert paragraphs(None) == paragraphs("") == ()


def test_an_issued_report_carries_its_number_date_and_signer(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPORTING)
    assert "| Số: 120/BC-SNV | *Tỉnh Mẫu, ngày 25 tháng 7 năm 2017* |" in md
    assert "*(Số liệu tính đến ngày 30/06/2017)*" in md
    assert "**Kính gửi:**\n\n- Ủy ban nhân dân tỉnh Mẫu\n- Bộ Nội vụ\n" in md
    assert "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, CCHC.\n" in md
    assert "**KT. GIÁM ĐỐC**  \n**PHÓ GIÁM ĐỐC**" in md
    assert "**Trần Văn Mẫu**" in md
    assert "*(Kèm theo Báo cáo số 120/BC-SNV ngày 25/07/2017 của Sở Nội vụ)*" in md
    stp = _report(cli, REPORTING, "--agency", "stp")
    assert "| Số: 35/BC-STP | *Tỉnh Mẫu, ngày 20 tháng 7 năm 2017* |" in stp
    assert "**Lê Thị Mẫu**" in stp  # from the agency's heading
    draft = _report(cli, REPORTING, "--agency", "huyen-a")
    assert "| Số:     /BC | *Tỉnh Mẫu, ngày 30 tháng 6 năm 2017* |" in draft


def test_the_defaults_suit_so_noi_vus_report_to_ubnd_tinh(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPO)
    assert "**Kính gửi:** Ủy ban nhân dân tỉnh Bình Định" in md
    assert "**Nơi nhận:**\n\n- Như trên;\n- Lưu: VT.\n" in md
    assert "**GIÁM ĐỐC**\n\n*(Ký, ghi rõ họ tên, đóng dấu)*" in md
    english = _report(cli, REPO, "--lang", "en")
    assert "**To:** Ủy ban nhân dân tỉnh Bình Định" in english  # data as written
    assert "**DIRECTOR**" in english


# ------------------------------------------------------------------------- who has reported


def test_the_consolidated_report_shows_who_has_reported(cli: Callable[..., Run]) -> None:
    md = _report(cli, REPORTING)
    table = md.split("## 9. Tình hình gửi báo cáo", 1)[1]
    assert "| Sở Tư pháp | 35/BC-STP | 20/07/2017 | Gửi muộn 5 ngày |" in table
    assert "| Sở Tài chính | — | — | Chưa gửi |" in table
    assert "| UBND huyện An | — | — | Chưa gửi (đang soạn, chưa có số và ngày) |" in table
    assert "| Sở Nội vụ |" not in table  # the coordinator's own report is this one
    assert "*Hạn gửi báo cáo: 15/07/2017.*" in table
    assert (
        "Tình hình gửi báo cáo: 1/4 cơ quan, đơn vị đã gửi báo cáo kỳ này (1 gửi muộn). Chưa "
        "gửi: Sở Tài chính; UBND huyện An; UBND huyện Đông." in md
    )


def test_submissions_command_fails_while_any_is_missing(
    cli: Callable[..., Run], reporting: Path
) -> None:
    args = ("submissions", "--root", str(reporting), *H1, "--format", "json")
    listed = cli(*args)
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert [(r["agency"], r["number"], r["date"]) for r in rows] == [
        ("stp", "35/BC-STP", "2017-07-20"),
        ("stc", None, None),
        ("huyen-a", None, None),
        ("huyen-b", None, None),
    ]
    failing = cli(*args, "--fail-on-missing")
    assert failing.code == 1
    assert failing.err == "cchc: còn 3 cơ quan chưa gửi báo cáo 2017H1\n"
    earlier = json.loads(cli(*args, "--as-of", "2017-07-19").out)
    assert earlier[0]["number"] is None  # dated the 20th: not yet sent on the 19th
    for agency, number in (
        ("stc", "40/BC-STC"),
        ("huyen-a", "12/BC-UBND"),
        ("huyen-b", "9/BC-UBND"),
    ):
        path = reporting / "reports" / "2017H1" / f"{agency}.yaml"
        path.write_text(f"number: {number}\ndate: 2017-07-10\n", encoding="utf-8")
    assert cli(*args, "--fail-on-missing").code == 0


def test_submissions_on_the_bundled_plan(cli: Callable[..., Run]) -> None:
    result = cli("submissions", "--root", str(REPO), *H1, "--format", "csv", "--fail-on-missing")
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 1 + 17
    assert lines[1].startswith("vp-ubnd,Văn phòng UBND tỉnh,,,Chưa gửi,reports/2017H1/vp-ubnd.yaml")


# ------------------------------------------------------------------------ periods refused


@pytest.mark.parametrize(
    "args",
    [("--period", "2030"), ("--period", "2015"), ("--period", "2018H1", "--as-of", "2017-03-01")],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_periods_that_cannot_be_right_are_refused(
    cli: Callable[..., Run], args: tuple[str, ...], lang: str
) -> None:
    result = cli("report", "--root", str(REPO), *args, "--lang", lang)
    assert (result.code, result.out) == (2, "")
    assert result.err.count("\n") == 1 and result.err.startswith("cchc: ")
    if lang == "en":
        assert "outside the plan" in result.err or "before the period" in result.err


def test_a_period_after_the_plan_can_be_reported_when_asked(cli: Callable[..., Run]) -> None:
    result = cli("report", "--root", str(REPO), "--period", "2021", "--outside-plan")
    assert result.code == 0, result.err
    assert "**Kết quả thực hiện Kế hoạch cải cách hành chính năm 2021**" in result.out


# ------------------------------------------------------------------------ the report files


def test_report_files_have_a_schema_and_a_modeline(cli: Callable[..., Run]) -> None:
    result = cli("schema", "report")
    assert result.code == 0
    validator = jsonschema.Draft202012Validator(json.loads(result.out))
    files = sorted((REPORTING / "reports").rglob("*.yaml"))
    assert len(files) == 3
    for path in files:
        relative = path.relative_to(REPORTING)
        assert kind_of(relative) == "report"
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == modeline("report")
        assert (path.parent / first.split("=", 1)[1]).resolve().is_file()
        document, problems = read_yaml_file(path)
        assert document is not None and not problems
        assert not list(validator.iter_errors(document.data)), path
    assert list(validator.iter_errors({"strenghts": "x"}))


def test_report_file_problems_are_located(cli: Callable[..., Run], reporting: Path) -> None:
    folder = reporting / "reports" / "2017H1"
    (folder / "sotp.yaml").write_text("areas:\n  IIl: x\n", encoding="utf-8")
    (folder / "cap-huyen.yaml").write_text("causes: x\n", encoding="utf-8")
    (folder / "ghi-chu.txt").write_text("x", encoding="utf-8")
    (reporting / "reports" / "6 tháng đầu năm 2017").mkdir()
    (reporting / "reports" / "6 tháng đầu năm 2017" / "stp.yaml").write_text(
        "causes: x\n", encoding="utf-8"
    )
    for lang in ("vi", "en"):
        result = cli("validate", "--root", str(reporting), "--as-of", "2021-06-30", "--lang", lang)
        assert result.code == 1
        lines = result.out.splitlines()
        assert [line.rsplit("[", 1)[1] for line in lines] == [
            "unknown-agency]",
            "ignored-file]",
            "unknown-agency]",
            "unknown-area]",
            "duplicate-id]",
        ]
    vi = cli("validate", "--root", str(reporting), "--as-of", "2021-06-30").out.splitlines()
    assert vi[0].startswith("reports/2017H1/cap-huyen.yaml:1:1: error: 'cap-huyen' là một nhóm")
    assert vi[2] == (
        "reports/2017H1/sotp.yaml:1:1: error: không có cơ quan 'sotp' trong plan/agencies.yaml "
        "(có phải 'stp'?) [unknown-agency]"
    )
    assert vi[3].startswith("reports/2017H1/sotp.yaml:2:3: error: không có lĩnh vực 'IIl'")
    assert "(có phải 'II'?)" in vi[3]
    assert "đã có ở reports/6 tháng đầu năm 2017/stp.yaml" in vi[4]  # one file per period


def test_a_report_with_problems_is_refused(cli: Callable[..., Run], reporting: Path) -> None:
    (reporting / "reports" / "2017H1" / "stc.yaml").write_text("date: 2017-07-01\n", "utf-8")
    result = cli("report", "--root", str(reporting), *H1)
    assert result.code == 1 and result.out == ""
    assert "[report-issued]" in result.err


def test_init_shows_one_narrative_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = tmp_path / "moi"
    assert cli("init", str(root), "--province", "Phú Yên").code == 0
    files = sorted(p.relative_to(root).as_posix() for p in (root / "reports").rglob("*"))
    assert files == ["reports/2021H1", "reports/2021H1/snv.yaml"]
    assert cli("validate", "--root", str(root)).code == 0
    md = cli("report", "--root", str(root), "--period", "2021H1", "--as-of", "2021-06-30")
    assert md.code == 0, md.err
    assert "vào khóa areas: I của tệp reports/2021H1/snv.yaml" in md.out


def test_every_worded_key_of_the_report_exists() -> None:
    """Keys the report builds from a name (`report.list.NAME` …) are in the catalogue."""
    from cchc.report.lists import LIST_ORDER

    names = [f"report.list.{n}" for n in LIST_ORDER] + [
        f"report.list_title.{n}" for n in LIST_ORDER
    ]
    names += [f"report.submission.{s}" for s in ("submitted", "late", "draft", "missing")]
    names += [
        f"report.signer_title.{k}"
        for k in ("department", "office", "district", "province", "other")
    ]
    names += [f"report.signer_authority.{k}" for k in ("district", "province")]
    names += [
        f"report.figures.{n}" for n in ("carried_over", "late_completions", "early_completions")
    ]
    parts = ("summary", "areas", "agencies", "targets", "period", "earlier", "early", "upcoming")
    names += [f"report.part.{n}" for n in (*parts, "submissions", "supported")]
    assert [n for n in names if n not in CATALOGUE] == []


def test_the_fixtures_schemas_are_current() -> None:
    from cchc.schema import schema_files

    for name, text in schema_files().items():
        assert (REPORTING / name).read_text(encoding="utf-8") == text, name
