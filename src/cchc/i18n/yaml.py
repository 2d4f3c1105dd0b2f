"""Messages of the strict-YAML layer (`cchc.yaml`): each says what is wrong and how to fix it.

A message worded with values is formatted, so the texts of keys that take values write a literal
brace as ``{{``/``}}``. Every ``yaml.syntax.*`` message takes ``{where}``: empty, or the
``yaml.started-at`` clause when the broken block began on an earlier line.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- reading the file
    "yaml.too-large": (
        "tệp quá lớn ({size_mb:.1f} MB, giới hạn {limit_mb:g} MB) nên không được đọc; "
        "chia thành các tệp nhỏ, mỗi tệp một bản ghi",
        "file too large ({size_mb:.1f} MB, limit {limit_mb:g} MB), not read; "
        "split it into small files, one record each",
    ),
    "yaml.not-a-file.directory": (
        "đây là thư mục, không phải tệp YAML; đổi tên thư mục (bỏ đuôi .yaml) "
        "hoặc chuyển nó ra khỏi thư mục dữ liệu",
        "this is a directory, not a YAML file; rename it (drop the .yaml ending) "
        "or move it out of the data folder",
    ),
    "yaml.not-a-file.special": (
        "đây không phải tệp thông thường (ví dụ thiết bị hay ống dẫn); "
        "thay bằng một tệp YAML thật hoặc xóa nó khỏi thư mục dữ liệu",
        "this is not a regular file (e.g. a device or a pipe); "
        "replace it with a real YAML file or remove it from the data folder",
    ),
    "yaml.unreadable.permission": (
        "không có quyền đọc tệp; cấp quyền đọc cho tệp (ví dụ chmod a+r)",
        "permission denied reading the file; make it readable (e.g. chmod a+r)",
    ),
    "yaml.unreadable": (
        "không đọc được tệp ({reason}); kiểm tra tệp còn tồn tại và đọc được",
        "cannot read the file ({reason}); check that it exists and is readable",
    ),
    # --- decoding the text
    "yaml.encoding": (
        "byte 0x{byte:02X} không hợp lệ trong UTF-8; lưu lại tệp với mã hóa UTF-8 "
        "(không dùng Windows-1258, TCVN3/ABC hay UTF-16)",
        "byte 0x{byte:02X} is not valid UTF-8; save the file as UTF-8 "
        "(not Windows-1258, TCVN3/ABC or UTF-16)",
    ),
    "yaml.control-char": (
        "ký tự điều khiển {code} không được phép trong tệp YAML; xóa ký tự này "
        "(nếu có nhiều, tệp có thể bị hỏng hoặc không phải văn bản)",
        "control character {code} is not allowed in a YAML file; delete it "
        "(if there are many, the file may be damaged or not text at all)",
    ),
    "yaml.line-break-char": (
        "ký tự xuống dòng lạ {code}; thay bằng xuống dòng thường (phím Enter)",
        "unusual line break character {code}; replace it with an ordinary line break",
    ),
    "yaml.bidi-char": (
        "ký tự đảo chiều chữ {code} (không nhìn thấy, làm chữ hiện ra khác thứ tự thật) "
        "không được phép; xóa ký tự này",
        "bidirectional control character {code} (invisible, it makes text display in another "
        "order than it is stored) is not allowed; delete it",
    ),
    "yaml.escape-control": (
        "ký hiệu '{escape}' trong chuỗi ngoặc kép tạo ra ký tự điều khiển {code} (không nhìn "
        "thấy), không được phép trong dữ liệu; viết chữ như nó hiện ra "
        "(muốn viết nhiều dòng, dùng khối '|')",
        "the escape '{escape}' in this double-quoted text makes the control character {code} "
        "(invisible), which is not allowed in data; write the text as it should appear "
        "(for several lines, use a '|' block)",
    ),
    "yaml.escape-bidi": (
        "ký hiệu '{escape}' trong chuỗi ngoặc kép tạo ra ký tự đảo chiều chữ {code} (không nhìn "
        "thấy, làm chữ hiện ra khác thứ tự thật), không được phép trong dữ liệu; xóa ký hiệu này",
        "the escape '{escape}' in this double-quoted text makes the bidirectional control "
        "character {code} (invisible, it makes text display in another order than it is "
        "stored), which is not allowed in data; delete it",
    ),
    # --- line and event scans
    "yaml.tab": (
        "có ký tự tab; dùng dấu cách, không dùng tab",
        "tab character; use spaces, not tabs",
    ),
    "yaml.anchor": (
        "không dùng neo YAML ('&{name}'); viết đầy đủ giá trị ở mỗi chỗ, "
        "hoặc đặt cả giá trị trong ngoặc kép nếu '&' là một phần của chữ",
        "YAML anchors ('&{name}') are not allowed; write the value out in full, "
        "or put the whole value in double quotes if '&' is part of the text",
    ),
    "yaml.alias": (
        "không dùng bí danh YAML ('*{name}'); viết đầy đủ giá trị ở mỗi chỗ, "
        "hoặc đặt cả giá trị trong ngoặc kép nếu '*' là một phần của chữ",
        "YAML aliases ('*{name}') are not allowed; write the value out in full, "
        "or put the whole value in double quotes if '*' is part of the text",
    ),
    "yaml.too-deep": (
        "dữ liệu lồng nhau quá sâu (hơn {levels} cấp){where}; viết cấu trúc phẳng hơn",
        "data is nested too deeply (more than {levels} levels){where}; use a flatter structure",
    ),
    "yaml.too-many-values": (
        "tệp có hơn {limit} giá trị nên không được đọc tiếp; "
        "chia thành các tệp nhỏ, mỗi tệp một bản ghi",
        "the file holds more than {limit} values, not read further; "
        "split it into small files, one record each",
    ),
    "yaml.multi-document": (
        "tệp chứa nhiều hơn một tài liệu YAML (sau dòng '---' hoặc '...'); mỗi tệp chỉ chứa "
        "một bản ghi: xóa dòng đó hoặc tách phần sau ra tệp riêng",
        "the file holds more than one YAML document (after a '---' or '...' line); "
        "one record per file: remove that line or move the rest to its own file",
    ),
    # --- syntax errors, by what libyaml says (cchc.yaml.compose)
    "yaml.started-at": (" (bắt đầu từ dòng {line})", " (started at line {line})"),
    "yaml.syntax": (
        "lỗi cú pháp YAML ({detail}){where}; kiểm tra thụt lề, dấu ':' và các dấu ngoặc quanh đây",
        "YAML syntax error ({detail}){where}; check the indentation, ':' and brackets around here",
    ),
    "yaml.syntax.alias": (
        "giá trị bắt đầu bằng '*' bị YAML hiểu là bí danh (không được dùng){where}; "
        "đặt cả giá trị trong ngoặc kép",
        "a value starting with '*' is read as a YAML alias (not allowed){where}; "
        "put the whole value in double quotes",
    ),
    "yaml.syntax.anchor": (
        "giá trị bắt đầu bằng '&' bị YAML hiểu là neo (không được dùng){where}; "
        "đặt cả giá trị trong ngoặc kép",
        "a value starting with '&' is read as a YAML anchor (not allowed){where}; "
        "put the whole value in double quotes",
    ),
    "yaml.syntax.tag-handle": (
        "thẻ kiểu YAML ('!...') không được dùng{where}; "
        "xóa thẻ, hoặc đặt cả giá trị trong ngoặc kép nếu '!' là một phần của chữ",
        "YAML tags ('!...') are not allowed{where}; "
        "remove the tag, or put the whole value in double quotes if '!' is part of the text",
    ),
    "yaml.syntax.tab-indent": (
        "có tab trong phần thụt lề{where}; dùng dấu cách, không dùng tab",
        "a tab is used for indentation{where}; use spaces, not tabs",
    ),
    "yaml.syntax.bad-start": (
        "ký tự này không được đứng đầu một giá trị (ví dụ @, `, %, tab){where}; "
        "đặt cả giá trị trong ngoặc kép",
        "this character cannot start a value (e.g. @, `, %, a tab){where}; "
        "put the whole value in double quotes",
    ),
    "yaml.syntax.colon-space": (
        "dấu ':' và dấu cách ở đây bị hiểu là bắt đầu một khóa mới{where}; "
        "đặt giá trị trong ngoặc kép nếu nó chứa ': ', hoặc sửa thụt lề",
        "a ':' followed by a space here starts a new key{where}; "
        "put the value in double quotes if it contains ': ', or fix the indentation",
    ),
    "yaml.syntax.missing-colon": (
        "thiếu dấu ':' sau khóa{where}; "
        "viết 'khóa: giá trị' trên một dòng, hoặc đặt giá trị nhiều dòng trong ngoặc kép",
        "a ':' is missing after a key{where}; "
        "write 'key: value' on one line, or put a multi-line value in double quotes",
    ),
    "yaml.syntax.key-indent": (
        "thụt lề không khớp với các khóa cùng khối{where}; "
        "căn các khóa cùng cấp thẳng cột với nhau",
        "the indentation does not match the other keys of this block{where}; "
        "align keys of the same level in the same column",
    ),
    "yaml.syntax.item-indent": (
        "thụt lề không khớp với các mục '- ' của danh sách{where}; "
        "căn các mục '- ' của cùng danh sách thẳng cột với nhau",
        "the indentation does not match the list's '- ' items{where}; "
        "align the '- ' items of one list in the same column",
    ),
    "yaml.syntax.unclosed-list": (
        "danh sách '[...]' thiếu dấu ',' hoặc ']'{where}; "
        "thêm dấu phẩy giữa các mục và dấu ']' ở cuối, hoặc đặt mục có dấu phẩy trong ngoặc kép",
        "a '[...]' list is missing a ',' or ']'{where}; "
        "add commas between items and a closing ']', or quote items that contain commas",
    ),
    "yaml.syntax.unclosed-mapping": (
        "bảng '{{...}}' thiếu dấu ',' hoặc '}}'{where}; thêm dấu phẩy giữa các cặp và dấu '}}' "
        "ở cuối, hoặc đặt giá trị có dấu phẩy trong ngoặc kép",
        "a '{{...}}' mapping is missing a ',' or '}}'{where}; "
        "add commas between pairs and a closing '}}', or quote values that contain commas",
    ),
    "yaml.syntax.unclosed-end": (
        "tệp kết thúc khi một chuỗi trong ngoặc hoặc dấu ngoặc chưa được đóng{where}; "
        "thêm dấu ngoặc đóng còn thiếu",
        "the file ends inside an unclosed quote or bracket{where}; "
        "add the missing closing quote or bracket",
    ),
    "yaml.syntax.bad-escape": (
        "ký tự sau '\\' không hợp lệ trong chuỗi ngoặc kép{where}; "
        "viết '\\\\' cho dấu gạch chéo ngược, hoặc dùng ngoặc đơn '...'",
        "invalid character after '\\' in a double-quoted string{where}; "
        "write '\\\\' for a backslash, or use single quotes '...'",
    ),
    "yaml.syntax.item-here": (
        "mục danh sách '- ' không được đặt ở đây{where}; "
        "xuống dòng và thụt lề danh sách dưới khóa của nó",
        "a '- ' list item is not allowed here{where}; "
        "start the list on a new line, indented under its key",
    ),
    "yaml.syntax.missing-value": (
        "thiếu giá trị ở đây{where}; thêm giá trị, hoặc đặt cả giá trị trong ngoặc kép",
        "a value is missing here{where}; add the value, or put the whole value in double quotes",
    ),
    "yaml.syntax.marker-in-text": (
        "dòng bắt đầu bằng '---' hoặc '...' nằm trong một chuỗi{where}; "
        "thụt lề dòng đó, hoặc đặt cả chuỗi trong ngoặc kép",
        "a line starting with '---' or '...' is inside a string{where}; "
        "indent that line, or put the whole string in double quotes",
    ),
    "yaml.syntax.directive": (
        "chỉ thị YAML ('%...') không hợp lệ{where}; "
        "xóa dòng bắt đầu bằng '%', hoặc đặt giá trị bắt đầu bằng '%' trong ngoặc kép",
        "invalid YAML directive ('%...'){where}; "
        "remove the line starting with '%', or quote a value that starts with '%'",
    ),
    "yaml.syntax.after-end": (
        "có nội dung sau dòng '...' hoặc sau chỉ thị '%'{where}; xóa dòng '...' hoặc dòng '%' đó",
        "there is content after a '...' line or a '%' directive{where}; "
        "remove that '...' or '%' line",
    ),
    # --- building values
    "yaml.ambiguous-bool": (
        "'{word}' là giá trị đúng/sai kiểu cũ của YAML 1.1; viết true/false, "
        "hoặc đặt trong ngoặc kép nếu là chữ",
        "'{word}' is a YAML 1.1 boolean; write true/false, "
        "or put it in double quotes if it is text",
    ),
    "yaml.nan": (
        "'.nan' (không phải số) không được dùng; viết một số thật, "
        "hoặc đặt trong ngoặc kép nếu là chữ",
        "'.nan' (not a number) is not allowed; write a real number, "
        "or put it in double quotes if it is text",
    ),
    "yaml.tag": (
        "không dùng thẻ kiểu YAML ({tag}); xóa thẻ, "
        "hoặc đặt cả giá trị trong ngoặc kép nếu '!' là một phần của chữ",
        "YAML tags ({tag}) are not allowed; remove the tag, "
        "or put the whole value in double quotes if '!' is part of the text",
    ),
    "yaml.key-type.collection": (
        "khóa phải là một chữ hoặc số, không phải danh sách hay bảng; viết khóa là một chữ đơn",
        "a key must be a word or a number, not a list or a mapping; write the key as a single word",
    ),
    "yaml.key-type.scalar": (
        "khóa {key} không phải chữ hay số nguyên (YAML đọc nó là null, "
        "đúng/sai hoặc số thực); đặt khóa trong ngoặc kép",
        "key {key} is not a word or an integer (YAML reads it as null, "
        "a boolean or a float); put the key in double quotes",
    ),
    "yaml.duplicate-key": (
        "khóa {key} bị lặp lại (đã có ở dòng {first_line}); "
        "xóa một khóa hoặc gộp hai giá trị làm một",
        "duplicate key {key} (first at line {first_line}); "
        "remove one of them or merge the two values",
    ),
}
