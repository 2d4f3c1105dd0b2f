"""Messages about reading git revisions (`cchc.revisions`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "rev.no-git": (
        "không tìm thấy lệnh git; cài git để so sánh các phiên bản dữ liệu",
        "the git command was not found; install git to compare revisions of the data",
    ),
    "rev.git-failed": (
        "git {command} không chạy được: {reason}",
        "git {command} failed: {reason}",
    ),
    "rev.unknown": (
        "không có phiên bản '{revision}' trong kho git (xem git log, git tag)",
        "no revision '{revision}' in the git repository (see git log, git tag)",
    ),
    "rev.bad": (
        "'{revision}' không phải tên một phiên bản",
        "'{revision}' is not the name of a revision",
    ),
}
