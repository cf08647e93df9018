"""Hostile and broken input: nothing crashes, nothing is lost, nothing is
injected.

Every case is generated here and built next to a good gazette into a graph
folder that already holds an earlier build.  For each: the exit code of
interface.md (0, or 1 when an input could not be read), one clear stderr line
naming the file and the reason, never a traceback, the good input fully
built, and the earlier build kept."""
from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "examples" / "demo_gazette.txt").read_text(encoding="utf-8")

PREV = """\
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2023〕1号
林晓东：市政府副市长
分管市审计局。
青川市人民政府
2023年1月1日
"""

NOTICE = """\
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2024〕30号
{name}：市政府副市长
分管{unit}。
青川市人民政府
2024年6月1日
"""


def kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def _pdf(body: bytes) -> bytes:
    return b"%PDF-1.4\n" + body


def _encrypted_pdf() -> bytes:
    # a well-formed PDF whose trailer says it is encrypted
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Filter /Standard /V 1 /R 2 /O (" + b"x" * 32 + b") /U (" + b"y" * 32 + b") /P -4 >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 3 0 R /ID [<00> <00>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def _corrupt_docx() -> bytes:
    return b"PK\x03\x04" + os.urandom(200)


def _docx_without_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")


rng = random.Random(7)

# name → (how to make it, does the build read it?)
# 'error': one stderr line naming it, exit 1; 'ok': read, exit 0; 'either': a
# format decision (read as text or refused), but never a traceback
CASES = {
    "empty.txt": (b"", "error"),
    "whitespace.txt": (b"  \n\t\n\r\n   ", "error"),
    "random.txt": (bytes(rng.randrange(256) for _ in range(4096)), "error"),
    "nuls.txt": (b"\x00" * 2000, "error"),
    "elf.txt": (b"\x7fELF\x02\x01\x01" + bytes(rng.randrange(256) for _ in range(3000)), "error"),
    "truncated.pdf": (_pdf(b"1 0 obj\n<< /Type /Catalog"), "error"),
    "encrypted.pdf": (_encrypted_pdf(), "error"),
    "textual.pdf": (b"hello, not a PDF at all", "either"),
    "corrupt.docx": (_corrupt_docx(), "error"),
    "hollow.docx": (_docx_without_document, "error"),
    "gbk.txt": (NOTICE.format(name="周敏", unit="市体育局").encode("gb18030"), "ok"),
    "utf16.txt": (NOTICE.format(name="周敏", unit="市体育局").encode("utf-16"), "ok"),
    "bom.txt": (b"\xef\xbb\xbf" + NOTICE.format(name="周敏", unit="市体育局").encode(), "ok"),
    "big5.txt": (NOTICE.format(name="周敏", unit="市體育局").replace("关于", "關於").encode("big5", "replace"), "ok"),
    "mixed.txt": (NOTICE.format(name="周敏", unit="市体育局").encode() + "分管市教育局。".encode("gbk"), "either"),
    "latin1.txt": ("café résumé naïve ".encode("latin-1") * 50, "either"),
    "zero-width.txt": (NOTICE.format(name="周\u200b敏", unit="市\u200d体育局").encode(), "ok"),
    "compat-chars.txt": (NOTICE.format(name="周敏", unit="市體育局").replace("市", "\u2f51", 1).encode(), "ok"),
    "unbalanced.txt": (("（（（〔" * 500 + NOTICE.format(name="周敏", unit="市体育局（") + "）" * 300).encode(), "ok"),
    "nested.txt": (("（" * 5000 + "市财政局" + "）" * 5000).encode(), "ok"),
    "commas.txt": (("分管" + "、" * 100000 + "市财政局。").encode(), "ok"),
    "long-line.txt": (("负责" + "教育、" * 300000).encode(), "ok"),
    "no-names.txt": ("关于市政府领导同志工作分工的通知\n青政〔2024〕9号\n分管市教育局、市财政局。\n负责审计工作。\n".encode(), "ok"),
    "no-roles.txt": ("关于印发某某工作领导小组成员名单的通知\n柳政办〔2024〕9号\n林晓东（县政府副县长）\n周敏（县财政局局长）\n".encode(), "ok"),
    "page-numbers-only.txt": ("\n".join(f"— {i} —" for i in range(500)).encode(), "ok"),
    "script-names.txt": (NOTICE.format(name="<script>alert(1)</script>",
                                        unit="<img src=x onerror=alert(1)>局").encode(), "ok"),
    "sparql-names.txt": (NOTICE.format(name='林"} DROP ALL ; {"', unit="市}UNION{局").encode(), "ok"),
    "only-newlines.txt": (b"\n" * 100000, "error"),
    "utf32.txt": (NOTICE.format(name="周敏", unit="市体育局").encode("utf-32"), "either"),
    "名字 有空格.txt": (NOTICE.format(name="周敏", unit="市体育局").encode(), "ok"),
    "html-script.html": (b"<html><head><script>alert(1)</script></head><body></body></html>", "either"),
    "broken.html": (("<html><body><p>" + NOTICE.format(name="周敏", unit="市体育局") + "<div><span>").encode(), "ok"),
}


def _make(folder: Path, name: str):
    how = CASES[name][0]
    path = folder / name
    if callable(how):
        how(path)
    else:
        path.write_bytes(how)
    return path


@pytest.fixture()
def previous(tmp_path):
    """A graph folder holding an earlier build, and its bytes."""
    (tmp_path / "prev.txt").write_text(PREV, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    r = kg("build", tmp_path / "prev.txt", "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    return out


def _sources(out) -> set[str]:
    r = kg("query", out, "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?g kgo:sourceFile ?f } }", "--format", "csv")
    assert r.returncode == 0, r.stderr
    return set(r.stdout.splitlines()[1:])


def _check_stderr(r, name, expect):
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    if expect == "error" or (expect == "either" and r.returncode == 1):
        assert r.returncode == 1, (name, r.returncode, r.stderr)
        assert len(lines) == 1, lines
        assert lines[0].startswith("kg: ") and name in lines[0], lines
        assert len(lines[0].split(":", 2)[-1].strip()) > 5  # a reason, not just the name
    else:
        assert r.returncode == 0, (name, r.returncode, r.stderr)
        assert lines == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_next_to_a_good_one(tmp_path, previous, name):
    bad = _make(tmp_path, name)
    r = kg("build", tmp_path / "good.txt", bad, "-o", previous, "-q")
    _check_stderr(r, name, CASES[name][1])
    sources = _sources(previous)
    assert {"prev.txt", "good.txt"} <= sources  # nothing lost, the good input built
    if CASES[name][1] == "ok":
        assert name in sources


def test_there_are_at_least_thirty_cases():
    assert len(CASES) + 4 >= 30  # + missing path, unreadable file, folder, 100 MB text below


def test_a_missing_path(tmp_path, previous):
    r = kg("build", tmp_path / "good.txt", tmp_path / "nowhere.txt", "-o", previous, "-q")
    _check_stderr(r, "nowhere.txt", "error")
    assert "good.txt" in _sources(previous)


def test_a_file_that_cannot_be_read(tmp_path, previous):
    # root reads any mode, so a socket stands for the unreadable file: open() fails
    path = tmp_path / "socket.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    try:
        r = kg("build", tmp_path / "good.txt", path, "-o", previous, "-q")
    finally:
        sock.close()
    _check_stderr(r, "socket.txt", "error")
    assert "good.txt" in _sources(previous)


def test_only_bad_inputs_leave_the_previous_graph_as_it_was(tmp_path, previous):
    before = (previous / "graph.trig").read_bytes()
    for name in ("empty.txt", "random.txt", "truncated.pdf"):
        _make(tmp_path, name)
    r = kg("build", tmp_path / "empty.txt", tmp_path / "random.txt", tmp_path / "truncated.pdf",
           "-o", previous, "-q")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 3
    assert (previous / "graph.trig").read_bytes() == before


def test_an_empty_folder(tmp_path, previous):
    (tmp_path / "nothing").mkdir()
    r = kg("build", tmp_path / "good.txt", tmp_path / "nothing", "-o", previous, "-q")
    _check_stderr(r, "nothing", "error")


def test_a_twenty_thousand_line_roster(tmp_path):
    lines = ["柳溪县人民政府办公室关于调整柳溪县某某工作领导小组成员名单的通知", "柳政办〔2024〕1号",
             "柳溪县某某工作领导小组成员名单", "组长：林晓东（县政府副县长）", "成员："]
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
    for i in range(20000):
        lines.append(f"{surnames[i % 20]}{given[(i // 20) % 20]}{given[(i // 400) % 20]}（县第{i}局局长）")
    path = tmp_path / "roster.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = kg("build", path, "-o", tmp_path / "out", "-q")
    assert r.returncode == 0, r.stderr
    q = kg("query", tmp_path / "out", "SELECT (COUNT(*) AS ?n) WHERE { ?m a org:Membership }", "--format", "csv")
    assert int(q.stdout.split()[1]) >= 8000  # distinct (name, affiliation) memberships


def test_a_hundred_megabyte_text(tmp_path):
    filler = "为进一步做好有关工作，现将有关事项通知如下，请认真贯彻落实。\n"
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(NOTICE.format(name="周敏", unit="市体育局"))
        fh.write(filler * (100_000_000 // len(filler.encode())))
    r = kg("build", path, "-o", tmp_path / "out", "-q")
    assert r.returncode == 0, r.stderr
    q = kg("query", tmp_path / "out", "--name", "oversight", "--param", "unit=体育局", "--format", "csv")
    assert "周敏" in q.stdout
