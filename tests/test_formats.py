"""Every input format kg reads gives the same facts as the plain text:
PDF (text layer), HTML, DOCX, UTF-8 and GBK text; and the formats it cannot
read are one clear InputError each."""
from __future__ import annotations

import json

import pytest

from extract.reader import from_bytes, read, sniff
from kg import store
from kg.builder import build, discover
from kg.errors import InputError
from pdf_writer import pdf_bytes

TITLE = "青川市人民政府关于市政府领导同志工作分工的通知"
NOTICE_LINES = [
    TITLE,
    "青政发〔2024〕3号",
    "各县（市、区）人民政府，市政府各部门：",
    "经研究，现将市政府领导同志工作分工通知如下：",
    "沈立川 市长",
    "领导市政府全面工作。",
    "林晓东 市政府副市长",
    "负责教育、商务方面工作。",
    "分管和联系单位：市教育局、市商务局。",
    "葛振华 市政府副市长",
    "负责财政、审计方面工作。",
    "分管和联系单位：市财政局、市审计局。",
    "青川市人民政府",
    "2024年3月1日",
]
NOTICE = "\n".join(NOTICE_LINES) + "\n"


def html_bytes(encoding="utf-8") -> bytes:
    body = "".join(f"<p>{line}</p>\n" for line in NOTICE_LINES[1:])
    page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"{encoding}\">"
            f"<title>{TITLE}</title><style>p {{ margin: 0 }}</style>"
            "<script>var x = '<p>不是正文</p>';</script></head>\n"
            f"<body><div class=\"article\"><h1>{TITLE}</h1>\n{body}</div></body></html>\n")
    return page.encode(encoding)


def docx_bytes() -> bytes:
    import io

    import docx
    document = docx.Document()
    for line in NOTICE_LINES[:4]:
        document.add_paragraph(line)
    # the officials in a table: name | duties, as some offices lay them out

    table = document.add_table(rows=0, cols=1)
    for line in NOTICE_LINES[4:12]:
        table.add_row().cells[0].text = line
    for line in NOTICE_LINES[12:]:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)

    return buf.getvalue()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "a_plain.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "b_gbk.txt").write_bytes(NOTICE.encode("gbk"))
    (folder / "c_page.html").write_bytes(html_bytes("gbk"))
    (folder / "d_notice.docx").write_bytes(docx_bytes())
    (folder / "e_scan.pdf").write_bytes(pdf_bytes(NOTICE))
    (folder / ".hidden.txt").write_text(NOTICE, encoding="utf-8")
    return folder


def facts(path_or_text, source="x"):
    import extract
    if isinstance(path_or_text, str):
        docs = extract.extract_text(path_or_text, source)
    else:
        docs = extract.extract_file(path_or_text)
    return [sorted((o.official, o.relation, o.target) for o in d.oversight) for d in docs], \
        [sorted((p.official, p.post) for p in d.posts) for d in docs]


def test_every_format_reads_back_the_lines(mixed):
    for path in sorted(mixed.iterdir()):
        if path.name.startswith("."):
            continue
        lines = [line.strip() for line in read(path).splitlines() if line.strip()]
        assert lines == NOTICE_LINES, path.name


def test_every_format_gives_the_facts_of_the_plain_text(mixed):
    expected = facts(NOTICE)
    oversight = expected[0][0]
    assert ("林晓东", "oversees", "市教育局") in oversight
    assert ("葛振华", "oversees", "市审计局") in oversight
    for path in sorted(mixed.iterdir()):
        if not path.name.startswith("."):
            assert facts(path) == expected, path.name


def test_a_mixed_folder_builds_each_file_alike(mixed, tmp_path):
    files, errors = discover([mixed])
    assert [p.name for p in files] == ["a_plain.txt", "b_gbk.txt", "c_page.html",
                                       "d_notice.docx", "e_scan.pdf"]  # hidden skipped
    report = build([mixed], tmp_path / "out", jobs=2)
    assert report["errors"] == []
    rows = report["inputs"]
    assert [r["status"] for r in rows] == ["ok"] * 5
    assert len({json.dumps(r["facts"], sort_keys=True) for r in rows}) == 1
    assert all(r["documents"] == 1 and r["facts"]["oversight"] >= 4 for r in rows)
    assert store.is_graph_folder(tmp_path / "out")


