"""The extractor's grammar on layouts beyond the seed, one (text, expected)
table per kind of fact.  All names, places and numbers are invented."""
from pathlib import Path

import pytest

from extract import extract_text
from extract.normalise import normalise
from extract.reader import decode
from extract import units
from kg.errors import InputError


def run(text):
    return extract_text(text, source="t.txt")


def oversight(docs, relation):
    return {(o.official, o.target) for d in docs for o in d.oversight if o.relation == relation}


def posts(docs):
    return {(p.official, p.post) for d in docs for p in d.posts}


def members(docs):
    return {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}


NUMBERED_NAME_TITLE = """\
河川市人民政府关于调整市政府领导同志工作分工的通知
河政发〔2023〕2号
各县区人民政府，市政府各部门：
现将市政府领导同志工作分工通知如下：
1、张伦副市长：主要负责工业、科技、大数据等方面的工作，具体分管市工业和信息化局、市科学技术局、市大数据局等单位。
2、李长江副市长：主要负责农业、农村等方面的工作，分管市农业农村局、市扶贫开发办等单位，同时联系市气象局。
河川市人民政府
2023年1月5日
"""

PROSE_TITLE_NAME = """\
河川市人民政府关于市政府领导同志工作分工的通知
河政发〔2023〕9号
市长赵志坚主持市政府全面工作，分管市审计局。
常务副市长钱明远负责市政府常务工作，协助市长分管审计工作，分管市财政局、市统计局。
河川市人民政府
2023年5月8日
"""

COUNTY_COMRADE_COLON = """\
溪源县人民政府关于县政府领导同志工作分工的通知
溪政〔2022〕11号
副县长孙晓峰同志：负责教育、卫生健康方面的工作。分管县教育局、卫生健康委员会。
副县长韩  梅同志：协助孙晓峰同志工作，联系县人武部。
溪源县人民政府
二〇二二年三月一日
"""


@pytest.mark.parametrize("text, relation, expected", [
    (NUMBERED_NAME_TITLE, "oversees", {("张伦", "市工业和信息化局"), ("张伦", "市科学技术局"), ("张伦", "市大数据局"),
                                        ("李长江", "市农业农村局"), ("李长江", "市扶贫开发办")}),
    (NUMBERED_NAME_TITLE, "liaises", {("李长江", "市气象局")}),
    (PROSE_TITLE_NAME, "oversees", {("赵志坚", "市审计局"), ("钱明远", "市财政局"), ("钱明远", "市统计局")}),
    (PROSE_TITLE_NAME, "assists", {("钱明远", "赵志坚")}),
    # 卫生健康委员会 without its 县 gets it from the list (abbreviated second item)
    (COUNTY_COMRADE_COLON, "oversees", {("孙晓峰", "县教育局"), ("孙晓峰", "县卫生健康委员会")}),
    (COUNTY_COMRADE_COLON, "assists", {("韩梅", "孙晓峰")}),
    (COUNTY_COMRADE_COLON, "liaises", {("韩梅", "县人武部")}),
], ids=["name-title-oversees", "name-title-liaises", "prose-oversees", "prose-assists", "county-oversees",
        "county-assists", "county-liaises"])
def test_division_layouts(text, relation, expected):
    assert oversight(run(text), relation) == expected


@pytest.mark.parametrize("text, expected", [
    (NUMBERED_NAME_TITLE, {("张伦", "副市长"), ("李长江", "副市长")}),
    (PROSE_TITLE_NAME, {("赵志坚", "市长"), ("钱明远", "常务副市长")}),
    (COUNTY_COMRADE_COLON, {("孙晓峰", "副县长"), ("韩梅", "副县长")}),
], ids=["name-title", "prose", "county"])
def test_posts_in_other_layouts(text, expected):
    assert posts(run(text)) == expected


def test_county_date_in_chinese_numerals_and_jurisdiction():
    (doc,) = run(COUNTY_COMRADE_COLON)
    assert (doc.date, doc.jurisdiction, doc.number) == ("2022-03-01", "溪源县", "溪政〔2022〕11号")


TRADITIONAL_ROSTER = """\
河川省人民政府辦公廳關於成立河川省水資源普查領導小組的通知
河政辦函〔2013〕30號
二、組成人員
組 長:杜 鵬 省人民政府副省長
副組長:肖 捷 省人民政府副秘書長
丁向前 省水利廳廳長
成 員:王 峰 省財政廳副廳長
宋 蘭 省統計局副局長
三、工作機構
領導小組辦公室設在省水利廳,辦公室主任由省水利廳副廳長徐一凡兼任。
河川省人民政府辦公廳
2013年4月29日
"""


