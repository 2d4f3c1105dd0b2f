"""The words of the office formats: the Word report (`cchc.report.word`, its office base
`cchc.report.wordbase`) and the Excel workbook (`cchc.render.workbook`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.export-csv-all": (
        "một tệp CSV chỉ chứa một loại bản ghi: dùng --records tasks|targets|measurements|"
        "agencies, hoặc --format xlsx để có tất cả trong một sổ tính",
        "a CSV file holds one kind of record: use --records tasks|targets|measurements|agencies, "
        "or --format xlsx for all of them in one workbook",
    ),
    "table.measurement-export": ("Số liệu", "Measurements"),
    "table.agency-export": ("Cơ quan", "Agencies"),
    # How an .xlsx date cell is shown (an Excel number format).
    "xlsx.date_format": ("dd/mm/yyyy", "yyyy-mm-dd"),
    "cli.binary-to-terminal": (
        "tệp {format} không in ra màn hình được; ghi ra tệp bằng -o TỆP.{format}",
        "a {format} file cannot be shown on a terminal; write it to a file with -o FILE.{format}",
    ),
    # The language tag written into the Word document (spelling and hyphenation in Word).
    "word.lang": ("vi-VN", "en-GB"),
    "word.too-large": (
        "mẫu Word lớn {size} byte, quá giới hạn {limit} byte; bớt hình ảnh rồi lưu lại",
        "the Word base is {size} bytes, over the {limit}-byte limit; remove pictures and save it "
        "again",
    ),
    "word.not-docx": (
        "không phải tệp Word .docx; trong Word chọn Lưu thành → Tài liệu Word (*.docx)",
        "not a Word .docx file; in Word use Save As → Word Document (*.docx)",
    ),
    "word.too-many-parts": (
        "tệp Word có quá {parts} phần hoặc giải nén quá {limit} byte",
        "the Word file has over {parts} parts or unpacks to over {limit} bytes",
    ),
    "word.active": (
        "mẫu Word chứa macro hoặc đối tượng nhúng ({part}); lưu lại thành .docx không có macro, "
        "bỏ các đối tượng nhúng",
        "the Word base holds macros or embedded objects ({part}); save it as a .docx without "
        "macros and remove the embedded objects",
    ),
    "word.external": (
        "mẫu Word liên kết ra ngoài tệp ({part}): một mẫu, hình ảnh hay đường dẫn bên ngoài; "
        "nhúng hình ảnh vào tệp và bỏ các liên kết",
        "the Word base links outside the file ({part}): a template, picture or link elsewhere; "
        "embed the pictures and remove the links",
    ),
    "word.doctype": (
        "mẫu Word có khai báo DOCTYPE/ENTITY trong {part}; Word không bao giờ ghi như vậy",
        "the Word base has a DOCTYPE/ENTITY declaration in {part}; Word never writes one",
    ),
    "word.field": (
        "mẫu Word có trường {field} ({part}); chỉ cho phép trường số trang PAGE, NUMPAGES",
        "the Word base has a {field} field ({part}); only the page-number fields PAGE and "
        "NUMPAGES are allowed",
    ),
}
