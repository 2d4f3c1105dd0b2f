"""Messages about report templates (`cchc.templating`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "template.bad-name": (
        "tên mẫu '{name}' không hợp lệ; chỉ dùng tên tệp trong thư mục templates/",
        "invalid template name '{name}'; only file names inside templates/ are allowed",
    ),
    "template.symlink": (
        "{path} là liên kết (symlink); mẫu báo cáo phải là tệp thật trong thư mục templates/ của "
        "bộ dữ liệu",
        "{path} is a symlink; a report template must be a real file inside the dataset's "
        "templates/ folder",
    ),
    "template.not-a-file": (
        "mẫu báo cáo không phải một tệp thường",
        "the report template is not a regular file",
    ),
    "template.too-large": (
        "mẫu báo cáo lớn {size} byte, quá giới hạn {limit} byte",
        "the report template is {size} bytes, over the {limit}-byte limit",
    ),
    "template.unreadable": (
        "không đọc được mẫu báo cáo ({reason})",
        "cannot read the report template ({reason})",
    ),
    "template.not-utf8": (
        "mẫu báo cáo không phải văn bản UTF-8",
        "the report template is not UTF-8 text",
    ),
    "template.missing": ("không có mẫu báo cáo '{name}'", "no report template '{name}'"),
    "template.syntax": (
        "lỗi cú pháp mẫu báo cáo: {reason}",
        "template syntax error: {reason}",
    ),
    "template.too-deep": (
        "mẫu báo cáo lồng nhau quá sâu",
        "the template nests too deeply",
    ),
    "template.undefined": (
        "mẫu dùng '{what}', một giá trị báo cáo không có; xem các giá trị mẫu gốc dùng "
        "(cchc/templates trong gói cài đặt)",
        "the template uses '{what}', which the report does not have; see the values the "
        "packaged templates use (cchc/templates in the installed package)",
    ),
    "template.failed": (
        "mẫu báo cáo không hiển thị được: {reason}",
        "the template cannot be rendered: {reason}",
    ),
    "template.recursion": (
        "mẫu báo cáo gọi lồng nhau quá sâu",
        "the template recurses too deeply",
    ),
    "template.output-too-large": (
        "mẫu báo cáo sinh ra hơn {limit} ký tự",
        "the template produced more than {limit} characters",
    ),
    "template.folder-symlink": (
        "templates/ là liên kết (symlink); mẫu báo cáo phải là tệp thật trong bộ dữ liệu",
        "templates/ is a symlink; report templates must be real files inside the dataset",
    ),
    "template.timeout": (
        "mẫu báo cáo chạy quá {seconds} giây nên bị dừng",
        "the template ran for more than {seconds} seconds and was stopped",
    ),
    "template.no-process": (
        "không chạy được tiến trình hiển thị mẫu ({reason})",
        "cannot start the process that renders templates ({reason})",
    ),
    "template.crashed": (
        "mẫu báo cáo làm tiến trình hiển thị dừng bất thường (có thể do dùng quá nhiều bộ nhớ)",
        "the template made the rendering process stop abnormally (perhaps by using too much "
        "memory)",
    ),
    "template.unreadable-result": (
        "kết quả hiển thị mẫu không đọc được",
        "the rendering process sent back something unreadable",
    ),
}