def test_traditional_roster_with_space_affiliations_and_office_director_by_affiliation():
    docs = run(TRADITIONAL_ROSTER)
    g = "河川省水资源普查领导小组"
    assert members(docs) == {
        (g, "杜鹏", "组长", "省人民政府副省长"), (g, "肖捷", "副组长", "省人民政府副秘书长"),
        (g, "丁向前", "副组长", "省水利厅厅长"), (g, "王峰", "成员", "省财政厅副厅长"),
        (g, "宋兰", "成员", "省统计局副局长"), (g + "办公室", "徐一凡", "办公室主任", "省水利厅副厅长"),  # the post he is named by
    }
    (doc,) = docs
    assert {gr.name: gr.office_host for gr in doc.groups}[g] == "省水利厅"
    # evidence quotes the source as printed, traditional characters and all
    ev = next(m.evidence.text for m in doc.memberships if m.member == "杜鹏")
    assert "杜 鵬" in ev


@pytest.mark.parametrize("written, expected", [
    ("市商务局、财政局和各县〔市、区〕政府", ["市商务局", "市财政局", "各县〔市、区〕政府"]),
    ("市公安局、法院、司法局", ["市公安局", "市法院", "市司法局"]),
    ("县教体局，民政局，财政局及残联", ["县教体局", "县民政局", "县财政局", "县残联"]),
    ("市金融局、人行河川市中心支行、河川银保监分局", ["市金融局", "人行河川市中心支行", "河川银保监分局"]),
    ("市市场监管局、市场监管局", ["市市场监管局", "市市场监管局"]),
    ("市人力资源和社会保障局和市统计局", ["市人力资源和社会保障局", "市统计局"]),
])
def test_unit_lists_in_responsibility_brackets(written, expected):
    assert [i.text for i in units.items(written, places=("河川市", "河川"), abbreviated=True)] == expected


def test_a_list_that_spells_every_prefix_keeps_what_it_says():
    got = units.items("市自然资源和规划局、市城市管理局、开发区管理委员会、河川海关", places=("河川",))
    assert [i.text for i in got] == ["市自然资源和规划局", "市城市管理局", "开发区管理委员会", "河川海关"]


def test_alias_in_brackets_is_the_same_unit():
    (item,) = units.items("市发展和改革委员会（市物价局）")
    assert (item.text, item.alias) == ("市发展和改革委员会", "市物价局")


@pytest.mark.parametrize("original", [
    "組 長：鲜 玉（縣政府副縣長）\n",
    "分管和联系单位：市教育局、\n\n— 3 —\n\n市商务局。",
    "林晓东: 市政府副市长,党组成员\u200b\n",
    "ＡＢＣ　１２３，（测试）",
])
def test_normalised_text_maps_back_to_the_original(original):
    n = normalise(original)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        o = n.offsets[i]
        assert 0 <= o < len(original)
        if ch not in "\n ":  # every visible character came from some original character
            assert original[o].strip()
    assert normalise(n.text).text == n.text  # normalising twice changes nothing


def test_names_split_by_spaces_join_but_a_title_keeps_its_space():
    n = normalise("组 长：鲜 玉（县政府副县长）\n龚   正\n欧阳 明\n周 敏 县林业局局长\n某某市人民政府 关于某事的通知\n")
    assert n.text.split("\n")[:5] == ["组长：鲜玉（县政府副县长）", "龚正", "欧阳明", "周敏 县林业局局长",
                                      "某某市人民政府 关于某事的通知"]


@pytest.mark.parametrize("data, expected", [
    ("分管市教育局".encode("utf-8"), "分管市教育局"),
    (b"\xef\xbb\xbf" + "分管市教育局".encode("utf-8"), "分管市教育局"),
    ("各县（市、区）人民政府，市人民政府各部门：现将市政府领导同志工作分工通知如下".encode("gb18030"),
     "各县（市、区）人民政府，市人民政府各部门：现将市政府领导同志工作分工通知如下"),
    ("分管和联系单位：市教育局".encode("utf-16"), "分管和联系单位：市教育局"),
])
def test_encodings_are_detected_from_the_bytes(data, expected):
    assert decode(data, "x.txt") == expected


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"   \n", "empty")])
def test_empty_input_is_an_input_error_naming_the_file(data, reason):
    with pytest.raises(InputError) as e:
        decode(data, "empty.txt")
    assert "empty.txt" in str(e.value) and reason in str(e.value)


