"""Messages of `cchc.schemaerrors`: one file against its schema, said for people, with the fix;
and the hints both it and the checks append ("did you mean …", "write 45.5")."""

MESSAGES: dict[str, tuple[str, str]] = {
    "schema.reason": ("{reason}", "{reason}"),
    # --- hints, appended to a message (they start with a space)
    "hint.did-you-mean": (" (có phải {choices}?)", " (did you mean {choices}?)"),
    "hint.decimal-point": (
        "; số thập phân viết bằng dấu chấm: {value}",
        "; write decimals with a point: {value}",
    ),
    # --- pydantic's errors
    "schema.missing": ("thiếu trường bắt buộc '{field}'", "missing required field '{field}'"),
    "schema.unknown-field": (
        "trường '{field}' không có trong mẫu{hint}; các trường hợp lệ: {allowed}",
        "unknown field '{field}'{hint}; allowed fields: {allowed}",
    ),
    "schema.doc-number": (
        "số văn bản '{value}' sai dạng; viết dạng số/KÝ-HIỆU, ví dụ 536/QĐ-UBND",
        "malformed document number '{value}'; write number/SYMBOL, e.g. 536/QĐ-UBND",
    ),
    "schema.date": (
        "ngày '{value}' không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2017-05-10",
        "invalid date '{value}'; write YYYY-MM-DD, e.g. 2017-05-10",
    ),
    "schema.date-iso": (
        "ngày '{value}' không hợp lệ; viết dạng YYYY-MM-DD: {iso}",
        "invalid date '{value}'; write YYYY-MM-DD: {iso}",
    ),
    "schema.no-such-day": (
        "ngày '{value}' không tồn tại{reason}",
        "there is no day '{value}'{reason}",
    ),
    "schema.invalid-value": (
        "giá trị '{value}' không hợp lệ cho '{field}'{hint}; chọn một trong: {expected}",
        "invalid value '{value}' for '{field}'{hint}; expected one of: {expected}",
    ),
    "schema.invalid-id": (
        "mã '{value}' không hợp lệ cho '{field}'{hint}; chỉ dùng chữ không dấu, số và '-' "
        "(ví dụ T06, snv, ubnd-quy-nhon)",
        "invalid id '{value}' for '{field}'{hint}; use ASCII letters, digits and '-' "
        "(e.g. T06, snv, ubnd-quy-nhon)",
    ),
    "schema.empty": ("'{field}' không được để trống", "'{field}' must not be empty"),
    "schema.whole-number": (
        "'{field}' phải là số nguyên, không phải '{value}'",
        "'{field}' must be a whole number, not '{value}'",
    ),
    "schema.number": (
        "'{field}' phải là số, không phải '{value}'{hint}",
        "'{field}' must be a number, not '{value}'{hint}",
    ),
    "schema.text": (
        "'{field}' phải là chữ, không phải {value}",
        "'{field}' must be text, not {value}",
    ),
    "schema.bool": ("'{field}' phải là true hoặc false", "'{field}' must be true or false"),
    "schema.list": (
        "'{field}' phải là một danh sách (ví dụ [snv] hoặc các dòng '- …')",
        "'{field}' must be a list (e.g. [snv] or lines of '- …')",
    ),
    "schema.file-mapping": (
        "nội dung tệp phải là các dòng 'khóa: giá trị' (ví dụ id: T06), "
        "không phải một danh sách hay một giá trị đơn",
        "the file must hold 'key: value' lines (e.g. id: T06), not a list or a single value",
    ),
    "schema.mapping": (
        "'{field}' phải là một bảng khóa: giá trị",
        "'{field}' must be a mapping of key: value",
    ),
    "schema.range.ge": (
        "'{field}' = {value} nằm ngoài giới hạn (phải từ {bound} trở lên)",
        "'{field}' = {value} is out of range (it must be at least {bound})",
    ),
    "schema.range.gt": (
        "'{field}' = {value} nằm ngoài giới hạn (phải lớn hơn {bound})",
        "'{field}' = {value} is out of range (it must be more than {bound})",
    ),
    "schema.range.le": (
        "'{field}' = {value} nằm ngoài giới hạn (tối đa {bound})",
        "'{field}' = {value} is out of range (it must be at most {bound})",
    ),
    "schema.range.lt": (
        "'{field}' = {value} nằm ngoài giới hạn (phải nhỏ hơn {bound})",
        "'{field}' = {value} is out of range (it must be less than {bound})",
    ),
    "schema.figure-range": (
        "'{field}' = {value} nằm ngoài khoảng in được: một con số phải hữu hạn, "
        "không lớn hơn 10^15 và, nếu khác 0, không nhỏ hơn 10^-6",
        "'{field}' = {value} is outside what can be printed: a number must be finite, "
        "at most 10^15 and, unless 0, at least 10^-6 in size",
    ),
    "schema.too-many-entries": (
        "'{field}' có {count} mục, nhiều hơn mức tối đa {limit}; các mục không được kiểm tra",
        "'{field}' has {count} entries, more than the {limit} allowed; they were not checked",
    ),
    "schema.group-members": (
        "nhóm đóng cần liệt kê 'members' (hoặc ghi open: true nếu không biết hết thành viên)",
        "a closed group needs 'members' (or open: true when membership is not known)",
    ),
    "schema.unit-or-scale": (
        "chỉ tiêu cần đúng một trong hai trường 'unit' (đơn vị) hoặc 'scale' (thang bậc)",
        "a target needs exactly one of 'unit' or 'scale'",
    ),
    "schema.baseline": (
        "mục tiêu có 'change' (giảm/tăng so với gốc) cần trường 'baseline'",
        "a goal with 'change' needs a 'baseline'",
    ),
    "schema.recurrence": ("năm 'to' đứng trước năm 'from'", "'to' is before 'from'"),
    "schema.invalid-form": ("'{field}' có dạng không hợp lệ", "'{field}' has an invalid form"),
    "schema.other": (
        "'{field}': giá trị không hợp lệ ({reason})",
        "'{field}': invalid value ({reason})",
    ),
}
