"""Pins the bundled dataset: the plan of Decision 536/QĐ-UBND (Bình Định, 24/02/2017), transcribed.

The expected cells below are copied from the plan's appendix and part I.1.b on purpose: this test
is a regression check of the YAML files against the wording of the plan, so an accidental edit of a
title, a product or a deadline shows up here. It reads only the repository's own files.
"""

# The appendix cells are kept whole, one string per cell, so they can be compared with the document.

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).parents[1]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _files() -> list[Path]:
    return sorted(
        [
            *(ROOT / "plan").glob("*.yaml"),
            *(ROOT / "tasks").glob("*.yaml"),
            *(ROOT / "targets").glob("*.yaml"),
        ]
    )


def _records(folder: str) -> dict[str, dict[str, Any]]:
    return {p.stem: _load(p) for p in sorted((ROOT / folder).glob("*.yaml"))}


TASKS = _records("tasks")
TARGETS = _records("targets")
PLAN = _load(ROOT / "plan" / "plan.yaml")
AREAS = _load(ROOT / "plan" / "areas.yaml")["areas"]
AGENCIES_FILE = _load(ROOT / "plan" / "agencies.yaml")
AGENCIES = {a["id"]: a for a in AGENCIES_FILE["agencies"]}
GROUPS = {g["id"]: g for g in AGENCIES_FILE["groups"]}
EVENTS = {e["id"]: e for e in _load(ROOT / "plan" / "events.yaml")["events"]}
SCALES = {s["id"]: s for s in _load(ROOT / "plan" / "scales.yaml")["scales"]}
KEY = {t["number"]: t for t in TASKS.values() if t["kind"] == "key"}
SOLUTIONS = {t["id"]: t for t in TASKS.values() if t["kind"] == "solution"}

