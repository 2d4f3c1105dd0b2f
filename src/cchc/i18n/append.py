"""Messages about appending to a record's list (`cchc.append`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "append.empty": ("không có gì để ghi thêm", "nothing to append"),
    "append.unreadable": (
        "không đọc được cấu trúc tệp để ghi thêm; chạy cchc validate và sửa tệp trước",
        "cannot read the file's structure to append to it; run cchc validate and fix it first",
    ),
    "append.not-a-mapping": (
        "tệp phải là các dòng 'khóa: giá trị' mới ghi thêm được",
        "the file must hold 'key: value' lines to be appended to",
    ),
    "append.multiline": (
        "văn bản nhiều dòng chỉ ghi được trong danh sách dạng khối ('- ' mỗi mục) và không có "
        "khoảng trắng ở đầu hay cuối dòng; viết trên một dòng hoặc sửa như vậy",
        "a text of several lines can only be written into a block list ('- ' per item) and "
        "without spaces at the start or end of a line; write it on one line, or so",
    ),
    "append.would-change": (
        "ghi thêm vào tệp này sẽ làm đổi nội dung đã có (dòng cuối là một khối '|' không có "
        "dấu xuống dòng); thêm một dòng trống ở cuối tệp rồi chạy lại",
        "appending to this file would change what it already says (its last line is a '|' block "
        "with no line end); add a line end at the end of the file and run again",
    ),
    "append.not-a-list": (
        "trường cần ghi thêm không phải một danh sách; sửa tệp cho đúng mẫu trước",
        "the field to append to is not a list; fix the file's shape first",
    ),
}