PROSE_COUNTY = """\
山阳县人民政府关于县政府领导班子成员工作分工的通知
山政〔2020〕4号
县长梁一帆主持县政府全面工作，分管审计方面工作。
县委常委、常务副县长何启明负责县政府常务工作，分管发展改革、统计、财政等工作；协助县长分管审计方面工作，分管县政府办、县发改委、县财政局、县城镇建设投资开发公司等单位；联系县人大、县政协、县税务局等部门。
县委常委、副县长（挂职）陈志远分管教育、科技等工作，协助何启明分管文化、旅游工作，分管县教体局、人力资源和社会保障局；联系县科协。
副县长、公安局长韩立武分管公安、司法等工作。
副县长袁永和：负责工业工作，分管工业局、轻工局。
山阳县人民政府
2020年6月1日
"""


def test_prose_county_notice_with_titles_before_names():
    docs = run(PROSE_COUNTY)
    assert oversight(docs, "oversees") == {
        ("何启明", "县政府办"), ("何启明", "县发改委"), ("何启明", "县财政局"),
        ("何启明", "县城镇建设投资开发公司"), ("陈志远", "县教体局"), ("陈志远", "县人力资源和社会保障局"),
        ("袁永和", "工业局"), ("袁永和", "轻工局")}
    assert oversight(docs, "liaises") == {("何启明", "县人大"), ("何启明", "县政协"), ("何启明", "县税务局"),
                                          ("陈志远", "县科协")}
    assert oversight(docs, "assists") == {("何启明", "梁一帆"), ("陈志远", "何启明")}
    assert posts(docs) >= {("何启明", "县委常委"), ("何启明", "常务副县长"), ("陈志远", "县委常委"),
                           ("韩立武", "副县长"), ("韩立武", "公安局长"), ("梁一帆", "县长")}
    areas = {t for o, t in oversight(docs, "responsible_for") if o == "韩立武"}
    assert areas == {"公安", "司法"}


PROSE_ROSTER = """\
柳溪县人民政府办公室关于成立柳溪县河湖长制工作领导小组的通知
柳政办〔2024〕9号
各乡（镇）人民政府，县人民政府有关部门：
为加强领导，经县政府研究，决定成立以县长林晓东为组长，副县长周敏、欧阳明为副组长，县水利局、县财政局、县生态环境分局等单位主要负责人为成员的柳溪县河湖长制工作领导小组。领导小组办公室设在县水利局，周敏同志兼任办公室主任。
柳溪县人民政府办公室
2024年5月6日
"""


def test_roster_written_as_prose():
    docs = run(PROSE_ROSTER)
    g = "柳溪县河湖长制工作领导小组"
    assert members(docs) == {
        (g, "林晓东", "组长", "县长"), (g, "周敏", "副组长", "副县长"), (g, "欧阳明", "副组长", "副县长"),
        (g, "县水利局", "成员", ""), (g, "县财政局", "成员", ""), (g, "县生态环境分局", "成员", ""),
        (g + "办公室", "周敏", "办公室主任", "副县长"),  # the office director's affiliation from the roster
    }
    (doc,) = docs
    assert {gr.name: gr.office_host for gr in doc.groups}[g] == "县水利局"


AFFILIATION_FIRST = """\
柳溪县人民政府办公室关于调整柳溪县安全生产委员会组成人员的通知
柳政办〔2024〕12号
现将调整后的柳溪县安全生产委员会组成人员名单通知如下：
主  任：县长 林晓东
常务副主任：县委常委、常务副县长 周 敏
副主任：副县长欧阳明
委  员：县应急管理局局长 宋一凡
        县公安局副局长韩立诚
安委会办公室设在县应急管理局，宋一凡同志兼任办公室主任。
柳溪县人民政府办公室
2024年5月6日
"""


def test_committee_roster_with_the_affiliation_before_the_name():
    g = "柳溪县安全生产委员会"
    assert members(run(AFFILIATION_FIRST)) == {
        (g, "林晓东", "主任", "县长"), (g, "周敏", "常务副主任", "县委常委、常务副县长"),
        (g, "欧阳明", "副主任", "副县长"), (g, "宋一凡", "委员", "县应急管理局局长"),
        (g, "韩立诚", "委员", "县公安局副局长"), (g + "办公室", "宋一凡", "办公室主任", "县应急管理局局长"),
    }


POSTS_INSTEAD_OF_NAMES = """\
青川市人民政府关于市政府领导工作分工的通知
青政〔2024〕21号
市长：主持市政府全面工作，分管市审计局。
常务副市长：负责市政府常务工作，分管市财政局、市统计局，协助市长分管审计工作。
副市长（挂职）：分管市科学技术局。
青川市人民政府
2024年8月1日
"""