# Phụ lục, verbatim: STT → (Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Sản phẩm,
# Thời gian hoàn thành).
APPENDIX = {
    1: (
        "Quy định trách nhiệm của người đứng đầu về thực hiện công tác cải cách hành chính và chấp hành kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị nhà nước",
        "Sở Nội vụ",
        "Các sở, ngành có liên quan",
        "Quyết định UBND tỉnh",
        "Năm 2017",
    ),
    2: (
        "Kế hoạch thông tin, tuyên truyền về cải cách hành chính tỉnh giai đoạn 2017 - 2020",
        "Sở Nội vụ",
        "Sở Thông tin và Truyền thông; các cơ quan có liên quan",
        "Quyết định phê duyệt Kế hoạch của UBND tỉnh",
        "Năm 2017",
    ),
    3: (
        "Đề án nâng cao năng lực chỉ đạo điều hành và tham mưu về công tác cải cách hành chính",
        "Sở Nội vụ",
        "Các sở, ngành có liên quan",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    4: (
        "Quy định về trình tự, thủ tục soạn thảo, ban hành, kiểm tra, xử lý văn bản quy phạm pháp luật của chính quyền các cấp",
        "Sở Tư pháp",
        "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
        "Quyết định UBND tỉnh",
        "Năm 2017",
    ),
    5: (
        "Quy chế thực hiện công khai, minh bạch về quy định, cơ chế, chính sách bảo đảm việc tiếp cận của tổ chức, cá nhân, doanh nghiệp",
        "Sở Tư pháp",
        "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
        "Quyết định ban hành của UBND tỉnh",
        "Năm 2017",
    ),
    6: (
        "Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh",
        "Sở Nội vụ",
        "Văn phòng UBND tỉnh; các sở, ban, ngành có liên quan",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    7: (
        "Kế hoạch triển khai Bộ phận tiếp nhận và trả kết quả hiện đại tại UBND cấp huyện, UBND cấp xã trên địa bàn tỉnh giai đoạn 2017-2020",
        "Sở Nội vụ",
        "Các sở, ngành; UBND cấp huyện, UBND cấp xã",
        "Quyết định UBND tỉnh",
        "Năm 2017",
    ),
    8: (
        "Các quy định về quy trình phối hợp giải quyết thủ tục hành chính liên thông trên các lĩnh vực theo yêu cầu thực tiễn",
        "Các sở, ban, ngành có liên quan",
        "Sở Nội vụ",
        "Quyết định UBND tỉnh",
        "Giai đoạn 2017 - 2020",
    ),
    9: (
        "Đề án sắp xếp lại tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND tỉnh, thuộc UBND cấp huyện",
        "Các sở, ngành; UBND cấp huyện",
        "Sở Nội vụ",
        "Quyết định phê duyệt của UBND tỉnh",
        "Sau khi có Nghị định của Chính phủ",
    ),
    10: (
        "Đề án sắp xếp tổ chức, bộ máy cơ cấu tổ chức bên trong các sở, ngành thuộc tỉnh",
        "Các sở, ban, ngành",
        "Sở Nội vụ",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Giai đoạn 2017 - 2020",
    ),
    11: (
        "Phương án sắp xếp, tinh gọn các tổ chức phối hợp liên ngành (Hội đồng, Ban Chỉ đạo,...) thuộc UBND tỉnh",
        "Văn phòng UBND tỉnh",
        "Các sở, ngành có liên quan",
        "Quyết định phê duyệt Phương án của UBND tỉnh",
        "Năm 2017",
    ),
    12: (
        "Đề án sắp xếp, đổi mới, nâng cao chất lượng hoạt động của các đơn vị sự nghiệp công lập",
        "Các sở, ngành, đơn vị sự nghiệp; UBND các huyện, thị xã, thành phố",
        "Sở Nội vụ, Sở Tài chính",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    13: (
        "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức trên địa bàn tỉnh giai đoạn 2016 - 2020",
        "Sở Nội vụ",
        "Các sở, ban, ngành có liên quan",
        "Quyết định của UBND tỉnh phê duyệt Kế hoạch",
        "Năm 2016",
    ),
    14: (
        "Kế hoạch thực hiện đổi mới phương thức tuyển chọn cán bộ, công chức vào các chức danh lãnh đạo, quản lý cấp sở, ngành, đơn vị sự nghiệp thuộc UBND tỉnh; quản lý cấp phòng thuộc sở, ngành, đơn vị sự nghiệp của tỉnh",
        "Sở Nội vụ",
        "Ban Tổ chức Tỉnh ủy; các sở, ngành có liên quan",
        "Quyết định phê duyệt Kế hoạch của UBND tỉnh",
        "Sau khi có Hướng dẫn của Trung ương",
    ),
    15: (
        "Ban hành Bộ tiêu chí đánh giá cán bộ, công chức, viên chức hàng năm",
        "Sở Nội vụ",
        "Các sở, ban, ngành có liên quan",
        "Quyết định UBND tỉnh",
        "Năm 2017",
    ),
    16: (
        "Kế hoạch triển khai phần mềm quản lý cán bộ, công chức, viên chức trên địa bàn tỉnh",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND cấp huyện",
        "Quyết định phê duyệt Kế hoạch của UBND tỉnh",
        "Năm 2017",
    ),
    17: (
        "Đề án sắp xếp, kiện toàn các chức danh người hoạt động không chuyên trách cấp xã, thôn trên địa bàn tỉnh",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND cấp huyện",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    18: (
        "Kế hoạch thực hiện tự chủ về kinh phí tại cấp xã theo quy định tại Nghị định số 117/2013/NĐ-CP của Chính phủ",
        "Sở Tài chính",
        "UBND cấp huyện; UBND cấp xã",
        "Quyết định ban hành Kế hoạch của UBND tỉnh",
        "Năm 2017",
    ),
    19: (
        "Đề án khoán kinh phí hoạt động đối với các tổ chức xã hội - hội đặc thù trên địa bàn tỉnh",
        "Sở Tài chính",
        "Sở Nội vụ",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Sau khi có quy định của Trung ương",
    ),
    20: (
        "Đề án xây dựng Kiến trúc chính quyền điện tử",
        "Sở Thông tin và Truyền thông",
        "Các sở, ngành và UBND cấp huyện",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    21: (
        "Đề án ứng dụng công nghệ thông tin trong hoạt động cơ quan nhà nước giai đoạn 2016 - 2020",
        "Sở Thông tin và Truyền thông",
        "Các sở, ngành và UBND các huyện, thị xã, thành phố",
        "Quyết định phê duyệt Đề án của UBND tỉnh",
        "Năm 2017",
    ),
    22: (
        "Dự án đầu tư hạ tầng công nghệ thông tin phục vụ xây dựng Chính quyền điện tử",
        "Sở Thông tin và Truyền thông",
        "Các sở, ngành có liên quan",
        "Quyết định phê duyệt Dự án của UBND tỉnh",
        "Năm 2017",
    ),
    23: (
        "Kế hoạch triển khai Dịch vụ công trực tuyến mức độ 3, mức độ 4 trên địa bàn tỉnh đến năm 2020",
        "Sở Thông tin và Truyền thông",
        "Các sở, ngành và UBND các huyện, thị xã, thành phố",
        "Quyết định phê duyệt Kế hoạch của UBND tỉnh",
        "Năm 2017",
    ),
}

# I.1.b split into atomic targets: id → (op, value, stretch, due, unit or scale, owner).
GOALS = {
    "M01": (">=", "Tốt", False, 2020, "pci", "skhdt"),
    "M02": (">=", "Nhóm đạt điểm cao nhất", False, 2020, "papi", "snv"),
    "M03": (">=", "Tốt", False, 2020, "par-index", "snv"),
    "M04": ("=", 100, False, 2020, "percent", "vp-ubnd"),
    "M05": ("=", 100, False, 2020, "percent", "snv"),
    "M06": (">", 30, True, 2020, "percent", "snv"),
    "M07": (">", 80, False, 2020, "percent", "snv"),
    "M08": (">", 80, False, 2020, "percent", "snv"),
    "M09": (">=", 10, False, 2021, "percent", "snv"),
    "M10": ("=", 100, False, 2020, "percent", "snv"),
    "M11": ("=", 100, False, 2020, "percent", "snv"),
    "M12": (">", 6, True, 2020, "percent", "snv"),
    "M13": ("=", 100, False, 2020, "percent", "snv"),
    "M14": (">=", 60, False, 2020, "percent", "snv"),
    "M15": ("=", 100, False, 2020, "percent", "stc"),
    "M16": (">=", 70, True, 2020, "percent", "stc"),
    "M17": ("=", 100, False, 2017, "percent", "stttt"),
    "M18": ("=", 100, False, 2017, "percent", "stttt"),
    "M19": ("=", 100, False, 2017, "percent", "stttt"),
    "M20": ("=", 100, False, 2020, "percent", "stttt"),
    "M21": (">=", 90, False, 2020, "percent", "stttt"),
    "M22": (">=", 30, False, 2020, "percent", "stttt"),
}


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")


# --------------------------------------------------------------------------------------- counts


def test_counts() -> None:
    assert sorted(KEY) == list(range(1, 24))
    assert len(SOLUTIONS) == 31
    assert len(TASKS) == 54
    assert len(TARGETS) == len(GOALS) == 22
    assert [a["id"] for a in AREAS] == ROMAN
    assert len(EVENTS) == 3


def test_solution_ids_follow_part_ii() -> None:
    letters = {"I": "abcd", "II": "abcd", "III": "abcd", "IV": "abcdđ", "V": "abcd", "VI": "abcdđ"}
    letters["VII"] = "abcdđ"
    expected = {
        f"S{ROMAN.index(area) + 1}{'dd' if letter == 'đ' else letter}": (
            area,
            f"II.{ROMAN.index(area) + 1}.{letter}",
        )
        for area, lettered in letters.items()
        for letter in lettered
    }
    assert {sid: (t["area"], t["source"]) for sid, t in SOLUTIONS.items()} == expected


def test_file_name_is_id() -> None:
    for folder in ("tasks", "targets"):
        for path in (ROOT / folder).glob("*.yaml"):
            assert _load(path)["id"] == path.stem, path


def test_ids_unique_across_agencies_and_groups() -> None:
    ids = [a["id"] for a in AGENCIES_FILE["agencies"]] + [g["id"] for g in AGENCIES_FILE["groups"]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


# ---------------------------------------------------------------------------------- plan, areas


def test_plan_documents() -> None:
    assert PLAN["decision"]["number"] == "536/QĐ-UBND"
    assert PLAN["decision"]["date"] == dt.date(2017, 2, 24)
    assert PLAN["decision"]["signer"] == "Hồ Quốc Dũng"
    assert PLAN["implements"]["number"] == "05-CTr/TU"
    assert PLAN["implements"]["date"] == dt.date(2016, 10, 20)
    assert PLAN["submission"]["number"] == "873/TTr-SNV"
    assert PLAN["submission"]["date"] == dt.date(2016, 12, 23)
    assert PLAN["period"] == "2016-2020"
    assert len(PLAN["objectives"]) == 4
    assert len(PLAN["requirements"]) == 3
    assert len(PLAN["funding"]) == 2
    assert PLAN["reporting"]["every"] == ["half", "year"]
    assert PLAN["reporting"]["coordinator"] == "snv"
    assert "(qua Sở Nội vụ để tổng hợp)" in PLAN["reporting"]["text"]


def test_area_leads_follow_iv_2() -> None:
    leads = {a["id"]: (a["lead"], a["lead_source"]) for a in AREAS}
    assert leads == {
        "I": ("snv", "IV.2.a"),
        "II": ("stp", "IV.2.c"),
        "III": ("vp-ubnd", "IV.2.b"),
        "IV": ("snv", "IV.2.a"),
        "V": ("snv", "IV.2.a"),
        "VI": ("stc", "IV.2.d"),
        "VII": ("stttt", "IV.2.đ"),
    }
    assert [a["appendix_title"] for a in AREAS] == [
        "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
        "CẢI CÁCH THỂ CHẾ",
        "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
        "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
        "CẢI CÁCH TÀI CHÍNH CÔNG",
        "HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH",
    ]


def test_district_group_is_closed_and_complete() -> None:
    group = GROUPS["ubnd-cap-huyen"]
    assert not group.get("open", False)
    assert len(group["members"]) == len(set(group["members"])) == 11
    assert set(group["members"]) == {i for i, a in AGENCIES.items() if a["kind"] == "district"}
    assert "UBND các huyện, thị xã, thành phố" in group["aliases"]


def test_groups_are_open_or_list_members() -> None:
    for group in GROUPS.values():
        assert group.get("open", False) or group.get("members"), group["id"]
        assert all(m in AGENCIES for m in group.get("members", [])), group["id"]


# ---------------------------------------------------------------------------------------- tasks


@pytest.mark.parametrize("number", sorted(APPENDIX))
def test_key_task_matches_appendix(number: int) -> None:
    task = KEY[number]
    title, lead_text, support_text, product, deadline_text = APPENDIX[number]
    assert task["id"] == f"T{number:02d}"
    assert task["source"] == f"Phụ lục, STT {number}"
    assert task["title"] == title
    assert task["lead_text"] == lead_text
    assert task["support_text"] == support_text
    assert task["product"] == product
    assert task["deadline_text"] == deadline_text


@pytest.mark.parametrize("number", sorted(APPENDIX))
def test_key_task_deadline_follows_its_words(number: int) -> None:
    task = KEY[number]
    text = task["deadline_text"]
    if m := re.fullmatch(r"Năm (\d{4})", text):
        assert task["deadline"] == int(m.group(1))
    elif m := re.fullmatch(r"Giai đoạn (\d{4}) - (\d{4})", text):
        assert task["deadline"] == {"from": int(m.group(1)), "to": int(m.group(2))}
    else:
        assert text.startswith("Sau khi có")
        assert set(task["deadline"]) == {"after"}
        assert EVENTS[task["deadline"]["after"]]["title"] == text


def test_key_task_areas_follow_appendix_headings() -> None:
    bounds = {
        "I": (1, 3),
        "II": (4, 5),
        "III": (6, 8),
        "IV": (9, 12),
        "V": (13, 17),
        "VI": (18, 19),
    }
    bounds["VII"] = (20, 23)
    for area, (first, last) in bounds.items():
        for number in range(first, last + 1):
            assert KEY[number]["area"] == area, number


def test_event_bound_tasks() -> None:
    bound = {
        t["number"]: t["deadline"]["after"]
        for t in KEY.values()
        if isinstance(t.get("deadline"), dict) and "after" in t["deadline"]
    }
    assert sorted(bound) == [9, 14, 19]
    assert sorted(bound.values()) == sorted(EVENTS)
    assert {e["source"] for e in EVENTS.values()} == {
        "Phụ lục, STT 9",
        "Phụ lục, STT 14",
        "Phụ lục, STT 19",
    }
    for event in EVENTS.values():
        assert "happened_on" not in event  # pending: nothing sourced says when it happened
    assert KEY[13]["deadline"] == 2016  # due before the plan was signed, kept as written


def test_key_task_leads() -> None:
    assert {n: t["lead"] for n, t in KEY.items() if t["lead"] != ["snv"]} == {
        4: ["stp"],
        5: ["stp"],
        8: ["cac-so-ban-nganh-lien-quan"],
        9: ["cac-so-nganh", "ubnd-cap-huyen"],
        10: ["cac-so-ban-nganh"],
        11: ["vp-ubnd"],
        12: ["cac-so-nganh", "don-vi-su-nghiep", "ubnd-cap-huyen"],
        18: ["stc"],
        19: ["stc"],
        20: ["stttt"],
        21: ["stttt"],
        22: ["stttt"],
        23: ["stttt"],
    }


def test_solutions_lead_and_deadlines() -> None:
    """A solution's lead is its area's (IV.2), except where IV.2 or the appendix names one for
    what the solution does (issue #11; the reasons are in plan/README.md and each task's note)."""
    lead_of = {a["id"]: a["lead"] for a in AREAS}
    named = {
        "S2c": (["stp", "skhdt"], []),  # IV.2.c; IV.2.e (PCI, investors)
        "S3a": (["vp-ubnd", "skhdt"], []),  # IV.2.b; IV.2.e (competitiveness)
        "S3c": (["vp-ubnd", "skhdt"], []),  # IV.2.b; IV.2.e (dialogue with businesses)
        "S4b": (["snv", "vp-ubnd"], []),  # IV.2.a; Phụ lục STT 11 (inter-agency bodies)
        "S7c": (["stttt", "vp-ubnd"], []),  # IV.2.đ; IV.2.b (một cửa điện tử)
        "S7d": (["skhcn"], ["stttt", "cac-so-nganh-lien-quan"]),  # IV.2.g; IV.2.đ supports
        "S7dd": (["snv"], ["vp-ubnd"]),  # Phụ lục STT 6 (the Centre's Đề án)
    }
    for task in SOLUTIONS.values():
        lead, support = named.get(task["id"], ([lead_of[task["area"]]], []))
        assert (task["lead"], task.get("support", [])) == (lead, support), task["id"]
        assert "updates" not in task
    for sid in named:
        assert "IV.2" in SOLUTIONS[sid]["note"] or "Phụ lục STT" in SOLUTIONS[sid]["note"], sid
    dated = {
        sid: (t["deadline"], t["deadline_text"]) for sid, t in SOLUTIONS.items() if "deadline" in t
    }
    assert dated == {
        "S1c": ({"every": "year", "from": 2017, "to": 2020}, "hàng năm"),
        "S7c": (2017, "vào năm 2017"),
        "S7dd": (2018, "vào năm 2018"),
    }
    for sid, (_, words) in dated.items():
        assert words in SOLUTIONS[sid]["title"]
    assert SOLUTIONS["S7c"]["title"].startswith(
        "Triển khai Hệ thống Dịch vụ công trực tuyến vào năm 2017."
    )
    assert "Trung tâm Dịch vụ hành chính công của tỉnh" in SOLUTIONS["S7dd"]["title"]
    assert "sang mô hình doanh nghiệp" in SOLUTIONS["S4c"]["title"]


def test_references_resolve() -> None:
    known = set(AGENCIES) | set(GROUPS)
    areas = {a["id"] for a in AREAS}
    assert {a["lead"] for a in AREAS} <= known
    assert PLAN["reporting"]["coordinator"] in known
    for task in TASKS.values():
        assert task["area"] in areas
        assert set(task["lead"]) | set(task.get("support", [])) <= known, task["id"]
    for target in TARGETS.values():
        assert target["owner"] in known
        assert target.get("area", "I") in areas


# -------------------------------------------------------------------------------------- targets


@pytest.mark.parametrize("target_id", sorted(GOALS))
def test_target_goal(target_id: str) -> None:
    target = TARGETS[target_id]
    op, value, stretch, due, unit_or_scale, owner = GOALS[target_id]
    assert (target["goal"]["op"], target["goal"]["value"]) == (op, value)
    assert target["stretch"] is stretch
    assert target["due"] == due
    assert target.get("unit", target.get("scale")) == unit_or_scale
    assert ("unit" in target) != ("scale" in target)
    assert target["owner"] == owner
    assert re.fullmatch(r"I\.1\.b, gạch đầu dòng [1-7]", target["source"])
    assert ("phấn đấu" in target["quote"].lower()) is stretch


def test_recurring_index_targets() -> None:
    recurring = {tid for tid, t in TARGETS.items() if "recurring" in t}
    assert recurring == {"M01", "M02", "M03"}
    for tid in recurring:
        assert TARGETS[tid]["recurring"] == {"every": "year", "from": 2017, "to": 2020}
        scale = SCALES[TARGETS[tid]["scale"]]
        labels = [lv if isinstance(lv, str) else lv["label"] for lv in scale["levels"]]
        assert TARGETS[tid]["goal"]["value"] in labels


def test_staff_reduction_is_against_2015() -> None:
    target = TARGETS["M09"]
    assert target["goal"] == {"op": ">=", "value": 10, "change": "decrease"}
    assert target["baseline"] == {"period": 2015, "unit": "people"}


def test_only_published_measurements() -> None:
    measured = {tid: t["measurements"] for tid, t in TARGETS.items() if t.get("measurements")}
    assert list(measured) == ["M01"]
    rows = [(m["period"], m["value"], m.get("rank"), m.get("score")) for m in measured["M01"]]
    assert rows == [(2019, "Khá", 19, 66.56), (2020, "Trung bình", 37, None)]
    assert all(m["source"] for m in measured["M01"])


def test_scales_best_first() -> None:
    assert SCALES["pci"]["levels"] == [
        "Rất tốt",
        "Tốt",
        "Khá",
        "Trung bình",
        "Tương đối thấp",
        "Thấp",
    ]
    assert SCALES["papi"]["levels"][0] == "Nhóm đạt điểm cao nhất"
    assert SCALES["dvctt-muc-do"]["levels"] == ["Mức độ 4", "Mức độ 3", "Mức độ 2", "Mức độ 1"]
    assert SCALES["par-index"]["levels"][0] == {"label": "Tốt", "min": None}


# ------------------------------------------------------------------------------------ text hygiene


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_text_is_clean(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert "\t" not in raw
    assert "\r" not in raw
    assert not raw.startswith("\ufeff")
    for where, text in _strings(_load(path)):
        assert unicodedata.is_normalized("NFC", text), where
        assert text == text.strip(), where
        if where != ".report.number":  # "Số:     /BC-SNV" leaves room to write the number by hand
            assert "  " not in text, where
        lowered = text.lower()
        for noise in ("phần đầu", "*ty*", "[signature]", "national archives", "ngị", "dịch vụ /"):
            assert noise not in lowered, (where, noise)


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_plain_yaml(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    for event in yaml.parse(raw):
        assert not isinstance(event, yaml.AliasEvent), path
        assert getattr(event, "anchor", None) is None, path
        if isinstance(event, yaml.ScalarEvent) and event.style is None:
            assert event.value.lower() not in {"yes", "no", "on", "off", "y", "n"}, (
                path,
                event.value,
            )


# ------------------------------------------------------------------ against the schema, if present


def test_files_validate_against_the_models() -> None:
    model = pytest.importorskip("cchc.model")
    for name in ("plan", "areas", "agencies", "events", "scales"):
        model.file_models()[name].model_validate(_load(ROOT / "plan" / f"{name}.yaml"))
    for task in TASKS.values():
        model.Task.model_validate(task)
    for target in TARGETS.values():
        model.Target.model_validate(target)


def test_dataset_loads_without_problems() -> None:
    loader = pytest.importorskip("cchc.loader")
    result = loader.load_dataset(ROOT, today=dt.date(2025, 1, 1))
    assert [str(p) for p in result.problems] == []
    assert result.dataset is not None
    assert len(result.dataset.tasks) == 54
    assert len(result.dataset.targets) == 22
