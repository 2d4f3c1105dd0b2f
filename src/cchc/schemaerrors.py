"""Pydantic's validation errors, said for people: Vietnamese first, English second, with the fix.

Pydantic reports `{'type': 'extra_forbidden', 'loc': ('updates', 0, 'stauts'), ...}`; staff need
"trường 'stauts' không có trong mẫu; các trường hợp lệ: date, status, note, …". This module owns that
translation, including finding which model a `loc` points into so an unknown key can name the keys
that are allowed there.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """Every BaseModel class reachable inside a type annotation (through Optional, list, unions)."""
    found: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            found.append(current)
            continue
        origin = typing.get_origin(current)
        if origin is typing.Annotated:
            stack.append(typing.get_args(current)[0])
        elif origin in (typing.Union, types.UnionType, list, tuple, dict):
            stack.extend(typing.get_args(current))
    return found


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def model_at(root: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model whose field `loc[-1]` is, following `loc[:-1]` down from `root`."""
    candidates: list[type[BaseModel]] = [root]
    for element in loc[:-1]:
        if not isinstance(element, str):
            continue  # list index: stays with the list's item models
        by_field = [
            model
            for model in candidates
            for name, info in model.model_fields.items()
            if element in (name, info.alias)
        ]
        if by_field:
            model = by_field[0]
            for name, info in model.model_fields.items():
                if element in (name, info.alias):
                    candidates = _models_in(info.annotation)
                    break
        else:
            # A union tag such as 'window' picks the member whose class name matches.
            tagged = [m for m in candidates if m.__name__.lower() == element.lower()]
            if tagged:
                candidates = tagged
        if not candidates:
            return None
    return candidates[0] if len(candidates) == 1 else _pick(candidates, loc)


def _pick(candidates: list[type[BaseModel]], loc: Sequence[str | int]) -> type[BaseModel] | None:
    return candidates[0] if candidates else None


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"


