"""Property tests of the normaliser, the segmenter and every extractor on
generated gazette-like text: no exception, every fact's evidence is the
original text at its recorded span, spans lie inside the source, and
normalising twice changes nothing.

The alphabet is the grammar's own words, names, punctuation in both widths,
traditional spellings, odd spaces and line breaks, so that generated texts
reach deep into the extractors instead of bouncing off the first regex.
``make fuzz`` runs the same properties with many more examples
(KG_FUZZ_EXAMPLES)."""
import os

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_text
from extract.normalise import _BORDER, normalise
from extract.segment import segment

N = int(os.environ.get("KG_FUZZ_EXAMPLES", "2500"))

TOKENS = [
    "林晓东", "欧阳 明", "周 敏", "王芳", "鲜 玉", "張偉", "市长", "副市长", "常务副市长", "市政府副县长",
    "党组成员", "同志", "：", ":", "，", ",", "、", "。", ".", "；", "（", "）", "(", ")", "〔", "〕", "[", "]",
    "分管", "协助分管", "協助分管", "分管和联系单位", "联系", "负责", "主持", "协助", "增加分管", "工作",
    "等方面的工作", "方面工作", "市教育局", "市财政局", "县农业农村局", "市发展和改革委员会", "及", "和", "与",
    "组长", "組 長", "副组长", "成 员", "成员单位", "办公室设在", "兼办公室主任", "任办公室副主任",
    "领导小组", "领 导 小 组", "成员名单", "联席会议", "由", "等", "18", "个单位组成", "担任召集人",
    "按职责分工负责", "牵头", "配合", "责任单位", "各县〔市、区〕政府", "（一）", "一、", "1.", "附件",
    "青川市人民政府", "关于", "工作分工的通知", "青政〔2024〕7号", "柳政办[2024]3号", "2024年3月12日",
    "二○二三年十二月十六日", "— 3 —", "\n", "\n\n", " ", "　", "\t", "\u200b", "\r\n", "Ａ", "１", "⼀",
    "<script>", "&amp;", "\"", "'", "}", "{", "\\",
]

texts = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)
anything = st.text(max_size=200)

SETTINGS = dict(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))


def _check_evidence(text, docs):
    for d in docs:
        assert 0 <= d.start <= d.end <= len(text)
        for fact in d.facts():
            ev = fact.evidence
            assert 0 <= ev.start <= ev.end <= len(text)
            assert ev.text == text[ev.start:ev.end]


@settings(**SETTINGS)
@given(texts)
def test_extractors_on_gazette_like_text(text):
    _check_evidence(text, extract_text(text, source="fuzz.txt"))


@settings(**SETTINGS)
@given(anything)
def test_extractors_on_any_text(text):
    _check_evidence(text, extract_text(text, source="fuzz.txt"))


@settings(**SETTINGS)
@given(st.one_of(texts, anything))
def test_normalising_twice_changes_nothing_and_offsets_map_back(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= o <= len(text) for o in n.offsets)
    if not any(_BORDER.match(line) for line in text.split("\n")):
        # order is kept (a grid table's cells are gathered across its lines)
        assert list(n.offsets[:-1]) == sorted(n.offsets[:-1])
    assert normalise(n.text).text == n.text


def test_a_grid_tables_cells_map_back_to_their_lines():
    text = "+----+------+\n| 甲 | 分管 |\n|    | 某局 |\n+----+------+\n| 乙 | 联系 |\n+----+------+\n"
    n = normalise(text)
    assert n.text.split("\n")[:2] == ["甲\t分管某局", "乙\t联系"]
    a, b = n.original_span(n.text.index("分管"), n.text.index("某局") + 2)
    assert text[a:b].startswith("分管") and text[a:b].endswith("某局")


@settings(**SETTINGS)
@given(texts)
def test_segments_tile_the_text_in_order(text):
    n = normalise(text)
    segs = segment(n)
    assert segs
    for a, b in zip(segs, segs[1:]):
        assert a.start <= a.end <= b.start <= b.end
    assert all(0 <= s.start <= s.end <= len(n.text) for s in segs)


@pytest.mark.parametrize("text", [
    "（林晓东\n，\r\n）",  # found by hypothesis: a join that makes the next join possible
])
def test_normalising_found_cases_twice_changes_nothing(text):
    once = normalise(text).text
    assert normalise(once).text == once
