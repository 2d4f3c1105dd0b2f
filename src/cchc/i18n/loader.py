"""Messages of `cchc.loader` and of `cchc validate`'s listing: files, folders, the dataset's
root, the run's summary and its caps."""

MESSAGES: dict[str, tuple[str, str]] = {
    "loader.symlink": (
        "tệp là liên kết (symlink) trỏ ra ngoài bộ dữ liệu hoặc tới nơi không có; "
        "không đọc — chép tệp thật vào đây",
        "the file is a symlink pointing outside the dataset or nowhere; "
        "not followed — copy the real file here",
    ),
    "loader.report-outside": (
        "báo cáo đặt trong thư mục của kỳ, ví dụ reports/2017H1/stp.yaml; tệp này không được đọc",
        "reports go in their period's folder, e.g. reports/2017H1/stp.yaml; this file is not read",
    ),
    "loader.report-duplicate": (
        "báo cáo kỳ {period} của '{agency}' đã có ở {first}; mỗi cơ quan một tệp cho mỗi kỳ",
        "the {period} report of '{agency}' is already in {first}; one file per agency and period",
    ),
    "loader.symlink-folder": (
        "thư mục {folder}/ là liên kết (symlink) trỏ ra ngoài bộ dữ liệu hoặc tới nơi không có; "
        "không đọc — thay bằng một thư mục thật",
        "the {folder}/ folder is a symlink pointing outside the dataset or nowhere; "
        "not followed — replace it with a real folder",
    ),
    "loader.empty-file": (
        "tệp rỗng; cần nội dung theo mẫu",
        "the file is empty; it needs content in the expected shape",
    ),
    "loader.ignored-file": (
        "tệp không có đuôi .yaml nên không được đọc; đổi tên thành ….yaml nếu là dữ liệu",
        "not a .yaml file, so it is not read; rename it to ….yaml if it is data",
    ),
    "loader.missing-file": ("thiếu tệp {path}", "missing file {path}"),
    "root.explicit": (
        "{source} = {chosen}: không có plan/plan.yaml ở thư mục này",
        "{source} = {chosen}: no plan/plan.yaml in that folder",
    ),
    "root.untrusted": (
        "tìm thấy plan/plan.yaml ở {folder} nhưng thư mục này thuộc người dùng khác, "
        "nên không dùng; nếu tin tưởng bộ dữ liệu đó, chạy với --root {folder}",
        "found plan/plan.yaml in {folder}, but that folder belongs to another user, "
        "so it is not used; if you trust that dataset, pass --root {folder}",
    ),
    "root.none": (
        "không tìm thấy bộ dữ liệu: không có plan/plan.yaml ở thư mục này hay thư mục cha nào; "
        "chạy trong thư mục dữ liệu hoặc dùng --root THƯ_MỤC",
        "no dataset found: no plan/plan.yaml here or in any parent folder; "
        "run inside the dataset or pass --root DIR",
    ),
    "validate.summary": (
        "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo ({verdict})",
        "{files} files checked: {errors} errors, {warnings} warnings ({verdict})",
    ),
    "validate.valid": ("hợp lệ", "valid"),
    "validate.invalid": ("không hợp lệ", "invalid"),
    "problems.more": (
        "còn {count} lỗi và cảnh báo khác không được liệt kê (tối đa {per_file} cho mỗi tệp, "
        "{per_run} cho mỗi lần chạy); sửa các lỗi trên rồi chạy lại",
        "{count} more problems were found but not listed (at most {per_file} per file, "
        "{per_run} per run); fix the ones above and run again",
    ),
}