def test_division_notice_with_posts_instead_of_names():
    docs = run(POSTS_INSTEAD_OF_NAMES)
    assert oversight(docs, "oversees") == {("市长", "市审计局"), ("常务副市长", "市财政局"),
                                           ("常务副市长", "市统计局"), ("副市长", "市科学技术局")}
    assert oversight(docs, "assists") == {("常务副市长", "市长")}


def test_documents_keep_their_addressees_and_annex_titles():
    text = """\
柳溪县人民政府办公室关于印发柳溪县某某工作方案的通知
柳政办〔2024〕3号
各乡（镇）人民政府，县人民政府有关部门：
现将方案印发给你们。
附件：1. 柳溪县某某工作领导小组成员名单
2. 柳溪县某某工作任务分工表
柳溪县人民政府办公室
2024年1月8日
"""
    (doc,) = run(text)
    assert doc.addressees == "各乡（镇）人民政府，县人民政府有关部门"
    assert doc.annexes == ["柳溪县某某工作领导小组成员名单", "柳溪县某某工作任务分工表"]


def test_group_named_in_a_decision_sentence():
    text = """\
岚桥市人民政府办公室关于调整岚桥市防汛抗旱工作领导小组成员的通知
岚政办〔2024〕5号
因工作需要，市政府决定对岚桥市防汛抗旱工作领导小组成员进行调整，调整后的名单如下：
组长：林远航（市政府副市长）
岚桥市人民政府办公室
2024年4月1日
"""
    assert members(run(text)) == {("岚桥市防汛抗旱工作领导小组", "林远航", "组长", "市政府副市长")}


WEB_PAGE_LABELLED = """\
索引号：11410000/2024-00012
发布机构：青川市人民政府
发文字号：青政〔2024〕3号
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2024〕3号
各县（市、区）人民政府，市人民政府各部门：
林晓东
职务：市委常委、常务副市长
分工：负责市政府常务工作；分管市财政局、市统计局；联系市税务局。
周敏
职务：副市长
分工：负责教育工作；分管市教育局。
青川市人民政府
2024年2月2日
"""


def test_web_page_with_labelled_posts_and_duties():
    docs = run(WEB_PAGE_LABELLED)
    assert posts(docs) == {("林晓东", "市委常委"), ("林晓东", "常务副市长"), ("周敏", "副市长")}
    assert oversight(docs, "oversees") == {("林晓东", "市财政局"), ("林晓东", "市统计局"), ("周敏", "市教育局")}
    assert oversight(docs, "liaises") == {("林晓东", "市税务局")}


def test_a_long_text_is_read_in_pieces_with_the_same_facts(monkeypatch):
    from extract import pipeline
    text = Path(__file__).parents[1].joinpath("examples", "demo_gazette.txt").read_text(encoding="utf-8") * 5
    whole = extract_text(text, source="x.txt")
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 4000)
    pieces = extract_text(text, source="x.txt")

    def facts(docs):
        return sorted((type(f).__name__, f.evidence.start, f.evidence.end, repr(f)) for d in docs for f in d.facts())

    assert facts(pieces) == facts(whole)
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text for d in pieces for f in d.facts())


DUTY_ANNEX = """\
柳溪县人民政府办公室关于加强农田灌溉渠道管护的意见
柳政办〔2024〕15号
附件
柳溪县农田灌溉渠道管护相关部门职责分工
一、县水利局
负责渠道管护的统筹规划和技术指导，会同有关部门开展年度检查。
二、县财政局
负责落实管护经费，监督资金使用。
三、各乡（镇）
负责本辖区渠道日常巡查。
柳溪县人民政府办公室
2024年6月3日
"""


def test_duty_division_annex_gives_unit_duties():
    (doc,) = run(DUTY_ANNEX)
    assert [(d.unit, d.duty) for d in doc.duties] == [
        ("县水利局", "负责渠道管护的统筹规划和技术指导，会同有关部门开展年度检查"),
        ("县财政局", "负责落实管护经费，监督资金使用"),
    ]


TASKS_LEAD = """\
青川市人民政府办公室关于促进消费的实施意见
青政办〔2024〕8号
（一）发展夜间经济。（市商务局、文化广电旅游局和各县〔市、区〕政府按职责分工负责）
（二）提升消费环境。（牵头单位：市市场监管局；配合单位：市发展改革委、市公安局）
（三）培育新型消费。由市发展改革委牵头，市工业和信息化局、人力资源社会保障局配合。
"""


