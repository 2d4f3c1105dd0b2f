"""Messages about writing files (`cchc.writer`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "write.symlink": (
        "{path} là liên kết (symlink); cchc không ghi qua liên kết — xóa liên kết hoặc ghi ra chỗ khác",
        "{path} is a symlink; cchc never writes through a link: remove it or write elsewhere",
    ),
    "write.not-a-file": (
        "{path} không phải một tệp thường nên không ghi đè được",
        "{path} is not a regular file, so it cannot be overwritten",
    ),
    "write.dataset-file": (
        "{path} là tệp dữ liệu của Kế hoạch; lệnh này không ghi đè lên đó — chọn tệp khác "
        "(chỉ cchc update và cchc measure ghi vào dữ liệu)",
        "{path} is a record of the plan's dataset; this command does not overwrite it; choose "
        "another file (only cchc update and cchc measure write to the data)",
    ),
    "write.cannot": (
        "không ghi được {path} ({reason})",
        "cannot write {path} ({reason})",
    ),
}