def test_sniffing_goes_by_content_not_name():
    assert sniff(pdf_bytes("x"), ".txt") == "pdf"
    assert sniff(docx_bytes(), ".bin") == "docx"
    assert sniff(html_bytes(), ".txt") == "html"
    assert sniff(b"<p>\xe6\x96\x87</p>", ".htm") == "html"
    assert sniff(NOTICE.encode(), ".html") == "text"
    # a .txt that is really a PDF is read as the PDF
    lines = [x.strip() for x in from_bytes(pdf_bytes(NOTICE), "misnamed.txt").splitlines()]
    assert [x for x in lines if x] == NOTICE_LINES


def test_html_markup_entities_and_breaks():
    page = ("<html><body><script>alert('x')</script><style>.a{}</style>"
            "<p>甲&amp;乙&nbsp;丙&#x4E01;</p><ul><li>一</li><li>二<br>三</li></ul>"
            "<table><tr><td>市教育局</td><td>市商务局</td></tr></table>"
            "<p>分管和联系单位：市教\n  育局</p></body></html>").encode()
    assert from_bytes(page, "p.html").split("\n") == [
        # a table row is one line, its cells apart; a block's first line is
        # indented as a paragraph (a <br>'s next line is not)
        "\u3000\u3000甲&乙\xa0丙丁", "\u3000\u3000一", "\u3000\u3000二", "三", "市教育局\t市商务局",
        "\u3000\u3000分管和联系单位：市教育局"]


def test_html_charset_from_meta_http_equiv():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '</head><body><p>林晓东 市政府副市长</p></body></html>').encode("gbk")
    assert from_bytes(page, "p.htm") == "林晓东 市政府副市长"


@pytest.mark.parametrize("name, data, reason", [
    ("scan.pdf", pdf_bytes(None), "PDF has no text layer (scanned?); OCR is not supported"),
    ("cut.pdf", pdf_bytes(NOTICE)[:400], "PDF is damaged or truncated"),
    ("locked.pdf", pdf_bytes(NOTICE, encrypt=True), "PDF is encrypted"),
    ("fake.pdf", b"hello, not a pdf" * 3, "not a PDF"),
    ("fake.docx", b"\x00\x01 not a zip" * 10, "not a DOCX"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    ("blob.bin", bytes(range(256)) * 8, "not text"),
    ("archive.zip", None, "zip archive that is not a .docx"),
])
def test_unreadable_inputs_are_one_clear_error(tmp_path, name, data, reason):
    if data is None:
        import io
        import zipfile
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("a.txt", "x")
        data = buf.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read(path)
    assert err.value.path == str(path)
    assert reason in err.value.reason


def test_a_scanned_pdf_beside_good_files_is_reported_and_the_rest_built(mixed, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes(None))
    report = build([mixed / "a_plain.txt", scan], tmp_path / "out")
    assert report["errors"] == [f"{scan}: PDF has no text layer (scanned?); OCR is not supported"]
    assert [r["status"] for r in report["inputs"]] == ["ok", "error"]


def test_a_spreadsheet_saved_as_csv_is_found_in_a_folder_and_read_as_a_table(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "division.csv").write_text(
        "某县人民政府领导同志工作分工,,,\n序号,姓名,职务,分管部门\n"
        '1,王明,县长,"县审计局\n县统计局"\n2,李强,副县长,县财政局\n', encoding="gb18030")
    files, errors = discover([folder])
    assert [p.name for p in files] == ["division.csv"] and not errors
    out = tmp_path / "out"
    build([folder], out)
    from kg.queries import query
    rows = query(out, name="oversight", params={"unit": "局"}).rows
    assert {(r[0], r[2]) for r in rows} == {("王明", "县审计局"), ("王明", "县统计局"), ("李强", "县财政局")}


def test_a_pdf_page_break_ends_a_line():
    # a page's text ends with its last line and no break: the next page's
    # first line (a leader's head) must not be glued to it
    from pdf_writer import LINES_PER_PAGE
    lines = [f"第{k}行文字。" for k in range(LINES_PER_PAGE - 1)] + ["联系县人民法院。", "六、邱文（县政府党组成员）"]
    text = from_bytes(pdf_bytes("\n".join(lines)), "issue.pdf")
    got = [x.strip(" \f") for x in text.split("\n")]
    assert "联系县人民法院。" in got and "六、邱文（县政府党组成员）" in got
