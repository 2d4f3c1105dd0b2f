"""Deterministic generator of a valid cchc dataset of any size, in the real layout.

    python bench/gen.py OUT_DIR --tasks 10000 --targets 1000 --seed 1

writes ``OUT_DIR/plan/{plan,areas,agencies,events,scales}.yaml``, ``OUT_DIR/tasks/<id>.yaml`` and
``OUT_DIR/targets/<id>.yaml``. The same arguments always give byte-identical files: one
``random.Random(seed)`` drives every choice, records are generated in id order, and the YAML is written
by a small emitter here (not PyYAML's, whose output could change between versions).

The data looks like the bundled plan: Vietnamese titles composed from word lists, every deadline form
(period, window, conditional with and without ``within``, yearly recurrence, none), progress logs that
obey the validation rules (ascending dates up to 2020-12-31, ``done`` with evidence, ``cancelled`` with a
note, only a reopening after ``done``), and targets in percent/count/people and on an ordinal scale,
firm and stretch, one-off and recurring, plus baseline-and-change targets measured as headcounts. The
output passes ``cchc validate --as-of 2021-01-01`` with no errors and no warnings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

__all__ = ["generate", "main"]

LAST_DAY = dt.date(2020, 12, 31)  # nothing is reported after this: --as-of 2021-01-01 sees it all
FIRST_UPDATE = dt.date(2017, 3, 1)  # the plan was signed on 2017-02-24

# ------------------------------------------------------------------------------------ YAML emitter

_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def _plain_ok(text: str) -> bool:
    """Whether ``text`` can be written unquoted and reads back as the same string."""
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return False
    if text[0] in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        return False
    if text.lower() in {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}:
        return False
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == _STR_TAG)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _plain_ok(text):
        return text
    # JSON strings are valid YAML double-quoted scalars.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _flow(values: Sequence[Any]) -> str | None:
    """Short lists of slugs are written in flow style, as in the bundled data: ``lead: [snv]``."""
    if all(isinstance(v, str) and _SLUG.match(v) for v in values):
        return "[" + ", ".join(values) + "]"
    return None


def _emit(value: Any, indent: int, out: list[str]) -> None:
    """Append the block-style lines of a mapping (``value`` must be a dict) at ``indent``."""
    pad = " " * indent
    for key, item in value.items():
        if isinstance(item, dict):
            if not item:
                out.append(f"{pad}{key}: {{}}")
                continue
            out.append(f"{pad}{key}:")
            _emit(item, indent + 2, out)
        elif isinstance(item, list):
            flow = _flow(item)
            if flow is not None:
                out.append(f"{pad}{key}: {flow}")
                continue
            out.append(f"{pad}{key}:")
            for element in item:
                if isinstance(element, dict):
                    lines: list[str] = []
                    _emit(element, indent + 4, lines)
                    first = lines[0][indent + 4 :]
                    out.append(f"{pad}  - {first}")
                    out.extend(lines[1:])
                else:
                    out.append(f"{pad}  - {_scalar(element)}")
        else:
            out.append(f"{pad}{key}: {_scalar(item)}")


def to_yaml(record: Mapping[str, Any]) -> str:
    out: list[str] = []
    _emit(dict(record), 0, out)
    return unicodedata.normalize("NFC", "\n".join(out) + "\n")


# -------------------------------------------------------------------------------------- word lists

AREAS = [
    ("I", "Công tác chỉ đạo, điều hành", "snv", "IV.2.a"),
    ("II", "Cải cách thể chế", "stp", "IV.2.c"),
    ("III", "Cải cách thủ tục hành chính", "vp-ubnd", "IV.2.b"),
    ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước", "snv", "IV.2.a"),
    ("V", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "snv", "IV.2.a"),
    ("VI", "Cải cách tài chính công", "stc", "IV.2.d"),
    ("VII", "Hiện đại hóa hành chính", "stttt", "IV.2.đ"),
]

DEPARTMENTS = [
    ("snv", "Sở Nội vụ", "department"),
    ("vp-ubnd", "Văn phòng UBND tỉnh", "office"),
    ("stp", "Sở Tư pháp", "department"),
    ("stc", "Sở Tài chính", "department"),
    ("stttt", "Sở Thông tin và Truyền thông", "department"),
    ("skhdt", "Sở Kế hoạch và Đầu tư", "department"),
    ("skhcn", "Sở Khoa học và Công nghệ", "department"),
    ("sxd", "Sở Xây dựng", "department"),
    ("sgtvt", "Sở Giao thông vận tải", "department"),
    ("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "department"),
    ("syt", "Sở Y tế", "department"),
    ("sgddt", "Sở Giáo dục và Đào tạo", "department"),
    ("sldtbxh", "Sở Lao động - Thương binh và Xã hội", "department"),
    ("stnmt", "Sở Tài nguyên và Môi trường", "department"),
    ("sct", "Sở Công Thương", "department"),
    ("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "department"),
    ("thanh-tra-tinh", "Thanh tra tỉnh", "department"),
    ("ban-to-chuc-tinh-uy", "Ban Tổ chức Tỉnh ủy", "party"),
    ("dai-ptth", "Đài Phát thanh và Truyền hình tỉnh", "media"),
    ("bao-tinh", "Báo tỉnh", "media"),
]
DISTRICTS = [
    ("ubnd-quy-nhon", "UBND thành phố Quy Nhơn"),
    ("ubnd-an-nhon", "UBND thị xã An Nhơn"),
    ("ubnd-an-lao", "UBND huyện An Lão"),
    ("ubnd-hoai-an", "UBND huyện Hoài Ân"),
    ("ubnd-hoai-nhon", "UBND huyện Hoài Nhơn"),
    ("ubnd-phu-cat", "UBND huyện Phù Cát"),
    ("ubnd-phu-my", "UBND huyện Phù Mỹ"),
    ("ubnd-tay-son", "UBND huyện Tây Sơn"),
    ("ubnd-tuy-phuoc", "UBND huyện Tuy Phước"),
    ("ubnd-van-canh", "UBND huyện Vân Canh"),
    ("ubnd-vinh-thanh", "UBND huyện Vĩnh Thạnh"),
]
GROUPS_OPEN = [
    ("ubnd-cap-xa", "UBND cấp xã"),
    ("cac-so-nganh-lien-quan", "Các sở, ngành có liên quan"),
    ("cac-co-quan-lien-quan", "Các cơ quan, đơn vị có liên quan"),
]
AGENCY_CODE = {
    "snv": "SNV",
    "vp-ubnd": "VP",
    "stp": "STP",
    "stc": "STC",
    "stttt": "STTTT",
    "skhdt": "SKHĐT",
    "skhcn": "SKHCN",
}

DOC_TYPES = ["Đề án", "Kế hoạch", "Quy định", "Quy chế", "Chương trình", "Bộ tiêu chí", "Hướng dẫn"]
ACTIONS = [
    "về",
    "triển khai",
    "nâng cao chất lượng",
    "kiện toàn",
    "rà soát, đánh giá",
    "đơn giản hóa",
    "đẩy mạnh ứng dụng công nghệ thông tin trong",
    "thực hiện",
    "đổi mới",
]
TOPICS = [
    "cơ chế một cửa, một cửa liên thông",
    "Trung tâm Dịch vụ hành chính công",
    "thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh",
    "dịch vụ công trực tuyến mức độ 3, 4",
    "tinh giản biên chế",
    "vị trí việc làm và cơ cấu ngạch công chức",
    "đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
    "tuyển dụng công chức theo hình thức thi tuyển",
    "đánh giá, xếp loại cán bộ, công chức, viên chức",
    "cơ chế tự chủ của đơn vị sự nghiệp công lập",
    "khoán biên chế và kinh phí quản lý hành chính",
    "hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008",
    "chính quyền điện tử",
    "hệ thống quản lý văn bản và điều hành",
    "kiểm tra công tác cải cách hành chính",
    "tuyên truyền về cải cách hành chính",
    "xây dựng, ban hành văn bản quy phạm pháp luật",
    "kiểm tra, rà soát văn bản quy phạm pháp luật",
    "chỉ số hài lòng của người dân, tổ chức",
    "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "chỉ số cải cách hành chính (PAR Index)",
    "đối thoại với doanh nghiệp",
    "tổ chức bộ máy các cơ quan chuyên môn",
    "phân cấp quản lý nhà nước giữa tỉnh và huyện",
    "văn hóa công vụ",
    "kỷ luật, kỷ cương hành chính",
    "tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức",
    "lưu trữ hồ sơ điện tử",
    "cơ sở dữ liệu về cán bộ, công chức, viên chức",
    "trụ sở Bộ phận tiếp nhận và trả kết quả",
]
SCOPES = [
    "trên địa bàn tỉnh",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "tại các sở, ban, ngành",
    "giai đoạn 2017 - 2020",
    "",
]
VERBS = [
    "Tiếp tục thực hiện",
    "Đẩy mạnh",
    "Tăng cường",
    "Nâng cao hiệu quả",
    "Triển khai",
    "Rà soát, hoàn thiện",
    "Thường xuyên kiểm tra",
]
PRODUCTS = [
    "Quyết định phê duyệt Đề án của UBND tỉnh",
    "Kế hoạch của UBND tỉnh",
    "Quyết định ban hành Quy định của UBND tỉnh",
    "Báo cáo kết quả thực hiện",
    "Quyết định của Chủ tịch UBND tỉnh",
    "Văn bản hướng dẫn của Sở",
]
NOTES_PROGRESS = [
    "Đã xây dựng dự thảo, đang lấy ý kiến các sở, ngành.",
    "Đã trình dự thảo lên UBND tỉnh.",
    "Đang tổng hợp ý kiến góp ý của các cơ quan, đơn vị.",
    "Đã tổ chức hội nghị triển khai.",
    "Đang khảo sát, đánh giá thực trạng.",
]
NOTES_CANCEL = [
    "Không thực hiện do Trung ương đã ban hành quy định thay thế.",
    "Nội dung đã được lồng ghép vào Đề án khác của tỉnh.",
    "Dừng thực hiện theo chỉ đạo của UBND tỉnh do sắp xếp lại tổ chức bộ máy.",
]
NOTES_REOPEN = [
    "Mở lại để sửa đổi, bổ sung theo quy định mới.",
    "Mở lại theo yêu cầu của UBND tỉnh.",
]
DOC_KINDS = ["QĐ", "KH", "BC", "CV", "HD", "TB"]
ISSUERS = ["UBND", "SNV", "STP", "STC", "VP", "STTTT"]
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]

EVENTS = [
    ("nghi-dinh-to-chuc", "Sau khi có Nghị định của Chính phủ", None, None),
    ("huong-dan-tuyen-chon", "Sau khi có Hướng dẫn của Trung ương", None, None),
    ("quy-dinh-khoan-kinh-phi", "Sau khi có quy định của Trung ương", None, None),
    (
        "nghi-dinh-vi-tri-viec-lam",
        "Sau khi có Nghị định của Chính phủ về vị trí việc làm",
        dt.date(2020, 9, 1),
        "Nghị định số 106/2020/NĐ-CP",
    ),
    (
        "nghi-dinh-mot-cua",
        "Sau khi có Nghị định của Chính phủ về cơ chế một cửa, một cửa liên thông",
        dt.date(2018, 4, 23),
        "Nghị định số 61/2018/NĐ-CP",
    ),
    (
        "thong-tu-danh-gia",
        "Sau khi có Thông tư hướng dẫn của Bộ Nội vụ",
        dt.date(2017, 11, 15),
        "Thông tư số 09/2017/TT-BNV",
    ),
    (
        "nghi-dinh-tinh-gian",
        "Sau khi có Nghị định của Chính phủ về tinh giản biên chế",
        dt.date(2018, 12, 20),
        "Nghị định số 113/2018/NĐ-CP",
    ),
]
WITHIN = ["6 tháng", "3 tháng", "12 tháng", "90 ngày", "6m", "1y"]

# ------------------------------------------------------------------------------------- plan files


def _doc_number(rng: random.Random, date: dt.date) -> str:
    number = rng.randint(1, 4999)
    kind, issuer = rng.choice(DOC_KINDS), rng.choice(ISSUERS)
    if kind == "QĐ" and rng.random() < 0.3:
        return f"{number}/{date.year}/QĐ-{issuer}"
    return f"{number}/{kind}-{issuer}"


def _plan() -> dict[str, Any]:
    return {
        "id": "kh-cchc-bench",
        "title": "Kế hoạch cải cách hành chính giai đoạn 2016 - 2020 (dữ liệu sinh tự động để đo "
        "hiệu năng)",
        "province": "Bình Định",
        "decision": {
            "number": "536/QĐ-UBND",
            "date": dt.date(2017, 2, 24),
            "issuer": "Ủy ban nhân dân tỉnh",
            "signer": "Nguyễn Văn A",
            "signer_title": "Chủ tịch",
            "title": "Ban hành Kế hoạch cải cách hành chính giai đoạn 2016 - 2020",
        },
        "implements": {
            "number": "05-CTr/TU",
            "date": dt.date(2016, 10, 20),
            "issuer": "Tỉnh ủy",
            "title": "Chương trình hành động về cải cách hành chính giai đoạn 2016 - 2020",
        },
        "submission": {
            "number": "873/TTr-SNV",
            "date": dt.date(2016, 12, 23),
            "issuer": "Sở Nội vụ",
            "title": "Tờ trình",
        },
        "period": "2016-2020",
        "objectives": [
            "Tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng dịch vụ hành chính "
            "công và chất lượng dịch vụ công.",
            "Thực hiện tinh giản biên chế gắn với việc kiện toàn tổ chức các cơ quan trong hệ thống "
            "chính trị.",
        ],
        "requirements": [
            "Xác định trách nhiệm của người đứng đầu các cơ quan, đơn vị và địa phương trong quá "
            "trình triển khai thực hiện các nhiệm vụ cải cách hành chính.",
        ],
        "funding": [
            "Kinh phí thực hiện được bố trí từ nguồn ngân sách hàng năm được cấp có thẩm quyền giao.",
        ],
        "reporting": {
            "every": ["half", "year"],
            "coordinator": "snv",
            "text": "báo cáo định kỳ 6 tháng, hàng năm về kết quả thực hiện công tác cải cách "
            "hành chính (qua Sở Nội vụ để tổng hợp).",
            "source": "IV.1, gạch đầu dòng 2",
        },
        "report": {
            "parent_body": "UBND TỈNH BÌNH ĐỊNH",
            "issuing_body": "SỞ NỘI VỤ",
            "place": "Bình Định",
            "number": "Số:     /BC-SNV",
        },
        "due_soon_days": 30,
        "source": "Dữ liệu sinh bởi bench/gen.py; không phải Kế hoạch thật",
    }


def _areas() -> dict[str, Any]:
    return {
        "areas": [
            {
                "id": area_id,
                "title": title,
                "appendix_title": title.upper(),
                "lead": lead,
                "lead_source": lead_source,
                "source": f"II.{i}",
            }
            for i, (area_id, title, lead, lead_source) in enumerate(AREAS, start=1)
        ]
    }


def _agencies() -> dict[str, Any]:
    agencies: list[dict[str, Any]] = [
        {"id": "ubnd-tinh", "name": "UBND tỉnh", "kind": "province", "source": "Phụ lục"}
    ]
    for i, (agency_id, name, kind) in enumerate(DEPARTMENTS):
        record: dict[str, Any] = {"id": agency_id, "name": name, "kind": kind}
        if i < 8:
            record["duties"] = [
                f"Chủ trì tham mưu, theo dõi, tổng hợp việc triển khai thực hiện các nội dung về "
                f"{TOPICS[i * 3 % len(TOPICS)]}."
            ]
        record["source"] = f"IV.2.{LETTERS[i % len(LETTERS)]}"
        agencies.append(record)
    for agency_id, name in DISTRICTS:
        agencies.append(
            {
                "id": agency_id,
                "name": name,
                "kind": "district",
                "source": "Phụ lục (UBND cấp huyện)",
            }
        )
    groups: list[dict[str, Any]] = [
        {
            "id": "ubnd-cap-huyen",
            "name": "UBND cấp huyện",
            "aliases": ["UBND các huyện, thị xã, thành phố"],
            "members": [d[0] for d in DISTRICTS],
            "source": "Phụ lục",
        }
    ]
    for group_id, name in GROUPS_OPEN:
        groups.append({"id": group_id, "name": name, "open": True, "source": "Phụ lục"})
    groups.append(
        {
            "id": "cac-co-quan-truyen-thong",
            "name": "Các cơ quan truyền thông trên địa bàn tỉnh",
            "members": ["dai-ptth", "bao-tinh"],
            "open": True,
            "source": "IV.2.h",
        }
    )
    return {"agencies": agencies, "groups": groups}


def _events() -> dict[str, Any]:
    events = []
    for event_id, title, happened_on, reference in EVENTS:
        record: dict[str, Any] = {"id": event_id, "title": title, "source": "Phụ lục"}
        if happened_on is not None:
            record["happened_on"] = happened_on
            record["reference"] = reference
        events.append(record)
    return {"events": events}


PCI = ["Rất tốt", "Tốt", "Khá", "Trung bình", "Tương đối thấp", "Thấp"]
PAR = [("Tốt", 80.0), ("Khá", 70.0), ("Trung bình", 50.0), ("Yếu", 0.0)]


def _scales() -> dict[str, Any]:
    return {
        "scales": [
            {
                "id": "pci",
                "name": "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
                "levels": PCI,
                "note": "Do VCCI công bố hằng năm; giá trị đo là nhóm xếp hạng.",
            },
            {
                "id": "par-index",
                "name": "Chỉ số Cải cách hành chính (PAR Index)",
                "levels": [{"label": label, "min": low} for label, low in PAR],
            },
        ]
    }


# ------------------------------------------------------------------------------------------- tasks

AGENCY_IDS = [d[0] for d in DEPARTMENTS]
# Deadline forms, in the order the first tasks cover them (so even a tiny dataset has each).
DEADLINE_FORMS = [
    "year",
    "half",
    "quarter",
    "range",
    "window",
    "after",
    "after-open",
    "every",
    "none",
]
DEADLINE_WEIGHTS = [30, 8, 6, 4, 10, 6, 3, 8, 10]


def _deadline(rng: random.Random, form: str) -> tuple[Any, str]:
    if form == "year":
        year = rng.choice([2016, 2017, 2017, 2018, 2018, 2019, 2020])
        return year, f"Năm {year}"
    if form == "half":
        year, half = rng.randint(2017, 2020), rng.randint(1, 2)
        return f"{year}H{half}", f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}"
    if form == "quarter":
        year, quarter = rng.randint(2017, 2020), rng.randint(1, 4)
        return f"{year}Q{quarter}", f"Quý {['I', 'II', 'III', 'IV'][quarter - 1]} năm {year}"
    if form == "range":
        return "2017-2020", "Giai đoạn 2017 - 2020"
    if form == "window":
        start = rng.randint(2016, 2018)
        end = rng.randint(start + 1, 2020)
        return {"from": start, "to": end}, f"Giai đoạn {start} - {end}"
    if form in ("after", "after-open"):
        event_id, title, _, _ = rng.choice(EVENTS)
        if form == "after-open":
            return {"after": event_id}, title
        return {"after": event_id, "within": rng.choice(WITHIN)}, title
    if form == "every":
        return {"every": "year", "from": 2017, "to": 2020}, "Hàng năm"
    return None, "Thường xuyên"


def _dates(rng: random.Random, count: int, start: dt.date = FIRST_UPDATE) -> list[dt.date]:
    span = (LAST_DAY - start).days
    return sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))


def _done(rng: random.Random, day: dt.date) -> dict[str, Any]:
    evidence_date = day - dt.timedelta(days=rng.choice([0, 0, 1, 2, 5]))
    evidence: dict[str, Any] = {"number": _doc_number(rng, evidence_date), "date": evidence_date}
    if rng.random() < 0.3:
        evidence["title"] = rng.choice(PRODUCTS)
    return {"date": day, "status": "done", "evidence": evidence}


def _progress(rng: random.Random, day: dt.date) -> dict[str, Any]:
    return {"date": day, "status": "in_progress", "note": rng.choice(NOTES_PROGRESS)}


def _updates(rng: random.Random, recurring: bool) -> list[dict[str, Any]]:
    if recurring:
        updates: list[dict[str, Any]] = []
        for year in range(2017, 2021):
            if rng.random() < 0.25:
                continue
            start = max(dt.date(year, 1, 1), FIRST_UPDATE)
            first, second = sorted(
                start + dt.timedelta(days=rng.randint(0, (dt.date(year, 12, 31) - start).days))
                for _ in range(2)
            )
            updates.append({**_progress(rng, first), "period": year})
            if rng.random() < 0.8:
                updates.append({**_done(rng, second), "period": year})
        return updates
    story = rng.choices(
        ["none", "progress", "progress-done", "done", "reopen", "cancel", "not-started"],
        weights=[20, 20, 30, 10, 5, 5, 3],
    )[0]
    if story == "none":
        return []
    if story == "not-started":
        day, later = _dates(rng, 2)
        return [{"date": day, "status": "not_started"}, _progress(rng, later)]
    if story == "progress":
        return [_progress(rng, day) for day in _dates(rng, rng.randint(1, 3))]
    if story == "done":
        return [_done(rng, _dates(rng, 1)[0])]
    if story == "progress-done":
        days = _dates(rng, rng.randint(2, 4))
        return [*(_progress(rng, d) for d in days[:-1]), _done(rng, days[-1])]
    if story == "reopen":
        a, b, c, d = _dates(rng, 4)
        reopen = {"date": c, "status": "in_progress", "note": rng.choice(NOTES_REOPEN)}
        return [_progress(rng, a), _done(rng, b), reopen, _done(rng, d)]
    a, b = _dates(rng, 2)
    return [_progress(rng, a), {"date": b, "status": "cancelled", "note": rng.choice(NOTES_CANCEL)}]


def _agencies_text(ids: Iterable[str], names: Mapping[str, str]) -> str:
    return "; ".join(names[i] for i in ids)


def _task(rng: random.Random, index: int, names: Mapping[str, str]) -> dict[str, Any]:
    key = rng.random() < 0.3
    area_id = AREAS[rng.randrange(len(AREAS))][0]
    topic = rng.choice(TOPICS)
    scope = rng.choice(SCOPES)
    if key:
        title = f"{rng.choice(DOC_TYPES)} {rng.choice(ACTIONS)} {topic} {scope}".strip()
    else:
        title = f"{rng.choice(VERBS)} {topic} {scope}".strip()
    task_id = f"{'T' if key else 'S'}{index:05d}"
    form = (
        DEADLINE_FORMS[index - 1]
        if index <= len(DEADLINE_FORMS)
        else rng.choices(DEADLINE_FORMS, DEADLINE_WEIGHTS)[0]
    )
    deadline, deadline_text = _deadline(rng, form)
    roll = rng.random()
    if roll < 0.08:
        lead = ["ubnd-cap-huyen"]
    elif roll < 0.18:
        lead = sorted(rng.sample(AGENCY_IDS[:8], 2))
    else:
        lead = [rng.choice(AGENCY_IDS)]
    support_pool = [a for a in (*AGENCY_IDS, *(g[0] for g in GROUPS_OPEN)) if a not in lead]
    support = sorted(rng.sample(support_pool, rng.randint(0, 3)))

    record: dict[str, Any] = {"id": task_id, "kind": "key" if key else "solution"}
    if key:
        record["number"] = index
    record["area"] = area_id
    record["title"] = title
    record["lead"] = lead
    record["lead_text"] = _agencies_text(lead, names)
    if support:
        record["support"] = support
        record["support_text"] = _agencies_text(support, names)
    if key:
        record["product"] = rng.choice(PRODUCTS)
    if deadline is not None:
        record["deadline"] = deadline
    record["deadline_text"] = deadline_text
    area_number = [a[0] for a in AREAS].index(area_id) + 1
    record["source"] = f"Phụ lục, STT {index}" if key else f"II.{area_number}.{rng.choice(LETTERS)}"
    if rng.random() < 0.05:
        record["note"] = "Thời hạn ghi đúng như Phụ lục của Kế hoạch."
    updates = _updates(rng, recurring=form == "every")
    if updates:
        record["updates"] = updates
    return record


# ----------------------------------------------------------------------------------------- targets

TARGET_FORMS = ["percent", "count", "people", "scale", "recurring", "change", "baseline", "par"]
TARGET_WEIGHTS = [40, 12, 10, 6, 12, 3, 12, 5]
PERCENT_INDICATORS = [
    "Tỷ lệ thủ tục hành chính được giải quyết đúng hạn",
    "Tỷ lệ hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích",
    "Tỷ lệ văn bản được gửi, nhận dưới dạng điện tử giữa các cơ quan nhà nước",
    "Tỷ lệ UBND cấp xã thực hiện mô hình Bộ phận tiếp nhận và trả kết quả hiện đại",
    "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định",
    "Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
    "Tỷ lệ đơn vị sự nghiệp công lập tự chủ một phần chi thường xuyên",
]
COUNT_INDICATORS = [
    ("Số dịch vụ công trực tuyến mức độ 3, 4 được cung cấp", "count", (100, 800)),
    ("Số thủ tục hành chính được đơn giản hóa", "count", (50, 400)),
    (
        "Số cán bộ, công chức, viên chức được bồi dưỡng kiến thức quản lý nhà nước",
        "people",
        (500, 9000),
    ),
    ("Số người được tuyển dụng qua thi tuyển cạnh tranh", "people", (100, 2000)),
]
OPS = [(">", "trên"), (">=", "tối thiểu"), (">=", "ít nhất"), ("=", ""), (">=", "từ")]


def _lower(text: str) -> str:
    return text[0].lower() + text[1:]


def _measure_years(rng: random.Random, first: int) -> list[int]:
    years = [y for y in range(first, 2021) if rng.random() < 0.7]
    return years


def _source(rng: random.Random, year: int) -> str:
    issuer = rng.choice(["SNV", "VP", "STP", "STTTT", "UBND"])
    return f"Báo cáo số {rng.randint(1, 400)}/BC-{issuer} năm {year + 1 if year < 2020 else 2020}"


def _target(rng: random.Random, index: int) -> dict[str, Any]:
    form = (
        TARGET_FORMS[index - 1]
        if index <= len(TARGET_FORMS)
        else rng.choices(TARGET_FORMS, TARGET_WEIGHTS)[0]
    )
    area_id = AREAS[rng.randrange(len(AREAS))][0]
    owner = rng.choice(AGENCY_IDS[:8])
    stretch = form in ("percent", "count", "people") and rng.random() < 0.25
    prefix = "phấn đấu " if stretch else ""
    record: dict[str, Any] = {"id": f"M{index:05d}", "area": area_id}
    measurements: list[dict[str, Any]] = []
    extra: dict[str, Any] = {}
    due: Any = rng.choice([2018, 2019, 2020, 2020, 2020])
    value_goal: int | str  # a number, or a scale's label

    if form in ("percent", "recurring", "baseline"):
        indicator = rng.choice(PERCENT_INDICATORS)
        op, word = rng.choice(OPS)
        percent = 100 if op == "=" else rng.choice([30, 50, 60, 70, 80, 90, 95])
        quote = f"{prefix}{_lower(indicator)} đạt {word} {percent}%".replace("  ", " ")
        unit, value_goal = "percent", percent
        level = rng.uniform(10, 60)
        first = 2016
        if form == "baseline":
            first = 2017
            extra["baseline"] = {
                "period": 2016,
                "value": round(level, 1),
                "source": _source(rng, 2016),
            }
        if form == "recurring":
            first = 2017
            quote = f"Từ năm 2017, hàng năm {_lower(indicator)} đạt {word} {percent}%".replace(
                "  ", " "
            )
            extra["recurring"] = {"every": "year", "from": 2017, "to": 2020}
            due = 2020
        for year in _measure_years(rng, first):
            if form == "percent" and year in (2018, 2019) and rng.random() < 0.2:
                # A half-year figure from the 6-month report, before the year's own.
                half = round(min(100.0, level + rng.uniform(0, 5)), 1)
                measurements.append(
                    {"period": f"{year}H1", "value": half, "source": _source(rng, year)}
                )
            level = min(100.0, level + rng.uniform(0, 15))
            measurements.append(
                {"period": year, "value": round(level, 1), "source": _source(rng, year)}
            )
    elif form in ("count", "people"):
        indicator, unit, (low, high) = rng.choice(
            [c for c in COUNT_INDICATORS if c[1] == form] or COUNT_INDICATORS
        )
        op, word = rng.choice([(">", "trên"), (">=", "ít nhất")])
        value_goal = rng.randint(low, high) // 10 * 10
        quote = f"{prefix}{_lower(indicator)} đạt {word} {value_goal}"
        count = rng.randint(0, value_goal // 3)
        for year in _measure_years(rng, 2016):
            count += rng.randint(0, value_goal // 3)
            measurements.append({"period": year, "value": count, "source": _source(rng, year)})
    elif form == "change":
        indicator = "Tỷ lệ tinh giản biên chế so với biên chế được giao năm 2015"
        op, unit, value_goal = ">=", "percent", rng.choice([5, 10])
        quote = (
            f"Tỷ lệ tinh giản biên chế đến năm 2021 đạt tối thiểu {value_goal}% so với biên chế "
            "được giao năm 2015"
        )
        headcount = rng.randint(2000, 6000)
        extra["baseline"] = {
            "period": 2015,
            "value": headcount,
            "unit": "people",
            "source": _source(rng, 2015),
        }
        due = 2021
        for year in range(2016, 2021):
            headcount -= rng.randint(0, headcount // 40)
            measurements.append({"period": year, "value": headcount, "source": _source(rng, year)})
    else:  # scale: pci or par-index
        scale = "pci" if form == "scale" else "par-index"
        labels = PCI if scale == "pci" else [label for label, _ in PAR]
        indicator = (
            "Nhóm xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"
            if scale == "pci"
            else "Mức xếp hạng Chỉ số cải cách hành chính (PAR Index)"
        )
        name = "Chỉ số năng lực cạnh tranh (PCI)" if scale == "pci" else "Chỉ số PAR Index"
        op, value_goal, unit = ">=", labels[1], None
        quote = f"Từ năm 2017, hàng năm đạt và duy trì {name} thuộc Nhóm {value_goal} trở lên"
        extra["scale"] = scale
        extra["recurring"] = {"every": "year", "from": 2017, "to": 2020}
        due = 2020
        for year in _measure_years(rng, 2016):
            entry: dict[str, Any] = {"period": year, "value": rng.choice(labels[:4])}
            if scale == "pci":
                entry["rank"] = rng.randint(1, 63)
                entry["score"] = round(rng.uniform(55, 72), 2)
            entry["source"] = (
                f"VCCI, pcivietnam.vn, PCI {year}" if scale == "pci" else _source(rng, year)
            )
            if rng.random() < 0.3:
                entry["date"] = (
                    dt.date(year + 1, 4, rng.randint(1, 28))
                    if year < 2020
                    else (dt.date(2020, 12, rng.randint(1, 28)))
                )
            measurements.append(entry)

    record["indicator"] = indicator
    record["quote"] = quote[0].upper() + quote[1:]
    record["source"] = f"I.1.b, gạch đầu dòng {rng.randint(1, 6)}"
    record["owner"] = owner
    if "scale" in extra:
        record["scale"] = extra["scale"]
    else:
        record["unit"] = unit
    goal: dict[str, Any] = {"op": op, "value": value_goal}
    if form == "change":
        goal["change"] = "decrease"
    record["goal"] = goal
    if "baseline" in extra:
        record["baseline"] = extra["baseline"]
    record["stretch"] = stretch
    record["due"] = due
    if "recurring" in extra:
        record["recurring"] = extra["recurring"]
    if measurements:
        record["measurements"] = measurements
    return record


# ------------------------------------------------------------------------------------------- entry


def _write(path: Path, record: Mapping[str, Any]) -> None:
    path.write_bytes(to_yaml(record).encode("utf-8"))


def generate(out: Path, tasks: int, targets: int, seed: int = 1) -> None:
    """Write a dataset of ``tasks`` tasks and ``targets`` targets under ``out`` (replacing the
    ``plan/``, ``tasks/`` and ``targets/`` folders there). Same arguments → byte-identical files."""
    if tasks < 0 or targets < 0:
        raise ValueError("tasks and targets must not be negative")
    out = Path(out)
    for folder in ("plan", "tasks", "targets"):
        shutil.rmtree(out / folder, ignore_errors=True)
        (out / folder).mkdir(parents=True)
    _write(out / "plan" / "plan.yaml", _plan())
    _write(out / "plan" / "areas.yaml", _areas())
    agencies = _agencies()
    _write(out / "plan" / "agencies.yaml", agencies)
    _write(out / "plan" / "events.yaml", _events())
    _write(out / "plan" / "scales.yaml", _scales())
    names = {a["id"]: a["name"] for a in agencies["agencies"]}
    names.update({g["id"]: g["name"] for g in agencies["groups"]})
    # Separate streams, so adding targets does not change the tasks of a given seed.
    task_rng = random.Random(f"{seed}:tasks")
    for index in range(1, tasks + 1):
        record = _task(task_rng, index, names)
        _write(out / "tasks" / f"{record['id']}.yaml", record)
    target_rng = random.Random(f"{seed}:targets")
    for index in range(1, targets + 1):
        record = _target(target_rng, index)
        _write(out / "targets" / f"{record['id']}.yaml", record)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="dataset folder to write (plan/, tasks/, targets/)")
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--targets", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.out, args.tasks, args.targets, args.seed)
    print(f"{args.out}: {args.tasks} tasks, {args.targets} targets (seed {args.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