def test_task_units_lead_flags_and_canonical_names():
    from extract.units import canonical
    (doc,) = run(TASKS_LEAD)
    got = [(a.task, a.unit, a.lead) for a in doc.assignments]
    assert got == [
        ("发展夜间经济", "市商务局", True), ("发展夜间经济", "市文化广电旅游局", False),
        ("发展夜间经济", "各县〔市、区〕政府", False),
        ("提升消费环境", "市市场监管局", True), ("提升消费环境", "市发展改革委", False),
        ("提升消费环境", "市公安局", False),
        ("培育新型消费", "市发展改革委", True), ("培育新型消费", "市工业和信息化局", False),
        ("培育新型消费", "市人力资源社会保障局", False),
    ]
    assert {canonical(u, "青川市") for _, u, _ in got} >= {
        "青川市文化广电和旅游局", "青川市市场监督管理局", "青川市发展和改革委员会", "青川市人力资源和社会保障局"}


TABLE_AND_BRACKETED = """\
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2024〕40号
姓名	职务	分工
林晓东	市政府副市长	负责教育工作；分管市教育局、市体育局；联系市科协。
周敏	市政府副市长、党组成员	负责农业工作；分管市农业农村局。
欧阳明（市委常委、常务副市长）：负责市政府常务工作，分管市财政局。
青川市人民政府
2024年9月1日
"""


def test_division_table_rows_and_bracketed_posts():
    docs = run(TABLE_AND_BRACKETED)
    assert oversight(docs, "oversees") == {("林晓东", "市教育局"), ("林晓东", "市体育局"),
                                           ("周敏", "市农业农村局"), ("欧阳明", "市财政局")}
    assert oversight(docs, "liaises") == {("林晓东", "市科协")}
    assert posts(docs) == {("林晓东", "市政府副市长"), ("周敏", "市政府副市长"), ("周敏", "党组成员"),
                           ("欧阳明", "市委常委"), ("欧阳明", "常务副市长")}


RARE_SURNAMES = """\
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2024〕50号
祢晓东 市政府副市长
分管市教育局。
青川市人民政府办公室关于调整青川市某某工作领导小组成员的通知
青政办〔2024〕51号
青川市某某工作领导小组成员名单
组长：祢晓东（市政府副市长）
成员：厍文静（市财政局局长）、林一（市教育局局长）
青川市人民政府办公室
2024年9月2日
"""


def test_rare_surnames_where_the_layout_says_a_name_stands():
    docs = run(RARE_SURNAMES)
    assert oversight(docs, "oversees") == {("祢晓东", "市教育局")}
    assert {(m.member, m.role) for d in docs for m in d.memberships} == {
        ("祢晓东", "组长"), ("厍文静", "成员"), ("林一", "成员")}


def test_posts_drop_notes_and_a_leading_jian():
    text = """\
青川市人民政府关于市政府领导同志工作分工的通知
青政〔2024〕52号
林晓东：市委常委、副市长（挂职），兼市公安局局长
分管市公安局。
青川市人民政府
2024年9月3日
"""
    assert posts(run(text)) == {("林晓东", "市委常委"), ("林晓东", "副市长"), ("林晓东", "市公安局局长")}


def test_roster_members_written_name_comma_affiliation():
    text = """\
柳溪县人民政府办公室关于调整柳溪县某某工作领导小组成员的通知
柳政办〔2024〕60号
柳溪县某某工作领导小组成员名单
组长：林晓东，县委副书记、县长
成员：周敏，县财政局局长
欧阳明，县教育局局长
柳溪县人民政府办公室
2024年9月4日
"""
    g = "柳溪县某某工作领导小组"
    assert members(run(text)) == {(g, "林晓东", "组长", "县委副书记、县长"), (g, "周敏", "成员", "县财政局局长"),
                                  (g, "欧阳明", "成员", "县教育局局长")}


def test_notices_printed_without_numbers_are_documents_of_their_own():
    text = """\
青川市人民政府关于市政府领导同志工作分工的通知
各县（市、区）人民政府，市人民政府各部门：
林晓东：市政府副市长
分管市教育局。
青川市人民政府
2024年1月2日
青川市人民政府关于调整市政府领导同志工作分工的通知
各县（市、区）人民政府，市人民政府各部门：
周敏：市政府副市长
分管市体育局。
青川市人民政府
2024年5月6日
"""
    docs = run(text)
    assert [(d.date, d.number) for d in docs] == [("2024-01-02", ""), ("2024-05-06", "")]
    assert [{(o.official, o.target) for o in d.oversight} for d in docs] == [
        {("林晓东", "市教育局")}, {("周敏", "市体育局")}]