def describe(error: ErrorDetails, root: type[BaseModel]) -> tuple[str, str, str, bool]:
    """(message_vi, message_en, rule, points_at_key) for one pydantic error."""
    kind = error["type"]
    loc = error["loc"]
    field = next((str(e) for e in reversed(loc) if isinstance(e, str)), "")
    value = error.get("input")
    ctx = error.get("ctx") or {}

    if kind == "missing":
        return (
            f"thiếu trường bắt buộc '{field}'",
            f"missing required field '{field}'",
            "missing-field",
            False,
        )
    if kind == "extra_forbidden":
        model = model_at(root, loc)
        allowed = ", ".join(_field_names(model)) if model else ""
        return (
            f"trường '{field}' không có trong mẫu; các trường hợp lệ: {allowed}",
            f"unknown field '{field}'; allowed fields: {allowed}",
            "unknown-field",
            True,
        )
    if kind == "doc_number":
        return (
            f"số văn bản '{_show(value)}' sai dạng; viết dạng số/KÝ-HIỆU, ví dụ 536/QĐ-UBND",
            f"malformed document number '{_show(value)}'; write number/SYMBOL, e.g. 536/QĐ-UBND",
            "doc-number",
            False,
        )
    if kind in ("period", "duration"):
        reason = str(ctx.get("reason", ""))
        return reason, reason, kind, False
    if kind in (
        "date_parsing",
        "date_from_datetime_parsing",
        "date_type",
        "date_from_datetime_inexact",
    ):
        return (
            f"ngày '{_show(value)}' không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2017-05-10",
            f"invalid date '{_show(value)}'; write YYYY-MM-DD, e.g. 2017-05-10",
            "date",
            False,
        )
    if kind == "literal_error" or kind == "enum":
        expected = str(ctx.get("expected", "")).replace("' or '", "', '")
        return (
            f"giá trị '{_show(value)}' không hợp lệ cho '{field}'; chọn một trong: {expected}",
            f"invalid value '{_show(value)}' for '{field}'; expected one of: {expected}",
            "invalid-value",
            False,
        )
    if kind == "string_pattern_mismatch":
        return (
            f"mã '{_show(value)}' không hợp lệ cho '{field}'; chỉ dùng chữ không dấu, số và '-' "
            "(ví dụ T06, snv, ubnd-quy-nhon)",
            f"invalid id '{_show(value)}' for '{field}'; use ASCII letters, digits and '-' "
            "(e.g. T06, snv, ubnd-quy-nhon)",
            "invalid-id",
            False,
        )
    if kind in ("too_short", "string_too_short"):
        return (
            f"'{field}' không được để trống",
            f"'{field}' must not be empty",
            "empty",
            False,
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"'{field}' phải là số nguyên, không phải '{_show(value)}'",
            f"'{field}' must be a whole number, not '{_show(value)}'",
            "type",
            False,
        )
    if kind in ("float_type", "float_parsing"):
        return (
            f"'{field}' phải là số, không phải '{_show(value)}'",
            f"'{field}' must be a number, not '{_show(value)}'",
            "type",
            False,
        )
    if kind in ("string_type",):
        return (
            f"'{field}' phải là chữ, không phải {_show(value)}",
            f"'{field}' must be text, not {_show(value)}",
            "type",
            False,
        )
    if kind in ("bool_type", "bool_parsing"):
        return (
            f"'{field}' phải là true hoặc false",
            f"'{field}' must be true or false",
            "type",
            False,
        )
    if kind in ("list_type",):
        return (
            f"'{field}' phải là một danh sách (ví dụ [snv] hoặc các dòng '- …')",
            f"'{field}' must be a list (e.g. [snv] or lines of '- …')",
            "type",
            False,
        )
    if kind in ("model_type", "model_attributes_type", "dict_type") and not field:
        return (
            "nội dung tệp phải là các dòng 'khóa: giá trị' (ví dụ id: T06), "
            "không phải một danh sách hay một giá trị đơn",
            "the file must hold 'key: value' lines (e.g. id: T06), not a list or a single value",
            "type",
            False,
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return (
            f"'{field or 'tệp'}' phải là một bảng khóa: giá trị",
            f"'{field or 'file'}' must be a mapping of key: value",
            "type",
            False,
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(ctx.values()), "")
        return (
            f"'{field}' = {_show(value)} nằm ngoài giới hạn ({kind.replace('_', ' ')} {bound})",
            f"'{field}' = {_show(value)} is out of range ({kind.replace('_', ' ')} {bound})",
            "range",
            False,
        )
    if kind == "group_members":
        return (
            "nhóm đóng cần liệt kê 'members' (hoặc ghi open: true nếu không biết hết thành viên)",
            "a closed group needs 'members' (or open: true when membership is not known)",
            "group-members",
            False,
        )
    if kind == "unit_or_scale":
        return (
            "chỉ tiêu cần đúng một trong hai trường 'unit' (đơn vị) hoặc 'scale' (thang bậc)",
            "a target needs exactly one of 'unit' or 'scale'",
            "unit-or-scale",
            False,
        )
    if kind == "change_needs_baseline":
        return (
            "mục tiêu có 'change' (giảm/tăng so với gốc) cần trường 'baseline'",
            "a goal with 'change' needs a 'baseline'",
            "baseline",
            False,
        )
    if kind == "recurrence_order":
        return (
            "năm 'to' đứng trước năm 'from'",
            "'to' is before 'from'",
            "recurrence",
            False,
        )
    if kind == "union_tag_invalid" or kind == "union_tag_not_found":
        return (
            f"'{field}' có dạng không hợp lệ",
            f"'{field}' has an invalid form",
            "type",
            False,
        )
    message = error.get("msg", kind)
    return (
        f"'{field}': giá trị không hợp lệ ({message})",
        f"'{field}': invalid value ({message})",
        "invalid-value",
        False,
    )
