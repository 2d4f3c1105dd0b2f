"""What the command line says on stderr: usage errors, refusals, and what it wrote."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.usage": ("{message} (xem '{command} --help')", "{message} (see '{command} --help')"),
    "cli.output-failed": (
        "không ghi được kết quả ra đầu ra chuẩn: {reason}; kiểm tra chỗ trống trên đĩa hoặc ghi "
        "bằng -o TỆP",
        "cannot write the output to standard output: {reason}; check the free disk space or write "
        "it with -o FILE",
    ),
    "cli.internal": (
        "lỗi nội bộ ({kind}: {error}); chạy lại với --debug và báo cho nhóm phát triển",
        "internal error ({kind}: {error}); rerun with --debug and report it",
    ),
    "cli.option": ("{option}: {reason}", "{option}: {reason}"),
    "cli.as-of-day": (
        "--as-of cần một ngày (YYYY-MM-DD), không phải '{value}'",
        "--as-of needs a day (YYYY-MM-DD), not '{value}'",
    ),
    "cli.invalid-data": (
        "dữ liệu có {errors} lỗi; chạy 'cchc validate' để xem hết và sửa",
        "the data has {errors} error(s); run 'cchc validate' to see them all and fix them",
    ),
    "cli.unknown-kind": (
        "không có loại tệp '{kind}'; chọn một trong: {choices}",
        "unknown kind '{kind}'; choose one of: {choices}",
    ),
    "cli.report-format": (
        "-o {path}: không biết định dạng theo đuôi tệp; dùng .md, .html hoặc .docx, hoặc chỉ "
        "rõ --format md|html|docx",
        "-o {path}: cannot tell the format from the extension; use .md, .html or .docx, or "
        "pass --format md|html|docx",
    ),
    "cli.cannot-write-output": (
        "-o {path}: không ghi được ({reason})",
        "-o {path}: cannot write ({reason})",
    ),
    "cli.cannot-create": ("không tạo được {path}: {reason}", "cannot create {path}: {reason}"),
    "cli.wrote": ("đã ghi {path}", "wrote {path}"),
    "cli.created": (
        "đã tạo bộ dữ liệu mới ở {path} ({count} tệp). Tiếp theo: thay các giá trị '# TODO' "
        "trong plan/plan.yaml, rồi chạy: cchc validate --root {path}",
        "created a new dataset in {path} ({count} files). Next: replace the '# TODO' values in "
        "plan/plan.yaml, then run: cchc validate --root {path}",
    ),
    "cli.not-empty": (
        "{path} đã có và không trống; chọn một thư mục mới hoặc thư mục trống",
        "{path} exists and is not empty; choose a new or empty folder",
    ),
    "cli.bad-remind": (
        "--remind: '{value}' không hợp lệ; dùng số ngày hoặc tuần, ví dụ 7d,1d hoặc 2w",
        "--remind: '{value}' is not valid; use days or weeks, e.g. 7d,1d or 2w",
    ),
}
