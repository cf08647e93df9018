"""Layouts of leadership-division notices (工作分工) and rosters (成员名单).

Every case is a small, complete, invented notice (all names, units and numbers are
made up) and the facts the extractor must read from it, written as sets of tuples.

Conventions asserted throughout:

- names: inner whitespace removed, simplified characters (``周 敏`` → ``周敏``);
- posts: split at 、 / , / ， and kept as written (``市政府副市长``, ``党组成员``);
- unit targets: the list's jurisdiction prefix carried over to items that lack it
  (``市商务局、财政局`` → ``市财政局``);
- roles as written without spaces (``组 长`` → ``组长``); affiliation as written
  inside the bracket (``县委常委、副县长`` is one affiliation);
- group names carry the jurisdiction (the issuer's county when the heading lacks it);
- areas (responsible_for) have fuzzy boundaries: only containment is asserted.
"""
from __future__ import annotations

import re

import pytest

from extract import extract_text


# --------------------------------------------------------------------------- helpers

def run(text):
    return extract_text(text, source="t.txt")


def relation(docs, rel):
    """(official, target) pairs of one relation."""
    return {(o.official, o.target) for d in docs for o in d.oversight if o.relation == rel}


def posts(docs):
    return {(p.official, p.post) for d in docs for p in d.posts}


def areas(docs, official):
    return [o.target for d in docs for o in d.oversight
            if o.official == official and o.relation == "responsible_for"]


def members(docs):
    """(group, member, role) of every membership, office rows included."""
    return {(m.group, m.member, m.role) for d in docs for m in d.memberships}


def affiliations(docs):
    """(member, affiliation) of the persons in the roster proper (组长/副组长/成员)."""
    return {(m.member, m.affiliation) for d in docs for m in d.memberships
            if m.member_kind == "person" and m.role in {"组长", "副组长", "成员"}}


def unit_members(docs):
    return {m.member for d in docs for m in d.memberships if m.member_kind == "unit"}


def no_space(s):
    return re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------- texts

# a. half-width punctuation, units separated by ','
A_HALF_WIDTH = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政[2024]9号

各县(市、区)人民政府,市人民政府各部门:

根据工作需要,现将市政府领导同志工作分工通知如下:

林晓东: 市政府副市长,党组成员

负责教育、商务等方面的工作.

分管和联系单位:市教育局,市商务局,市外事办公室.

欧阳明: 市政府副市长

负责民政、体育等方面的工作.

分管和联系单位:市民政局,市体育局.

青川市人民政府

2024年4月2日
"""

A_HALF_WIDTH_ROSTER = """\
柳溪县人民政府办公室 关于调整柳溪县食品安全工作领导小组成员名单的通知

柳政办[2024]7号

各乡(镇)人民政府,县人民政府有关部门:

因人事变动,经县政府同意,现将调整后的柳溪县食品安全工作领导小组成员名单通知如下:

组 长:林晓东(县政府副县长)
副组长:周 敏(县市场监督管理局局长)
成 员:欧阳明(县卫生健康委员会主任)
 韩立诚(县农业农村局局长)

领导小组下设办公室,办公室设在县市场监督管理局,周敏同志兼办公室主任.

柳溪县人民政府办公室

2024年4月10日
"""

# b. traditional characters (compared in simplified)
B_TRADITIONAL = """\
青川市人民政府 關於市政府領導同志工作分工的通知

青政〔2024〕10號

各縣（市、區）人民政府，市人民政府各部門：

現將市政府領導同志工作分工通知如下：

歐陽明：市政府副市長、黨組成員

負責財政、稅務等方面的工作，協助分管市審計局。

分管和聯繫單位：市財政局、市稅務局、市統計局。

周　敏：市政府副市長

負責教育、衛生健康等方面的工作。

分管和聯繫單位：市教育局、市衛生健康委員會。

青川市人民政府

2024年4月8日
"""

B_TRADITIONAL_ROSTER = """\
柳溪縣人民政府辦公室 關於調整柳溪縣河長制工作領導小組成員名單的通知

柳政辦〔2024〕6號

各鄉（鎮）人民政府，縣人民政府有關部門：

因人事變動，經縣政府同意，現將調整後的柳溪縣河長制工作領導小組成員名單通知如下：

組　長：韓立誠（縣政府副縣長）
副組長：葉文濤（縣水利局局長）
成　員：鄭曉嵐（縣財政局局長）
　　　　劉　勇（縣生態環境分局局長）

領導小組下設辦公室，辦公室設在縣水利局，葉文濤同志兼辦公室主任。

柳溪縣人民政府辦公室

2024年5月6日
"""

# c. the title before the name
C_TITLE_FIRST = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕12号

各县（市、区）人民政府，市人民政府各部门：

经研究，现将市政府领导同志工作分工通知如下：

常务副市长欧阳明同志：

负责市政府常务工作，负责发展改革、财政、统计等方面的工作。

分管和联系单位：市发展和改革委员会、市财政局、市统计局。

副市长 林晓东：
负责教育、体育等方面的工作。
分管和联系单位：市教育局、市体育局。

青川市人民政府

2024年5月20日
"""

# c. the title before the name, the duties on the same line
C_TITLE_FIRST_ONE_LINE = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕19号

各县（市、区）人民政府，市人民政府各部门：

经研究，现将市政府领导同志工作分工通知如下：

副市长周 敏同志：负责民政、卫生健康等方面的工作。分管和联系单位：市民政局、市卫生健康委员会。

副市长欧阳明同志：负责交通运输方面的工作。分管市交通运输局。

青川市人民政府

2024年7月22日
"""

# d. the name alone on its line, the posts on the next, then the duties
D_NAME_ALONE = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕13号

各县（市、区）人民政府，市人民政府各部门：

现将市政府领导同志工作分工通知如下：

林晓东

市政府副市长、党组成员

负责住房和城乡建设、城市管理等方面的工作。

分管和联系单位：市住房和城乡建设局、市城市管理局。

周 敏

市政府副市长

负责农业农村、水利等方面的工作。

分管和联系单位：市农业农村局、市水利局。

青川市人民政府

2024年5月27日
"""

# e. 'NAME 市政府副市长' on one line, no blank lines between paragraphs
E_NAME_SPACE_POST = """\
青川市人民政府 关于市政府领导同志工作分工的通知
青政〔2024〕14号
各县（市、区）人民政府，市人民政府各部门：
现将市政府领导同志工作分工通知如下：
林晓东 市政府副市长、党组成员
负责自然资源、生态环境等方面的工作。
分管和联系单位：市自然资源和规划局、市生态环境局。
欧阳明 市政府副市长
负责民政、体育等方面的工作。
分管和联系单位：市民政局、市体育局。
青川市人民政府
2024年6月1日
"""

# f. 及 / 和 in unit lists, the jurisdiction prefix carried over, a bracketed alias
F_LISTS = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕16号

各县（市、区）人民政府，市人民政府各部门：

现将市政府领导同志工作分工通知如下：

周 敏：市政府副市长、党组成员

负责公安、司法、信访等方面的工作。

分管和联系单位：市公安局、市司法局及市信访局。

林晓东：市政府副市长

负责商务、财政、人力资源和社会保障等方面的工作。

分管市商务局、财政局、人力资源和社会保障局和市统计局。

欧阳明：市政府副市长

负责发展改革、能源等方面的工作。

分管和联系单位：市发展和改革委员会（市物价局）、市能源局。

青川市人民政府

2024年6月10日
"""

# g. a change notice
G_CHANGE = """\
青川市人民政府 关于调整市政府领导同志工作分工的通知

青政〔2024〕15号

各县（市、区）人民政府，市人民政府各部门：

因工作需要，经研究，对市政府领导同志工作分工作如下调整：

副市长周敏同志，增加分管市体育局。

副市长林晓东同志，增加分管市外事办公室、市口岸办公室。

其他市政府领导同志工作分工不变。

青川市人民政府

2024年6月3日
"""

# h. 协助分管 / 协助市长工作 / 协助XX同志工作 / 协助常务副市长分管 / 联系
H_RELATIONS = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕17号

各县（市、区）人民政府，市人民政府各部门：

现将市政府领导同志工作分工通知如下：

欧阳明：市政府市长、党组书记

主持市政府全面工作。分管市审计局。

林晓东：市政府常务副市长、党组副书记

负责市政府常务工作，协助市长工作，联系人大、政协工作。

分管和联系单位：市财政局、市统计局。

周 敏：市政府副市长

负责公安、司法等方面的工作，协助常务副市长分管应急管理工作，协助分管市信访局，联系军分区、法院。

分管和联系单位：市公安局、市司法局。

宋一凡：市政府党组成员

协助林晓东同志工作。

青川市人民政府

2024年6月20日
"""

# i. rosters: the role alone on its line, 'NAME AFFILIATION' without brackets,
#    '周 敏同志兼任办公室主任'
I_ROLE_ALONE = """\
柳溪县人民政府办公室 关于调整柳溪县森林防灭火工作领导小组成员名单的通知

柳政办〔2024〕8号

各乡（镇）人民政府，县人民政府有关部门：

因人事变动，经县政府同意，现将调整后的柳溪县森林防灭火工作领导小组成员名单通知如下：

组长：
林晓东 县人民政府副县长
副组长：
周 敏 县林业局局长
欧阳明 县应急管理局局长
成员：
韩立诚 县财政局副局长
叶文涛 县公安局副局长
宋一凡 县气象局局长

领导小组下设办公室，办公室设在县林业局，周 敏同志兼任办公室主任。

柳溪县人民政府办公室

2024年2月26日
"""

# i. a member that is a post; '办公室主任由XX同志兼任'; a two-part affiliation
I_POST_MEMBER = """\
柳溪县人民政府办公室 关于调整柳溪县城乡环境卫生整治工作领导小组成员名单的通知

柳政办〔2024〕10号

各乡（镇）人民政府，县人民政府有关部门：

经县政府同意，现将调整后的柳溪县城乡环境卫生整治工作领导小组成员名单通知如下：

组 长：负责住房和城乡建设工作的副县长
副组长：叶文涛（县委常委、副县长）
 欧阳明（县住房和城乡建设局局长）
成 员：韩立诚（县城市管理局局长）
 宋一凡（县生态环境分局局长）

领导小组下设办公室，办公室设在县住房和城乡建设局，办公室主任由欧阳明同志兼任。

柳溪县人民政府办公室

2024年7月8日
"""

# i. a roster heading (annex) without the county's name
I_NO_COUNTY = """\
柳溪县人民政府办公室 关于调整防汛抗旱工作领导小组成员名单的通知

柳政办〔2024〕11号

各乡（镇）人民政府，县人民政府有关部门：

因人事变动，经县政府同意，对防汛抗旱工作领导小组成员进行调整，调整后的成员名单见附件。

附件：防汛抗旱工作领导小组成员名单

附 件

防汛抗旱工作领导小组 成员名单

组 长：韩立诚（县政府副县长）
副组长：叶文涛（县水利局局长）
成 员：宋一凡（县应急管理局局长）

柳溪县人民政府办公室

2024年7月15日
"""

# i. a joint meeting: 由……等N个单位组成, a convener, an office
I_JOINT_COUNT = """\
柳溪县人民政府办公室 关于调整柳溪县农村供水保障联席会议成员名单的通知

柳政办〔2024〕12号

各乡（镇）人民政府，县人民政府有关部门：

经县政府同意，现将调整后的柳溪县农村供水保障联席会议组成通知如下：

联席会议由县水利局、财政局、卫生健康委员会和乡村振兴局等4个单位组成，县水利局主要负责同志担任召集人。联席会议办公室设在县水利局，承担联席会议日常工作。

柳溪县人民政府办公室

2024年8月1日
"""

# i. a joint meeting with a '成员单位：' list
I_JOINT_LIST = """\
柳溪县人民政府办公室 关于调整柳溪县就业工作联席会议成员单位和成员名单的通知

柳政办〔2024〕13号

各乡（镇）人民政府，县人民政府有关部门：

为进一步做好稳就业工作，经县政府同意，对柳溪县就业工作联席会议成员单位进行调整。现将有关事项通知如下：

联席会议成员单位：县人力资源和社会保障局、县发展和改革委员会、县教体局、县财政局及县退役军人事务局。

县人力资源和社会保障局主要负责同志担任召集人。联席会议办公室设在县人力资源和社会保障局。

柳溪县人民政府办公室

2024年8月12日
"""

# j. one notice, its unit list printed whole or across a page break
J_NOTICE = """\
青川市人民政府 关于市政府领导同志工作分工的通知

青政〔2024〕18号

各县（市、区）人民政府，市人民政府各部门：

现将市政府领导同志工作分工通知如下：

林晓东：市政府副市长、党组成员

负责教育、科技、文化旅游、卫生健康、体育等方面的工作。

分管和联系单位：{units}

周 敏：市政府副市长

负责民政方面的工作。

分管和联系单位：市民政局。

青川市人民政府

2024年7月1日
"""

J_WHOLE = "市教育局、市科学技术局、市商务局、市文化广电和旅游局、市卫生健康委员会、市体育局。"
J_BREAK_AFTER_COMMA = ("市教育局、市科学技术局、市商务局、\n\n— 5 —\n\n"
                       "市文化广电和旅游局、市卫生健康委员会、市体育局。")
J_BREAK_IN_NAME = ("市教育局、市科学技术局、市商务局、市文化广电\n\n- 5 -\n\n"
                   "和旅游局、市卫生健康委员会、市体育局。")
J_BREAK_MANY_BLANKS = ("市教育局、市科学技术局、\n\n\n— 5 —\n\n\n\n"
                       "市商务局、市文化广电和旅游局、市卫生健康委员会、市体育局。")

J_EXPECTED = {("林晓东", u) for u in ("市教育局", "市科学技术局", "市商务局", "市文化广电和旅游局",
                                   "市卫生健康委员会", "市体育局")} | {("周敏", "市民政局")}


# k. a small roster notice with a given number line and date line
def k_notice(number, date):
    return f"""\
柳溪县人民政府办公室 关于调整柳溪县消防安全工作领导小组成员名单的通知

{number}

各乡（镇）人民政府，县人民政府有关部门：

经县政府同意，现将调整后的领导小组成员名单通知如下：

组 长：林晓东（县政府副县长）
成 员：周 敏（县消防救援大队大队长）

柳溪县人民政府办公室

{date}
"""


# --------------------------------------------------------------------------- posts

@pytest.mark.parametrize("text, expected", [
    pytest.param(A_HALF_WIDTH, {("林晓东", "市政府副市长"), ("林晓东", "党组成员"),
                                ("欧阳明", "市政府副市长")}, id="a-half-width"),
    pytest.param(B_TRADITIONAL, {("欧阳明", "市政府副市长"), ("欧阳明", "党组成员"),
                                 ("周敏", "市政府副市长")}, id="b-traditional"),
    pytest.param(C_TITLE_FIRST, {("欧阳明", "常务副市长"), ("林晓东", "副市长")}, id="c-title-first"),
    pytest.param(C_TITLE_FIRST_ONE_LINE, {("周敏", "副市长"), ("欧阳明", "副市长")},
                 id="c-title-first-one-line"),
    pytest.param(D_NAME_ALONE, {("林晓东", "市政府副市长"), ("林晓东", "党组成员"),
                                ("周敏", "市政府副市长")}, id="d-name-alone"),
    pytest.param(E_NAME_SPACE_POST, {("林晓东", "市政府副市长"), ("林晓东", "党组成员"),
                                     ("欧阳明", "市政府副市长")}, id="e-name-space-post"),
    pytest.param(H_RELATIONS, {("欧阳明", "市政府市长"), ("欧阳明", "党组书记"),
                               ("林晓东", "市政府常务副市长"), ("林晓东", "党组副书记"),
                               ("周敏", "市政府副市长"), ("宋一凡", "市政府党组成员")},
                 id="h-relations"),
])
def test_posts(text, expected):
    assert posts(run(text)) == expected


# --------------------------------------------------------------------------- oversees

@pytest.mark.parametrize("text, expected", [
    pytest.param(A_HALF_WIDTH, {("林晓东", "市教育局"), ("林晓东", "市商务局"), ("林晓东", "市外事办公室"),
                                ("欧阳明", "市民政局"), ("欧阳明", "市体育局")}, id="a-half-width"),
    pytest.param(B_TRADITIONAL, {("欧阳明", "市财政局"), ("欧阳明", "市税务局"), ("欧阳明", "市统计局"),
                                 ("周敏", "市教育局"), ("周敏", "市卫生健康委员会")}, id="b-traditional"),
    pytest.param(C_TITLE_FIRST, {("欧阳明", "市发展和改革委员会"), ("欧阳明", "市财政局"),
                                 ("欧阳明", "市统计局"), ("林晓东", "市教育局"), ("林晓东", "市体育局")},
                 id="c-title-first"),
    pytest.param(C_TITLE_FIRST_ONE_LINE, {("周敏", "市民政局"), ("周敏", "市卫生健康委员会"),
                                          ("欧阳明", "市交通运输局")}, id="c-title-first-one-line"),
    pytest.param(D_NAME_ALONE, {("林晓东", "市住房和城乡建设局"), ("林晓东", "市城市管理局"),
                                ("周敏", "市农业农村局"), ("周敏", "市水利局")}, id="d-name-alone"),
    pytest.param(E_NAME_SPACE_POST, {("林晓东", "市自然资源和规划局"), ("林晓东", "市生态环境局"),
                                     ("欧阳明", "市民政局"), ("欧阳明", "市体育局")},
                 id="e-name-space-post"),
    pytest.param(F_LISTS, {("周敏", "市公安局"), ("周敏", "市司法局"), ("周敏", "市信访局"),
                           ("林晓东", "市商务局"), ("林晓东", "市财政局"),
                           ("林晓东", "市人力资源和社会保障局"), ("林晓东", "市统计局"),
                           ("欧阳明", "市发展和改革委员会"), ("欧阳明", "市能源局")}, id="f-lists"),
    pytest.param(G_CHANGE, {("周敏", "市体育局"), ("林晓东", "市外事办公室"), ("林晓东", "市口岸办公室")},
                 id="g-change-notice"),
    pytest.param(H_RELATIONS, {("欧阳明", "市审计局"), ("林晓东", "市财政局"), ("林晓东", "市统计局"),
                               ("周敏", "市公安局"), ("周敏", "市司法局")}, id="h-relations"),
])
def test_oversees(text, expected):
    assert relation(run(text), "oversees") == expected


def test_bracketed_alias_is_not_a_separate_unit():
    targets = {t for _, t in relation(run(F_LISTS), "oversees")}
    assert "市发展和改革委员会" in targets
    assert not any("物价局" in t for t in targets)


def test_oversees_targets_are_units_and_assists_targets_are_persons():
    docs = run(H_RELATIONS)
    kinds = {(o.relation, o.target_kind) for d in docs for o in d.oversight
             if o.relation in ("oversees", "assists")}
    assert kinds == {("oversees", "unit"), ("assists", "person")}


# --------------------------------------------------------------------------- other relations

@pytest.mark.parametrize("text, rel, expected", [
    pytest.param(B_TRADITIONAL, "co_oversees", {("欧阳明", "市审计局")}, id="b-traditional-co_oversees"),
    pytest.param(H_RELATIONS, "co_oversees", {("周敏", "市信访局")}, id="h-co_oversees"),
    # 协助市长工作 → the mayor's name; 协助林晓东同志工作 → 林晓东;
    # 协助常务副市长分管… → the executive vice-mayor's name
    pytest.param(H_RELATIONS, "assists", {("林晓东", "欧阳明"), ("宋一凡", "林晓东"), ("周敏", "林晓东")},
                 id="h-assists"),
    pytest.param(H_RELATIONS, "liaises", {("林晓东", "人大"), ("林晓东", "政协"),
                                          ("周敏", "军分区"), ("周敏", "法院")}, id="h-liaises"),
])
def test_other_relations(text, rel, expected):
    assert relation(run(text), rel) == expected


@pytest.mark.parametrize("text, official, word", [
    pytest.param(A_HALF_WIDTH, "林晓东", "教育", id="a-half-width"),
    pytest.param(B_TRADITIONAL, "欧阳明", "财政", id="b-traditional"),
    pytest.param(C_TITLE_FIRST, "林晓东", "体育", id="c-title-first"),
    pytest.param(C_TITLE_FIRST_ONE_LINE, "周敏", "民政", id="c-title-first-one-line"),
    pytest.param(D_NAME_ALONE, "周敏", "水利", id="d-name-alone"),
    pytest.param(E_NAME_SPACE_POST, "林晓东", "生态环境", id="e-name-space-post"),
    pytest.param(H_RELATIONS, "周敏", "公安", id="h-relations"),
])
def test_responsible_for_areas(text, official, word):
    assert any(word in t for t in areas(run(text), official))


# --------------------------------------------------------------------------- rosters

G_FOOD = "柳溪县食品安全工作领导小组"
G_RIVER = "柳溪县河长制工作领导小组"
G_FOREST = "柳溪县森林防灭火工作领导小组"
G_SANITATION = "柳溪县城乡环境卫生整治工作领导小组"
G_FLOOD = "柳溪县防汛抗旱工作领导小组"


@pytest.mark.parametrize("text, expected", [
    pytest.param(A_HALF_WIDTH_ROSTER, {
        (G_FOOD, "林晓东", "组长"), (G_FOOD, "周敏", "副组长"),
        (G_FOOD, "欧阳明", "成员"), (G_FOOD, "韩立诚", "成员"),
        (G_FOOD + "办公室", "周敏", "办公室主任"),
    }, id="a-half-width-roster"),
    pytest.param(B_TRADITIONAL_ROSTER, {
        (G_RIVER, "韩立诚", "组长"), (G_RIVER, "叶文涛", "副组长"),
        (G_RIVER, "郑晓岚", "成员"), (G_RIVER, "刘勇", "成员"),
        (G_RIVER + "办公室", "叶文涛", "办公室主任"),
    }, id="b-traditional-roster"),
    pytest.param(I_ROLE_ALONE, {
        (G_FOREST, "林晓东", "组长"), (G_FOREST, "周敏", "副组长"), (G_FOREST, "欧阳明", "副组长"),
        (G_FOREST, "韩立诚", "成员"), (G_FOREST, "叶文涛", "成员"), (G_FOREST, "宋一凡", "成员"),
        (G_FOREST + "办公室", "周敏", "办公室主任"),
    }, id="i-role-alone-no-brackets"),
    pytest.param(I_POST_MEMBER, {
        (G_SANITATION, "负责住房和城乡建设工作的副县长", "组长"),
        (G_SANITATION, "叶文涛", "副组长"), (G_SANITATION, "欧阳明", "副组长"),
        (G_SANITATION, "韩立诚", "成员"), (G_SANITATION, "宋一凡", "成员"),
        (G_SANITATION + "办公室", "欧阳明", "办公室主任"),
    }, id="i-post-member-office-variant"),
    pytest.param(I_NO_COUNTY, {
        (G_FLOOD, "韩立诚", "组长"), (G_FLOOD, "叶文涛", "副组长"), (G_FLOOD, "宋一凡", "成员"),
    }, id="i-heading-without-county"),
])
def test_roster_members(text, expected):
    assert members(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(A_HALF_WIDTH_ROSTER, {("林晓东", "县政府副县长"), ("周敏", "县市场监督管理局局长"),
                                       ("欧阳明", "县卫生健康委员会主任"), ("韩立诚", "县农业农村局局长")},
                 id="a-half-width-roster"),
    pytest.param(B_TRADITIONAL_ROSTER, {("韩立诚", "县政府副县长"), ("叶文涛", "县水利局局长"),
                                        ("郑晓岚", "县财政局局长"), ("刘勇", "县生态环境分局局长")},
                 id="b-traditional-roster"),
    pytest.param(I_ROLE_ALONE, {("林晓东", "县人民政府副县长"), ("周敏", "县林业局局长"),
                                ("欧阳明", "县应急管理局局长"), ("韩立诚", "县财政局副局长"),
                                ("叶文涛", "县公安局副局长"), ("宋一凡", "县气象局局长")},
                 id="i-role-alone-no-brackets"),
    pytest.param(I_POST_MEMBER, {("叶文涛", "县委常委、副县长"), ("欧阳明", "县住房和城乡建设局局长"),
                                 ("韩立诚", "县城市管理局局长"), ("宋一凡", "县生态环境分局局长")},
                 id="i-post-member-two-part-affiliation"),
])
def test_roster_affiliations(text, expected):
    assert affiliations(run(text)) == expected


def test_a_roster_member_that_is_a_post():
    kinds = {(m.member, m.member_kind) for d in run(I_POST_MEMBER) for m in d.memberships
             if m.role == "组长"}
    assert kinds == {("负责住房和城乡建设工作的副县长", "post")}


@pytest.mark.parametrize("text, group, host", [
    pytest.param(A_HALF_WIDTH_ROSTER, G_FOOD, "县市场监督管理局", id="a-half-width-roster"),
    pytest.param(B_TRADITIONAL_ROSTER, G_RIVER, "县水利局", id="b-traditional-roster"),
    pytest.param(I_ROLE_ALONE, G_FOREST, "县林业局", id="i-role-alone"),
    pytest.param(I_POST_MEMBER, G_SANITATION, "县住房和城乡建设局", id="i-post-member"),
])
def test_group_name_and_office_host(text, group, host):
    groups = {g.name: g for d in run(text) for g in d.groups}
    assert group in groups
    assert groups[group].kind == "leading_group"
    assert groups[group].jurisdiction == "柳溪县"
    assert groups[group].office_host == host


def test_group_name_gets_the_issuers_county_when_the_heading_lacks_it():
    names = {g.name for d in run(I_NO_COUNTY) for g in d.groups}
    assert G_FLOOD in names
    assert "防汛抗旱工作领导小组" not in names


# --------------------------------------------------------------------------- joint meetings

@pytest.mark.parametrize("text, name, units, stated, host", [
    pytest.param(I_JOINT_COUNT, "柳溪县农村供水保障联席会议",
                 {"县水利局", "县财政局", "县卫生健康委员会", "县乡村振兴局"}, 4, "县水利局",
                 id="i-joint-meeting-stated-count"),
    pytest.param(I_JOINT_LIST, "柳溪县就业工作联席会议",
                 {"县人力资源和社会保障局", "县发展和改革委员会", "县教体局", "县财政局",
                  "县退役军人事务局"}, None, "县人力资源和社会保障局",
                 id="i-joint-meeting-member-list"),
])
def test_joint_meetings(text, name, units, stated, host):
    docs = run(text)
    meetings = {g.name: g for d in docs for g in d.groups if g.kind == "joint_meeting"}
    assert set(meetings) == {name}
    assert meetings[name].stated_count == stated
    assert meetings[name].office_host == host
    assert {m.member for d in docs for m in d.memberships
            if m.group == name and m.member_kind == "unit"} == units


def test_joint_meeting_member_units_have_the_role_as_written():
    docs = run(I_JOINT_LIST)
    roles = {(m.member, m.role) for d in docs for m in d.memberships if m.member_kind == "unit"}
    assert {u for u, r in roles if r == "成员单位"} == {
        "县人力资源和社会保障局", "县发展和改革委员会", "县教体局", "县财政局", "县退役军人事务局"}
    assert ("县人力资源和社会保障局", "召集人") in roles


def test_joint_meeting_convener():
    roles = {(m.member, m.role) for d in run(I_JOINT_COUNT) for m in d.memberships}
    assert ("县水利局", "召集人") in roles


# --------------------------------------------------------------------------- page breaks

@pytest.mark.parametrize("units", [
    pytest.param(J_WHOLE, id="j-whole"),
    pytest.param(J_BREAK_AFTER_COMMA, id="j-break-after-comma"),
    pytest.param(J_BREAK_IN_NAME, id="j-break-inside-a-unit-name"),
    pytest.param(J_BREAK_MANY_BLANKS, id="j-break-many-blank-lines"),
])
def test_list_across_a_page_break(units):
    assert relation(run(J_NOTICE.replace("{units}", units)), "oversees") == J_EXPECTED


# --------------------------------------------------------------------------- document fields

@pytest.mark.parametrize("number_line, date_line, number, date", [
    pytest.param("柳政办〔2024〕3号", "2024年3月20日", "柳政办〔2024〕3号", "2024-03-20",
                 id="k-full-width-brackets"),
    pytest.param("柳政办[2024]3号", "2024年3月20日", "柳政办[2024]3号", "2024-03-20",
                 id="k-half-width-brackets"),
    pytest.param("柳政办〔2024〕 3 号", "2024 年 9 月 17 日", "柳政办〔2024〕3号", "2024-09-17",
                 id="k-spaces-removed"),
    pytest.param("柳政办〔2021〕15号", "2021年9月30日", "柳政办〔2021〕15号", "2021-09-30",
                 id="k-arabic-date"),
    pytest.param("柳政办〔2023〕21号", "二○二三年十二月十六日", "柳政办〔2023〕21号", "2023-12-16",
                 id="k-chinese-date-white-circle"),
    pytest.param("柳政办〔2024〕11号", "二〇二四年十月二十一日", "柳政办〔2024〕11号", "2024-10-21",
                 id="k-chinese-date-ideographic-zero"),
])
def test_number_and_date(number_line, date_line, number, date):
    docs = run(k_notice(number_line, date_line))
    assert [(d.number, d.date) for d in docs] == [(number, date)]


@pytest.mark.parametrize("text, issuer, jurisdiction, title, kind", [
    pytest.param(H_RELATIONS, "青川市人民政府", "青川市",
                 "青川市人民政府关于市政府领导同志工作分工的通知", "division", id="division"),
    pytest.param(I_POST_MEMBER, "柳溪县人民政府办公室", "柳溪县",
                 "柳溪县人民政府办公室关于调整柳溪县城乡环境卫生整治工作领导小组成员名单的通知",
                 "roster", id="roster"),
])
def test_issuer_jurisdiction_title_kind(text, issuer, jurisdiction, title, kind):
    (doc,) = run(text)
    assert (doc.issuer, doc.jurisdiction, no_space(doc.title), doc.kind) == (issuer, jurisdiction, title, kind)


# --------------------------------------------------------------------------- splitting

def test_a_single_notice_is_one_document():
    docs = run(C_TITLE_FIRST)
    assert [d.number for d in docs] == ["青政〔2024〕12号"]


def test_two_notices_are_two_documents_with_their_own_facts():
    docs = run(D_NAME_ALONE + "\n\n" + I_POST_MEMBER)
    assert [d.number for d in docs] == ["青政〔2024〕13号", "柳政办〔2024〕10号"]
    assert [d.index for d in docs] == [0, 1]
    assert [d.date for d in docs] == ["2024-05-27", "2024-07-08"]
    division, roster = docs
    assert {o.official for o in division.oversight if o.relation == "oversees"} == {"林晓东", "周敏"}
    assert division.memberships == []
    assert roster.oversight == []
    assert {m.group for m in roster.memberships} == {G_SANITATION, G_SANITATION + "办公室"}


# --------------------------------------------------------------------------- twelfth unseen batch
# Each case below is a failure an unseen gazette exposed, kept as a test on a
# new invented text.

_TABLE_NOTICE = (
    "榕溪县人民政府关于县政府领导班子成员工作分工的通知\n榕政〔2025〕2号\n"
    "各乡镇人民政府，县政府各部门：\n现将县政府领导班子成员工作分工通知如下：\n"
    "姓名\t职务\t工作分工\t分管单位\t联系单位\n"
    "谭一鸣\t县长\t主持县政府全面工作；负责审计工作\t县审计局\n"
    "贺小川\t常务副县长\t负责县政府常务工作；协助县长负责审计工作\t县财政局、统计局及县国资中心\t县税务局，县人武部\n"
    "柴　岚\t副县长\t教育、卫生健康\t县教育局，县卫生健康局\t团县委\n"
    "榕溪县人民政府\n2025年2月1日\n")


def test_a_division_table_is_read_by_its_header_columns():
    docs = run(_TABLE_NOTICE)
    assert relation(docs, "oversees") == {
        ("谭一鸣", "县审计局"), ("贺小川", "县财政局"), ("贺小川", "县统计局"),
        ("贺小川", "县国资中心"), ("柴岚", "县教育局"), ("柴岚", "县卫生健康局")}
    assert relation(docs, "liaises") == {("贺小川", "县税务局"), ("贺小川", "县人武部"), ("柴岚", "团县委")}
    assert relation(docs, "assists") == {("贺小川", "谭一鸣")}
    assert posts(docs) == {("谭一鸣", "县长"), ("贺小川", "常务副县长"), ("柴岚", "副县长")}
    # a duties cell of bare fields: the leader is responsible for them
    assert {"教育", "卫生健康"} <= set(areas(docs, "柴岚"))


def test_table_rows_are_never_joined_as_prose():
    from extract.normalise import normalise
    text = "姓名\t分工\n甲某某\t负责县政府常务工作；负责发展改革、财政、统计、国有资产、机关事务工作；分管\n乙某某\t负责教育\n"
    assert normalise(text).text.count("\n") >= 2


def test_secretary_general_heads_a_leader_block_not_a_roster():
    text = ("岑山省人民政府关于省政府领导同志工作分工的通知\n岑政〔2016〕3号\n"
            "各市人民政府，省政府各部门：\n"
            "省长 鲍文渊\n领导省政府全面工作。分管省审计厅。\n"
            "秘书长 曲向东\n协助省长负责省政府日常工作。分管省政府研究室、省政府参事室。\n"
            "岑山省人民政府\n2016年1月5日\n")
    docs = run(text)
    assert ("曲向东", "秘书长") in posts(docs)
    assert relation(docs, "oversees") >= {("曲向东", "省政府研究室"), ("曲向东", "省政府参事室")}
    assert relation(docs, "assists") == {("曲向东", "鲍文渊")}
    assert not any(d.groups for d in docs)


def test_a_roster_line_after_a_division_still_ends_it():
    text = ("某县人民政府关于调整县防汛指挥部的通知\n"
            "副县长 甘如海\n负责水利工作。\n"
            "总指挥：甘如海（副县长）\n成员：许一帆（县水利局局长）\n")
    docs = run(text)
    assert ("某县防汛指挥部", "许一帆", "成员") in members(docs) or \
        any(m.member == "许一帆" for d in docs for m in d.memberships)
    assert ("甘如海", "许一帆") not in relation(docs, "responsible_for")


@pytest.mark.parametrize("listed, unit", [
    ("省商务厅、蓉州海关、省科协", "蓉州海关"),
    ("市发展改革委、桐川银保监分局、统计局", "桐川银保监分局"),
    ("省财政厅、国家统计局岑山调查总队", "国家统计局岑山调查总队"),
])
def test_a_place_named_central_body_takes_no_list_prefix(listed, unit):
    from extract import units
    assert unit in [i.text for i in units.items(listed)]


def test_markdown_bold_and_rule_lines_are_not_text():
    text = ("**柳溪市人民政府关于市政府领导同志工作分工的通知**\n柳政〔2025〕8号\n"
            "━━━━━━━━\n**应无忧**：副市长\n1、分管部门:市商务局、市科学技术局。\n━━━━━━\n"
            "**祁安**:市政府秘书长\n1、分管部门:市政府办公室。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("应无忧", "市商务局"), ("应无忧", "市科学技术局"),
                                          ("祁安", "市政府办公室")}


def test_a_web_pages_related_links_and_editor_are_not_documents():
    text = ("桐川市人民政府关于市政府领导同志工作分工的通知\n"
            "成文日期：2025-03-10\n各区人民政府：\n"
            "石光明：副市长\n分管：市民政局。\n"
            "桐川市人民政府\n2025年3月10日\n"
            "相关阅读：\n桐川市人民政府关于调整市食品安全委员会组成人员的通知\n"
            "责任编辑：戚小禾　审核：毛一川\n分享到：\n")
    docs = run(text)
    assert len(docs) == 1
    assert relation(docs, "oversees") == {("石光明", "市民政局")}
    assert not any(d.groups or d.memberships for d in docs)


def test_two_leaders_of_one_role_on_one_line_post_before_name():
    text = ("关于成立溪口县乡村振兴领导小组的通知\n"
            "组　长：县委书记 滕远山　县长 卓一凡\n"
            "成　员：申明（县农业农村局局长）\n")
    docs = run(text)
    assert affiliations(docs) >= {("滕远山", "县委书记"), ("卓一凡", "县长"), ("申明", "县农业农村局局长")}
    assert {(m.member, m.role) for d in docs for m in d.memberships} >= {("滕远山", "组长"), ("卓一凡", "组长")}


def test_working_teams_under_a_group_are_groups_of_their_own():
    text = ("关于成立溪口县招商引资工作领导小组的通知\n"
            "组长：卓一凡（县长）\n成员：申明（县商务局局长）、路遥（县财政局局长）\n"
            "领导小组下设项目服务组、要素保障组两个工作组。\n"
            "（一）项目服务组\n组长：申明（县商务局局长）\n成员：县商务局、县发展和改革局\n"
            "（二）要素保障组\n组长：路遥（县财政局局长）\n成员：县财政局、自然资源局\n")
    docs = run(text)
    groups = {g.name: g for d in docs for g in d.groups}
    assert set(groups) == {"溪口县招商引资工作领导小组", "溪口县招商引资工作领导小组项目服务组",
                           "溪口县招商引资工作领导小组要素保障组"}
    assert groups["溪口县招商引资工作领导小组要素保障组"].parent == "溪口县招商引资工作领导小组"
    assert ("溪口县招商引资工作领导小组要素保障组", "县自然资源局", "成员") in members(docs)
    assert ("溪口县招商引资工作领导小组", "路遥", "成员") in members(docs)


def test_a_roster_written_role_by_role_as_sentences():
    text = ("溪口县人民政府办公室关于调整县消防安全委员会组成人员的通知\n"
            "调整后的县消防安全委员会组成人员如下：\n"
            "主任由县长卓一凡同志担任；\n"
            "副主任由申明（副县长）、路遥（县消防救援大队大队长）同志担任；\n"
            "委员由县直有关部门主要负责同志组成：\n"
            "甘棠（县教育局局长）、\n秦方（县住房和城乡建设局局长）。\n"
            "委员会办公室设在县消防救援大队，路遥同志兼任办公室主任。\n")
    docs = run(text)
    assert members(docs) >= {("溪口县消防安全委员会", "卓一凡", "主任"),
                             ("溪口县消防安全委员会", "申明", "副主任"),
                             ("溪口县消防安全委员会", "路遥", "副主任"),
                             ("溪口县消防安全委员会", "甘棠", "委员"),
                             ("溪口县消防安全委员会", "秦方", "委员")}
    assert ("卓一凡", "县长") in {(m.member, m.affiliation) for d in docs for m in d.memberships}


# --------------------------------------------------------------------------- thirteenth unseen batch

def test_a_note_in_brackets_after_a_name_is_neither_name_nor_post():
    text = ("梓川县人民政府关于县政府领导同志工作分工的通知\n梓政〔2025〕4号\n各乡镇人民政府：\n"
            "缪红（女）：副县长\n分管：县教育局。\n"
            "车志国（挂职，2025年3月至2027年2月）：副县长\n分管：县商务局。\n"
            "钱坤：县委常委、副县长（正处级）\n分管：县公安局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("缪红", "县教育局"), ("车志国", "县商务局"), ("钱坤", "县公安局")}
    assert posts(docs) == {("缪红", "副县长"), ("车志国", "副县长"), ("钱坤", "县委常委"), ("钱坤", "副县长")}


def test_a_fixed_width_wrap_with_page_footers_is_joined():
    w = 16  # every long line cut at the same width, as a PDF prints it
    body = ("　　负责市政府常务工作。负责发展改革、财政、国有资产监管工作。"
            "分管市政府办公室、市发展和改革委员会、市财政局、市机关事务管理中心。"
            "联系市税务局、国家统计局榆州调查队。")
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    lines.insert(3, "第 1 页 共 2 页")
    lines.insert(4, "榆州市人民政府文件")
    text = ("榆州市人民政府关于市政府领导同志工作分工的通知\n榆政〔2025〕1号\n各区人民政府：\n"
            "沙海峰：市委副书记、市长\n　　领导市政府全面工作。负责审计工作。分管市审计局。\n"
            "司徒一鸣：常务副市长\n" + "\n".join(lines) + "\n")
    docs = run(text)
    assert relation(docs, "oversees") == {
        ("沙海峰", "市审计局"), ("司徒一鸣", "市政府办公室"), ("司徒一鸣", "市发展和改革委员会"),
        ("司徒一鸣", "市财政局"), ("司徒一鸣", "市机关事务管理中心")}
    assert "国有资产监管" in areas(docs, "司徒一鸣")


def test_assisting_a_leader_named_with_his_title():
    text = ("槐州市人民政府关于市政府领导同志工作分工的通知\n槐政〔2025〕2号\n各区人民政府：\n"
            "邢远：常务副市长\n负责市政府常务工作。\n"
            "文若：副市长\n协助常务副市长邢远同志负责安全生产工作。\n")
    docs = run(text)
    assert relation(docs, "assists") == {("文若", "邢远")}
    assert any("安全生产" in a for a in areas(docs, "文若"))


def test_a_subdistrict_notice_with_titles_before_names_and_liaison_communities():
    text = ("中共某区某街道工作委员会 某区某街道办事处\n关于街道党工委、办事处领导班子成员工作分工的通知\n"
            "某街办发〔2025〕1号\n各社区党委、居委会：\n"
            "窦一川：街道党工委书记\n工作分工：主持街道党工委全面工作。\n分管部门：党政办公室。\n"
            "办事处副主任 伍晴\n工作分工：负责社区建设工作，协助书记负责党建工作。\n"
            "分管部门：社区建设办公室、综合执法中队。\n联系社区：北门社区、南塘社区。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("窦一川", "党政办公室"), ("伍晴", "社区建设办公室"),
                                          ("伍晴", "综合执法中队")}
    assert relation(docs, "liaises") == {("伍晴", "北门社区"), ("伍晴", "南塘社区")}
    assert relation(docs, "assists") == {("伍晴", "窦一川")}
    assert ("伍晴", "办事处副主任") in posts(docs)


def test_numbered_title_and_name_run_together_with_comrade():
    text = ("某开发区管理委员会关于管委会领导班子成员工作分工的通知\n某开管发〔2025〕1号\n各局：\n"
            "一、党工委书记卜文同志\n主持党工委全面工作。分管党政办公室。\n"
            "二、管委会副主任甄一鸣同志\n负责招商工作，协助书记负责干部人事工作。分管招商服务局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("卜文", "党政办公室"), ("甄一鸣", "招商服务局")}
    assert posts(docs) == {("卜文", "党工委书记"), ("甄一鸣", "管委会副主任")}
    assert relation(docs, "assists") == {("甄一鸣", "卜文")}


def test_a_contact_tables_phone_column_is_no_affiliation():
    text = ("关于成立某县项目建设领导小组的通知\n"
            "职务\t姓名\t单位及职务\t联系电话\n"
            "组长\t邬强\t县长\t0771-5551234\n"
            "成员\t巫丽\t县财政局局长\t13907701234\n"
            "\t冼平\t县商务局局长\t\n")
    docs = run(text)
    assert affiliations(docs) == {("邬强", "县长"), ("巫丽", "县财政局局长"), ("冼平", "县商务局局长")}


def test_a_grid_table_change_notice_with_an_unchanged_row():
    text = ("槐川县人民政府关于调整县政府领导同志工作分工的通知\n槐政〔2025〕3号\n各乡镇人民政府：\n"
            "决定对常务副县长龙飞、副县长麦穗同志的工作分工进行调整；县政府党组成员东方明同志工作分工不变。\n"
            "+------+--------------------+--------------------+\n"
            "| 姓名 | 原分工             | 调整后分工         |\n"
            "+======+====================+====================+\n"
            "| 龙飞 | 分管县财政局、     | 分管县财政局、     |\n"
            "|      | 县统计局。         | 县审计局。         |\n"
            "+------+--------------------+--------------------+\n"
            "| 麦穗 | 分管县教育局。     | 分管县卫生健康局； |\n"
            "|      |                    | 协助常务副县长分管 |\n"
            "|      |                    | 县统计局。         |\n"
            "+------+--------------------+--------------------+\n"
            "| 东方明 | 分管县档案馆。   | 不变               |\n"
            "+------+--------------------+--------------------+\n"
            "槐川县人民政府\n2025年3月1日\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("龙飞", "县财政局"), ("龙飞", "县审计局"),
                                          ("麦穗", "县卫生健康局"), ("东方明", "县档案馆")}
    assert relation(docs, "co_oversees") == {("麦穗", "县统计局")}
    assert relation(docs, "assists") == {("麦穗", "龙飞")}
    assert posts(docs) == {("龙飞", "常务副县长"), ("麦穗", "副县长"), ("东方明", "县政府党组成员")}
    # evidence quotes the source as printed, from the cell's first line to its last
    ev = next(o.evidence.text for d in docs for o in d.oversight if o.target == "县审计局")
    assert "县审计局" in ev


def test_a_title_with_a_list_inside_is_not_joined_to_the_addressees():
    from extract.normalise import normalise
    text = "关于街道党工委、办事处领导班子成员工作分工的通知\n各社区党委、居委会：\n"
    assert normalise(text).text.split("\n")[0].endswith("的通知")


def test_state_grid_keeps_its_own_name_in_a_prefixed_list():
    from extract import units
    assert [i.text for i in units.items("市财政局、国网某州供电公司、税务局")] == [
        "市财政局", "国网某州供电公司", "市税务局"]


# --------------------------------------------------------------------------- fourteenth unseen batch

def test_pdf_text_spaced_letter_by_letter():
    plain = ("杉州市人民政府关于市政府领导同志工作分工的通知\n"
             "闫川：市委常委、常务副市长\n负责市政府常务工作。分管市财政局、市统计局。\n"
             "欧阳青：副市长\n协助常务副\n市长负责安全生产工作。分管市应急管理局。\n")
    spaced = "\n".join(" ".join(line) for line in plain.split("\n"))
    docs = run(spaced)
    assert relation(docs, "oversees") == {("闫川", "市财政局"), ("闫川", "市统计局"), ("欧阳青", "市应急管理局")}
    assert relation(docs, "assists") == {("欧阳青", "闫川")}
    assert posts(docs) >= {("闫川", "市委常委"), ("欧阳青", "副市长")}


@pytest.mark.parametrize("listed", [
    "分管：①县教育局②县民政局③体育局",
    "分管：①县教育局；②县民政局；③体育局",
    "分管：⑴县教育局⑵县民政局⑶体育局",
    "分管：（１）县教育局（２）县民政局（３）体育局",
    "分管：⒈县教育局⒉县民政局⒊体育局",
])
def test_units_enumerated_with_circled_or_bracketed_numbers(listed):
    text = ("桤县人民政府关于县政府领导同志工作分工的通知\n桤政〔2025〕2号\n各乡镇：\n"
            "（一）庄严　副县长\n１．负责教育工作。２．负责民政工作。\n" + listed + "\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("庄严", "县教育局"), ("庄严", "县民政局"), ("庄严", "县体育局")}


def test_a_labelled_cue_runs_on_past_semicolons():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n"
            "邹平：常务副市长\n负责：市政府常务工作；发展改革、财政、统计工作；协助市长负责审计工作。\n"
            "分管：市财政局；市统计局。\n")
    docs = run(text)
    assert {"市政府常务工作", "发展改革", "财政", "统计"} <= set(areas(docs, "邹平"))
    assert relation(docs, "oversees") == {("邹平", "市财政局"), ("邹平", "市统计局")}


def test_a_liaison_line_ending_in_an_office_is_no_signature():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n"
            "宁远：县长\n分管：县审计局\n联系：县人大常委会办公室、县政协办公室\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("宁远", "县人大常委会办公室"), ("宁远", "县政协办公室")}


def test_party_bodies_a_party_school_and_an_organ_are_units():
    text = ("中共某县委关于县委常委工作分工的通知\n"
            "县委常委、组织部部长 简一\n分管县委组织部、县委党校、县纪委监委机关。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("简一", "县委组织部"), ("简一", "县委党校"), ("简一", "县纪委监委机关")}


def test_two_members_side_by_side_name_before_affiliation():
    text = ("关于调整某县医疗保障工作领导小组成员的通知\n"
            "副组长：时雨　县委常委、常务副县长　　　　焦阳　副县长\n"
            "成　员：项南　县财政局局长　　　　　　芮北　县教育局局长\n"
            "　　　　邰东　县民政局局长\n")
    docs = run(text)
    assert affiliations(docs) == {("时雨", "县委常委、常务副县长"), ("焦阳", "副县长"), ("项南", "县财政局局长"),
                                  ("芮北", "县教育局局长"), ("邰东", "县民政局局长")}


# --------------------------------------------------------------------------- fifteenth unseen batch

def test_an_acting_head_and_an_absence_clause():
    text = ("梧县人民政府关于县政府领导同志工作分工的通知\n梧政〔2025〕3号\n各乡镇：\n"
            "代县长 景行\n主持县政府全面工作。分管县审计局。\n"
            "常务副县长 岳川\n负责县政府常务工作，协助代县长负责审计工作。\n"
            "副县长 井然\n协助县长负责招商引资工作。\n"
            "代县长外出期间，由常务副县长岳川同志主持县政府日常工作。\n")
    docs = run(text)
    assert posts(docs) == {("景行", "代县长"), ("岳川", "常务副县长"), ("井然", "副县长")}
    assert relation(docs, "assists") == {("岳川", "景行"), ("井然", "景行")}


def test_members_as_prose_each_closed_by_comrade():
    text = ("某县人民政府办公室\n关于成立某县数据要素工作领导小组\n和建立某县数据共享联席会议制度的通知\n"
            "一、领导小组组成人员\n"
            "组　长：县长苗青同志\n"
            "成　员：县委办公室副主任卫红同志，县政府办公室副主任、县大数据中心主任欧阳俊同志，"
            "县审计局局长于海同志。\n")
    docs = run(text)
    assert {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("某县数据要素工作领导小组", "苗青", "组长", "县长"),
        ("某县数据要素工作领导小组", "卫红", "成员", "县委办公室副主任"),
        ("某县数据要素工作领导小组", "欧阳俊", "成员", "县政府办公室副主任、县大数据中心主任"),
        ("某县数据要素工作领导小组", "于海", "成员", "县审计局局长")}


def test_a_task_table_with_an_empty_cell():
    text = ("某县人民政府办公室关于印发某县营商环境提升实施方案的通知\n某政办〔2025〕1号\n"
            "附件\n重点任务分工表\n"
            "序号\t重点任务\t牵头单位\t责任单位\t完成时限\n"
            "1\t推行告知承诺制\t县行政审批服务局\t县司法局、市场监管局\t2025年底\n"
            "2\t规范涉企检查\t县司法局\t\t长期\n"
            "3\t优化纳税服务\t县税务局、财政局\t各乡（镇）人民政府\t2025年6月\n")
    from extract import extract_text
    got = {(a.task, a.unit, a.lead) for d in extract_text(text, "t.txt") for a in d.assignments}
    assert got == {("推行告知承诺制", "县行政审批服务局", True), ("推行告知承诺制", "县司法局", False),
                   ("推行告知承诺制", "县市场监管局", False), ("规范涉企检查", "县司法局", True),
                   ("优化纳税服务", "县税务局", True), ("优化纳税服务", "县财政局", True),
                   ("优化纳税服务", "各乡（镇）人民政府", False)}


@pytest.mark.parametrize("bracket, expected", [
    ("（牵头市领导：卢一；牵头单位：市发展改革委；责任单位：市财政局）", ["市发展改革委", "市财政局"]),
    ("（责任领导：副市长卢一，责任单位：市商务局、市财政局）", ["市商务局", "市财政局"]),
    ("（市政府分管领导，市交通运输局牵头，各区政府负责）", ["市交通运输局", "各区政府"]),
])
def test_leaders_named_in_a_task_bracket_are_no_units(bracket, expected):
    text = ("某市人民政府办公室关于印发某市工作方案的通知\n某政办〔2025〕2号\n"
            "一、重点任务\n（一）深化审批改革。全面推行承诺制。" + bracket + "\n")
    from extract import extract_text
    got = [a.unit for d in extract_text(text, "t.txt") for a in d.assignments]
    assert got == expected


# --------------------------------------------------------------------------- sixteenth unseen batch

def test_cities_liaised_with_and_a_later_section_closing_the_last_leader():
    text = ("汀澜省人民政府关于省政府领导同志工作分工的通知\n汀政发〔2024〕2号\n各市人民政府：\n"
            "一、工作分工\n（一）副省长　辛远\n辛远同志：分管省交通运输厅；联系桐江市和白溪州。\n"
            "二、联系市（州）工作要求\n"
            "（一）明确联系职责。联系市（州）人民政府要主动向联系的省政府领导同志汇报工作。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("辛远", "桐江市"), ("辛远", "白溪州")}
    assert areas(docs, "辛远") == []


def test_a_township_notice_with_villages_by_area_and_a_requirements_section():
    text = ("中共梓林镇委员会关于镇党政领导班子成员工作分工及包村安排的通知\n梓委发〔2025〕1号\n各村党支部：\n"
            "一、镇人大主席　蓝月\n工作职责：负责人大工作。\n包片：东片区（青山村、石门村）\n"
            "二、副镇长　马良\n分管：镇综合行政执法队。\n联系单位：县市场监管局梓林市场监管所、梓林税务分局。\n包村：金竹村。\n"
            "三、有关要求\n（一）包片领导要经常深入所包村，协调解决村级发展中的实际困难。\n")
    docs = run(text)
    assert {d.jurisdiction for d in docs} == {"梓林镇"}
    assert relation(docs, "liaises") == {("蓝月", "青山村"), ("蓝月", "石门村"), ("马良", "金竹村"),
                                         ("马良", "县市场监管局梓林市场监管所"), ("马良", "梓林税务分局")}
    assert relation(docs, "oversees") == {("马良", "镇综合行政执法队")}
    assert {o.official for d in docs for o in d.oversight} == {"蓝月", "马良"}


def test_roles_alone_on_their_lines_without_colons():
    text = ("关于调整某县食品安全委员会组成人员的通知\n某县食品安全委员会成员名单\n"
            "主　任\n龙山　县长\n副主任\n宁海　县市场监督管理局局长\n委　员\n韦峰　县政府办公室副主任\n")
    docs = run(text)
    assert {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("龙山", "主任", "县长"), ("宁海", "副主任", "县市场监督管理局局长"), ("韦峰", "委员", "县政府办公室副主任")}


def test_office_rows_in_a_roster_table_belong_to_the_office():
    text = ("关于调整某县耕地保护工作领导小组成员的通知\n"
            "职务\t姓名\t单位及职务\n组长\t姚远\t县长\n成员\t滕飞\t县自然资源局局长\n"
            "办公室主任\t滕飞\t县自然资源局局长\n办公室副主任\t莫言\t县农业农村局副局长\n")
    docs = run(text)
    assert members(docs) == {("某县耕地保护工作领导小组", "姚远", "组长"), ("某县耕地保护工作领导小组", "滕飞", "成员"),
                             ("某县耕地保护工作领导小组办公室", "滕飞", "办公室主任"),
                             ("某县耕地保护工作领导小组办公室", "莫言", "办公室副主任")}


def test_working_task_forces_with_a_lead_unit_and_a_team_leader():
    text = ("关于调整某县应急指挥部组成人员的通知\n"
            "指挥长：路平（县长）\n成员：孔明（县卫生健康局局长）\n"
            "指挥部下设两个工作专班。\n"
            "（一）医疗救治专班\n牵头单位：县卫生健康局\n专班组长：孔明（县卫生健康局局长）\n"
            "成员单位：县卫生健康局、县人民医院、财政局\n")
    docs = run(text)
    team = "某县应急指挥部医疗救治专班"
    assert {(m.member, m.role) for d in docs for m in d.memberships if m.group == team} == {
        ("县卫生健康局", "牵头单位"), ("孔明", "专班组长"), ("县人民医院", "成员单位"), ("县财政局", "成员单位")}


def test_a_lead_unit_line_in_a_task_list_is_no_roster():
    text = ("关于印发某县领导小组工作要点的通知\n一、重点任务\n1.推进项目建设。\n牵头单位：县发展改革局\n")
    docs = run(text)
    assert not any(d.memberships for d in docs)


# --------------------------------------------------------------------------- seventeenth unseen batch

def test_names_in_lenticular_brackets_and_bracketed_field_labels():
    text = ("【标　　题】枳川市人民政府关于市政府领导同志工作分工的通知\n【成文日期】２０２５年４月３日\n"
            "枳川市人民政府关于市政府领导同志工作分工的通知\n枳政〔２０２５〕７号\n各县人民政府：\n"
            "【韦一】市委副书记、市长\n领导市政府全面工作。分管市审计局。\n"
            "【李嘉禾】副市长（挂职）\n分管市商务局、市１２３４５政务服务便民热线中心。\n"
            "枳川市人民政府\n２０２５年４月３日\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("韦一", "市审计局"), ("李嘉禾", "市商务局"),
                                          ("李嘉禾", "市１２３４５政务服务便民热线中心")}
    assert posts(docs) == {("韦一", "市委副书记"), ("韦一", "市长"), ("李嘉禾", "副市长")}
    assert {(d.number, d.date) for d in docs} == {("枳政〔２０２５〕７号", "2025-04-03")}


def test_name_and_posts_run_together_as_two_spans_of_a_web_page():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n"
            "顾明哲市委副书记、市长\n分管：市审计局。\n龚海副市长、市公安局局长\n分管：市公安局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("顾明哲", "市审计局"), ("龚海", "市公安局")}
    assert ("龚海", "市公安局局长") in posts(docs)


def test_full_width_digits_stay_as_printed_in_a_task_heading():
    text = ("芄州市人民政府办公室关于加快数字乡村建设的实施意见\n芄政办〔２０２５〕１２号\n"
            "一、重点任务\n（一）推动５Ｇ网络向乡村延伸。新建基站１２０个。（责任单位：市通信发展办、市财政局）\n")
    from extract import extract_text
    got = {(a.task, a.unit) for d in extract_text(text, "t.txt") for a in d.assignments}
    assert got == {("推动５Ｇ网络向乡村延伸", "市通信发展办"), ("推动５Ｇ网络向乡村延伸", "市财政局")}


def test_a_roster_tables_notes_column_is_no_affiliation():
    text = ("关于调整某县自然灾害防治工作领导小组成员的通知\n"
            "职务\t姓名\t单位及职务\t备注\n组长\t汤山\t县长\t\n成员\t孟佳\t县应急管理局局长\t兼办公室主任\n"
            "\t向阳\t县水利局局长\t新增\n")
    docs = run(text)
    assert affiliations(docs) == {("汤山", "县长"), ("孟佳", "县应急管理局局长"), ("向阳", "县水利局局长")}


def test_a_joint_meetings_member_table_of_units_and_their_people():
    text = ("某县人民政府办公室关于建立某县保障农民工工资支付工作联席会议制度的通知\n"
            "经县政府同意，建立某县保障农民工工资支付工作联席会议制度（以下简称联席会议）。\n"
            "召集人：邝宁（副县长）\n联席会议由以下2个成员单位组成。成员单位及成员名单如下：\n"
            "成员单位\t姓名\t职务\n县财政局\t吕昕\t副局长\n县总工会\t包芬\t副主席\n"
            "联席会议办公室设在县财政局。\n")
    docs = run(text)
    assert {g.name for d in docs for g in d.groups} == {"某县保障农民工工资支付工作联席会议"}
    got = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    assert got == {("邝宁", "召集人", "副县长"), ("县财政局", "成员单位", ""), ("县总工会", "成员单位", ""),
                   ("吕昕", "成员", "县财政局副局长"), ("包芬", "成员", "县总工会副主席")}


def test_prose_lead_and_support_in_an_intro_paragraph_is_no_task():
    text = ("某县人民政府办公室关于做好汛期安全防范工作的通知\n某政办〔2025〕11号\n各乡镇：\n"
            "当前，我县已全面进入主汛期。2024年，由县发展改革局牵头，县财政局配合，全县完成水库除险加固。"
            "为切实做好今年汛期安全防范工作，现就有关事项通知如下：\n")
    from extract import extract_text
    assert not any(d.assignments for d in extract_text(text, "t.txt"))


# --------------------------------------------------------------------------- found reading real layouts

@pytest.mark.parametrize("issuer, jurisdiction", [
    ("杭州市人民政府", "杭州市"),            # 州 inside a city's name
    ("某州市人民政府办公室", "某州市"),
    ("徐州市铜山区人民政府", "铜山区"),
    ("凉山彝族自治州人民政府", "凉山彝族自治州"),
    ("黔东南州人民政府", "黔东南州"),
    ("湘西土家族苗族自治州永顺县人民政府", "永顺县"),
    ("中共梓岗镇委员会", "梓岗镇"),
])
def test_the_jurisdiction_an_issuer_names(issuer, jurisdiction):
    from extract.segment import jurisdiction_of
    assert jurisdiction_of(issuer) == jurisdiction


def test_many_committees_listed_one_after_another_with_their_leaders():
    text = ("某州市人民政府办公室关于清理和调整部分非常设机构的通知\n某政办发〔2007〕17号\n各县人民政府：\n"
            "一、保留的非常设机构市领导任职情况\n"
            "1、市城市规划委员会\n主 任 委 员:柳雪松\n副主任委员:杨 智\n"
            "2、市环境保护委员会\n主 任:柳雪松\n副主任:卢焱群、龙福清\n"
            "3、市爱国卫生运动委员会\n主 任 委 员:柳雪松\n常务副主任委员:梅香雪\n"
            "二、撤销的非常设机构名单\n1、市某某工作领导小组\n")
    docs = run(text)
    assert members(docs) == {
        ("某州市城市规划委员会", "柳雪松", "主任委员"), ("某州市城市规划委员会", "杨智", "副主任委员"),
        ("某州市环境保护委员会", "柳雪松", "主任"), ("某州市环境保护委员会", "卢焱群", "副主任"),
        ("某州市环境保护委员会", "龙福清", "副主任"),
        ("某州市爱国卫生运动委员会", "柳雪松", "主任委员"), ("某州市爱国卫生运动委员会", "梅香雪", "常务副主任委员")}


def test_name_then_title_alone_aliases_in_brackets_and_a_concurrent_post():
    text = ("申城市人民政府关于市长、副市长工作分工的通知\n各区人民政府：\n"
            "陈远常务副市长\n协助分管财政工作。\n"
            "分管市发展和改革委员会(市物价局)及市粮食和物资储备局，市统计局。协助分管市财政局。\n"
            "舒庆副市长\n兼市公安局局长，负责公安工作。\n分管市公安局。\n"
            "联系市总工会，市残联等群众团体和部队(武警部队)。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("陈远", "市发展和改革委员会"), ("陈远", "市粮食和物资储备局"),
                                          ("陈远", "市统计局"), ("舒庆", "市公安局")}
    assert relation(docs, "co_oversees") == {("陈远", "市财政局")}
    assert ("舒庆", "市公安局局长") in posts(docs)
    # 部队（武警部队）: the bracket says which forces; the body is 部队, no city's own
    assert relation(docs, "liaises") == {("舒庆", "市总工会"), ("舒庆", "市残联"), ("舒庆", "部队")}



# --------------------------------------------------------------------------- eighteenth unseen batch

def test_a_short_bio_before_the_posts_and_duties():
    text = ("栌湾区人民政府关于区政府领导班子成员工作分工的通知\n栌政发〔2025〕6号\n各街道办事处：\n"
            "骆文峰，男，汉族，1973年8月生，中共党员，研究生学历，区委副书记、区长。主持区政府全面工作；分管区审计局。\n"
            "李婉清（女，满族），1980年3月生，副区长。分管区教育局；联系区妇联。\n")
    docs = run(text)
    assert posts(docs) == {("骆文峰", "区委副书记"), ("骆文峰", "区长"), ("李婉清", "副区长")}
    assert relation(docs, "oversees") == {("骆文峰", "区审计局"), ("李婉清", "区教育局")}
    assert relation(docs, "liaises") == {("李婉清", "区妇联")}


def test_groups_adjusted_by_stating_changes_only():
    text = ("莼川县人民政府办公室关于调整部分县级议事协调机构组成人员的通知\n莼政办〔2025〕21号\n各乡镇：\n"
            "一、撤销以下领导小组\n1.莼川县第五次全国经济普查领导小组\n"
            "二、调整以下议事协调机构组成人员\n"
            "（一）莼川县安全生产委员会：县长蒲东同志任主任，不再担任常务副主任；宁川同志不再担任委员。\n"
            "（二）县河长制工作领导小组：增补莫斌（县水利局局长）、蓝海（县林业局局长）为成员；覃志同志不再担任成员。\n"
            "（三）莼川县森林防灭火指挥部：县林业局局长柯邦同志接替杜斌同志任副指挥长。\n"
            "（四）莼川县非法集资处置工作领导小组：组长由县委常委、常务副县长韦航同志担任（原由副县长卢刚同志担任）。\n")
    docs = run(text)
    got = {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    assert got == {("莼川县安全生产委员会", "蒲东", "主任", "县长"),
                   ("莼川县河长制工作领导小组", "莫斌", "成员", "县水利局局长"),
                   ("莼川县河长制工作领导小组", "蓝海", "成员", "县林业局局长"),
                   ("莼川县森林防灭火指挥部", "柯邦", "副指挥长", "县林业局局长"),
                   ("莼川县非法集资处置工作领导小组", "韦航", "组长", "县委常委、常务副县长")}


def test_a_pdf_roster_whose_header_row_repeats_on_the_next_page():
    text = ("关于调整某县全域旅游发展工作领导小组的通知\n附件\n某县全域旅游发展工作领导小组成员名单\n"
            "  职务          姓名          单位及职务\n"
            "  组长          邱海          县长\n"
            "  成员          宁丹          县财政局局长\n"
            "                — 2 —\n\f  职务          姓名          单位及职务\n"
            "                温燕          县林业局局长\n")
    docs = run(text)
    assert affiliations(docs) == {("邱海", "县长"), ("宁丹", "县财政局局长"), ("温燕", "县林业局局长")}


def test_a_line_break_inside_an_html_table_cell_keeps_the_row_whole():
    from extract.formats.html import to_text
    html = ("<table><tr><td>甘少卿</td><td>县政府党组成员<br>县政府办公室主任</td></tr>"
            "<tr><td colspan='2'><p>负责政务公开工作；</p><p>分管县档案馆。</p></td></tr></table>")
    assert to_text(html).split("\n") == ["甘少卿\t县政府党组成员 县政府办公室主任", "负责政务公开工作； 分管县档案馆。"]


def test_html_paragraphs_are_never_joined_as_cut_lines():
    # a page's paragraphs (<p>, indented by its style) are whole: a long line
    # without a full stop is no PDF line running on into the next paragraph
    from extract.formats.html import to_text
    html = ("<html><body><p>某市人民政府办公室关于调整某市森林防灭火指挥部组成人员的通知</p>"
            "<p>某政办发〔2019〕3号</p><p>各镇人民政府，市政府各部门：</p>"
            "<p>现将调整后的指挥部组成人员通知如下：</p>"
            "<p>总 指 挥：甘远航　市委副书记、市长</p>"
            "<p>副总指挥：市委常委、市人武部部长 郜振武，副市长 鄢宁远，副市长、市公安局局长 隗承钧，"
            "市政府办公室主任 麻秀清</p>"
            "<p>指挥部成员由市委宣传部、市教育局、市公安局、市林业局主要负责同志组成。</p>"
            "<p>指挥部下设办公室，办公室设在市应急管理局。</p></body></html>")
    docs = run(to_text(html))
    assert {(m, r) for _, m, r in members(docs)} >= {
        ("甘远航", "总指挥"), ("郜振武", "副总指挥"), ("鄢宁远", "副总指挥"), ("隗承钧", "副总指挥"),
        ("麻秀清", "副总指挥"), ("市委宣传部", "成员"), ("市林业局", "成员")}


def test_pdf_lines_pasted_a_paragraph_each_still_run_on():
    # the same page as PDF text, a <p> per printed line: cut at one width, joined
    from extract.formats.html import to_text
    body = ("负责发展改革、财政、统计、国有资产监管、应急管理、机关事务方面工作。分管市发展和改革委员会、市财政局、"
            "市统计局、市人民政府国有资产监督管理委员会、市应急管理局、市机关事务管理局。联系市税务局、国家统计局"
            "某市调查队、人民银行某市中心支行。协助市长负责审计工作，协助分管市审计局。负责安全生产、"
            "防灾减灾救灾、森林防灭火方面工作，分管市消防救援支队、市地震局。")
    lines = [body[i:i + 30] for i in range(0, len(body), 30)]
    html = ("<p>某市人民政府关于市政府领导同志工作分工的通知</p><p>某政〔2024〕5号</p><p>各区人民政府：</p>"
            "<p>何东来　副市长</p>" + "".join(f"<p>{line}</p>" for line in lines))
    docs = run(to_text(html))
    assert ("何东来", "市人民政府国有资产监督管理委员会") in relation(docs, "oversees")
    assert ("何东来", "国家统计局某市调查队") in relation(docs, "liaises")


def test_a_photo_caption_of_an_indented_page_states_nothing():
    text = ("某镇人民政府关于镇政府领导班子成员工作分工的通知\n"
            "　　现将镇政府领导班子成员工作分工调整如下：\n"
            "　　[图片]\n　　▲镇长陶远主持召开镇政府常务会议\n"
            "　　陶远｜镇党委副书记、镇长\n　　主持镇政府全面工作，负责财政、审计工作。\n")
    docs = run(text)
    assert not any("常务会议" in a for a in areas(docs, "陶远"))
    assert any("财政" in a for a in areas(docs, "陶远"))


# --------------------------------------------------------------------------- nineteenth unseen batch

def test_task_units_on_labelled_lines_below_the_task():
    text = ("萩川县人民政府办公室关于印发工作方案的通知\n萩政办〔2025〕18号\n"
            "二、重点任务\n（一）推进城区供水管网改造。\n对老旧管网实施更新改造。\n"
            "牵头单位：县住房和城乡建设局\n责任单位：县财政局、自然资源局、县住房和城乡建设局\n完成时限：2025年12月底\n"
            "（二）实施农村供水保障提升工程。\n推进规模化供水工程建设。\n责任单位:县水利局\n"
            "（三）医疗救治专班\n牵头单位：县卫生健康局\n")
    from extract import extract_text
    got = [(a.task, a.unit, a.lead) for d in extract_text(text, "t.txt") for a in d.assignments]
    assert got == [("推进城区供水管网改造", "县住房和城乡建设局", True), ("推进城区供水管网改造", "县财政局", False),
                   ("推进城区供水管网改造", "县自然资源局", False), ("实施农村供水保障提升工程", "县水利局", False)]


def test_a_section_heading_gives_its_post_to_the_names_below_and_several_are_assisted():
    text = ("洹川省人民政府办公厅关于省政府副秘书长工作分工的通知\n洹政办发〔2025〕8号\n各市人民政府：\n"
            "一、省政府秘书长\n葛远：\n协助省长鲁远同志处理省政府日常工作。联系省政府研究室。\n"
            "二、省政府副秘书长\n邵清：\n协助副省长韩军同志、副省长唐齐同志工作。联系省商务厅。\n"
            "田远：\n协助副省长苗国同志工作。联系省教育厅。\n"
            "三、有关要求\n（一）副秘书长要协助联系的副省长做好工作。\n")
    docs = run(text)
    assert posts(docs) == {("葛远", "省政府秘书长"), ("邵清", "省政府副秘书长"), ("田远", "省政府副秘书长")}
    assert relation(docs, "assists") == {("葛远", "鲁远"), ("邵清", "韩军"), ("邵清", "唐齐"), ("田远", "苗国")}
    assert relation(docs, "liaises") == {("葛远", "省政府研究室"), ("邵清", "省商务厅"), ("田远", "省教育厅")}


def test_an_older_notice_with_divided_responsibility():
    text = ("栝州市人民政府关于市政府领导成员工作分工的通知\n栝政〔2005〕9号\n各县人民政府：\n"
            "副市长 蒋德（女）\n    分工负责财政、审计方面的工作。主管市财政局。协管市审计局。\n"
            "栝州市人民政府\n二○○五年三月八日\n")
    docs = run(text)
    assert {"财政", "审计"} <= set(areas(docs, "蒋德"))
    assert relation(docs, "oversees") == {("蒋德", "市财政局")}
    assert relation(docs, "co_oversees") == {("蒋德", "市审计局")}
    assert {d.date for d in docs} == {"2005-03-08"}


# --------------------------------------------------------------------------- twentieth unseen batch

def test_a_word_table_with_a_category_column_and_merged_name_cells():
    text = ("莳川县人民政府关于县政府领导班子成员工作分工的通知\n莳政〔2025〕14号\n各乡镇：\n"
            "姓名\t职务\t分工类别\t具体内容\n"
            "蒙华\t县长\t负责\t县政府全面工作；审计、机构编制工作\n\t\t分管\t县审计局\n"
            "庞泰\t常务副县长\t负责\t县政府常务工作\n\t\t协助\t县长负责审计工作\n\t\t分管\t县财政局、统计局\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("蒙华", "县审计局"), ("庞泰", "县财政局"), ("庞泰", "县统计局")}
    assert relation(docs, "assists") == {("庞泰", "蒙华")}
    assert {"审计", "机构编制"} <= {a.replace("工作", "") for a in areas(docs, "蒙华")}


def test_leaders_liaising_with_townships_in_a_table():
    text = ("茴川县人民政府办公室关于县领导联系乡镇和重点项目的通知\n茴政办〔2025〕19号\n各乡镇：\n"
            "县领导\t职务\t联系乡（镇）\t联系重点项目\n"
            "谭　敏\t县长\t城关镇、青山乡\t县人民医院建设项目\n"
            "韦东\t副县长\t县工业园区\t\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("谭敏", "城关镇"), ("谭敏", "青山乡"), ("韦东", "县工业园区")}
    assert posts(docs) == {("谭敏", "县长"), ("韦东", "副县长")}


def test_a_role_glued_to_a_spaced_two_character_name():
    text = ("关于调整某县老旧小区改造工作领导小组组成人员的通知\n"
            "组    长    甘雪梅    副县长\n成    员    罗 杰     县发展和改革局副局长\n"
            "            华秋实    县财政局副局长\n")
    docs = run(text)
    assert {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("甘雪梅", "组长", "副县长"), ("罗杰", "成员", "县发展和改革局副局长"), ("华秋实", "成员", "县财政局副局长")}


def test_names_only_members_after_an_ordering_note():
    text = ("关于成立某县重大项目包联工作领导小组的通知\n组　长：林华（县委书记）\n"
            "成　员：（按姓氏笔画为序）\n　　　　卢东、叶　青、沈佳怡（女）、钟　敏\n")
    docs = run(text)
    assert {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("林华", "组长", "县委书记"), ("卢东", "成员", ""), ("叶青", "成员", ""), ("沈佳怡", "成员", ""),
        ("钟敏", "成员", "")}


def test_legislature_and_consultative_conference_divisions():
    npc = ("某县人大常委会关于县人大常委会主任会议成员工作分工的通知\n某人常发〔2025〕2号\n各乡镇人大主席团：\n"
           "副主任 柴远\n    分管财政经济委员会。联系城关镇、青山乡人大主席团。\n"
           "副主任 覃华\n    联系桃源乡、石门镇、双河镇人大主席团。\n")
    docs = run(npc)
    assert relation(docs, "liaises") == {("柴远", "城关镇人大主席团"), ("柴远", "青山乡人大主席团"),
                                         ("覃华", "桃源乡人大主席团"), ("覃华", "石门镇人大主席团"),
                                         ("覃华", "双河镇人大主席团")}
    assert relation(docs, "oversees") == {("柴远", "财政经济委员会")}
    cppcc = ("政协某县委员会关于县政协主席会议成员工作分工的通知\n某政协发〔2025〕3号\n各专门委员会：\n"
             "副主席 韩梅\n    分管社会和法制委员会。联系少数民族界及妇联界。\n"
             "秘书长　戴远\n    协助主席处理县政协日常工作。分管办公室。\n")
    docs = run(cppcc)
    assert relation(docs, "oversees") == {("韩梅", "社会和法制委员会"), ("戴远", "办公室")}
    assert relation(docs, "liaises") == {("韩梅", "少数民族界"), ("韩梅", "妇联界")}
    assert not any(d.memberships for d in docs)


# --------------------------------------------------------------------------- twenty-first unseen batch

def test_posts_and_name_apart_by_tabs():
    text = ("蒗溪市人民政府关于市政府领导同志工作分工的通知\n蒗政〔2025〕16号\n各县人民政府：\n"
            "市委副书记、市长\t\t沈元\n\t主持市政府全面工作。\n副市长  \t卜静\n\t分管市教育局、\n\t统计局。\n")
    docs = run(text)
    assert posts(docs) == {("沈元", "市委副书记"), ("沈元", "市长"), ("卜静", "副市长")}
    assert relation(docs, "oversees") == {("卜静", "市教育局"), ("卜静", "市统计局")}


def test_an_office_with_a_roster_of_its_own_and_a_defined_short_name():
    text = ("棣原县人民政府办公室关于调整棣原县食品安全工作领导小组办公室组成人员的通知\n棣政办〔2025〕32号\n各乡镇：\n"
            "为加强县食品安全工作领导小组办公室（以下简称县食安办）建设，经县政府同意，对县食安办组成人员进行调整。\n"
            "县食品安全工作领导小组组成人员本次不作调整。现将调整后的县食安办组成人员通知如下：\n"
            "一、县食安办组成人员\n主　任：宋新（县市场监督管理局局长）\n成　员：万宇（县委宣传部副部长）\n")
    docs = run(text)
    assert members(docs) == {("棣原县食品安全工作领导小组办公室", "宋新", "主任"),
                             ("棣原县食品安全工作领导小组办公室", "万宇", "成员")}


def test_an_annex_roster_of_a_groups_office():
    text = ("关于调整某县人居环境整治工作领导小组及其办公室组成人员的通知\n"
            "附件1\n某县人居环境整治工作领导小组成员名单\n组　长：祁华（副县长）\n成　员：鲁斌（县发展和改革局局长）\n"
            "附件2\n某县人居环境整治工作领导小组办公室成员名单\n主　任：祁华（县农业农村局局长）\n副主任：鲁斌（县发展和改革局局长）\n")
    docs = run(text)
    assert members(docs) == {("某县人居环境整治工作领导小组", "祁华", "组长"), ("某县人居环境整治工作领导小组", "鲁斌", "成员"),
                             ("某县人居环境整治工作领导小组办公室", "祁华", "主任"),
                             ("某县人居环境整治工作领导小组办公室", "鲁斌", "副主任")}


@pytest.mark.parametrize("line, member, affiliation", [
    ("成　员：郝邦（县农业农村局局长，四级调研员）", "郝邦", "县农业农村局局长"),
    ("成　员：卜梅　县财政局副局长（兼）", "卜梅", "县财政局副局长"),
    ("成　员：管宏　县交通运输局局长（正科级）", "管宏", "县交通运输局局长"),
    ("成　员：温欣（挂职）　县住房和城乡建设局副局长", "温欣", "县住房和城乡建设局副局长"),
])
def test_rank_and_part_time_notes_are_no_affiliation(line, member, affiliation):
    docs = run("关于调整某县项目建设领导小组成员的通知\n组　长：苗青（县长）\n" + line + "\n")
    assert (member, affiliation) in affiliations(docs)


def test_a_leader_named_after_a_semicolon_in_a_task_bracket():
    text = ("蕙川县人民政府办公室关于印发促进消费实施方案的通知\n蕙政办〔2025〕22号\n一、重点任务\n"
            "1.开展文旅消费推广活动。组织主题活动不少于12场。（县委宣传部牵头，县文化广电和旅游局、县教育局配合；责任县领导：苗岚）\n"
            "2.设立消费促进专项资金。统筹资金2000万元。（县发展改革局、财政局按职责分工负责；分管县领导：副县长甘泉）\n")
    from extract import extract_text
    docs = extract_text(text, "t.txt")
    got = [(a.task, a.unit) for d in docs for a in d.assignments]
    assert got == [("开展文旅消费推广活动", "县委宣传部"), ("开展文旅消费推广活动", "县文化广电和旅游局"),
                   ("开展文旅消费推广活动", "县教育局"), ("设立消费促进专项资金", "县发展改革局"),
                   ("设立消费促进专项资金", "县财政局")]
    ev = docs[0].assignments[0].evidence.text
    assert ev.startswith("（县委宣传部牵头") and ev.endswith("苗岚）")


# --------------------------------------------------------------------------- twenty-second unseen batch

def test_a_grid_of_names_in_three_character_cells():
    text = ("关于成立某县城乡供水一体化工作领导小组的通知\n组　长：韦宗（县长）\n"
            "成　员：范立群　田　野　郑海川　何晓东\n　　　　聂文斌　陆　明　曹雅琴\n")
    docs = run(text)
    assert {m.member for d in docs for m in d.memberships} == {"韦宗", "范立群", "田野", "郑海川", "何晓东",
                                                                "聂文斌", "陆明", "曹雅琴"}


def test_leaders_in_prose_then_members_one_per_line():
    text = ("苎溪县人民政府关于成立县耕地保护考核工作领导小组的通知\n苎政〔2025〕17号\n各乡镇：\n"
            "领导小组由县长邬成同志任组长，常务副县长司徒岚、副县长甘霖同志任副组长，成员由以下同志组成：\n"
            "纪明轩　县人民政府办公室副主任\n尚伟　县发展和改革局局长\n"
            "领导小组办公室设在县自然资源局，尚伟同志兼任办公室主任。\n")
    docs = run(text)
    got = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships if not m.role.startswith("办公室")}
    assert got == {("邬成", "组长", "县长"), ("司徒岚", "副组长", "常务副县长"), ("甘霖", "副组长", "副县长"),
                   ("纪明轩", "成员", "县人民政府办公室副主任"), ("尚伟", "成员", "县发展和改革局局长")}


def test_units_one_per_line_under_a_label_and_none():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2025〕1号\n各乡镇：\n"
            "骆澜：常务副县长\n分管单位：\n（1）县政府办公室\n（2）县财政局；\n（3）统计局。\n"
            "联系单位：\n1.县税务局\n2.人民银行某县支行\n"
            "潘明：副县长\n分管单位：县教育局。\n联系单位：无\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("骆澜", "县政府办公室"), ("骆澜", "县财政局"), ("骆澜", "县统计局"),
                                          ("潘明", "县教育局")}
    assert relation(docs, "liaises") == {("骆澜", "县税务局"), ("骆澜", "人民银行某县支行")}


def test_duties_moved_from_a_former_holder_to_a_new_one():
    text = ("苒川县人民政府关于调整县政府领导同志工作分工的通知\n苒政〔2025〕27号\n各乡镇：\n"
            "一、原由副县长蓝溪同志分管的县教育局、县卫生健康局，调整由副县长齐宇同志分管。\n"
            "原由蓝溪同志联系的县妇联，改由齐宇同志联系。\n"
            "二、县委常委、常务副县长俞明同志不再分管县财政局，县财政局由副县长柏嘉同志分管。\n"
            "县统计局原由俞明同志分管，现调整由县政府党组成员戴涛同志分管。\n"
            "三、韩群同志调离后，其分管的县民政局由柏嘉同志分管；其原负责的自然资源方面工作，由副县长焦哲同志负责。\n"
            "四、戴涛同志不再协助常务副县长负责安全生产工作，改为协助常务副县长负责金融工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("齐宇", "县教育局"), ("齐宇", "县卫生健康局"), ("柏嘉", "县财政局"),
                                          ("戴涛", "县统计局"), ("柏嘉", "县民政局")}
    assert relation(docs, "liaises") == {("齐宇", "县妇联")}
    assert relation(docs, "assists") == {("戴涛", "俞明")}
    assert "自然资源" in areas(docs, "焦哲") and any("金融" in a for a in areas(docs, "戴涛"))
    assert ("柏嘉", "副县长") in posts(docs)
    assert not areas(docs, "蓝溪") and not areas(docs, "韩群")


def test_a_page_laid_out_by_a_table_keeps_its_paragraphs_apart():
    from extract.formats.html import to_text
    html = ("<html><body><table><tr><td width=200><a href=#>首页</a><br><a href=#>政务公开</a></td><td>"
            "<p>某县人民政府关于县政府领导同志工作分工的通知</p><p>某政〔2025〕1号</p><p>各乡镇人民政府：</p>"
            "<p>王强：县长</p><p>负责县政府全面工作。分管县审计局。</p>"
            "<p>李明：副县长</p><p>分管县财政局、县税务局。</p></td></tr></table></body></html>")
    lines = to_text(html).split("\n")
    assert "王强：县长" in lines and "分管县财政局、县税务局。" in lines
    docs = run(to_text(html))
    assert relation(docs, "oversees") == {("王强", "县审计局"), ("李明", "县财政局"), ("李明", "县税务局")}


# --------------------------------------------------------------------------- twenty-third unseen batch

def test_one_paragraph_dividing_the_work_of_several_leaders():
    text = ("芗溪县人民政府关于县政府领导同志工作分工的通知\n芗政〔2025〕6号\n各乡镇：\n"
            "县长龙海主持县政府全面工作，分管县审计局；常务副县长卢涛负责县政府常务工作，分管县财政局、县统计局；"
            "副县长皇甫立诚负责教育工作，分管县教育局，联系县妇联；县政府党组成员闵然协助县长处理县政府日常工作。"
            "县长外出期间，由常务副县长卢涛同志主持县政府日常工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("龙海", "县审计局"), ("卢涛", "县财政局"), ("卢涛", "县统计局"),
                                          ("皇甫立诚", "县教育局")}
    assert relation(docs, "liaises") == {("皇甫立诚", "县妇联")}
    assert relation(docs, "assists") == {("闵然", "龙海")}
    assert posts(docs) == {("龙海", "县长"), ("卢涛", "常务副县长"), ("皇甫立诚", "副县长"), ("闵然", "县政府党组成员")}


def test_role_sections_each_with_a_unit_name_post_table():
    text = ("关于成立茈阳县城乡环境综合整治工作领导小组的通知\n"
            "组长\n单位\t姓名\t职务\n县人民政府\t苏定\t县长\n"
            "副组长\n单位\t姓名\t职务\n县人民政府\t柴文\t常务副县长\n\t欧晴\t副县长\n"
            "成员\n单位\t姓名\t职务\n县财政局\t简思\t局长\n")
    docs = run(text)
    assert {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("苏定", "组长", "县人民政府县长"), ("柴文", "副组长", "县人民政府常务副县长"),
        ("欧晴", "副组长", "县人民政府副县长"), ("简思", "成员", "县财政局局长")}


# --------------------------------------------------------------------------- twenty-fourth unseen batch

def test_working_groups_each_on_one_line():
    text = ("关于调整某县抗震救灾指挥部组成人员的通知\n指挥长：聂文（县长）\n成员：姜琳（县卫生健康局局长）\n"
            "指挥部下设两个工作组。\n"
            "（一）综合协调组：组长：聂文（县长）；成员单位：县政府办公室、应急管理局。\n"
            "（二）医疗救治组：组长：姜琳（副县长）；副组长：陶萍（县卫生健康局局长）；成员单位：县人民医院。\n")
    docs = run(text)
    assert members(docs) >= {("某县抗震救灾指挥部综合协调组", "聂文", "组长"),
                             ("某县抗震救灾指挥部综合协调组", "县应急管理局", "成员单位"),
                             ("某县抗震救灾指挥部医疗救治组", "陶萍", "副组长"),
                             ("某县抗震救灾指挥部医疗救治组", "县人民医院", "成员单位")}


def test_several_groups_one_paragraph_each_role_glued_to_the_name():
    text = ("关于调整荻源县县级专项领导小组组成人员的通知\n"
            "一、荻源县教育督导工作领导小组：组长蓝明（副县长）；副组长邵伟（县政府办公室副主任）、贺雨（县教育局局长）；"
            "成员由县委编办、县财政局主要负责同志和县总工会分管负责同志组成。领导小组办公室设在县教育局。\n"
            "二、荻源县全民健身工作领导小组：组长蓝明（副县长）；成员由县委宣传部、卫生健康局主要负责同志组成。\n"
            "抄送：县委办公室，县人大常委会办公室。\n")
    docs = run(text)
    assert members(docs) == {
        ("荻源县教育督导工作领导小组", "蓝明", "组长"), ("荻源县教育督导工作领导小组", "邵伟", "副组长"),
        ("荻源县教育督导工作领导小组", "贺雨", "副组长"), ("荻源县教育督导工作领导小组", "县委编办", "成员"),
        ("荻源县教育督导工作领导小组", "县财政局", "成员"), ("荻源县教育督导工作领导小组", "县总工会", "成员"),
        ("荻源县全民健身工作领导小组", "蓝明", "组长"), ("荻源县全民健身工作领导小组", "县委宣传部", "成员"),
        ("荻源县全民健身工作领导小组", "县卫生健康局", "成员")}


def test_a_department_table_and_units_apart_by_line_breaks_in_a_cell():
    from extract.formats.html import to_text
    html = ("<p>蓥川省交通运输厅关于厅领导班子成员工作分工的通知</p><table>"
            "<tr><th>厅领导</th><th>职务</th><th>工作分工</th><th>分管处室</th><th>联系单位</th></tr>"
            "<tr><td>蒲岚</td><td>副厅长</td><td>负责公路建设工作</td><td>建设管理处<br>公路管理处</td><td>—</td></tr></table>")
    docs = run(to_text(html))
    assert relation(docs, "oversees") == {("蒲岚", "建设管理处"), ("蒲岚", "公路管理处")}
    assert relation(docs, "liaises") == set()


def test_a_table_cell_labelled_inside_and_running_on_below_the_row():
    text = ("菁阳县人民政府关于县政府领导同志工作分工的通知\n菁政〔2025〕9号\n各乡镇：\n"
            "姓名\t职务\t分管工作\t分管单位和联系单位\n"
            "韦华\t副县长\t负责教育工作\t分管：县教育局、县民政局。\n联系：县总工会、团县委。\n"
            "岑峰\t常务副县长\t负责财政工作\t分管：县财政局、统计局；联系：县税务局\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("韦华", "县教育局"), ("韦华", "县民政局"), ("岑峰", "县财政局"),
                                          ("岑峰", "县统计局")}
    assert relation(docs, "liaises") == {("韦华", "县总工会"), ("韦华", "团县委"), ("岑峰", "县税务局")}


@pytest.mark.parametrize("written, unit", [
    ("市发展和改革委员会（市粮食和物资储备局（市国防动员办公室））", "市发展和改革委员会"),
    ("市人民政府办公室（市人民政府外事办公室、市人民政府港澳事务办公室）", "市人民政府办公室"),
    ("市生态环境局（含各县区分局）", "市生态环境局"),
    ("各县（市、区）人民政府", "各县（市、区）人民政府"),
])
def test_other_names_and_notes_in_brackets_after_a_unit(written, unit):
    from extract import units
    assert [i.text for i in units.items("市财政局、" + written)] == ["市财政局", unit]


# --------------------------------------------------------------------------- twenty-fifth unseen batch

def test_a_body_whose_lines_are_numbered():
    body = ["芃州市人民政府关于市政府领导同志工作分工的通知", "芃政〔2025〕14号", ""]
    duty = ("负责市政府常务工作。负责发展改革、财政、统计、税务、国有资产监管、机关事务、政务公开工作。"
            "分管市财政局、市统计局、市12345政务服务便民热线中心。")
    wrapped = [duty[i:i + 14] for i in range(0, len(duty), 14)]  # a PDF's fixed width
    numbered = (["各县（市、区）人民政府：", "葛云帆：市委常委、常务副市长"] + wrapped
                + ["", "龚华：副市长", "分管市教育局、", "体育局。", "联系市妇联。"])
    lines = body + [f"{i}  {ln}" if ln else f"{i}" for i, ln in enumerate(numbered, 1)]
    docs = run("\n".join(lines) + "\n")
    assert relation(docs, "oversees") == {("葛云帆", "市财政局"), ("葛云帆", "市统计局"),
                                          ("葛云帆", "市12345政务服务便民热线中心"), ("龚华", "市教育局"),
                                          ("龚华", "市体育局")}
    assert relation(docs, "liaises") == {("龚华", "市妇联")}


def test_members_apart_by_semicolons_name_then_affiliation_in_ascii():
    text = ("关于成立蓁阳县招商引资工作领导小组的通知\n组长: 苗青, 县长\n"
            "副组长: 李可, 副县长; 王一凡, 县委常委、常务副县长\n成员: 赵琴, 县财政局局长; 孙立, 县教育局局长(正科级);\n"
            "周舟, 县商务局局长.\n联系人: 钱多, 县商务局;\n")
    docs = run(text)
    assert affiliations(docs) == {("苗青", "县长"), ("李可", "副县长"), ("王一凡", "县委常委、常务副县长"),
                                  ("赵琴", "县财政局局长"), ("孙立", "县教育局局长"), ("周舟", "县商务局局长")}


def test_a_task_tables_lead_cell_merged_over_several_rows():
    text = ("某县人民政府办公室关于印发实施方案的通知\n某政办〔2025〕41号\n"
            "三、保障措施\n（一）加强组织领导。成立县域商业体系建设工作专班，由县商务局牵头，县直有关部门参与。\n"
            "附件\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t完善县级商贸中心功能\t县商务局\t县自然资源局\t2025年底\n"
            "2\t改造提升乡镇商贸中心\t\t县财政局\t\n"
            "3\t推进客货邮融合发展\t\t\t\n")
    from extract import extract_text
    got = {(a.task, a.unit, a.lead) for d in extract_text(text, "t.txt") for a in d.assignments}
    assert got == {("完善县级商贸中心功能", "县商务局", True), ("完善县级商贸中心功能", "县自然资源局", False),
                   ("改造提升乡镇商贸中心", "县商务局", True), ("改造提升乡镇商贸中心", "县财政局", False),
                   ("推进客货邮融合发展", "县商务局", True)}


# --------------------------------------------------------------------------- twenty-sixth unseen batch

def test_leaders_each_in_a_small_key_value_table():
    from extract.formats.html import to_text
    html = ("<h2>省政府领导</h2>"
            "<table><tr><th>姓名</th><td>郁泽</td></tr><tr><th>职务</th><td>省委副书记、省长</td></tr>"
            "<tr><th>工作分工</th><td>负责省政府全面工作；分管省审计厅。</td></tr></table>"
            "<table><tr><th>姓名</th><td>戚岚</td></tr><tr><th>职务</th><td>副省长</td></tr>"
            "<tr><th>工作分工</th><td>负责教育工作；分管省教育厅；联系省科协。</td></tr></table>")
    docs = run(to_text(html))
    assert relation(docs, "oversees") == {("郁泽", "省审计厅"), ("戚岚", "省教育厅")}
    assert relation(docs, "liaises") == {("戚岚", "省科协")}
    assert posts(docs) == {("郁泽", "省委副书记"), ("郁泽", "省长"), ("戚岚", "副省长")}


def test_numbered_units_under_a_heading_without_a_colon():
    text = ("蓂州市人民政府关于市政府领导同志工作分工的通知\n蓂政〔2025〕12号\n各县人民政府：\n"
            "一、市委常委、常务副市长 施远\n（一）主要职责\n1.负责市政府常务工作。\n"
            "（二）分管部门\n1.市财政局\n2.统计局\n3.市12345政务服务便民热线中心\n（三）联系单位\n1.市税务局\n"
            "六、有关要求\n（一）各部门要主动汇报。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("施远", "市财政局"), ("施远", "市统计局"),
                                          ("施远", "市12345政务服务便民热线中心")}
    assert relation(docs, "liaises") == {("施远", "市税务局")}


def test_a_township_table_with_stations_a_village_column_and_an_assist_in_a_cell():
    text = ("芎岭镇人民政府关于镇领导班子成员工作分工的通知\n芎政发〔2025〕4号\n各村：\n"
            "姓名\t职务\t工作分工\t分管站所\t包村\n"
            "严新\t镇长\t主持镇政府全面工作\t镇财政所\t—\n"
            "冼华\t副镇长\t负责村镇建设工作\t镇村镇建设服务中心、综合行政执法队；协助镇长分管镇财政所\t龙潭村、高坪村\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("严新", "镇财政所"), ("冼华", "镇村镇建设服务中心"),
                                          ("冼华", "镇综合行政执法队")}
    assert relation(docs, "co_oversees") == {("冼华", "镇财政所")}
    assert relation(docs, "assists") == {("冼华", "严新")}
    assert relation(docs, "liaises") == {("冼华", "龙潭村"), ("冼华", "高坪村")}


# --------------------------------------------------------------------------- twenty-seventh unseen batch

def test_a_rowspan_cell_is_printed_again_in_each_row_it_covers():
    from extract.formats.html import to_text
    html = ("<p>芑川县人民政府关于县政府领导同志工作分工的通知</p><table>"
            "<tr><th>姓名</th><th>职务</th><th>分管单位</th></tr>"
            "<tr><td>柯桐</td><td rowspan='2'>副县长</td><td>县教育局</td></tr>"
            "<tr><td>骆彬</td><td>县民政局</td></tr></table>")
    docs = run(to_text(html))
    assert posts(docs) == {("柯桐", "副县长"), ("骆彬", "副县长")}
    assert relation(docs, "oversees") == {("柯桐", "县教育局"), ("骆彬", "县民政局")}


def test_name_and_posts_in_one_cell_of_a_two_column_table():
    from extract.formats.html import to_text
    html = ("<p>莪山县人民政府关于县政府领导同志工作分工的通知</p><table><tr><th>领导</th><th>工作分工</th></tr>"
            "<tr><td>应庚<br>县委副书记、县长</td><td>负责：县政府全面工作。<br>分管：县审计局。</td></tr></table>")
    docs = run(to_text(html))
    assert posts(docs) == {("应庚", "县委副书记"), ("应庚", "县长")}
    assert relation(docs, "oversees") == {("应庚", "县审计局")}


def test_posts_named_people_and_generic_phrases_in_one_roster():
    text = ("关于成立荃溪县农村供水保障工作领导小组的通知\n组　长：柏远（县长）\n"
            "副 组 长：县政府分管副县长、鲁川（县政府办公室主任）\n"
            "成　　员：郑华同志（县水利局局长）兼办公室主任\n"
            "　　　　　县委宣传部、县融媒体中心分管负责同志，各乡（镇）长，县直有关单位主要负责同志。\n")
    docs = run(text)
    assert {(m.member, m.member_kind, m.role, m.affiliation) for d in docs for m in d.memberships
            if not m.group.endswith("办公室")} == {
        ("柏远", "person", "组长", "县长"), ("县政府分管副县长", "post", "副组长", ""),
        ("鲁川", "person", "副组长", "县政府办公室主任"), ("郑华", "person", "成员", "县水利局局长"),
        ("县委宣传部", "unit", "成员", ""), ("县融媒体中心", "unit", "成员", ""), ("各乡（镇）长", "post", "成员", "")}


def test_an_affiliation_wrapped_onto_a_line_of_its_own():
    text = ("关于调整某县商业体系建设工作领导小组成员的通知\n"
            "组    长    龚邦      县长\n"
            "成    员    童峰      县住房和城乡建设局党组书\n"
            "                      记、局长\n"
            "            邹晴      县市场监督管理局局长、县\n"
            "                      食安办主任\n"
            "            柏松      县统计局局长\n"
            "二、工作职责\n")
    docs = run(text)
    assert affiliations(docs) == {("龚邦", "县长"), ("童峰", "县住房和城乡建设局党组书记、局长"),
                                  ("邹晴", "县市场监督管理局局长、县食安办主任"), ("柏松", "县统计局局长")}


# --------------------------------------------------------------------------- twenty-eighth unseen batch

def test_leaders_introduced_as_comrade_currently_holding_posts():
    text = ("萑阳县人民政府关于县政府领导同志工作分工的通知\n萑政〔2025〕26号\n各乡镇：\n"
            "韦远同志，现任县委副书记、县长，主持县政府全面工作，分管县审计局。\n"
            "司徒明远同志，现任副县长，负责自然资源工作，分管县自然资源局，协助县长分管县应急管理局。\n")
    docs = run(text)
    assert posts(docs) == {("韦远", "县委副书记"), ("韦远", "县长"), ("司徒明远", "副县长")}
    assert relation(docs, "oversees") == {("韦远", "县审计局"), ("司徒明远", "县自然资源局")}
    assert relation(docs, "co_oversees") == {("司徒明远", "县应急管理局")}


def test_a_roster_whose_roles_close_each_bracket_and_liaison_staff_who_are_no_members():
    text = ("关于成立蒴川县农村人居环境整治提升工作领导小组的通知\n一、领导小组\n"
            "韦东（县委副书记、县长，组长）\n覃峰（县农业农村局局长，副组长，兼办公室主任）\n"
            "龙航（县发展和改革局局长，成员）、江帆（县财政局局长，成员）\n"
            "二、领导小组成员单位及联络员\n县政府办公室：祝帆（综合股股长）\n")
    docs = run(text)
    assert {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships} == {
        ("韦东", "组长", "县委副书记、县长"), ("覃峰", "副组长", "县农业农村局局长"),
        ("龙航", "成员", "县发展和改革局局长"), ("江帆", "成员", "县财政局局长")}


def test_members_with_sex_and_ethnicity_before_the_affiliation():
    text = ("关于成立某县学校食品安全工作领导小组的通知\n组　长：\n　　韦树，男，县委常委、常务副县长\n"
            "成　员：\n　　黄英，女，壮族，县民族宗教事务局局长\n　　柏松（挂职），男，县发展和改革局副局长\n")
    docs = run(text)
    assert affiliations(docs) == {("韦树", "县委常委、常务副县长"), ("黄英", "县民族宗教事务局局长"),
                                  ("柏松", "县发展和改革局副局长")}


def test_task_brackets_with_deadlines_and_dash_bullets():
    text = ("芫川县人民政府办公室关于印发污水治理实施方案的通知\n芫政办〔2025〕9号\n二、重点任务\n"
            "1.推进县城污水管网建设。新建管网28公里。（牵头单位：县住房和城乡建设局；责任单位：县财政局；完成时限：2026年12月底前）\n"
            "2.推进“污水零直排区”建设。开展排查。（完成时限：2026年6月底前；责任单位：县城市管理局、商务局，城关镇人民政府）\n"
            "3.治理农村生活污水。\n——建设集中式处理设施。（责任单位：县农业农村局）\n")
    from extract import extract_text
    got = {(a.task, a.unit) for d in extract_text(text, "t.txt") for a in d.assignments}
    assert got == {("推进县城污水管网建设", "县住房和城乡建设局"), ("推进县城污水管网建设", "县财政局"),
                   ("推进“污水零直排区”建设", "县城市管理局"), ("推进“污水零直排区”建设", "县商务局"),
                   ("推进“污水零直排区”建设", "城关镇人民政府"), ("建设集中式处理设施", "县农业农村局")}


def test_liaison_with_enterprises_and_none_for_now():
    text = ("中共某县委办公室关于县领导联系乡镇和企业的通知\n某办发〔2025〕3号\n各乡镇：\n"
            "（一）县委领导\n欧阳岚：联系城关镇，茱阳化工（集团）有限公司；联系企业：茱阳县恒通物流有限公司。\n"
            "甘泉：联系青山乡，暂不安排联系企业。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("欧阳岚", "城关镇"), ("欧阳岚", "茱阳化工（集团）有限公司"),
                                         ("欧阳岚", "茱阳县恒通物流有限公司"), ("甘泉", "青山乡")}


def test_a_question_and_answer_page_explaining_a_division():
    text = ("《葶州市人民政府关于市政府领导同志工作分工的通知》政策解读\n"
            "2.问：市长的工作分工是什么？\n答：市委副书记、市长庞宇同志主持市政府全面工作，分管市审计局。\n"
            "6.问：农业农村工作由哪位市领导负责？\n答：农业农村工作由副市长晏实同志负责。晏实同志同时负责水利工作；"
            "分管市农业农村局、市水利局；联系市气象局、葶州火车站。\n"
            "8.问：与原分工相比，主要有哪些变化？\n答：一是市统计局由副市长邝琴同志分管调整为由常务副市长冯明同志分管。\n"
            "解读人：宋可（市政府办公室）电话：0738-8262016\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("庞宇", "市审计局"), ("晏实", "市农业农村局"), ("晏实", "市水利局"),
                                          ("冯明", "市统计局")}
    assert relation(docs, "liaises") == {("晏实", "市气象局"), ("晏实", "葶州火车站")}
    assert any("农业农村" in a for a in areas(docs, "晏实"))


# --------------------------------------------------------------------------- twenty-ninth unseen batch

def test_name_with_posts_then_labelled_duty_lines():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2025〕5号\n各乡镇：\n"
            "项伟（副县长）\n主要负责：教育工作。\n具体分管：县教育局、统计局。\n挂钩联系：（暂无）\n"
            "覃华（副县长）\n具体分管：县民政局。\n挂钩联系：县残联。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("项伟", "县教育局"), ("项伟", "县统计局"), ("覃华", "县民政局")}
    assert relation(docs, "liaises") == {("覃华", "县残联")}


def test_members_given_under_the_unit_they_head():
    text = ("关于成立某县招商工作领导小组的通知\n组　长：苗青（县长）\n成　员：\n"
            "县财政局：严　峻（局长）\n县财政局：宁静（副局长）\n县商务局：柯达（局长）\n")
    docs = run(text)
    assert affiliations(docs) == {("苗青", "县长"), ("严峻", "县财政局局长"), ("宁静", "县财政局副局长"),
                                  ("柯达", "县商务局局长")}


def test_leaders_named_in_project_rows_get_their_posts_only():
    text = ("葑水县人民政府办公室关于明确2025年县级领导联系重点项目的通知\n葑政办〔2025〕3号\n各乡镇：\n"
            "一、联系安排（项目名称—联系领导—责任单位）\n"
            "1.国道G207葑水段改扩建工程（2025—2027年）—邬川（副县长）—县交通运输局\n"
            "2.高标准农田建设项目—冼君（副县长）、巫俊（副县长、县公安局局长）—县农业农村局\n"
            "3.冷链物流中心项目—（待定）—县商务局\n")
    docs = run(text)
    assert posts(docs) == {("邬川", "副县长"), ("冼君", "副县长"), ("巫俊", "副县长"), ("巫俊", "县公安局局长")}
    assert not any(d.oversight for d in docs)


# --------------------------------------------------------------------------- thirtieth unseen batch

def test_bulleted_heads_and_dotted_transliterated_names():
    # ◆/■ bullets; a name whose parts are joined by a middle dot, typed once
    # with a bullet dot and once with a full-width full stop
    text = ("喀拉苏县人民政府关于县人民政府领导班子成员工作分工的通知\n喀政发〔2025〕2号\n各乡镇：\n"
            "◆县委副书记、县长　阿力木·买买提\n■工作分工：主持县人民政府全面工作。\n■分管单位：县审计局。\n"
            "◆副县长　祖丽胡玛尔·艾则孜\n■分管单位：县教育局、民政局。\n"
            "■工作分工：协助阿力木•买买提同志负责审计工作。\n"
            "◆副县长　王刚\n■分管单位：县水利局。\n■联系单位：县气象局。\n"
            "县长外出期间，由县长阿力木．买买提同志指定其他县领导代管。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("阿力木·买买提", "县审计局"), ("祖丽胡玛尔·艾则孜", "县教育局"),
                                          ("祖丽胡玛尔·艾则孜", "县民政局"), ("王刚", "县水利局")}
    assert relation(docs, "assists") == {("祖丽胡玛尔·艾则孜", "阿力木·买买提")}
    assert ("阿力木·买买提", "县长") in posts(docs)


@pytest.mark.parametrize("text, name", [
    ("阿力木·买买提", True), ("古丽·阿不都热合曼·吐尔逊", True), ("县财政局·办公室", False),
    ("扎西·", False), ("工作·安排", False),
])
def test_what_a_dotted_name_is(text, name):
    from extract import names
    assert names.is_name(text) is name


def test_roles_in_standing_bodies_listed_with_a_leaders_duties():
    text = ("榆川县人民政府关于县政府领导同志工作分工的通知\n榆政〔2025〕4号\n各乡镇：\n"
            "县长　张远\n分管单位：县审计局。\n议事协调机构兼职：县安全生产委员会主任、县禁毒委员会主任。\n"
            "副县长　李清\n分管单位：县水利局。\n"
            "议事协调机构兼职：县安全生产委员会副主任、县河长制工作领导小组副组长兼办公室主任、县全民健身工作联席会议召集人。\n")
    docs = run(text)
    assert members(docs) == {
        ("榆川县安全生产委员会", "张远", "主任"), ("榆川县禁毒委员会", "张远", "主任"),
        ("榆川县安全生产委员会", "李清", "副主任"), ("榆川县河长制工作领导小组", "李清", "副组长"),
        ("榆川县河长制工作领导小组办公室", "李清", "主任"), ("榆川县全民健身工作联席会议", "李清", "召集人")}
    assert relation(docs, "oversees") == {("张远", "县审计局"), ("李清", "县水利局")}
    assert not any("委员会" in t for _, t in relation(docs, "responsible_for"))


def test_a_table_drawn_with_box_characters_and_a_leader_cell_merged_over_rows():
    text = ("杞县人民政府办公室关于明确县政府领导同志分管和联系部门的通知\n杞政办〔2025〕9号\n各部门：\n"
            "县政府领导同志：县长周平，副县长、县公安局局长韩磊，副县长孟和巴特尔。\n"
            "┌──┬──────┬────┬────┐\n"
            "│序号│部门（单位）│分管县领导│协管县领导│\n"
            "├──┼──────┼────┼────┤\n"
            "│1 │县审计局　　│周平　　│韩磊　　│\n"
            "├──┼──────┼────┼────┤\n"
            "│2 │县公安局　　│　　　　│　　　　│\n"
            "├──┼──────┤韩磊　　├────┤\n"
            "│3 │县司法局　　│　　　　│　　　　│\n"
            "├──┼──────┼────┼────┤\n"
            "│4 │县农业农村　│　　　　│　　　　│\n"
            "│　│局　　　　　│孟和巴特尔│　　　　│\n"
            "└──┴──────┴────┴────┘\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("周平", "县审计局"), ("韩磊", "县公安局"), ("韩磊", "县司法局"),
                                          ("孟和巴特尔", "县农业农村局")}
    assert relation(docs, "co_oversees") == {("韩磊", "县审计局")}
    assert posts(docs) == {("周平", "县长"), ("韩磊", "副县长"), ("韩磊", "县公安局局长"),
                           ("孟和巴特尔", "副县长")}


def test_heads_that_are_posts_alone_resolved_by_the_list_of_leaders():
    # a league (盟) whose government is a 行政公署; Mongolian names without a
    # surname; 行署办公室、研究室 gives 行署研究室, not 盟研究室
    text = ("查干盟行政公署\n关于行署领导班子成员工作分工的通知\n查署发〔2025〕3号\n各旗县市人民政府：\n"
            "一、行署领导班子成员\n盟委副书记、盟长乌力吉图，常务副盟长苏和，副盟长图门、赵宁，行署秘书长萨仁。\n"
            "二、工作分工\n盟长：\n负责行署全面工作。\n分管：盟审计局。\n"
            "常务副盟长：\n负责行署常务工作。\n分管：行署办公室、研究室，盟财政局、统计局。\n"
            "副盟长　图门：\n分管：盟农牧局。\n"
            "副盟长　额尔德木图：\n分管：盟公安局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {
        ("乌力吉图", "盟审计局"), ("苏和", "行署办公室"), ("苏和", "行署研究室"), ("苏和", "盟财政局"),
        ("苏和", "盟统计局"), ("图门", "盟农牧局"), ("额尔德木图", "盟公安局")}
    assert {("乌力吉图", "盟委副书记"), ("乌力吉图", "盟长"), ("苏和", "常务副盟长")} <= posts(docs)
    assert docs[0].jurisdiction == "查干盟"


def test_minutes_of_a_standing_meeting_with_moved_duties_a_group_and_tasks_in_prose():
    text = ("柘川县人民政府常务会议纪要\n〔2025〕3号\n"
            "二、关于调整县人民政府领导同志工作分工的事项\n"
            "（一）县司法局改由副县长罗平同志分管。原由罗平同志分管的县商务局，调整由县委常委、常务副县长韩冬同志分管。\n"
            "三、关于成立县城乡供水保障工作领导小组的事项\n"
            "会议同意成立柘川县防汛工作领导小组，由县长周海任组长，副县长罗平任副组长，"
            "县水利局、财政局和应急管理局主要负责同志为成员。\n"
            "四、关于老旧管网改造的事项\n"
            "会议要求，县住房和城乡建设局牵头，县财政局、水利局配合，加快项目前期工作；县城市管理局要做好审批服务。\n"
            "五、关于重点项目观摩活动的事项\n由县发展和改革局牵头，会同县政府督查室制定观摩方案。\n"
            "六、关于医院维修资金的事项\n所需资金由县财政统筹解决。\n")
    docs = run(text)
    assert docs[0].number == "〔2025〕3号"
    assert relation(docs, "oversees") == {("罗平", "县司法局"), ("韩冬", "县商务局")}
    assert {("韩冬", "县委常委"), ("韩冬", "常务副县长")} <= posts(docs)
    assert members(docs) >= {("柘川县防汛工作领导小组", "周海", "组长"), ("柘川县防汛工作领导小组", "罗平", "副组长"),
                             ("柘川县防汛工作领导小组", "县财政局", "成员"),
                             ("柘川县防汛工作领导小组", "县应急管理局", "成员")}
    got = {(a.task, a.unit) for d in docs for a in d.assignments}
    assert got == {("关于老旧管网改造的事项", u) for u in ("县住房和城乡建设局", "县财政局", "县水利局", "县城市管理局")} | \
        {("关于重点项目观摩活动的事项", "县发展和改革局"), ("关于重点项目观摩活动的事项", "县政府督查室")}


def test_task_labels_inside_the_paragraph_and_units_before_the_task():
    text = ("关于印发某县托育服务工作方案的通知\n某政办〔2025〕8号\n"
            "二、重点任务\n"
            "（一）扩大托育供给。鼓励社会力量办托。牵头单位：县卫生健康局；配合单位：县教育局、财政局。\n"
            "（二）加强人才培养。牵头部门：县人力资源和社会保障局，协同部门：县总工会；完成时限：2026年底。\n"
            "（三）推进托幼一体。牵头单位:县教育局;配合单位:县妇联。重点抓好两项工作：一是开设托班；二是收费。\n"
            "三、专项行动\n1.县市场监督管理局、县消防救援大队：开展托育机构安全检查行动。每年检查一次。\n"
            "四、保障措施\n（一）强化督导。由县卫生健康局牵头，会同县政府督查室定期督导。县财政局要保障经费。\n"
            "联系人：县卫生健康局　韦红\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("扩大托育供给", "县卫生健康局", True), ("扩大托育供给", "县教育局", False),
                   ("扩大托育供给", "县财政局", False),
                   ("加强人才培养", "县人力资源和社会保障局", True), ("加强人才培养", "县总工会", False),
                   ("推进托幼一体", "县教育局", True), ("推进托幼一体", "县妇联", False),
                   ("开展托育机构安全检查行动", "县市场监督管理局", True),
                   ("开展托育机构安全检查行动", "县消防救援大队", False)}


# --------------------------------------------------------------------------- thirty-first unseen batch

def test_scope_notes_after_units_and_a_clause_about_another_leader():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政〔2025〕6号\n各街道：\n"
            "甘雨　区长\n负责区政府全面工作。\n"
            "丁川　常务副区长\n负责财政、统计工作，其中国有资产管理工作由副区长马林同志协助负责；"
            "分管区财政局、区科学技术局（挂区知识产权局牌子）、区发展和改革局（不含粮食工作）、区统计局。\n"
            "马林　副区长\n分管区农业农村局、区自然资源局（林业方面）、区市场监督管理局（食品安全工作除外）、"
            "区发展和改革局（粮食和物资储备工作）。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {
        ("丁川", "区财政局"), ("丁川", "区科学技术局"), ("丁川", "区发展和改革局"), ("丁川", "区统计局"),
        ("马林", "区农业农村局"), ("马林", "区自然资源局"), ("马林", "区市场监督管理局"),
        ("马林", "区发展和改革局")}
    assert relation(docs, "assists") == {("马林", "丁川")}
    assert any("国有资产管理" in a for a in areas(docs, "马林"))
    assert not any("国有资产管理" in a for a in areas(docs, "丁川"))


def test_an_ordering_note_inside_a_role_label():
    text = ("关于调整某县防汛抗旱指挥部组成人员的通知\n某政办〔2025〕2号\n"
            "指 挥 长：罗明　县长\n委　　员（以下按姓氏笔画排序）：\n"
            "　　　　王青　县水利局局长\n　　　　叶红　县财政局局长\n（以上排名不分先后）\n")
    docs = run(text)
    assert members(docs) >= {("某县防汛抗旱指挥部", "王青", "委员"), ("某县防汛抗旱指挥部", "叶红", "委员")}
    assert not any("笔画" in m or "先后" in m for _, m, _ in members(docs))


def test_a_task_table_laid_out_by_spaces_with_wrapped_cells_and_a_page_break():
    text = ("关于印发某县停车设施建设方案的通知\n某政办〔2025〕9号\n附件\n"
            " 序号   重点任务             牵头单位         配合单位             完成时限\n"
            "  一、设施建设\n"
            " 1      建设城区公共停车     县住房和城乡建   县自然资源局、财政   2026年底前\n"
            "        场                   设局             局\n"
            " 2      推进停车智慧化改造   县公安局         县数据局、城\n"
            "                                    — 3 —\n"
            " 序号   重点任务             牵头单位         配合单位             完成时限\n"
            "                                              关镇人民政府         长期坚持\n"
            "抄送：县委办公室。\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("建设城区公共停车场", "县住房和城乡建设局", True), ("建设城区公共停车场", "县自然资源局", False),
                   ("建设城区公共停车场", "县财政局", False), ("推进停车智慧化改造", "县公安局", True),
                   ("推进停车智慧化改造", "县数据局", False), ("推进停车智慧化改造", "城关镇人民政府", False)}


def test_lead_units_marked_with_a_star():
    text = ("关于印发某县物流提升方案的通知\n某政办〔2025〕4号\n二、重点任务\n"
            "1.建设物流园。新建仓储。（责任单位：县发展和改革局、县商务局★、财政局）\n"
            "2.培育企业。（责任单位：★县工业和信息化局、县市场监督管理局★）\n"
            "3.畅通配送。（责任单位：县交通运输局、各乡（镇）人民政府）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("建设物流园", "县发展和改革局", False), ("建设物流园", "县商务局", True),
                   ("建设物流园", "县财政局", False), ("培育企业", "县工业和信息化局", True),
                   ("培育企业", "县市场监督管理局", True), ("畅通配送", "县交通运输局", True),
                   ("畅通配送", "各乡（镇）人民政府", False)}


def test_a_table_of_units_against_leaders_marked_by_a_legend():
    text = ("某市人民政府办公室关于印发市政府领导同志分管联系部门一览表的通知\n某政办发〔2025〕3号\n附件\n"
            "序号\t部门（单位）\t市政府领导同志\t\t\n"
            "\t\t方远\t乔山\t白露\n"
            "\t\t市长\t副市长\t副市长、市公安局局长\n"
            "一、市政府工作部门\n"
            "1\t市审计局\t●\t◎\n"
            "2\t市公安局\t\t\t●\n"
            "3\t\"市机关事务\n服务中心\"\t\t●\n"
            "二、驻市单位\n"
            "4\t市气象局\t\t○\n"
            "注：“●”表示分管，“◎”表示协管，“○”表示联系。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("方远", "市审计局"), ("白露", "市公安局"), ("乔山", "市机关事务服务中心")}
    assert relation(docs, "co_oversees") == {("乔山", "市审计局")}
    assert relation(docs, "liaises") == {("乔山", "市气象局")}
    assert {("白露", "副市长"), ("白露", "市公安局局长"), ("方远", "市长")} <= posts(docs)


def test_successors_named_after_the_roles_their_predecessor_gives_up():
    text = ("某县人民政府办公室\n关于因人事变动调整部分县级议事协调机构组成人员的通知\n某政办〔2025〕7号\n"
            "（一）郑华同志不再担任某县安全生产委员会（以下简称县安委会）常务副主任、某县防汛抗旱指挥部常务副指挥长，"
            "由县委常委、常务副县长高远同志接任。\n"
            "（二）县财政局原局长孔明同志不再担任县安委会委员，由县财政局局长田禾同志接任。\n"
            "（三）原局长甲乙、丙丁同志分别不再担任县招商引资工作领导小组副组长、成员，"
            "分别由县发展和改革局局长韦方、县商务局局长蓝天同志接任。\n"
            "（四）县应急管理局局长柯林同志由县安委会委员改任县安委会副主任，其县安委会委员职务由县应急管理局副局长鲁山同志接任。\n")
    docs = run(text)
    assert members(docs) >= {
        ("某县安全生产委员会", "高远", "常务副主任"), ("某县防汛抗旱指挥部", "高远", "常务副指挥长"),
        ("某县安全生产委员会", "田禾", "委员"), ("某县招商引资工作领导小组", "韦方", "副组长"),
        ("某县招商引资工作领导小组", "蓝天", "成员"), ("某县安全生产委员会", "柯林", "副主任"),
        ("某县安全生产委员会", "鲁山", "委员")}
    assert not any(m in ("郑华", "孔明", "甲乙", "丙丁") for _, m, _ in members(docs))


# --------------------------------------------------------------------------- thirty-second unseen batch

def test_task_labels_in_lenticular_brackets_and_member_duties_that_are_no_tasks():
    text = ("关于印发某市促消费方案的通知\n某政办发〔2025〕5号\n二、重点任务\n"
            "1.推动汽车消费。落实补贴。\n【牵头单位】市商务局\n【配合单位】市财政局、公安局\n"
            "2.扩大家电消费。开展下乡活动。【牵头单位】市商务局【配合单位】市供销社\n"
            "3.丰富文旅场景。办好消费季。\n【牵头市领导】郑航　【牵头单位】市文化广电旅游局　"
            "【配合单位】：市交通运输局　【完成时限】2025年底\n"
            "三、保障措施\n（一）建立联席会议。成员单位及职责如下：\n1.市商务局：负责联席会议日常工作。\n"
            "2.市财政局：负责资金保障。\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("推动汽车消费", "市商务局"), ("推动汽车消费", "市财政局"), ("推动汽车消费", "市公安局"),
                   ("扩大家电消费", "市商务局"), ("扩大家电消费", "市供销社"),
                   ("丰富文旅场景", "市文化广电旅游局"), ("丰富文旅场景", "市交通运输局")}


def test_units_each_followed_by_their_leaders_in_brackets():
    text = ("某县人民政府办公室关于明确县政府领导同志分管和联系部门的通知\n某政办〔2025〕2号\n各部门：\n"
            "现将县委副书记、县长扎西顿珠，副县长、县公安局局长洛桑平措，副县长央金分管和联系的部门明确如下。\n"
            "一、分管部门\n1.县审计局（县长扎西顿珠）\n2.县财政局、统计局（县长）\n"
            "3.县应急管理局（县长扎西顿珠分管，副县长、县公安局局长洛桑平措协管）\n4.县教育局（央金）\n"
            "二、联系单位\n1.县人民武装部（县长）\n2.县妇联、团县委（副县长央金）\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("扎西顿珠", "县审计局"), ("扎西顿珠", "县财政局"),
                                          ("扎西顿珠", "县统计局"), ("扎西顿珠", "县应急管理局"),
                                          ("央金", "县教育局")}
    assert relation(docs, "co_oversees") == {("洛桑平措", "县应急管理局")}
    assert relation(docs, "liaises") == {("扎西顿珠", "县人民武装部"), ("央金", "县妇联"), ("央金", "团县委")}
    assert {("扎西顿珠", "县委副书记"), ("洛桑平措", "县公安局局长"), ("央金", "副县长")} <= posts(docs)


def test_blocks_of_duties_closed_by_who_answers_for_them():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2025〕8号\n各乡镇：\n"
            "一、主持县政府全面工作。\n分管县审计局。\n以上工作由县委副书记、县长柏川同志负责。\n"
            "二、负责财政工作。\n分管县财政局。\n联系县税务局。上述工作由常务副县长戴远同志负责。\n"
            "三、负责政务公开工作。\n分管县政务服务中心。\n"
            "以上工作由县政府办公室主任鲁齐同志负责，并协助县长处理县政府日常工作。\n"
            "四、以上分工自印发之日起执行。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("柏川", "县审计局"), ("戴远", "县财政局"), ("鲁齐", "县政务服务中心")}
    assert relation(docs, "liaises") == {("戴远", "县税务局")}
    assert relation(docs, "assists") == {("鲁齐", "柏川")}
    assert not any(a.startswith(("以上", "上述")) for o in ("柏川", "戴远", "鲁齐") for a in areas(docs, o))


def test_a_markdown_table_of_leaders_against_the_bodies_they_serve_in():
    text = ("某县人民政府办公室关于明确县政府领导同志兼任议事协调机构职务的通知\n某政办〔2025〕3号\n附表\n"
            "| 序号 | 姓名 | 职务 | 县安全生产委员会 | 县防汛抗旱<br>指挥部 | 县招商引资工作领导小组 |\n"
            "|:---:|:---:|:---|:---:|:---:|:---:|\n"
            "| 1 | 宁邦 | 县委副书记、<br>县长 | 主任 | 指挥长 | 组长 |\n"
            "2 | 黎红 | 副县长（挂职） | 副主任 | — | 副组长<br>兼办公室主任\n"
            "|  | 合计 |  | 2 | 1 | 2 |\n")
    docs = run(text)
    assert members(docs) == {("某县安全生产委员会", "宁邦", "主任"), ("某县防汛抗旱指挥部", "宁邦", "指挥长"),
                             ("某县招商引资工作领导小组", "宁邦", "组长"), ("某县安全生产委员会", "黎红", "副主任"),
                             ("某县招商引资工作领导小组", "黎红", "副组长"),
                             ("某县招商引资工作领导小组办公室", "黎红", "主任")}
    assert {(m.member, m.affiliation) for d in docs for m in d.memberships} >= {
        ("宁邦", "县委副书记、县长"), ("黎红", "副县长")}


def test_text_read_by_ocr_from_a_scanned_gazette():
    text = ("某某省人民政府公报\n2O25年第4期\n"
            "|某某省入民政府\n关于省政府领导同志工作分工的通知\n某府发[2O25]3号\n"
            "各市（州）人民政府:\n    现将省政府领导同志工作分工通知如下o\n"
            "    宋衡省长：领导省政府全面工作o分管省审计斤o联系市（州）：甲州市丶乙州o\n"
            "|    贺澄常务副省长：负责财政方面的工作o分管省财政厅丶省统计局o联系市（州）：\n"
            "丙州市、丁州o\n\n一 2 一\n\n某某省人民政府\n2025年2月1O曰\n")
    docs = run(text)
    assert docs[0].number.startswith("某府发") and docs[0].number.endswith("3号")  # as printed
    assert relation(docs, "oversees") == {("宋衡", "省审计厅"), ("贺澄", "省财政厅"), ("贺澄", "省统计局")}
    assert relation(docs, "liaises") == {("宋衡", "甲州市"), ("宋衡", "乙州"), ("贺澄", "丙州市"), ("贺澄", "丁州")}
    assert ("贺澄", "常务副省长") in posts(docs)


def test_clean_text_keeps_its_letters_o_and_its_jin():
    # the OCR repairs need OCR signs: an ordinary text keeps what it says
    from extract.normalise import normalise
    text = "县农业农村局负责粮食收购50斤以上的补贴。联系电话0771-2O，邮箱info@x.cn。\n"
    assert normalise(text).text == text.rstrip("\n") or normalise(text).text == text


def test_a_correction_notice_is_applied_to_the_document_it_names():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2025〕6号\n各乡镇：\n"
            "王海宁：副县长。分管县财政局、县统计局。\n"
            "李东：副县长。分管县农业农村局、县水利局。联系县人民武装部、县人民法院。\n"
            "某县人民政府\n2025年3月10日\n"
            "某县人民政府办公室关于某政〔2025〕6号文件部分内容的更正通知\n某政办函〔2025〕4号\n各部门：\n"
            "经核查，《某县人民政府关于县政府领导同志工作分工的通知》（某政〔2025〕6号）部分内容有误，现更正如下：\n"
            "1.文中“王海宁”均更正为“王海凝”。\n"
            "2.“分管县农业农村局、县水利局”更正为“分管县农业农村局、县林业局”。\n"
            "3.删去“县人民武装部”。\n"
            "某县人民政府办公室\n2025年3月20日\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("王海凝", "县财政局"), ("王海凝", "县统计局"),
                                          ("李东", "县农业农村局"), ("李东", "县林业局")}
    assert relation(docs, "liaises") == {("李东", "县人民法院")}
    assert [d.kind for d in docs] == ["division", "correction"]
    assert not docs[1].oversight and not docs[1].memberships


def test_a_correction_notice_in_traditional_characters_finds_its_document():
    # the numbers stay as printed (薊政〔2025〕6號) but are matched as read
    text = ("薊縣人民政府關於縣政府領導同志工作分工的通知\n薊政〔2025〕6號\n各鄉鎮：\n"
            "王海寧：副縣長。分管縣財政局、縣統計局。\n"
            "李東：副縣長。分管縣農業農村局、縣水利局。\n"
            "薊縣人民政府\n2025年3月10日\n"
            "薊縣人民政府辦公室關於薊政〔2025〕6號文件部分內容的更正通知\n薊政辦函〔2025〕4號\n各部門：\n"
            "經覈查，《薊縣人民政府關於縣政府領導同志工作分工的通知》（薊政〔2025〕6號）部分內容有誤，現更正如下：\n"
            "1.文中“王海寧”均更正爲“王海凝”。\n"
            "2.“分管縣農業農村局、縣水利局”更正爲“分管縣農業農村局、縣林業局”。\n"
            "薊縣人民政府辦公室\n2025年3月20日\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("王海凝", "县财政局"), ("王海凝", "县统计局"),
                                          ("李东", "县农业农村局"), ("李东", "县林业局")}
    assert [d.number for d in docs] == ["薊政〔2025〕6號", "薊政辦函〔2025〕4號"]


# --------------------------------------------------------------------------- thirty-third unseen batch

def test_blocks_signed_after_a_dash_and_duties_several_leaders_share():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政发〔2025〕2号\n各部门：\n"
            "以“——”标明负责的市政府领导同志。\n"
            "（一）主持市政府全面工作。\n分管市审计局。\n——市委副书记、市长 甘远\n"
            "（二）负责财政工作。\n分管市财政局。联系市税务局。——常务副市长 褚辰\n"
            "（三）负责农业农村工作。\n分管市农业农村局。\n——副市长　宁远\n"
            "二、共同负责事项\n副市长甘远、宁远共同联系市工商联。\n"
            "常务副市长褚辰、副市长宁远共同负责防汛抗旱工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("甘远", "市审计局"), ("褚辰", "市财政局"), ("宁远", "市农业农村局")}
    assert relation(docs, "liaises") == {("褚辰", "市税务局"), ("甘远", "市工商联"), ("宁远", "市工商联")}
    assert any("防汛抗旱" in a for a in areas(docs, "褚辰")) and any("防汛抗旱" in a for a in areas(docs, "宁远"))
    assert {o for o, _ in posts(docs)} == {"甘远", "褚辰", "宁远"}


def test_roster_members_printed_in_two_columns():
    text = ("关于成立某县预制菜产业发展工作领导小组的通知\n某政办〔2025〕3号\n"
            "组长: 县长 殷年\n"
            "成员: 县委宣传部副部长               县发展和改革局局长\n"
            "      县财政局局长                   县商务局局长 鲁苇\n")
    docs = run(text)
    got = {(m.member, m.member_kind) for d in docs for m in d.memberships if m.role == "成员"}
    assert got == {("县委宣传部副部长", "post"), ("县发展和改革局局长", "post"), ("县财政局局长", "post"),
                   ("鲁苇", "person")}


def test_units_given_once_for_all_the_items_of_a_section():
    text = ("关于印发某县农田建设方案的通知\n某政办〔2025〕6号\n二、重点任务\n"
            "（一）编制规划\n1.摸清底数。逐块核实。\n2.优化布局。集中连片。\n"
            "以上任务由县农业农村局牵头，县自然资源局、水利局配合。\n"
            "（二）强化管护。本部分任务由县水利局牵头，县财政局配合。\n1.落实主体。明确责任。\n2.保障资金。纳入预算。\n"
            "以上任务由县农业农村局牵头，各乡（镇）人民政府配合；其中，第2项由县财政局牵头。\n"
            "三、保障措施\n（一）加强领导。以上工作由县农业农村局负责督办。\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert {("摸清底数", "县农业农村局", True), ("摸清底数", "县自然资源局", False),
            ("优化布局", "县水利局", False), ("落实主体", "县水利局", True),
            ("落实主体", "县财政局", False)} <= got
    assert not any(t == "加强领导" for t, _, _ in got)


def test_posts_in_brackets_before_the_name_and_a_vacant_post():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2025〕4号\n各乡镇：\n"
            "【县委副书记、县长】程恒\n①\t主持县政府全面工作。\n②\t分管县审计局。\n"
            "【副县长】覃远\n①\t分管县教育局。\n"
            "【副县长】（暂缺）\n①\t分管县商务局。\n②\t上述工作暂由副县长覃远同志代管。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("程恒", "县审计局"), ("覃远", "县教育局"), ("覃远", "县商务局")}
    assert {("程恒", "县长"), ("程恒", "县委副书记"), ("覃远", "副县长")} <= posts(docs)


def test_units_that_must_act_inside_a_paragraph_whose_bracket_names_the_units():
    # the bracket is the whole list; 银行要… in the body names no responsible unit
    text = ("关于印发某市普惠贷款方案的通知\n某政办〔2025〕2号\n（三）落实贷款代偿责任\n"
            "合作银行要落实贷后管理责任。担保公司要落实代偿责任。"
            "（市财政局、市城投公司按职责分工负责）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("落实贷款代偿责任", "市财政局"), ("落实贷款代偿责任", "市城投公司")}


# --------------------------------------------------------------------------- thirty-fourth unseen batch

@pytest.mark.parametrize("name", ["洪景川", "赖秋生", "荀牧之", "邴守成", "宓惠兰", "濮文远"])
def test_surnames_of_the_hundred_families_that_were_missing(name):
    from extract import names
    assert names.is_name(name)


def test_a_scraped_table_one_cell_per_line_with_a_merged_posts_cell():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2024〕3号\n各街道：\n"
            "序号\n姓名\n职务\n工作分工\n"
            "1\n洪景川\n区委副书记、区长\n主持区政府全面工作。\n分管：区审计局。\n"
            "2\n赖秋生\n副区长\n负责教育工作。\n分管：区教育局。\n"
            "3\n荀牧之\n负责农业农村工作。协助副区长赖秋生同志负责养老服务工作。\n分管：区农业农村局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("洪景川", "区审计局"), ("赖秋生", "区教育局"),
                                          ("荀牧之", "区农业农村局")}
    assert relation(docs, "assists") == {("荀牧之", "赖秋生")}


def test_a_comma_inside_the_posts_bracket_of_a_head():
    text = ("某省人民政府关于省政府领导同志工作分工的通知\n某政发〔2016〕8号\n各市：\n"
            "　　邴守成（副省长，兼省公安厅厅长）：负责公安、司法方面工作。分管：省公安厅、省司法厅。"
            "联系：省高级人民法院。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("邴守成", "省公安厅"), ("邴守成", "省司法厅")}
    assert relation(docs, "liaises") == {("邴守成", "省高级人民法院")}
    assert {("邴守成", "副省长"), ("邴守成", "省公安厅厅长")} <= posts(docs)


def test_villages_each_with_its_leaders_in_labelled_cells_under_area_heads():
    text = ("中共某乡委员会 某乡人民政府关于班子成员分工及包村安排的通知\n某发〔2020〕2号\n各村：\n"
            "一、班子成员分工\n1.党委书记：韦青山\n主持乡党委全面工作。\n"
            "2.乡长：莫柳溪\n主持乡政府全面工作。\n"
            "二、包村安排\n（一）北片（片区长：韦青山）\n"
            "　　青石村　　包村领导：莫柳溪　　包村干部：蓝小禾（乡财政所）\n"
            "　　白岩社区　　包村领导：韦青山、莫柳溪（重点村）　　驻村第一书记：覃一鸣\n"
            "（二）南片\n"
            "　　红土村　　包村领导：莫柳溪　　包村干部：黄小冬\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("莫柳溪", "青石村"), ("韦青山", "青石村"), ("韦青山", "白岩社区"),
                                         ("莫柳溪", "白岩社区"), ("莫柳溪", "红土村")}
    assert {o for o, _ in posts(docs)} == {"韦青山", "莫柳溪"}


def test_task_units_on_the_line_below_in_hexagonal_brackets_and_with_a_lead_note():
    text = ("关于印发某县茶产业发展方案的通知\n某府办发〔2022〕4号\n二、重点任务\n"
            "1.建设生态茶园。依据《某州茶园规划》（某府发〔2021〕2号），新建茶园1万亩。\n"
            "〔责任单位：县农业农村局、县林业局按职责分工负责〕\n"
            "2.培育加工企业。扶持龙头企业。\n"
            "责任单位：县工业和信息化局（牵头）、县市场监督管理局\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("建设生态茶园", "县农业农村局", True), ("建设生态茶园", "县林业局", False),
                   ("培育加工企业", "县工业和信息化局", True), ("培育加工企业", "县市场监督管理局", False)}


def test_a_renamed_command_with_a_commissar_and_its_members_in_one_sentence():
    text = ("某市人民政府办公室关于调整某市森林防灭火指挥部组成人员的通知\n某政办发〔2020〕5号\n各镇：\n"
            "　　经研究，决定将某市森林防火指挥部更名为某市森林防灭火指挥部，并调整组成人员。\n"
            "　　政　　委：濮文远　市委书记\n"
            "　　总 指 挥：宓惠兰　市长\n"
            # (a long line ending in a name: the indented line below opens a
            # paragraph of its own, never its continuation)
            "　　副总指挥：市委常委、市人武部部长 韩立，副市长 周川，副市长、市公安局局长 石峰，市政府秘书长 计远\n"
            "　　指挥部成员由市委宣传部、统战部，市财政局、林业局，各镇（街道）主要负责同志"
            "和市人武部分管负责同志组成（共6个成员单位）。\n")
    docs = run(text)
    got = {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    group = "某市森林防灭火指挥部"
    assert got == {(group, "濮文远", "政委", "市委书记"), (group, "宓惠兰", "总指挥", "市长"),
                   (group, "韩立", "副总指挥", "市委常委、市人武部部长"), (group, "周川", "副总指挥", "副市长"),
                   (group, "石峰", "副总指挥", "副市长、市公安局局长"), (group, "计远", "副总指挥", "市政府秘书长"),
                   *((group, u, "成员", "") for u in ("市委宣传部", "市委统战部", "市财政局", "市林业局",
                                                    "各镇（街道）", "市人武部"))}


def test_a_joint_meeting_whose_conveners_and_members_are_written_in_prose():
    text = ("某省人民政府办公厅关于建立某省养老服务厅际联席会议制度的通知\n某政办函〔2018〕9号\n各市：\n"
            "　　决定建立某省养老服务厅际联席会议（以下简称联席会议）制度。\n"
            "　　联席会议由副省长洪景川同志担任召集人，省政府副秘书长赖秋生同志担任副召集人。"
            "成员由省民政厅、财政厅、省委网信办有关负责同志组成，共3个成员单位。\n"
            "　　省民政厅：牵头做好养老服务工作。\n"
            "　　其他成员单位：按照各自职责做好相关工作。\n")
    docs = run(text)
    got = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships
           if m.group == "某省养老服务厅际联席会议"}
    assert got == {("洪景川", "召集人", "副省长"), ("赖秋生", "副召集人", "省政府副秘书长"),
                   ("省民政厅", "成员", ""), ("省财政厅", "成员", ""), ("省委网信办", "成员", "")}


# --------------------------------------------------------------------------- thirty-fifth unseen batch

def test_units_first_with_the_former_holder_in_a_bracket_and_units_that_stay():
    text = ("某市人民政府关于调整市政府领导同志分管工作的决定\n某政〔2023〕5号\n各部门：\n"
            "一、市统计局由副市长骆远同志分管（原由市长钟平同志分管）。\n"
            "二、市商务局由骆远同志分管（原由已调离的副市长邱实同志分管）。\n"
            "三、市林业局、水利局仍由骆远同志分管。\n"
            "四、市税务局原由副市长杜衡同志联系，因杜衡同志工作调动，调整由骆远同志联系。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("骆远", "市统计局"), ("骆远", "市商务局"), ("骆远", "市林业局"),
                                          ("骆远", "市水利局")}
    assert ("钟平", "市长") in posts(docs)  # named with his post, still in office
    assert not {o for o, _ in posts(docs)} & {"邱实", "杜衡"}  # both have left


def test_one_comma_for_both_list_and_clause_in_traditional_half_width_text():
    text = ("某縣人民政府關於調整縣政府領導班子成員工作分工的通知\n某政發[2015]3號\n各鄉(鎮)人民政府,縣直各部門:\n"
            "一,縣委副書記,縣長洪建國同志:\n    主持縣政府全面工作.負責審計,機構編制工作,分管縣審計局,縣編辦.\n"
            "二,副縣長賴明同志:\n    負責教育,衛生工作.分管縣教育局,衛生局,聯繫縣總工會,團縣委.\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("洪建国", "县审计局"), ("洪建国", "县编办"), ("赖明", "县教育局"),
                                          ("赖明", "县卫生局")}
    assert relation(docs, "liaises") == {("赖明", "县总工会"), ("赖明", "团县委")}
    assert {("洪建国", "县长"), ("洪建国", "县委副书记"), ("赖明", "副县长")} <= posts(docs)


def test_members_two_lines_each_and_a_second_group_in_prose_sentences():
    text = ("某旗人民政府办公室关于成立某旗供水领导小组等两个领导小组的通知\n某政办发〔2020〕4号\n各苏木镇：\n"
            "一、某旗供水领导小组\n组成人员名单见附件。\n"
            "二、某旗人居环境整治领导小组\n"
            "　　领导小组组长由旗委常委、常务副旗长韩宇同志兼任，副组长由副旗长朝鲁同志、旗农牧局局长赵阳同志兼任，"
            "成员由旗委宣传部、财政局和各苏木镇人民政府主要负责同志组成。\n"
            "附件\n某旗供水领导小组成员名单\n组　长\n    巴图\n    旗长\n成　员\n"
            "    敖登格日勒\n    旗发展和改革委员会主任\n    乌兰\n    旗水利局局长\n")
    got = {(m.group, m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    water, env = "某旗供水领导小组", "某旗人居环境整治领导小组"
    assert got == {(water, "巴图", "组长", "旗长"), (water, "敖登格日勒", "成员", "旗发展和改革委员会主任"),
                   (water, "乌兰", "成员", "旗水利局局长"),
                   (env, "韩宇", "组长", "旗委常委、常务副旗长"), (env, "朝鲁", "副组长", "副旗长"),
                   (env, "赵阳", "副组长", "旗农牧局局长"), (env, "旗委宣传部", "成员", ""),
                   (env, "旗财政局", "成员", ""), (env, "各苏木镇人民政府", "成员", "")}


def test_long_numbered_tasks_each_named_by_their_first_clause():
    text = ("关于印发2016年政府工作报告重点工作任务分解的通知\n某政办发〔2016〕2号\n"
            "一、稳增长，保持经济平稳运行\n"
            "　　1.全年地区生产总值增长8%左右，规模以上工业增加值增长8.5%。"
            "（责任领导：柯川；牵头单位：市发改委；责任单位：市统计局）\n"
            "　　2.加快重大项目建设，全年实施市级重点项目150个。\n"
            "（责任领导：柯川；牵头单位：市发改委；\n责任单位：市国土资源局）\n")
    # each item its own task, named by its first sentence, not by the section's heading
    got = {(a.task.split("，")[0], a.unit) for d in run(text) for a in d.assignments}
    assert got == {("全年地区生产总值增长8%左右", "市发改委"), ("全年地区生产总值增长8%左右", "市统计局"),
                   ("加快重大项目建设", "市发改委"), ("加快重大项目建设", "市国土资源局")}


def test_a_street_named_after_a_prefixed_unit_keeps_its_own_name():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2022〕1号\n各街道：\n"
            "　　副区长晏川同志：负责住房工作；分管区住房和城乡建设局；联系市自然资源局某某分局、西岭街道、河湾街道。\n")
    assert relation(run(text), "liaises") == {("晏川", "市自然资源局某某分局"), ("晏川", "西岭街道"),
                                              ("晏川", "河湾街道")}


def test_roles_held_by_posts_lists_of_posts_and_titled_names_apart_by_commas():
    text = ("某彝族自治县人民政府办公室关于调整部分议事协调机构的通知\n某府办发〔2021〕3号\n"
            "一、县安全生产委员会\n主　　任：县长\n"
            "副 主 任：副县长、县公安局局长沙马伍各，副县长王芬，县人武部部长\n"
            "委　　员：县应急管理局局长、县财政局局长、各乡（镇）乡（镇）长\n"
            "二、县乡村振兴领导小组\n组　　长：阿苦尔哈（县委副书记、县长）\n"
            "成　　员：俄木史且（县财政局局长）、各乡（镇）党委书记\n")
    got = {(m.group, m.member, m.member_kind, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    safety, rural = "某彝族自治县安全生产委员会", "某彝族自治县乡村振兴领导小组"
    assert got == {(safety, "县长", "post", "主任", ""),
                   (safety, "沙马伍各", "person", "副主任", "副县长、县公安局局长"),
                   (safety, "王芬", "person", "副主任", "副县长"), (safety, "县人武部部长", "post", "副主任", ""),
                   (safety, "县应急管理局局长", "post", "委员", ""), (safety, "县财政局局长", "post", "委员", ""),
                   (safety, "各乡（镇）乡（镇）长", "post", "委员", ""),
                   (rural, "阿苦尔哈", "person", "组长", "县委副书记、县长"),
                   (rural, "俄木史且", "person", "成员", "县财政局局长"), (rural, "各乡（镇）党委书记", "post", "成员", "")}


# --------------------------------------------------------------------------- thirty-sixth unseen batch

def test_a_division_table_saved_from_a_spreadsheet_as_csv():
    from extract import reader
    data = ('\ufeff"某区人民政府领导同志工作分工表",,,,,\r\n'
            '序号,姓名,职务,分管工作,分管部门,联系单位\r\n'
            '1,"洪立","区委副书记\n区长","主持区政府全面工作。","区审计局","区人武部,区消防大队"\r\n'
            '2,"赖川","副区长","负责教育工作。\n协助区长负责审计工作。","区教育局\n民政局","区总工会"\r\n'
            '3,"荀远","副区长","负责""放管服""改革工作。","区行政审批服务局",\r\n'
            ',,,,"某区人民政府",\r\n').encode("utf-8")
    docs = run(reader.from_bytes(data, "table.txt"))
    assert relation(docs, "oversees") == {("洪立", "区审计局"), ("赖川", "区教育局"), ("赖川", "区民政局"),
                                          ("荀远", "区行政审批服务局")}
    assert relation(docs, "liaises") == {("洪立", "区人武部"), ("洪立", "区消防大队"), ("赖川", "区总工会")}
    assert {("洪立", "区长"), ("洪立", "区委副书记"), ("赖川", "副区长")} <= posts(docs)
    assert relation(docs, "assists") == {("赖川", "洪立")}


@pytest.mark.parametrize("text", [
    "第一段,第二段,第三段\n第四段\n",                      # fields differ in number: prose
    '"甲",乙,丙\n"丁",戊\n己,庚,辛\n壬,癸,子\n',            # one short record
])
def test_text_with_commas_is_not_taken_for_csv(text):
    from extract import reader
    assert reader.from_bytes(text.encode("utf-8"), "t.txt") == text


def test_a_party_committee_overseeing_its_organs_and_towns_keyed_to_leaders():
    text = ("中共某县委关于县委常委工作分工的通知\n某发〔2016〕2号\n各乡镇党委：\n"
            "　　县委常委、组织部部长邵文：负责组织工作。分管县委组织部、老干部局、党校，县编办。\n"
            "　　县委常委、政法委书记甘霖：负责政法工作。分管县委政法委，县公安局、司法局。\n"
            "　　县委常委、县委办公室主任荀德：分管县委办公室、政研室、督查室。\n"
            "　　县委常委按照以下安排联系乡镇：\n"
            "　　城关镇：邵文\n　　柘溪镇、龙门乡：甘霖、荀德\n")
    docs = run(text)
    assert relation(docs, "oversees") == {
        ("邵文", "县委组织部"), ("邵文", "县委老干部局"), ("邵文", "县委党校"), ("邵文", "县编办"),
        ("甘霖", "县委政法委"), ("甘霖", "县公安局"), ("甘霖", "县司法局"),
        ("荀德", "县委办公室"), ("荀德", "县委政研室"), ("荀德", "县委督查室")}
    assert relation(docs, "liaises") == {("邵文", "城关镇"), ("甘霖", "柘溪镇"), ("甘霖", "龙门乡"),
                                         ("荀德", "柘溪镇"), ("荀德", "龙门乡")}
    assert {o for o, _ in posts(docs)} == {"邵文", "甘霖", "荀德"}


def test_a_two_column_pipe_table_with_note_marks_after_names():
    text = ("关于成立某县乡村振兴工作领导小组的通知\n某办发〔2021〕9号\n"
            "某县乡村振兴工作领导小组成员名单\n职　务 | 姓名及职务\n"
            "组　　长 | 邵明（县委书记）、柴渊（县长）\n"
            "副 组 长 | 侯音（副县长）①\n"
            "成　　员 | 阮峰（县委办公室副主任）\n焦明②（县乡村振兴局局长）\n各乡（镇）党委书记③\n"
            "注：\n①挂职\n②兼任领导小组办公室主任\n③为当然成员\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if m.group == "某县乡村振兴工作领导小组"}
    assert got == {("邵明", "组长", "县委书记"), ("柴渊", "组长", "县长"), ("侯音", "副组长", "副县长"),
                   ("阮峰", "成员", "县委办公室副主任"), ("焦明", "成员", "县乡村振兴局局长"),
                   ("各乡（镇）党委书记", "成员", "")}


def test_a_department_leader_list_with_a_stationed_inspector_and_cities_first():
    text = ("中共某省水利厅党组关于厅领导班子成员工作分工的通知\n某水党〔2020〕4号\n厅机关各处室：\n"
            "　　（一）庹文和　厅党组成员、省纪委监委驻省水利厅纪检监察组组长\n"
            "　　主持驻厅纪检监察组全面工作。\n"
            "　　（二）郜一凡　总工程师\n　　负责水利科技工作。\n　　分管：科技处。\n"
            "　　全省各市（州）的水利工作由厅领导分片联系：\n"
            "　　岑阳市、黎坪藏族自治州：庹文和同志；\n　　沙木市：郜一凡同志。\n")
    docs = run(text)
    assert {("庹文和", "厅党组成员"), ("庹文和", "省纪委监委驻省水利厅纪检监察组组长"),
            ("郜一凡", "总工程师")} <= posts(docs)
    assert relation(docs, "liaises") == {("庹文和", "岑阳市"), ("庹文和", "黎坪藏族自治州"), ("郜一凡", "沙木市")}


def test_a_grid_table_whose_leader_cells_repeat_the_one_above_and_places_sharing_a_level_word():
    text = ("关于街道班子成员工作分工及包联网格的通知\n某党工发〔2023〕2号\n各社区：\n"
            "　　党工委书记：林岚\n　　主持街道党工委全面工作；联系桂苑社区。\n"
            "　　党工委委员、武装部部长：蒙夫\n　　负责人民武装工作；联系青石、柳巷社区。\n"
            "序号\t社区\t网格名称\t包联班子成员\t网格长\n"
            "1\t桂苑社区\t桂苑社区第一网格\t林岚\t韦小禾\n"
            "2\t\t桂苑社区第二网格\t〃\t黎春燕\n"
            "3\t青石社区\t青石社区第一网格\t同上\t何彩霞\n"
            "4\t\t青石社区第二网格\t蒙夫\t潘月娥\n"
            "合计\t2个\t4个\t\t\n")
    assert relation(run(text), "liaises") == {
        ("林岚", "桂苑社区"), ("蒙夫", "青石社区"), ("蒙夫", "柳巷社区"), ("林岚", "桂苑社区第一网格"),
        ("林岚", "桂苑社区第二网格"), ("林岚", "青石社区第一网格"), ("蒙夫", "青石社区第二网格")}


def test_a_box_drawn_task_table_with_spanning_category_rows_and_two_leads_in_a_cell():
    text = ("关于印发某市民营经济行动方案的通知\n某政办发〔2018〕3号\n附件\n某市重点任务分工表\n"
            "┌──┬──────┬───────┬───────┐\n"
            "│序号│重点任务　　│牵头单位　　　│配合单位　　　│\n"
            "├──┴──────┴───────┴───────┤\n"
            "│一、降低经营成本　　　　　　　　　　　　　　　│\n"
            "├──┬──────┬───────┬───────┤\n"
            "│1 │实施减负行动│市金融办　　　│市财政局、市经│\n"
            "│　│　　　　　　│人行某市中心支│信委　　　　　│\n"
            "│　│　　　　　　│行　　　　　　│　　　　　　　│\n"
            "└──┴──────┴───────┴───────┘\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("实施减负行动", "市金融办", True), ("实施减负行动", "人行某市中心支行", True),
                   ("实施减负行动", "市财政局", False), ("实施减负行动", "市经信委", False)}


# --------------------------------------------------------------------------- thirty-seventh unseen batch

def test_a_page_whose_fields_are_classed_spans_and_units_list_items():
    from extract.formats import html
    page = ('<html><body><h1>某市人民政府关于市政府领导班子成员工作分工的通知</h1><div>某政发〔2019〕2号</div>'
            '<p>各部门：</p><div class="leader"><div class="hd"><span class="name">邰川</span>'
            '<span class="post">市委副书记</span><span class="post">市长</span></div>'
            '<ul><li><em>工作分工：</em>主持市政府全面工作。</li>'
            '<li><em>分管：</em><ul><li>市审计局</li><li>市水利局、林业局</li></ul></li>'
            '<li>协助常务副市长分管市应急管理局。</li>'
            '<li><em>联系：</em><ul></ul></li></ul></div>'
            '<p>市长外出期间，由常务副市长主持市政府日常工作。</p></body></html>')
    docs = run(html.to_text(page))
    assert relation(docs, "oversees") == {("邰川", "市审计局"), ("邰川", "市水利局"), ("邰川", "市林业局")}
    assert relation(docs, "co_oversees") == {("邰川", "市应急管理局")}
    assert relation(docs, "liaises") == set()
    assert {("邰川", "市委副书记"), ("邰川", "市长")} <= posts(docs)


def test_word_spans_inside_a_word_part_nothing():
    from extract.formats import html
    assert html.to_text('<p><span class="SpellE">副市</span><span class="GramE">长</span></p>') == "副市长"


def test_parks_keyed_to_their_enterprises_under_a_liaison_label():
    text = ("某高新区党工委 管委会关于领导班子成员工作分工的通知\n某高党发〔2017〕2号\n各部门：\n"
            "蒯远　　党工委书记\n　　分管部门：区党政办公室。\n　　联系园区及企业：\n"
            "　　　　光电产业园：某某光电科技有限公司、某某半导体有限公司。\n"
            "晏宇　　管委会主任\n　　分管部门：经济发展局。\n")
    assert relation(run(text), "liaises") == {("蒯远", "光电产业园"), ("蒯远", "某某光电科技有限公司"),
                                              ("蒯远", "某某半导体有限公司")}


def test_a_table_of_bodies_one_row_each_with_a_column_per_role():
    text = ("某县人民政府办公室关于调整县政府议事协调机构的通知\n某政办发〔2022〕2号\n附件\n"
            "序号\t机构名称\t组长（主任、指挥长、召集人）\t副组长（副主任、副指挥长、副召集人）\t办公室设在\t办公室主任\t备注\n"
            "1\t县安全生产委员会\t县长 阙邦\t常务副县长 覃新；副县长、县公安局局长 尚渊\t县应急管理局\t县应急管理局局长\t保留\n"
            "2\t县防汛抗旱指挥部\t县长\t县人武部部长\t县水利局\t县水利局局长\t保留\n"
            "3\t县脱贫攻坚领导小组\t—\t—\t—\t—\t撤销\n"
            "4\t县双拥工作领导小组（原县拥军优属工作领导小组）\t阙邦（县长）\t县人武部政委\t县退役军人事务局\t\t更名\n")
    got = {(m.group, m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if not m.group.endswith("办公室")}
    safety, flood, army = "某县安全生产委员会", "某县防汛抗旱指挥部", "某县双拥工作领导小组"
    assert got == {(safety, "阙邦", "主任", "县长"), (safety, "覃新", "副主任", "常务副县长"),
                   (safety, "尚渊", "副主任", "副县长、县公安局局长"), (flood, "县长", "指挥长", ""),
                   (flood, "县人武部部长", "副指挥长", ""), (army, "阙邦", "组长", "县长"),
                   (army, "县人武部政委", "副组长", "")}


def test_a_table_row_continuing_a_merged_name_cell_carries_its_list_on():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政〔2024〕3号\n各部门：\n"
            "姓名\t职务\t工作分工\n"
            "禚琴\t副市长\t负责城市管理工作。分管：市自然资源局、市城市管理局、\n"
            "\t\t交通运输局、市公用事业服务中心。联系：市水务集团。\n"
            "佘岚\t副市长\t分管：市教育局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("禚琴", "市自然资源局"), ("禚琴", "市城市管理局"),
                                          ("禚琴", "市交通运输局"), ("禚琴", "市公用事业服务中心"),
                                          ("佘岚", "市教育局")}
    assert relation(docs, "liaises") == {("禚琴", "市水务集团")}


def test_a_roster_as_a_two_level_numbered_list_with_two_people_in_one_item():
    text = ("某市人民政府办公室关于调整某市创建文明城市工作领导小组成员的通知\n某政办发〔2017〕3号\n"
            "一、领导小组组成人员\n　　1.顾问\n　　（1）邴昭　市人大常委会主任\n　　2.组长\n　　（1）柯远　市长\n"
            "　　3.副组长\n　　（1）晏清和　常务副市长\n　　（2）蔺航和卢静　副市长\n"
            "　　4.成员\n　　（1）和晓燕　市教育局局长\n　　（2）各县（市、区）人民政府分管负责同志\n"
            "　　二、领导小组主要职责\n　　1.统筹协调创建工作。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("邴昭", "顾问", "市人大常委会主任"), ("柯远", "组长", "市长"),
                   ("晏清和", "副组长", "常务副市长"), ("蔺航", "副组长", "副市长"), ("卢静", "副组长", "副市长"),
                   ("和晓燕", "成员", "市教育局局长"), ("各县（市、区）人民政府", "成员", "")}


# --------------------------------------------------------------------------- thirty-eighth unseen batch

def test_a_table_of_key_projects_with_a_leader_column_and_merged_lead_cells():
    text = ("某市人民政府办公室关于印发2022年市级重点项目推进责任分工表的通知\n某政办发〔2022〕9号\n附件\n"
            "序号\t项目名称\t联系市领导\t牵头单位\t责任单位\n"
            "一、产业项目\t\t\t\t\n"
            "1\t新能源产业园项目\t市委常委、常务副市长 蔺川\t市发展和改革委员会\t市商务局、自然资源和规划局\n"
            "2\t港口物流园项目\t副市长 郗桐；市委副书记、市长 饶明\t\t市交通运输局\n"
            "3\t保障性租赁住房项目\t\t市住房和城乡建设局\t/\n")
    docs = run(text)
    got = {(a.task, a.unit, a.lead) for d in docs for a in d.assignments}
    assert got == {("新能源产业园项目", "市发展和改革委员会", True), ("新能源产业园项目", "市商务局", False),
                   ("新能源产业园项目", "市自然资源和规划局", False), ("港口物流园项目", "市发展和改革委员会", True),
                   ("港口物流园项目", "市交通运输局", False), ("保障性租赁住房项目", "市住房和城乡建设局", True)}
    assert posts(docs) == {("蔺川", "市委常委"), ("蔺川", "常务副市长"), ("郗桐", "副市长"),
                           ("饶明", "市委副书记"), ("饶明", "市长")}
    assert not any(d.oversight for d in docs)


def test_member_units_under_category_headings_and_a_compound_surname():
    text = ("中共某县委办公室 某县人民政府办公室关于成立某县乡村振兴领导小组的通知\n某办发〔2018〕6号\n"
            "一、领导小组组成人员\n组　　长：单于澈　县长\n成员单位（4个）：\n"
            "（一）县委部门（2个）：县委办公室、县委宣传部；\n"
            "（二）县政府部门（2个）：县发展和改革局（县物价局）、财政局。\n"
            "二、领导小组主要职责\n（一）统筹推进乡村振兴工作。\n")
    got = {(m.member, m.role) for d in run(text) for m in d.memberships if not m.group.endswith("办公室")}
    assert got == {("单于澈", "组长"), ("县委办公室", "成员单位"), ("县委宣传部", "成员单位"),
                   ("县发展和改革局", "成员单位"), ("县财政局", "成员单位")}


def test_duties_moved_for_good_and_a_stand_in_for_a_leader_away():
    text = ("某市人民政府关于调整市政府领导同志工作分工的通知\n某政〔2023〕8号\n各部门：\n"
            "　　一、（一）褚舒同志不再分管市统计局、市审计局，改由市委副书记、市长卞衡同志分管。\n"
            "　　（二）副市长雍群同志不再联系市气象局，改由副市长酆澄同志联系。\n"
            "　　二、（一）在副市长钮南同志参加中央党校学习期间，其分管的市教育局、市医疗保障局由酆澄同志代管，"
            "其联系的市红十字会由酆澄同志代为联系。学习结束后，恢复原分工。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("卞衡", "市统计局"), ("卞衡", "市审计局"), ("钮南", "市教育局"),
                                          ("钮南", "市医疗保障局")}
    assert relation(docs, "liaises") == {("酆澄", "市气象局"), ("钮南", "市红十字会")}
    assert {("卞衡", "市长"), ("卞衡", "市委副书记"), ("钮南", "副市长"), ("酆澄", "副市长")} <= posts(docs)


def test_a_prefecture_whose_leaders_have_dotted_names_and_whose_bodies_say_diqu():
    text = ("某某地区行政公署关于行署领导成员工作分工的通知\n某行署发〔2016〕3号\n各县（市）人民政府：\n"
            "麦麦提敏·吾斯曼（地委副书记、行署专员）\n"
            "　　分管部门：地区审计局、财政局。\n　　联系部门：地区总工会、团地委、妇联、某某银监分局。\n"
            "　　包联县市：阔什塔格县。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("麦麦提敏·吾斯曼", "地区审计局"), ("麦麦提敏·吾斯曼", "地区财政局")}
    assert relation(docs, "liaises") == {("麦麦提敏·吾斯曼", "地区总工会"), ("麦麦提敏·吾斯曼", "团地委"),
                                         ("麦麦提敏·吾斯曼", "地区妇联"),
                                         ("麦麦提敏·吾斯曼", "某某银监分局"), ("麦麦提敏·吾斯曼", "阔什塔格县")}
    assert {("麦麦提敏·吾斯曼", "行署专员")} <= posts(docs)


def test_notes_on_where_a_body_sits_are_no_alias():
    from extract import units
    assert units.strip_alias("县安委会办公室（设在县安监局）") == ("县安委会办公室", "")
    assert units.strip_alias("县委农办（与县农业局合署办公）") == ("县委农办", "")
    assert units.strip_alias("县民政局（县老龄办）") == ("县民政局", "县老龄办")


# --------------------------------------------------------------------------- thirty-ninth unseen batch

def test_minutes_numbered_as_a_series_whose_decisions_charge_units_in_clauses():
    text = ("某县人民政府常务会议纪要\n\n第9期\n\n某县人民政府办公室　　2018年7月6日\n\n"
            "县政府第十九次常务会议纪要\n　　现将会议议定事项纪要如下：\n"
            "　　一、研究农村学校校舍维修改造问题\n"
            "　　会议听取了县教育局的汇报。\n"
            "　　会议明确，由副县长滕岚同志牵头协调，县教育局具体负责，县财政局、县住建局配合。\n"
            "　　二、研究农村饮水工程实施方案\n"
            "　　会议明确：一是由县水利局负责工程建设管理；二是县财政局要按时拨付资金。\n")
    docs = run(text)
    assert docs[0].number == "第9期"
    got = {(a.task, a.unit, a.lead) for d in docs for a in d.assignments}
    assert got == {("研究农村学校校舍维修改造问题", "县教育局", True), ("研究农村学校校舍维修改造问题", "县财政局", False),
                   ("研究农村学校校舍维修改造问题", "县住建局", False), ("研究农村饮水工程实施方案", "县水利局", True),
                   ("研究农村饮水工程实施方案", "县财政局", False)}


def test_a_table_of_units_against_their_former_and_present_overseers():
    text = ("某市人民政府关于调整市政府领导同志分管联系单位的通知\n某政〔2021〕6号\n各部门：\n"
            "　　调整后，市委常委、常务副市长柯帆，副市长闻晓、霍越同志分管的单位见附件。\n"
            "　　市长訾远同志领导市政府全面工作，分工不作调整。\n附件1\n"
            "序号  单　　位                原分管领导        现分管领导\n"
            "1     市发展和改革委员会      耿麟              柯帆\n"
            "2     市财政局                柯帆              不变\n"
            "3     市应急管理局            柯帆              霍越、\n"
            "                                                闻晓（协助）\n"
            "4     市教育局                —                 闻晓\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("柯帆", "市发展和改革委员会"), ("柯帆", "市财政局"),
                                          ("霍越", "市应急管理局"), ("闻晓", "市教育局")}
    assert relation(docs, "co_oversees") == {("闻晓", "市应急管理局")}
    assert {("柯帆", "市委常委"), ("柯帆", "常务副市长"), ("闻晓", "副市长"), ("霍越", "副市长")} <= posts(docs)
    assert not any(o == "耿麟" for o, _ in posts(docs)) and not any(o == "訾远" for o, _ in posts(docs))


def test_a_pdf_roster_whose_role_is_its_last_column():
    text = ("关于调整某县脱贫攻坚领导小组成员的通知\n某办发〔2016〕2号\n附件\n某县脱贫攻坚领导小组成员名单\n"
            "    姓    名        单位及职务                                    组内职务\n"
            "    黎 振 邦        县委书记                                      组长\n"
            "    欧阳 明远       县委常委、县委宣传部部长、                    副组长\n"
            "                    县文明办主任\n"
            "                    县政协副主席、\n"
            "    卢 雪 梅        县工商业联合会主席                            成员\n"
            "    农 建 军        县扶贫开发办公室主任                          成员兼办公室主任\n"
            "    各乡镇党委书记                                                成员\n")
    got = {(m.group, m.member, m.member_kind, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    g = "某县脱贫攻坚领导小组"
    assert {(g, "黎振邦", "person", "组长", "县委书记"),
            (g, "欧阳明远", "person", "副组长", "县委常委、县委宣传部部长、县文明办主任"),
            (g, "卢雪梅", "person", "成员", "县政协副主席、县工商业联合会主席"),
            (g, "农建军", "person", "成员", "县扶贫开发办公室主任"),
            (g, "各乡镇党委书记", "post", "成员", "")} <= got
    assert (g + "办公室", "农建军", "person", "主任", "县扶贫开发办公室主任") in got


def test_a_social_media_repost_with_emoji_bullets_bars_and_captions():
    text = ("某镇人民政府关于调整镇政府领导班子成员工作分工的通知\n某政发〔2023〕5号\n各村：\n"
            "[图片]\n▲镇长陶秋主持召开镇政府常务会议\n"
            "🔹 陶秋｜镇党委副书记、镇长\n▶️【工作职责】主持镇政府全面工作。\n✅分管：镇党政综合办公室、财政所\n"
            "🔹 靳岚（挂职）｜副镇长\n✅分管：镇社会事务办公室\n✅协助镇长分管：镇财政所\n"
            "某镇人民政府\n2023年4月3日\n往期推荐\n👉 副镇长翟青：分管农业这一年\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("陶秋", "镇党政综合办公室"), ("陶秋", "镇财政所"),
                                          ("靳岚", "镇社会事务办公室")}
    assert relation(docs, "co_oversees") == {("靳岚", "镇财政所")}
    assert relation(docs, "assists") == {("靳岚", "陶秋")}
    assert {o for o, _ in posts(docs)} == {"陶秋", "靳岚"}


def test_a_roster_by_unit_with_each_role_in_a_closing_bracket():
    text = ("关于调整某县河长制工作领导小组成员的通知\n某政办发〔2018〕3号\n"
            "　　决定对某县河长制工作领导小组成员进行调整，名单如下：\n"
            "　　县委：书记　晏宗（组长）\n　　县人民政府：县长　甘林（组长）\n"
            "　　县水利局：局长　閤涛（成员兼办公室主任）\n　　县水利局：副局长　訾兰（办公室副主任）\n"
            "　　县财政局：局长　庹钰（成员）\n　　各乡（镇）人民政府：乡（镇）长（成员）\n")
    got = {(m.member, m.member_kind, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if m.group == "某县河长制工作领导小组"}
    assert got == {("晏宗", "person", "组长", "县委书记"), ("甘林", "person", "组长", "县人民政府县长"),
                   ("合涛", "person", "成员", "县水利局局长"), ("庹钰", "person", "成员", "县财政局局长"),
                   ("各乡（镇）人民政府乡（镇）长", "post", "成员", "")}


def test_task_lines_closed_by_a_dash_clause_of_leaders_and_units():
    text = ("关于印发某市优化营商环境行动方案的通知\n某政办发〔2021〕4号\n二、重点任务\n"
            "　　1.推进政务服务跨省通办。实现高频事项异地可办。——责任单位：市政务服务管理局、各县（市、区）人民政府\n"
            "　　2.实施“蕰商回归”工程——招商引资提质行动。全年引进项目30个以上。\n"
            "　　——责任领导：副市长邬川；牵头单位：市投资促进局；责任单位：市工商联\n")
    got = {(a.task.split("。")[0], a.unit) for d in run(text) for a in d.assignments}
    assert got == {("推进政务服务跨省通办", "市政务服务管理局"), ("推进政务服务跨省通办", "各县（市、区）人民政府"),
                   ("实施“蕰商回归”工程——招商引资提质行动", "市投资促进局"),
                   ("实施“蕰商回归”工程——招商引资提质行动", "市工商联")}


# --------------------------------------------------------------------------- fortieth unseen batch

def test_heads_with_name_and_post_fused_and_bodies_coordinated():
    text = ("某省人民政府关于省政府领导同志工作分工的通知\n某政〔2018〕2号\n各市：\n"
            "    麹川副省长：负责农业工作。协调省法院、省检察院、省军区工作。分管省农业厅。\n"
            "    鞠华秘书长：协调省人大常委会办公厅、省政协办公厅与省政府办公厅的工作联系。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("麹川", "省农业厅")}
    assert relation(docs, "liaises") == {("麹川", "省法院"), ("麹川", "省检察院"), ("麹川", "省军区"),
                                         ("鞠华", "省人大常委会办公厅"), ("鞠华", "省政协办公厅")}


def test_one_line_entries_name_comma_posts_full_stop_duties():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政〔2020〕3号\n各部门：\n"
            "汲川，市委副书记、市长。领导市政府全面工作；分管市审计局。\n"
            "尉迟岚，副市长，市公安局局长。负责公安工作；分管市司法局、信访局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("汲川", "市审计局"), ("尉迟岚", "市司法局"), ("尉迟岚", "市信访局")}
    assert {("尉迟岚", "副市长"), ("尉迟岚", "市公安局局长"), ("汲川", "市长")} <= posts(docs)


def test_a_roster_printed_as_a_data_frame_with_its_office_row_last():
    text = ("关于调整某县电商工作领导小组组成人员的通知\n某政办〔2024〕2号\n某县电商工作领导小组组成人员名单\n"
            "    序号     职务   姓名        单位及职务\n"
            "0    1     组长  阚振东     县委副书记、县长\n"
            "1    2    副组长  郄慧玲   县委常委、常务副县长\n"
            "2    3     成员  翟明远     县政府办公室主任\n"
            "3    4  办公室主任  鄂晓鹏      县商务局副局长\n")
    got = {(m.group, m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    g = "某县电商工作领导小组"
    assert {(g, "阚振东", "组长", "县委副书记、县长"), (g, "郄慧玲", "副组长", "县委常委、常务副县长"),
            (g, "翟明远", "成员", "县政府办公室主任"), (g + "办公室", "鄂晓鹏", "主任", "县商务局副局长")} == got


def test_brackets_whose_units_are_mixed_with_phrases_naming_none():
    text = ("关于印发某市农村商贸实施方案的通知\n某政办发〔2020〕3号\n二、重点任务\n"
            "　　1.建设乡镇商贸中心。加快建设。（市商务局牵头，各有关部门按职责分工负责）\n"
            "　　2.发展连锁便利店。推广统一配送。（市商务局、市供销社按职责分工负责，相关单位配合）\n"
            "　　3.加强市场监管。严查假冒伪劣。（市市场监管局、市商务局等部门按职责分工负责）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("建设乡镇商贸中心", "市商务局"), ("发展连锁便利店", "市商务局"), ("发展连锁便利店", "市供销社"),
                   ("加强市场监管", "市市场监管局"), ("加强市场监管", "市商务局")}


def test_two_deputies_sharing_one_block_of_duties():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2018〕3号\n各街道：\n"
            "　　常务副区长郗年：负责区政府常务工作。\n"
            "　　副区长仉贤、扈漪：共同负责城市建设工作，仉贤分管区住房和城乡建设局，扈漪分管区园林绿化中心；"
            "共同联系某某建设指挥部。仉贤协助常务副区长负责重大项目建设工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("仉贤", "区住房和城乡建设局"), ("扈漪", "区园林绿化中心")}
    assert relation(docs, "liaises") == {("仉贤", "某某建设指挥部"), ("扈漪", "某某建设指挥部")}
    assert relation(docs, "assists") == {("仉贤", "郗年")}
    assert {("仉贤", "副区长"), ("扈漪", "副区长")} <= posts(docs)


def test_entries_headed_by_posts_alone_bound_to_names_by_a_closing_list():
    text = ("某县人民政府关于县政府领导班子成员工作分工的通知\n某政发〔2016〕5号\n各乡镇：\n"
            "　　一、县长\n　　主持县政府全面工作。分管县审计局。\n"
            "　　二、副县长\n　　分管县教育局。协助县长负责审计工作。\n"
            "　　三、副县长\n　　分管县水利局。\n"
            "　　（县长：伍舟；副县长：隗澈、巩罗）\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("伍舟", "县审计局"), ("隗澈", "县教育局"), ("巩罗", "县水利局")}
    assert relation(docs, "assists") == {("隗澈", "伍舟")}
    assert posts(docs) == {("伍舟", "县长"), ("隗澈", "副县长"), ("巩罗", "副县长")}


def test_a_pdf_whose_font_prints_radicals_for_characters_and_wraps_by_width():
    # ⼯ ⼈ ⺠ ⻓ are radical code points a PDF's text layer gives for 工 人 民 长;
    # the lines wrap at one printed width (digits are narrow), and 濆, a rare
    # character simplified only by analogy into a supplementary plane, stays
    lines = ["关于印发濆川市智慧停车建设⼯作⽅案的通知",
             "濆政办〔2025〕4号",
             "⼀、重点任务",
             "1.建设智慧停车平台。整合全市公共停车场、道路泊位和",
             "专⽤停车场数据，实现停车信息实时发布和统⼀调度管理。",
             "（市城管局、市公安局按职责分⼯负责）",
             "2.扩⼤停车设施供给。利⽤边⾓地块建设⽴体停车库，推动",
             "机关企事业单位停车场错时向社会开放共享，缓解停车难。",
             "（市住房城乡建设局牵头，市⾃然资源和规划局配合）",
             "10.完善停车收费政策。按照区域差别化原则调整收费标",
             "准，推⾏⽇间和夜间分时段计费，引导群众合理停车出⾏。",
             "（市发展改⾰委、⼈⺠银⾏濆川市分⾏按职责分⼯负责）",
             "3.加强停车秩序管理。依法查处乱停乱放⾏为，规范停车场",
             "经营服务⾏为，建⽴停车诚信记录和联合惩戒⼯作机制。",
             "（市公安局、市市场监管局按职责分⼯负责）",
             "附件：濆川市智慧停车⼯作领导⼩组成员名单",
             "组 ⻓：庹⽂⼭ 市⻓",
             "副组⻓：郄⽟⻁ 市政府副市⻓"]
    docs = run("\n".join(lines) + "\n")
    got = {(a.task, a.unit) for d in docs for a in d.assignments}
    assert got == {("建设智慧停车平台", "市城管局"), ("建设智慧停车平台", "市公安局"),
                   ("扩大停车设施供给", "市住房城乡建设局"), ("扩大停车设施供给", "市自然资源和规划局"),
                   ("完善停车收费政策", "市发展改革委"), ("完善停车收费政策", "人民银行濆川市分行"),
                   ("加强停车秩序管理", "市公安局"), ("加强停车秩序管理", "市市场监管局")}
    members = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    assert {("庹文山", "组长", "市长"), ("郄玉虎", "副组长", "市政府副市长")} <= members


def test_a_word_page_with_tracked_changes_a_comment_and_rare_name_characters():
    # deleted text (<del>) and a hidden block are not read; Word's comment
    # anchor [XY1] and its comment list are no text; 䶮 (Ext. A) and 𫟹 (Ext. E)
    # are characters of names
    page = ("<html><head><title>某区人民政府文件</title></head><body>"
            "<p>某区人民政府关于区政府领导同志工作分工的通知</p><p>某政发〔2017〕6号</p>"
            "<p><b>仉&#19886;文</b>（区委副书记、区长）</p>"
            "<p>主持区政府全面工作。<span class=msoIns><ins>分管区审计局。</ins></span></p>"
            "<p><b>王&#178169;</b>（副区长）</p>"
            "<p>分管：区财政局、区统计局<span class=MsoCommentReference><a class=msocomanchor "
            "href='#_msocom_1'>[XY1]</a></span>、<del>区国资局、</del>区金融办。</p>"
            "<p style='display:none'>分管：区民政局。</p>"
            "<div style='mso-element:comment-list'><div style='mso-element:comment'><div>"
            "<p>[XY1] 建议加上区税务局</p></div></div></div></body></html>")
    from extract.formats import html
    docs = run(html.to_text(page))
    assert relation(docs, "oversees") == {("仉䶮文", "区审计局"), ("王𫟹", "区财政局"), ("王𫟹", "区统计局"),
                                          ("王𫟹", "区金融办")}


def test_a_division_quoted_in_an_email_reply_to_a_disclosure_request():
    # a reply quoting (> …) an answer that excerpts the division notice, lines
    # wrapped by the mail client (one begins with 、), the applicant's 联系电话
    text = ("发件人：某某 <a***@example.com>\n主题：回复：政府信息公开申请答复\n\n谢谢！\n\n"
            "在 2019-04-02 10:00，\"某市人民政府办公室\" 写道：\n"
            "> 某市人民政府办公室\n> 政府信息公开申请答复书\n> 某政办依复〔2019〕8号\n>\n"
            "> 某某：\n> 　　现将《某市人民政府关于市政府领导同志工作分工的通知》所列分工摘录如下\n"
            "> 　　（一）市长卓恒：主持市政府全面工作。分管市审计局。\n"
            "> 　　（二）副市长蓟岚：负责教育、文化、体育、农业农村\n"
            "> 、水利工作。分管市教育局、市水利局。联系市科协。\n"
            "> 　　某市人民政府办公室\n> 　　2019年4月1日\n"
            ">> 申请人：某某　联系电话：138****0000\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("卓恒", "市审计局"), ("蓟岚", "市教育局"), ("蓟岚", "市水利局")}
    assert relation(docs, "liaises") == {("蓟岚", "市科协")}
    assert {("蓟岚", "水利"), ("蓟岚", "农业农村")} <= relation(docs, "responsible_for")


def test_word_text_with_cr_paragraphs_and_bel_cell_marks_is_text_with_a_table(tmp_path):
    # Word's own text of a document: CR ends a paragraph, CR+BEL a cell, one
    # more CR+BEL a row; a CR inside a cell joins its two paragraphs
    body = ("关于成立某县河湖长制工作领导小组的通知\r某政办〔2017〕4号\r各乡镇：\r"
            "职务\r\x07姓名\r\x07单位及职务\r\x07\r\x07"
            "组长\r\x07晏青山\r\x07县人民政府县长\r\x07\r\x07"
            "成员\r\x07蒯晓东\r\x07县人民政府办公室\r副主任\r\x07\r\x07"
            "\x0c附件\r")
    path = tmp_path / "word.txt"
    path.write_bytes(body.encode("utf-8"))
    from extract import reader
    docs = run(reader.read(path))
    got = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    assert got == {("晏青山", "组长", "县人民政府县长"), ("蒯晓东", "成员", "县人民政府办公室副主任")}


def test_a_text_browser_dump_with_numbered_links_and_markdown_latex_and_tables(tmp_path):
    # lynx -dump numbers every link where it stands ([3]区[4]财政局); a PDF
    # converter's Markdown has LaTeX numbers, a title promoted to a heading
    # above its paragraph, and a roster as an HTML table; 区 is a surname, yet
    # 区供销社 is a body
    lynx = ("   [1]首页 [2]政务公开\n\n   某区人民政府关于区政府领导同志工作分工的通知\n\n"
            "   某政发〔2021〕8号\n\n   [3]甘霖：区长\n\n   分管：[4]区审计局、区[5]财政局、[6]统计局。\n\n"
            "   [7]卓朗：副区长\n\n   分管：区[8]教育局、[9]区民政局。\n\nReferences\n\n   1. http://a/\n")
    docs = run(lynx)
    assert relation(docs, "oversees") == {("甘霖", "区审计局"), ("甘霖", "区财政局"), ("甘霖", "区统计局"),
                                          ("卓朗", "区教育局"), ("卓朗", "区民政局")}
    md = ("# 某区回收利用实施方案\n\n某政办发〔2024〕3号\n\n# 二、重点任务\n\n"
          "# 1.推动 $5 \\mathrm { G }$ 回收网点建设。\n\n到 $2 0 2 7$ 年建成网点 $6 0$ 个。（区商务局、区供销社按职责分工负责）\n\n"
          "附件\n\n# 某区回收利用工作领导小组成员名单\n\n"
          "<table><tr><td>职务</td><td>姓名</td><td>单位及职务</td></tr>"
          "<tr><td>组长</td><td>鞠远</td><td>区长</td></tr></table>\n")
    path = tmp_path / "mineru.md"
    path.write_text(md, encoding="utf-8")
    from extract import reader
    docs = run(reader.read(path))
    assert {(a.task, a.unit) for d in docs for a in d.assignments} == {
        ("推动5G回收网点建设", "区商务局"), ("推动5G回收网点建设", "区供销社")}
    assert {(m.member, m.role) for d in docs for m in d.memberships} == {("鞠远", "组长")}


def test_a_web_service_answer_of_leader_records_saved_as_json(tmp_path):
    # the records a portal's leader list is built from: pinyin keys labelled by
    # the answer itself, HTML in the duties, a record of someone who left
    # office; the government it names gives the jurisdiction (鄞川军分区 is
    # no 市 body)
    import json
    answer = {"code": 200, "data": {"fieldNames": {"XM": "姓名", "ZW": "职务", "FGGZ": "分工", "RZZT": "任职状态"},
              "siteName": "鄞川市人民政府", "list": [
                  {"XM": "宓泽", "ZW": "市长", "FGGZ": "<p>负责审计工作。</p><p><strong>分管：</strong>市审计局。</p>",
                   "RZZT": "在任"},
                  {"XM": "聂骏", "ZW": "副市长", "FGGZ": "分管：市公安局、市司法局。\r\n联系：市中级人民法院、鄞川军分区。",
                   "RZZT": "在任"},
                  {"XM": "阚昌", "ZW": "副市长", "FGGZ": "分管：市商务局。", "RZZT": "离任"}]}}
    path = tmp_path / "leaders.json.txt"
    path.write_text(json.dumps(answer, ensure_ascii=False, indent=2), encoding="utf-8")
    from extract import reader
    docs = run(reader.read(path))
    assert relation(docs, "oversees") == {("宓泽", "市审计局"), ("聂骏", "市公安局"), ("聂骏", "市司法局")}
    assert relation(docs, "liaises") == {("聂骏", "市中级人民法院"), ("聂骏", "鄞川军分区")}


def test_a_press_conference_transcript_reporting_a_plan_its_tasks_and_group():
    # speaker labels (POSTS　NAME：), tasks spoken as 一是…二是…, the speaker's
    # own body as 我厅, the plan's number cited once, the group in prose with
    # posts before each name (、 between posts)
    text = ("《某省数据要素实施方案》新闻发布会图文实录\n发布时间：2024-05-20\n"
            "省政府新闻办公室副主任　闫澜：\n"
            "　　省政府办公厅印发了《某省数据要素实施方案》（某政办发〔2024〕9号，以下简称《方案》）。\n"
            "省数据局党组书记、局长　庹岳：\n"
            "　　《方案》部署了两项重点任务。\n"
            "　　一是实施数据资源归集行动。建设省级数据资源平台。这项任务由我局牵头，省发展改革委按职责分工负责。\n"
            "　　二是实施数据流通试点行动。开展数据交易试点。由省商务厅、省财政厅共同牵头，省市场监管局配合。\n"
            "记者：请问如何加强组织领导？\n庹岳：\n"
            "　　《方案》明确成立某省数据要素工作领导小组，由省委副书记、省长燕川同志任组长，"
            "省委常委、常务副省长郗邦同志和副省长柯曦同志任副组长，省数据局等部门主要负责同志为成员。\n")
    docs = run(text)
    assert {d.number for d in docs} == {"某政办发〔2024〕9号"}
    got = {(a.task, a.unit) for d in docs for a in d.assignments}
    assert got == {("实施数据资源归集行动", "省数据局"), ("实施数据资源归集行动", "省发展改革委"),
                   ("实施数据流通试点行动", "省商务厅"), ("实施数据流通试点行动", "省财政厅"),
                   ("实施数据流通试点行动", "省市场监管局")}
    members = {(m.member, m.role, m.affiliation) for d in docs for m in d.memberships if m.member_kind == "person"}
    assert members == {("燕川", "组长", "省委副书记、省长"), ("郗邦", "副组长", "省委常委、常务副省长"),
                       ("柯曦", "副组长", "副省长")}


def test_a_news_report_naming_a_groups_members_by_roles_among_their_posts():
    # no roster: each role stands among the posts before a name (or first, then
    # the posts); one string of posts for two names; a change told in prose
    # and the office's director are no membership here
    text = ("某某新闻网\n某区召开河湖治理工作领导小组全体会议\n发布时间：2025-03-02\n"
            "　　3月1日，某区召开河湖治理工作领导小组全体会议。区委书记、区河湖治理工作领导小组组长覃瑾出席会议并讲话。"
            "区委副书记、区长、领导小组组长端木衡主持会议。区委常委、常务副区长、领导小组常务副组长屠岚通报有关情况。\n"
            "　　副区长、领导小组副组长柯岩、万里，区人大常委会副主任郁涛出席会议。\n"
            "　　会议通报：由屠岚同志接替邰本同志任领导小组常务副组长。"
            "领导小组办公室主任、区水利局局长甄鸣汇报工作；领导小组成员、区财政局局长庞月作交流发言。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("覃瑾", "组长", "区委书记"), ("端木衡", "组长", "区委副书记、区长"),
                   ("屠岚", "常务副组长", "区委常委、常务副区长"), ("柯岩", "副组长", "副区长"),
                   ("万里", "副组长", "副区长"), ("庞月", "成员", "区财政局局长")}


def test_a_yearbook_page_printed_in_two_columns_as_pdftotext_layout_gives_it():
    # each line holds a piece of the left column, a gutter, a piece of the right;
    # the division runs down the right column and on into the next page's left
    def row(left, right, width=50):
        pad = width - sum(2 if ord(c) > 0x2e7f else 1 for c in left)
        return left + " " * pad + right
    page1 = [row("·12·", "某县年鉴（2021）"), "",
             row("    【概况】2020 年，县人民政府召开常务会", "    县长甘霖：主持县政府全面工作；负责审"),
             row("议 24 次，研究议题 156 个，办理建议提案 30", "计工作；分管县审计局、县统计局。"),
             row("件，办复率达到百分之百。", "    副县长卓朗：负责教育、卫生健康、文化旅"),
             row("    【领导分工】2020 年 3 月，县人民政府印", "游工作；分管县教育局、县卫生健康局、县文"),
             row("发《某县人民政府关于县政府领导成员工作分", "化和旅游局；联系县总工会、团县委、县妇联。"),
             row("工的通知》，对工作分工作出调整。", "    副县长郁涛：负责公安、司法、信访工作；"),
             row("    【机构改革】2020 年 2 月，县人民政府机", "分管县公安局、县司法局、县信访局；联系县"),
             row("构改革方案实施，县政府工作部门由 26 个调", "人民法院、县人民检察院。"),
             row("整为 24 个，组建县应急管理局等部门。", "    副县长柯岩：负责自然资源、住房城乡建")]
    page2 = [row("政府", "·13·"), "",
             row("设、交通运输工作；分管县自然资源局、县住", "    【政务公开】2020 年，县政府网站发布信"),
             row("房和城乡建设局、县交通运输局；联系县气象局。", "息 2316 条，受理依申请公开事项 9 件，全"),
             row("    【县政府领导成员】县长甘霖；副县长卓朗、", "部按期答复，答复率达到百分之百。"),
             row("柯岩。", "    （撰稿：某某）")]
    docs = run("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert relation(docs, "oversees") == {
        ("甘霖", "县审计局"), ("甘霖", "县统计局"), ("卓朗", "县教育局"), ("卓朗", "县卫生健康局"),
        ("卓朗", "县文化和旅游局"), ("郁涛", "县公安局"), ("郁涛", "县司法局"), ("郁涛", "县信访局"),
        ("柯岩", "县自然资源局"), ("柯岩", "县住房和城乡建设局"), ("柯岩", "县交通运输局")}
    assert relation(docs, "liaises") == {("卓朗", "县总工会"), ("卓朗", "团县委"), ("卓朗", "县妇联"), ("柯岩", "县气象局"),
                                         ("郁涛", "县人民法院"), ("郁涛", "县人民检察院")}


def test_posts_joined_by_jian_commissars_and_one_line_working_teams_of_zuyuan():
    text = ("某县人民政府党组关于县政府领导班子成员工作分工的通知\n某政党组〔2019〕6号\n"
            "　　副县长兼县公安局局长覃铮同志：负责公安工作。分管县公安局。\n")
    assert {("覃铮", "副县长"), ("覃铮", "县公安局局长")} <= posts(run(text))
    roster = ("关于调整某市防汛抗旱指挥部组成人员的通知\n某政办〔2020〕7号\n"
              "政　　委：岑望　市委书记\n副 政 委：祁彦　市人大常委会副主任\n指 挥 长：甘霖　市长\n"
              "成　　员：雷鸣　市水利局局长\n")
    got = {(m.member, m.role) for d in run(roster) for m in d.memberships}
    assert {("岑望", "政委"), ("祁彦", "副政委"), ("甘霖", "指挥长"), ("雷鸣", "成员")} <= got
    teams = ("关于成立某市数字化转型工作领导小组的通知\n某政办发〔2023〕4号\n"
             "组　　长：邰航　市长\n组　　员：伍齐　市政府副秘书长\n"
             "　　领导小组下设两个专项工作组：\n"
             "　　（一）政策资金组。组长：桓远（市财政局副局长）；组员：市发展和改革委员会、市税务局。主要负责统筹专项资金。\n")
    got = {(m.group, m.member, m.role) for d in run(teams) for m in d.memberships}
    g = "某市数字化转型工作领导小组"
    assert got == {(g, "邰航", "组长"), (g, "伍齐", "组员"), (g + "政策资金组", "桓远", "组长"),
                   (g + "政策资金组", "市发展和改革委员会", "组员"), (g + "政策资金组", "市税务局", "组员")}


def test_a_bracket_whose_second_clause_names_who_carries_it_out():
    text = ("关于加快发展农村电子商务的实施意见\n某政发〔2016〕9号\n"
            "　　（四）推进电子商务进农村示范。每年选择一批县开展示范。（省商务厅、省财政厅负责，各市、州人民政府落实）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("推进电子商务进农村示范", "省商务厅"), ("推进电子商务进农村示范", "省财政厅"),
                   ("推进电子商务进农村示范", "各市、州人民政府")}


def test_a_roster_whose_names_run_into_their_affiliations():
    # no separator between name and affiliation; two-character names padded
    # by a space (the padding says where the name ends); a compound surname;
    # a name holding 省; a post with no name (国网…总经理)
    text = ("关于成立某省新基建工作领导小组的通知\n某办函〔2021〕7号\n"
            "组　长：芮承省委常委、常务副省长\n副组长：欧阳霁川副省长\n"
            "成　员：郜 岚省政府副秘书长\n司徒嘉言省能源局局长\n甘省吾省交通运输厅一级巡视员\n"
            "溥 川溋州市副市长\n琚明哲浭州市委常委、常务副市长\n禚天成某某数字产业集团有限公司董事长\n"
            "国网某某供电公司总经理\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("芮承", "组长", "省委常委、常务副省长"), ("欧阳霁川", "副组长", "副省长"),
                   ("郜岚", "成员", "省政府副秘书长"), ("司徒嘉言", "成员", "省能源局局长"),
                   ("甘省吾", "成员", "省交通运输厅一级巡视员"), ("溥川", "成员", "溋州市副市长"),
                   ("琚明哲", "成员", "浭州市委常委、常务副市长"),
                   ("禚天成", "成员", "某某数字产业集团有限公司董事长"), ("国网某某供电公司总经理", "成员", "")}


def test_leaders_named_by_surname_and_post_and_an_ending_shared_by_a_list():
    text = ("某县人民政府关于县人民政府领导班子成员工作分工的通知\n某政发〔2016〕2号\n"
            "　　韦振国县长：主持县人民政府全面工作。分管县审计局。\n"
            "　　蒙启航常务副县长：负责财政工作。协助韦县长负责审计工作。分管县发改、财政、统计、物价局。"
            "联系县国税、地税局。\n"
            "　　韦丽娟副县长：负责教育工作。分管县教育局。\n"
            "　　黎尚武副县长：协助蒙常务副县长负责安全生产工作。协助韦丽娟副县长分管县民宗局。"
            "分管县公安、司法局。联系县供电、电信公司。\n")
    docs = run(text)
    assert relation(docs, "assists") == {("蒙启航", "韦振国"), ("黎尚武", "蒙启航"), ("黎尚武", "韦丽娟")}
    over = relation(docs, "oversees")
    assert {("蒙启航", "县发改局"), ("蒙启航", "县财政局"), ("蒙启航", "县统计局"), ("蒙启航", "县物价局"),
            ("黎尚武", "县公安局"), ("黎尚武", "县司法局")} <= over
    assert {("蒙启航", "县国税局"), ("蒙启航", "县地税局"), ("黎尚武", "县供电公司"),
            ("黎尚武", "县电信公司")} <= relation(docs, "liaises")


def test_an_inspection_group_whose_members_come_under_category_labels():
    # 成员（N人）： then categories that are no roles, one bracket shared by
    # several names (均为…), the staff after it no members
    text = ("关于开展某某法执法检查的通知\n某人大常办〔2017〕9号\n附\n某市人大常委会某某法\n执法检查组成员名单\n"
            "组　长：冼钧　市人大常委会副主任\n"
            "成　员（5人）：\n"
            "　　常委会组成人员：甘霖、韦珊（均为市人大常委会委员）\n"
            "　　市人大代表：郜平（某镇党委书记）\n"
            "　　特邀专家：阮树（某学院教授）、骆萱（市环境监测站高级工程师）\n"
            "工作人员：蔺川　韦卓（市人大环资委办公室）\n抄送：市委办公室。\n")
    got = {(m.group, m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    g = "某市人大常委会某某法执法检查组"
    assert got == {(g, "冼钧", "组长", "市人大常委会副主任"), (g, "甘霖", "成员", "市人大常委会委员"),
                   (g, "韦珊", "成员", "市人大常委会委员"), (g, "郜平", "成员", "某镇党委书记"),
                   (g, "阮树", "成员", "某学院教授"), (g, "骆萱", "成员", "市环境监测站高级工程师")}


def test_a_bureaus_work_points_with_fields_apart_by_spaces_and_its_own_sections():
    # each item's bracket alone on the next line, its fields apart by spaces,
    # a leader field (first, last, or with posts); 主办/协办 and 股室 labels;
    # a bureau's own sections take no county prefix
    text = ("某县自然资源局2022年工作要点\n　　一、强化规划引领\n"
            "　　1.加快国土空间规划编制。完成规划成果报批。\n"
            "　　（责任领导：覃立新　牵头股室：国土空间规划股　配合股室：耕地保护股、调查监测股）\n"
            "　　2.保障重点项目用地。建立用地服务台账。\n"
            "　　（责任领导：党组书记、局长 黎振东　主办：用地审批股　协办：土地储备中心）\n"
            "　　3.化解登记遗留问题。分类处置。\n"
            "　　（主办：不动产登记中心　协办：县住房和城乡建设局、税务局，用地审批股　责任领导：韦佩瑶）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("加快国土空间规划编制", "国土空间规划股", True), ("加快国土空间规划编制", "耕地保护股", False),
                   ("加快国土空间规划编制", "调查监测股", False), ("保障重点项目用地", "用地审批股", True),
                   ("保障重点项目用地", "土地储备中心", False), ("化解登记遗留问题", "不动产登记中心", True),
                   ("化解登记遗留问题", "县住房和城乡建设局", False), ("化解登记遗留问题", "县税务局", False),
                   ("化解登记遗留问题", "用地审批股", False)}


def test_an_approval_reply_whose_roster_heading_runs_over_two_lines():
    text = ("某省人民政府\n关于同意建立某省打击欺诈骗保工作厅际联席会议制度的批复\n某政函〔2019〕64号\n省医疗保障局：\n"
            "　　一、同意建立某省打击欺诈骗保工作厅际联席会议（以下简称联席会议）制度。\n"
            "　　二、联席会议由你局牵头，省公安厅等为成员单位。你局主要负责同志任召集人，省政府分管副秘书长任副召集人。\n"
            "附\n某省打击欺诈骗保工作\n厅际联席会议成员名单\n"
            "召 集 人：蒯彬　省医保局局长\n副召集人：郤远　省政府副秘书长\n成　　员：褚峰　省公安厅副厅长\n")
    got = {(m.group, m.member, m.role) for d in run(text) for m in d.memberships}
    g = "某省打击欺诈骗保工作厅际联席会议"
    assert got == {(g, "蒯彬", "召集人"), (g, "郤远", "副召集人"), (g, "褚峰", "成员")}


def test_one_list_of_units_whose_marks_set_each_units_relation():
    # the notice's key: a unit marked （协管） is co-overseen, （联系） liaised
    # with, an unmarked one overseen; a bracket that is no mark is an alias
    text = ("某县人民政府关于县人民政府领导成员工作分工的通知\n某政发〔2015〕6号\n各乡镇：\n"
            "　　二、副县长　卞宁\n　　负责农业、水利工作。\n"
            "　　分管部门（单位）：县农业局、县水利局（县河道管理所）、畜牧局、县人社局（协管）、"
            "县气象局（联系）、水文站(联系)。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("卞宁", "县农业局"), ("卞宁", "县水利局"), ("卞宁", "县畜牧局")}
    assert relation(docs, "co_oversees") == {("卞宁", "县人社局")}
    assert relation(docs, "liaises") == {("卞宁", "县气象局"), ("卞宁", "县水文站")}


def test_a_prose_sentence_of_roles_paired_respectively_beside_a_member_list():
    # 甲，乙分别任组长、常务副组长 pairs in order; the roster line of 成员 below
    # runs each member's post into the name (局长长孙淼: a compound surname)
    text = ("关于成立某区城市更新工作领导小组的通知\n某政办〔2021〕14号\n　　一、组成人员\n"
            "　　区委副书记、区长蔺远，区委常委、常务副区长郗岐分别任组长、常务副组长；副区长祁棠、区政府党组成员覃言任副组长。\n"
            "　　成员：区政府办公室主任任嘉禾，区财政局局长长孙淼，国家税务总局某区税务局局长汲清，各街道办事处主任。\n"
            "　　县政府牵头，县农业农村、水利等部门负责人为成员。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships if m.member_kind == "person"}
    assert got == {("蔺远", "组长", "区委副书记、区长"), ("郗岐", "常务副组长", "区委常委、常务副区长"),
                   ("祁棠", "副组长", "副区长"), ("覃言", "副组长", "区政府党组成员"),
                   ("任嘉禾", "成员", "区政府办公室主任"), ("长孙淼", "成员", "区财政局局长"),
                   ("汲清", "成员", "国家税务总局某区税务局局长")}


def test_a_notice_that_writes_its_units_without_prefixes():
    # every list opens with a bare department: 市政府… is an organ's name, no
    # prefix to carry; a list that spells its own prefix still carries it
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政〔2017〕1号\n各乡镇：\n"
            "市委副书记、市长　甲川\n　　分管部门：审计局。\n"
            "副市长　乙岚\n　　分管部门：发展和改革委员会、财政局、统计局、市政府法制办公室。\n"
            "市政府党组成员、市政府办公室主任　丙伟\n　　分管部门：市政府办公室、民政局、档案局。\n"
            "　　联系部门：市发展和改革局、工商联。\n")
    over = relation(run(text), "oversees")
    assert {("丙伟", "民政局"), ("丙伟", "档案局"), ("丙伟", "市政府办公室"), ("乙岚", "财政局"),
            ("乙岚", "市政府法制办公室"), ("甲川", "审计局")} <= over
    assert ("丙伟", "市民政局") not in over


def test_measures_numbered_as_articles_with_other_fields_in_their_brackets():
    text = ("关于印发某市支持外贸若干措施的通知\n某政办〔2023〕5号\n"
            "　　第一条　支持企业开拓国际市场。对企业参展给予补助。（责任单位：市商务局、市财政局；兑现方式：依申请兑现）\n"
            "　　第二条　发挥开放平台带动作用。支持综合保税区发展。（责任单位：某某高新区、经开区管委会，市商务局）\n"
            "　　第三条　本措施由市商务局负责解释。\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("支持企业开拓国际市场", "市商务局"), ("支持企业开拓国际市场", "市财政局"),
                   ("发挥开放平台带动作用", "某某高新区管委会"), ("发挥开放平台带动作用", "某某经开区管委会"),
                   ("发挥开放平台带动作用", "市商务局")}


def test_a_notice_adjusting_who_oversees_what_whose_title_runs_over_two_lines():
    # 分管工作 in the title makes a division; the title's second half ends in a
    # post word (…调整市长、副市长) and is no leader's head
    text = ("某某市人民政府关于调整市长、副市长\n分管工作的通知\n某府〔2016〕9号\n各区人民政府：\n"
            "　　市委副书记、市长乐宗：主持市政府全面工作。\n"
            "　　市委常委、常务副市长郦刚：协助市长处理市政府日常工作；分管发展和改革、财政工作。联系市工商联。\n")
    docs = run(text)
    assert relation(docs, "assists") == {("郦刚", "乐宗")}
    assert {p[0] for p in posts(docs)} == {"乐宗", "郦刚"}
    assert relation(docs, "liaises") == {("郦刚", "市工商联")}


def test_inclusion_brackets_liaison_lists_past_semicolons_and_unnamed_assists():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政〔2017〕5号\n各县：\n"
            "　　一、隗志市长：领导市政府全面工作，分管市政府办公室和机构编制、财政工作。\n"
            "　　二、郗川常务副市长：负责发展改革、民政（含双拥、老龄）工作。协助负责审计方面工作。\n"
            "　　分管市发展和改革委员会（含市物价局）、市属国有企业（不含市属金融企业）、市生态环境局（含各县区分局）。\n"
            "　　负责与市人大常委会、市政协联系。\n"
            "　　联系国家统计局某市调查队；某某海关、市气象局。\n"
            "　　三、祁远市长助理：协助市长管理市政府办公室。\n"
            "　　市政府领导同志要认真履行“一岗双责”，抓好分管部门和领域的党风廉政建设。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("隗志", "市政府办公室"), ("郗川", "市发展和改革委员会"), ("郗川", "市物价局"),
                                          ("郗川", "市属国有企业"), ("郗川", "市生态环境局")}
    assert relation(docs, "liaises") == {("郗川", "市人大常委会"), ("郗川", "市政协"), ("郗川", "国家统计局某市调查队"),
                                         ("郗川", "某某海关"), ("郗川", "市气象局")}
    assert {("郗川", "民政"), ("郗川", "双拥"), ("郗川", "老龄"), ("郗川", "审计"), ("隗志", "机构编制"),
            ("隗志", "财政")} <= relation(docs, "responsible_for")
    assert relation(docs, "assists") == {("祁远", "隗志")}
    assert relation(docs, "co_oversees") == {("祁远", "市政府办公室")}
    assert not any(w == "祁远" and "党风廉政" in t for w, t in relation(docs, "responsible_for"))


def test_a_temporary_reassignment_with_comma_heads_and_units_given_respectively():
    text = ("某区人民政府关于调整区政府领导同志工作分工的通知\n某政发〔2022〕11号\n各街道：\n"
            "　　区委副书记、区长冉泽同志，直接分管区审计局。\n"
            "　　副区长訾清、芮宗同志，分别增加分管区医疗保障局、区市场监督管理局。芮宗同志增加分管妇女儿童工作，联系区总工会。\n"
            "　　区政府党组成员湛远同志，协助副区长姒宁同志分管区档案馆。\n"
            "　　副区长姒宁同志，增加分管区教育局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("冉泽", "区审计局"), ("訾清", "区医疗保障局"), ("芮宗", "区市场监督管理局"),
                                          ("姒宁", "区教育局")}
    assert relation(docs, "liaises") == {("芮宗", "区总工会")}
    assert relation(docs, "assists") == {("湛远", "姒宁")}
    assert relation(docs, "co_oversees") == {("湛远", "区档案馆")}


def test_a_bracket_whose_list_is_followed_by_a_note_after_a_full_stop():
    text = ("关于印发某市夜间经济实施方案的通知\n某政办〔2019〕4号\n"
            "　　（一）优化夜间经济布局。统筹布局商圈。（责任单位：市商务局、市建委，各区、县（市）政府。列第一位的为牵头单位，下同）\n"
            "　　（二）规范夜间市场秩序。加强监管。（责任单位：市市场监管局，各区、县（市）政府。2019年12月底前完成）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("优化夜间经济布局", "市商务局"), ("优化夜间经济布局", "市建委"), ("优化夜间经济布局", "各区、县（市）政府"),
                   ("规范夜间市场秩序", "市市场监管局"), ("规范夜间市场秩序", "各区、县（市）政府")}


def test_heads_of_posts_then_the_name_in_brackets_and_rarely_seen_labels():
    text = ("某市交通运输局关于局领导班子成员工作分工的通知\n某交〔2021〕3号\n各科室：\n"
            "　　一、党组书记、局长（殳强）\n　　主持局全面工作。主抓人事工作。\n"
            "　　分管部门（2个）：办公室、人事教育科。\n　　归口联系：各县（区）交通运输局。\n"
            "　　二、党组成员、副局长（挂职）（郇华）\n　　兼管：规划计划科、建设管理科及所属工程队。\n"
            "　　归口管理：市交通建设工程质量监督站。\n"
            "　　三、一级调研员（茹明）\n　　协助副局长郇华同志负责交通建设工程管理工作。\n"
            "　　局长外出期间，由副局长郇华同志主持日常工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("殳强", "办公室"), ("殳强", "人事教育科"), ("郇华", "规划计划科"),
                                          ("郇华", "建设管理科"), ("郇华", "市交通建设工程质量监督站")}
    assert relation(docs, "liaises") == {("殳强", "各县（区）交通运输局")}
    assert relation(docs, "assists") == {("茹明", "郇华")}
    assert {("殳强", "党组书记"), ("殳强", "局长"), ("郇华", "副局长"), ("茹明", "一级调研员")} <= posts(docs)


def test_unit_lists_apart_by_spaces_running_on_to_the_next_line():
    text = ("某县人民政府关于县人民政府领导成员分工的通知\n某政〔2011〕8号\n各乡镇：\n"
            "县委常委、常务副县长　冀栋\n　　负责财政工作。\n"
            "　　分管部门：县政府办公室　县发展和改革局　县财政局\n　　　　　　　县金融办　县国资办\n"
            "　　联系部门：县国税局　县地税局\n"
            "副县长　滕芝\n　　分管部门：县教育局　科技局\n"
            "　　县政府领导成员要按照分工，各司其职。分管领导外出期间，其分管工作由县长指定其他领导代管。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("冀栋", "县政府办公室"), ("冀栋", "县发展和改革局"), ("冀栋", "县财政局"),
                                          ("冀栋", "县金融办"), ("冀栋", "县国资办"), ("滕芝", "县教育局"),
                                          ("滕芝", "县科技局")}
    assert relation(docs, "liaises") == {("冀栋", "县国税局"), ("冀栋", "县地税局")}
    assert not any("外出" in t or "代管" in t for _, t in relation(docs, "responsible_for"))


def test_groups_set_up_zone_by_zone_under_a_section_naming_their_kind():
    text = ("某镇人民政府关于设立片区防汛责任组的通知\n某镇发〔2022〕9号\n"
            "　　一、镇防汛抗旱指挥部\n　　指挥长：甘霖　镇长\n"
            "　　二、片区防汛责任组\n"
            "　　（一）东片区（辖白沙村、枫树村）\n　　片　长：帅敏\n　　副片长：郜成\n"
            "　　（二）西片区（辖石门村）\n　　片　长：訾恩\n　　副片长：亓东、佴国\n"
            "　　　　　　　　某镇人民政府\n　　　　　　　　2022年5月6日\n")
    got = {(m.group, m.member, m.role) for d in run(text) for m in d.memberships if m.role in ("片长", "副片长")}
    assert got == {("某镇东片区防汛责任组", "帅敏", "片长"), ("某镇东片区防汛责任组", "郜成", "副片长"),
                   ("某镇西片区防汛责任组", "訾恩", "片长"), ("某镇西片区防汛责任组", "亓东", "副片长"),
                   ("某镇西片区防汛责任组", "佴国", "副片长")}


def test_responsibility_given_unit_by_unit_by_the_tasks_numbers():
    text = ("关于印发某镇人居环境整治实施方案的通知\n某政发〔2018〕23号\n二、重点任务\n"
            "　　1.推进垃圾治理。建成转运站。\n　　2.开展厕所改造。每年改造600户。\n"
            "　　3.治理生活污水。建设处理设施。\n　　4.提升村容村貌。开展三清一改。\n"
            "四、职责分工\n"
            "　　（一）镇规划建设办公室：牵头第1、4项任务；与镇国土资源所共同牵头第3项任务；配合第2项任务。\n"
            "　　（二）镇财政所：配合第1—3项任务。\n"
            "　　（三）各村（社区）：负责第1至4项任务在本村的具体实施。\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    tasks = ["推进垃圾治理", "开展厕所改造", "治理生活污水", "提升村容村貌"]
    assert got == {(tasks[0], "镇规划建设办公室", True), (tasks[3], "镇规划建设办公室", True),
                   (tasks[2], "镇规划建设办公室", True), (tasks[1], "镇规划建设办公室", False),
                   (tasks[0], "镇财政所", False), (tasks[1], "镇财政所", False), (tasks[2], "镇财政所", False)} | {
        (t, "各村（社区）", False) for t in tasks}


def test_a_bracket_for_the_items_above_it_and_one_that_says_the_same_as_above():
    text = ("关于印发某市畜牧业发展实施方案的通知\n某政办发〔2012〕7号\n二、主要任务\n"
            "　　（一）推进小区改造。改造面积达到40%。（市畜牧局、市农委牵头，各县（市）区政府具体落实）\n"
            "　　（二）加强良种繁育。扩建种畜场。\n　　（三）强化疫病防控。落实强制免疫。\n"
            "　　（以上两项由市畜牧局牵头，市科技局、市财政局配合）\n"
            "　　（四）推进秸秆利用。新建青贮窖池。（责任单位：同上）\n"
            "　　（五）培育龙头企业。支持加工企业。（市工信委、市畜牧局按职责分工负责；中省直驻市有关单位配合）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("推进小区改造", "市畜牧局"), ("推进小区改造", "市农委"), ("推进小区改造", "各县（市）区政府"),
                   ("加强良种繁育", "市畜牧局"), ("加强良种繁育", "市科技局"), ("加强良种繁育", "市财政局"),
                   ("强化疫病防控", "市畜牧局"), ("强化疫病防控", "市科技局"), ("强化疫病防控", "市财政局"),
                   ("推进秸秆利用", "市畜牧局"), ("推进秸秆利用", "市科技局"), ("推进秸秆利用", "市财政局"),
                   ("培育龙头企业", "市工信委"), ("培育龙头企业", "市畜牧局"), ("培育龙头企业", "中省直驻市有关单位")}


def test_an_autonomous_regions_division_with_surnameless_fused_heads():
    text = ("某某自治区人民政府关于自治区人民政府领导同志工作分工的通知\n某政发〔2009〕3号\n各地区行政公署：\n"
            "　　洛桑江措主席：领导自治区人民政府全面工作。分管自治区审计厅。\n"
            "　　扎西副主席：负责农牧业、林业方面工作。分管自治区农牧厅、林业厅、水利厅。联系岵曲地区、某某大学。\n"
            "　　鄜群秘书长：协助主席处理自治区人民政府日常工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("洛桑江措", "自治区审计厅"), ("扎西", "自治区农牧厅"), ("扎西", "自治区林业厅"),
                                          ("扎西", "自治区水利厅")}
    assert relation(docs, "liaises") == {("扎西", "岵曲地区"), ("扎西", "某某大学")}
    assert relation(docs, "assists") == {("鄜群", "洛桑江措")}
    assert {("扎西", "副主席"), ("鄜群", "秘书长")} <= posts(docs)


def test_units_given_sector_by_sector_in_brackets():
    text = ("某县人民政府关于县政府领导成员工作分工的通知\n某政发〔2009〕5号\n各乡镇：\n"
            "　　副县长　符涛\n　　分管：农口（县农业局、畜牧局、林业局（县国有林场管理局））；财贸口（县商务局）。\n"
            "　　联系：政法口（县人民法院、县人民检察院）、县消防大队。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("符涛", "县农业局"), ("符涛", "县畜牧局"), ("符涛", "县林业局"),
                                          ("符涛", "县商务局")}
    assert relation(docs, "liaises") == {("符涛", "县人民法院"), ("符涛", "县人民检察院"), ("符涛", "县消防大队")}


def test_a_quoted_spreadsheet_cell_over_lines_with_a_blank_between_normalises_once():
    # found by the property test: normalising twice must change nothing
    from extract.normalise import normalise
    for text in ('"林晓东\n\n林晓东"\t林晓东', '"林晓东\t\n林晓东"\t林晓东'):
        once = normalise(text).text
        assert once == "林晓东林晓东\t林晓东" and normalise(once).text == once


def test_a_town_leaders_guiding_liaisons_and_villages_and_plan_brackets_of_subjects():
    text = ("中共鲤塘镇委员会　鲤塘镇人民政府关于镇领导班子成员工作分工的通知\n某委发〔2021〕18号\n各村：\n"
            "　　冼静之（党委委员、副镇长）：负责社会事务工作。\n　　分管：社会事务办公室。\n"
            "　　指导联系：镇团委、鲤塘派出所。\n　　驻点村（社区）：下滘村、蚬涌村。\n"
            "　　镇领导班子成员要严格落实“一岗双责”，对驻点村（社区）的工作负领导责任。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("冼静之", "镇团委"), ("冼静之", "鲤塘派出所"), ("冼静之", "下滘村"),
                                         ("冼静之", "蚬涌村")}
    plan = ("关于印发某市农村寄递物流三年行动方案的通知\n某府办发〔2022〕19号\n"
            "　　（一）完善县级物流中心。建成共配中心。（责任主体：各县（市、区）人民政府；督导单位：市邮政管理局／市商务局）\n"
            "　　（二）发展农村电商寄递。培育品牌。（市商务局牵头，市邮政管理局配合；各县（市、区）人民政府负责落实）\n")
    got = {(a.task, a.unit) for d in run(plan) for a in d.assignments}
    assert got == {("完善县级物流中心", "各县（市、区）人民政府"), ("完善县级物流中心", "市邮政管理局"),
                   ("完善县级物流中心", "市商务局"), ("发展农村电商寄递", "市商务局"),
                   ("发展农村电商寄递", "市邮政管理局"), ("发展农村电商寄递", "各县（市、区）人民政府")}


def test_inline_lenticular_labels_and_members_written_affiliation_then_name():
    text = ("某县人民政府关于县政府领导成员工作分工的通知\n某府〔2014〕12号\n各镇：\n"
            "冼明 副县长\n　　【分工】负责农业、林业工作。【分管】县农业局、林业局。【协管】县国土资源局。"
            "【联系】县气象局。【挂钩镇】蕉坑镇。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("冼明", "县农业局"), ("冼明", "县林业局")}
    assert relation(docs, "co_oversees") == {("冼明", "县国土资源局")}
    assert relation(docs, "liaises") == {("冼明", "县气象局"), ("冼明", "蕉坑镇")}
    roster = ("关于调整某乡森林防火指挥部组成人员的通知\n某乡发〔2019〕5号\n"
              "　　指 挥 长：党委副书记、乡长（易峰）\n"
              "　　副指挥长：党委委员、副乡长（熊坚）、派出所所长（汤庆）\n"
              "　　成　　员：党政办主任（刘萱）、卫生院院长（罗斌）、各村（社区）党支部书记\n")
    got = {(m.member, m.role, m.affiliation) for d in run(roster) for m in d.memberships}
    assert got == {("易峰", "指挥长", "党委副书记、乡长"), ("熊坚", "副指挥长", "党委委员、副乡长"),
                   ("汤庆", "副指挥长", "派出所所长"), ("刘萱", "成员", "党政办主任"), ("罗斌", "成员", "卫生院院长"),
                   ("各村（社区）党支部书记", "成员", "")}


def test_brackets_of_main_and_participating_units_in_either_order_and_prose_with_implementers():
    text = ("关于印发某市农村供水保障实施方案的通知\n某政办发〔2020〕9号\n二、重点任务\n"
            "　　（一）推行农村供水收费。推行计量收费。（参与单位：市发展改革委、市财政局；主责单位：市水务局）\n"
            "　　（二）加强水质检测。每年抽检两次。（市卫生健康委、市水务局等按职责分工负责）\n"
            "　　（三）强化水源地保护。由市生态环境局牵头，市水务局配合，各县区人民政府抓好落实，划定保护区。\n"
            "　　（四）落实管护责任。县财政局及其所属单位、县水务局及其下属水管站负责。\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert {("推行农村供水收费", "市水务局"), ("推行农村供水收费", "市发展改革委"), ("推行农村供水收费", "市财政局"),
            ("加强水质检测", "市卫生健康委"), ("加强水质检测", "市水务局"), ("强化水源地保护", "市生态环境局"),
            ("强化水源地保护", "市水务局"), ("强化水源地保护", "各县区人民政府")} <= got
    assert not any(u.startswith(("其所属", "其下属")) or u.endswith("等") for _, u in got)
    division = ("某县人民政府关于县政府领导成员工作分工的通知\n某政〔2018〕4号\n各乡镇：\n"
                "　　副县长　马焘\n　　分管部门：县财政局及其所属单位。\n　　包抓乡镇：石门乡、柳沟镇。\n"
                "　　包抓项目：县城集中供热改造项目。\n")
    docs = run(division)
    assert relation(docs, "oversees") == {("马焘", "县财政局")}
    assert relation(docs, "liaises") == {("马焘", "石门乡"), ("马焘", "柳沟镇")}


def test_members_sharing_one_unit_and_a_full_time_deputy():
    text = ("关于调整市精准扶贫工作领导小组组成人员的通知\n某政办〔2015〕3号\n"
            "　　组　　长：市委副书记、市长秦梁\n　　专职副组长：市人大常委会原副主任聂武\n"
            "　　成　　员：市发改委主任宋群，市财政局局长骆峥、副局长房琴，市农业局局长、党组书记冉明，"
            "各县（市、区）人民政府分管负责同志\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships if m.member_kind == "person"}
    assert got == {("秦梁", "组长", "市委副书记、市长"), ("聂武", "专职副组长", "市人大常委会原副主任"),
                   ("宋群", "成员", "市发改委主任"), ("骆峥", "成员", "市财政局局长"), ("房琴", "成员", "市财政局副局长"),
                   ("冉明", "成员", "市农业局局长、党组书记")}


def test_duties_handed_over_unit_first_with_jiaoyou():
    text = ("某市人民政府关于调整市政府领导同志工作分工的通知\n某政发〔2019〕11号\n各区：\n"
            "　　一、原由段文同志分管的市商务局、市招商局，交由副市长覃舒同志分管。\n"
            "　　二、原由段文同志分管的市文化和旅游局，交由副市长庹新同志分管；市体育局一并交由庹新同志分管。\n"
            "　　三、市应急管理局改由常务副市长郇波同志分管，副市长庹新同志协助分管。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("覃舒", "市商务局"), ("覃舒", "市招商局"), ("庹新", "市文化和旅游局"),
                                          ("庹新", "市体育局"), ("郇波", "市应急管理局")}
    assert relation(docs, "co_oversees") == {("庹新", "市应急管理局")}
    assert not any(w == "段文" for w, _ in relation(docs, "oversees"))


def test_towns_keyed_to_leaders_after_a_dash_and_deadlines_closing_brackets():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2022〕6号\n各乡镇：\n"
            "罗恒　县委副书记、县长\n　　分管单位：县审计局。\n"
            "二、县政府领导包保乡镇（园区）\n　　城关镇、县经济开发区——罗恒\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("罗恒", "城关镇"), ("罗恒", "县经济开发区")}
    plan = ("关于印发某县营商环境提升行动方案的通知\n某政办发〔2023〕8号\n"
            "　　1.深化集成改革。推出20个一件事。（县政务服务中心牵头，县司法局、县数据局配合，2023年12月底前完成）\n"
            "　　2.推行证照电子化。全面应用。（责任单位：县市场监管局、县数据局，2023年10月底前完成）\n"
            "　　3.降低用能成本。落实政策。（县发改局、县经信局按职责分工负责，持续推进）\n")
    got = {(a.task, a.unit) for d in run(plan) for a in d.assignments}
    assert got == {("深化集成改革", "县政务服务中心"), ("深化集成改革", "县司法局"), ("深化集成改革", "县数据局"),
                   ("推行证照电子化", "县市场监管局"), ("推行证照电子化", "县数据局"),
                   ("降低用能成本", "县发改局"), ("降低用能成本", "县经信局")}


def test_rosters_with_names_in_a_right_column_vacancies_and_office_notes():
    text = ("关于调整某县创建卫生县城指挥部组成人员的通知\n某政办函〔2017〕9号\n一、指挥部组成人员\n"
            "　　指　挥　长：县委副书记、县长　　　　　　　　覃达\n"
            "　　成　　　员：县财政局局长　　　　　　　　　　蓝明\n"
            "　　　　　　　　县住房和城乡建设局局长　　　　　　（空缺，暂由副局长黄康负责）\n"
            "　　　　　　　　县环境保护局局长　　　　　　　　　（空缺）\n"
            "　　　　　　　　县教育局局长　　　　　　　　　　　卢玲\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("覃达", "指挥长", "县委副书记、县长"), ("蓝明", "成员", "县财政局局长"),
                   ("黄康", "成员", "县住房和城乡建设局副局长"), ("卢玲", "成员", "县教育局局长")}
    committee = ("关于调整某区全民健身工作委员会组成人员的通知\n某政办秘〔2019〕4号\n"
                 "主　　任：甘霖（区长）\n执行主任：龚峰（副区长）\n"
                 "副 主 任：鲍晖（区文化旅游体育局局长）（兼委员会办公室主任）\n")
    got = {(m.member, m.role, m.affiliation) for d in run(committee) for m in d.memberships if m.role != "主任"}
    assert {("龚峰", "执行主任", "副区长"), ("鲍晖", "副主任", "区文化旅游体育局局长")} <= got
    division = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2021〕3号\n各乡镇：\n"
                "副县长　芮栋\n　　分管单位：县财政局。\n　　协助联系：县人民法院。\n"
                "　　包保乡镇：蓰阳镇、石砬子乡。\n　　包保企业：某某矿业集团有限公司。\n")
    docs = run(division)
    assert relation(docs, "liaises") == {("芮栋", "县人民法院"), ("芮栋", "蓰阳镇"), ("芮栋", "石砬子乡")}


def test_leader_profiles_with_duty_labels_and_pinyin_glosses():
    # a site's leader pages: the post and name on a line, then 工作分工： (no
    # title that says division); some sites gloss rarer characters in pinyin
    text = ("沅陵坪县人民政府 领导信息\n副县长 谭晓川\n"
            "工作分工：负责教育、卫生等工作。分管县教育局、县卫生健康局等单位。联系团县委、县妇联等单位。\n"
            "副县长 覃灿\n工作分工：负责工业工作。分管县工信局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("谭晓川", "县教育局"), ("谭晓川", "县卫生健康局"), ("覃灿", "县工信局")}
    assert relation(docs, "liaises") == {("谭晓川", "团县委"), ("谭晓川", "县妇联")}
    glossed = ("沅陵坪縣人民政府 領導信息\n副縣長 譚曉川\n"
               "工作分工：負責教育、衛(wèi)生等工作。分管縣教育局、縣衛(wèi)生健康局(縣中醫(yī)藥管理局)等單位。"
               "聯(lián)系團縣委等單位。\n")
    docs = run(glossed)
    assert relation(docs, "oversees") == {("谭晓川", "县教育局"), ("谭晓川", "县卫生健康局")}
    assert relation(docs, "liaises") == {("谭晓川", "团县委")}
    assert "卫生" in areas(docs, "谭晓川")


@pytest.mark.parametrize("name, jurisdiction, expected", [
    ("团县委", "沅陵坪县", "共青团沅陵坪县委员会"),
    ("团市委", "沅陵坪市", "共青团沅陵坪市委员会"),
    ("团市委", "沅陵坪县", "团市委"),  # another level's: left as written
    ("县团委", "沅陵坪县", "沅陵坪县共青团委员会"),
])
def test_youth_league_committees_are_not_committees_of_a_committee(name, jurisdiction, expected):
    from extract import units
    assert units.canonical(name, jurisdiction) == expected


def test_township_division_with_village_attachments_and_guidance_marks():
    text = ("中共某镇委员会 某镇人民政府\n关于镇党政领导班子成员工作分工的通知\n某党发〔2020〕2号\n"
            "现将镇党政领导班子成员工作分工通知如下：\n"
            "侯明轩：镇党委委员、副镇长。负责农业农村、水利工作。分管林业站、水利站。挂村：杉木村、竹坪村。\n"
            "庹红梅：副镇长。负责教育、民政工作。分管社会事务办、卫生院（业务指导）。包联村：茶岭村。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("侯明轩", "林业站"), ("侯明轩", "水利站"), ("庹红梅", "社会事务办")}
    assert relation(docs, "liaises") == {("侯明轩", "杉木村"), ("侯明轩", "竹坪村"), ("庹红梅", "卫生院"),
                                         ("庹红梅", "茶岭村")}
    assert not any("业务指导" in a for a in areas(docs, "庹红梅"))


def test_prose_roster_whose_office_deputy_is_named_by_his_post():
    text = ("关于成立区河长制工作领导小组的通知\n某政办〔2017〕31号\n"
            "由区长麦振东任组长，副区长黎达任副组长，区水利局、区财政局主要负责同志为成员。"
            "领导小组办公室设在区水利局，由黎达同志兼任办公室主任，区水利局局长庞远山同志任办公室副主任。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships if m.member_kind == "person"}
    assert ("庞远山", "办公室副主任", "区水利局局长") in got
    assert ("黎达", "办公室主任", "副区长") in got


def test_a_leaders_page_as_an_html_table_names_its_own_district():
    # 主持区政府全面工作 names no district 主持区: the page's government is the one it names
    page = ("<html><head><title>领导之窗_楠岔区人民政府</title></head><body>"
            "<table><tr><th>姓名</th><th>职务</th><th>工作分工</th></tr>"
            "<tr><td>蒙建林</td><td>区委副书记、区长</td><td>主持区政府全面工作，负责审计工作。分管区审计局。</td></tr>"
            "<tr><td>覃丽</td><td>副区长</td><td>负责财政工作。分管区财政局；协助蒙建林同志分管区审计局。</td></tr>"
            "</table><div>版权所有：楠岔区人民政府办公室</div></body></html>")
    from extract.formats import html
    docs = run(html.to_text(page))
    assert {d.jurisdiction for d in docs} == {"楠岔区"}
    assert relation(docs, "oversees") == {("蒙建林", "区审计局"), ("覃丽", "区财政局")}
    assert relation(docs, "co_oversees") == {("覃丽", "区审计局")}


def test_unit_lists_closed_by_gongzuo_and_role_labels_that_name_their_body():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政发〔2026〕2号\n"
            "一、邝成　县委副书记、县长\n　　领导县政府全面工作。分管县审计局工作。\n"
            "二、詹慧　副县长\n　　分管县公安局、县应急管理局工作，并联系县消防救援大队。"
            "协助县长分管县统计局工作。联系县委农村工作办公室。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("邝成", "县审计局"), ("詹慧", "县公安局"), ("詹慧", "县应急管理局")}
    assert relation(docs, "co_oversees") == {("詹慧", "县统计局")}
    assert relation(docs, "liaises") == {("詹慧", "县消防救援大队"), ("詹慧", "县委农村工作办公室")}
    roster = ("关于成立某市扬尘治理工作领导小组的通知\n某政办字〔2016〕4号\n附件\n某市扬尘治理工作领导小组成员名单\n"
              "领导小组组长：滕岳（市长）\n领导小组常务副组长：闵涛（常务副市长）\n"
              "领导小组成员：薄云（市财政局局长）\n　　　　　　　郦平（市环境保护局局长）\n"
              "领导小组办公室主任：郦平（兼）\n")
    got = {(m.member, m.role, m.affiliation) for d in run(roster) for m in d.memberships
           if not m.group.endswith("办公室")}
    assert got == {("滕岳", "组长", "市长"), ("闵涛", "常务副组长", "常务副市长"),
                   ("薄云", "成员", "市财政局局长"), ("郦平", "成员", "市环境保护局局长")}


def test_task_brackets_with_support_verbs_nested_aliases_and_duty_wording():
    text = ("关于印发某省农村改厕行动计划的通知\n某府办发〔2021〕9号\n"
            "　　（一）推进改厕。新建卫生厕所。（省农业农村厅负责，省卫生健康委支持）\n"
            "　　（二）建立运维机制。推行专业化运维。（省住房城乡建设厅牵头组织实施，省水利厅配合，各市〔州〕人民政府落实）\n"
            "　　（三）加强监管。依法查处。（省生态环境厅、省水利厅依职责负责）\n"
            "　　（四）严格考核。开展评估。（省生态环境厅牵头，省委督查室〔省政府督查室〕配合）\n"
            "　　（五）完善担保。由各市（州）政府牵头，争取某某再担保集团等专业化团队支持，制定方案。\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("推进改厕", "省农业农村厅"), ("推进改厕", "省卫生健康委"),
                   ("建立运维机制", "省住房城乡建设厅"), ("建立运维机制", "省水利厅"),
                   ("建立运维机制", "各市〔州〕人民政府"),
                   ("加强监管", "省生态环境厅"), ("加强监管", "省水利厅"),
                   ("严格考核", "省生态环境厅"), ("严格考核", "省委督查室")}
    # (争取…集团支持 in prose: whose support is sought, no unit's task)


@pytest.mark.parametrize("written, expected", [
    ("党风政风监督室、第一、第二纪检监察室", ["党风政风监督室", "第一纪检监察室", "第二纪检监察室"]),
    ("县委第一、第二、第三巡察组", ["县委第一巡察组", "县委第二巡察组", "县委第三巡察组"]),
    ("派驻第四、第五纪检监察组", ["派驻第四纪检监察组", "派驻第五纪检监察组"]),
    ("派驻第九至第十一纪检监察组", ["派驻第九纪检监察组", "派驻第十纪检监察组", "派驻第十一纪检监察组"]),
    ("派驻第一至第二纪检监察组和河口、柳林2个镇纪委",
     ["派驻第一纪检监察组", "派驻第二纪检监察组", "河口镇纪委", "柳林镇纪委"]),
    ("茶山、石门、龙潭三个乡", ["茶山乡", "石门乡", "龙潭乡"]),
    ("城关、河口2个乡镇", ["城关", "河口"]),
    ("县财政局、第一中学", ["县财政局", "第一中学"]),  # one ordinal alone: nothing shared
])
def test_lists_that_write_an_ordinal_noun_or_a_counted_level_once(written, expected):
    from extract import units
    assert [i.text for i in units.items(written)] == expected


def test_a_table_handing_out_suggestions_and_proposals():
    text = ("某市人民政府办公室关于做好2024年建议提案办理工作的通知\n某政办发〔2024〕3号\n附件\n"
            "一、市人大代表建议\n序号\t编号\t标题\t领衔代表\t主办单位\t协办单位\n"
            "1\t建议第0012号\t关于改造老旧小区的建议\t郗明\t市住房和城乡建设局\t市财政局、市自然资源局\n"
            "2\t建议第0058号\t关于建设港口物流园区的建议\t眭朗\t市商务局、市交通运输局（分办）\t——\n"
            "二、市政协委员提案\n序号\t编号\t标题\t提案人\t主办单位\t协办单位\n"
            "1\t提案第0142号\t关于规范校外培训的提案\t蓟清\t市教育局\t无\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("关于改造老旧小区的建议", "市住房和城乡建设局", True),
                   ("关于改造老旧小区的建议", "市财政局", False), ("关于改造老旧小区的建议", "市自然资源局", False),
                   ("关于建设港口物流园区的建议", "市商务局", True), ("关于建设港口物流园区的建议", "市交通运输局", True),
                   ("关于规范校外培训的提案", "市教育局", True)}


def test_change_notices_moving_duties_without_a_comma_and_adding_one():
    text = ("关于调整县政府领导班子成员工作分工的通知\n某政〔2023〕15号\n"
            "一、将原由黎远同志分管的县文化广电和旅游局调整为由岑梅同志分管。\n"
            "二、将原由岑梅同志联系的县妇联、县残联调整为由黎远同志联系。\n"
            "三、新增蒙华同志协助分管县自然资源局。\n其他领导同志分工不变。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("岑梅", "县文化广电和旅游局")}
    assert relation(docs, "liaises") == {("黎远", "县妇联"), ("黎远", "县残联")}
    assert relation(docs, "co_oversees") == {("蒙华", "县自然资源局")}


def test_prose_rosters_role_first_with_by_and_a_members_list_by_baokuo():
    text = ("关于成立某县乡村振兴工作领导小组的通知\n某办发〔2021〕3号\n"
            "领导小组组成人员如下：组长由县委书记韦明担任；副组长由县委副书记、县长黄强，县委常委、副县长罗平担任；"
            "成员由县委办、县财政局、县农业农村局主要负责同志担任。领导小组办公室设在县农业农村局，罗平同志兼任办公室主任。\n")
    got = {(m.member, m.role) for d in run(text) for m in d.memberships if not m.group.endswith("办公室")}
    assert got == {("韦明", "组长"), ("黄强", "副组长"), ("罗平", "副组长"),
                   ("县委办", "成员"), ("县财政局", "成员"), ("县农业农村局", "成员")}
    joint = ("关于建立某县养老服务体系建设联席会议制度的通知\n某政办函〔2022〕6号\n"
             "联席会议由县政府分管副县长任召集人，县民政局局长任副召集人，成员单位包括县民政局、县财政局、县医疗保障局。"
             "联席会议办公室设在县民政局。\n")
    docs = run(joint)
    assert {(m.member, m.role) for d in docs for m in d.memberships} == {
        ("县政府分管副县长", "召集人"), ("县民政局局长", "副召集人"),
        ("县民政局", "成员单位"), ("县财政局", "成员单位"), ("县医疗保障局", "成员单位")}
    # (联席会议由县政府…: no government 联席会议由县 is named)
    assert {d.jurisdiction for d in docs} == {""}


def test_heads_with_a_post_held_besides_and_assisting_a_leader_with_liaison():
    text = ("某县人民政府关于县政府领导班子成员工作分工的通知\n某政〔2018〕2号\n"
            "县委副书记、县长　龚振远\n　　主持县政府全面工作。\n"
            "县委常委、副县长（兼县产业集聚区党工委书记）　瞿飞\n　　负责工业工作。分管县商务局。联系县供电公司。\n"
            "县政府党组成员、县政府办公室主任　郄澜\n　　协助县长联系县人大常委会、县政协。分管县政府办公室。\n")
    docs = run(text)
    assert ("瞿飞", "县产业集聚区党工委书记") in posts(docs) and ("瞿飞", "副县长") in posts(docs)
    assert relation(docs, "oversees") == {("瞿飞", "县商务局"), ("郄澜", "县政府办公室")}
    assert relation(docs, "liaises") == {("瞿飞", "县供电公司"), ("郄澜", "县人大常委会"), ("郄澜", "县政协")}
    assert relation(docs, "assists") == {("郄澜", "龚振远")}


def test_roster_scope_notes_and_names_sharing_one_affiliation():
    text = ("关于调整某区城市更新工作领导小组成员的通知\n某府办发〔2023〕41号\n"
            "　　组　　长：莘远帆　区委副书记、区长\n"
            "　　副 组 长：郜　岚　区政府副区长（分管城乡建设）\n"
            "　　　　　　　佴书华、逄立伟　区政府副区长\n"
            "　　成　　员：亓海宁　区政府办公室主任\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("莘远帆", "组长", "区委副书记、区长"), ("郜岚", "副组长", "区政府副区长"),
                   ("佴书华", "副组长", "区政府副区长"), ("逄立伟", "副组长", "区政府副区长"),
                   ("亓海宁", "成员", "区政府办公室主任")}


def test_plan_brackets_with_guidance_local_duty_and_a_deadline_and_a_group_of_posts_alone():
    text = ("关于印发某市村庄清洁行动实施方案的通知\n某政办发〔2019〕9号\n二、重点任务\n"
            "　　（一）改变不良习惯。开展评选活动。（市妇联牵头，市文明办、团市委配合，各县区政府属地负责）\n"
            "　　（二）推进厕所革命。完成户厕改造。（各县区政府负责，市农业农村局指导，市卫生健康委、市住建局配合；"
            "完成时间：2019年11月底前）\n三、保障措施\n"
            "　　（一）加强组织领导。成立某市村庄清洁行动工作领导小组，由市政府分管副市长任组长，市政府分管副秘书长、"
            "市农业农村局局长任副组长，市直有关部门分管负责同志为成员，领导小组办公室设在市农业农村局。\n")
    docs = run(text)
    got = {(a.task, a.unit) for d in docs for a in d.assignments}
    assert got == {("改变不良习惯", "市妇联"), ("改变不良习惯", "市文明办"), ("改变不良习惯", "团市委"),
                   ("改变不良习惯", "各县区政府"), ("推进厕所革命", "各县区政府"), ("推进厕所革命", "市农业农村局"),
                   ("推进厕所革命", "市卫生健康委"), ("推进厕所革命", "市住建局")}
    assert not [m for d in docs for m in d.memberships]  # a group named by posts alone is no roster


def test_joint_party_government_units_and_baozhua_towns():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政发﹝2019﹞8号\n"
            "靳怀民　县委常委、常务副县长\n　　分管（联系）单位：县政府办公室、县委、县政府督查室、县财政局。\n"
            "　　包抓镇（街道）：城关街道、槐岭镇。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("靳怀民", "县政府办公室"), ("靳怀民", "县委、县政府督查室"),
                                          ("靳怀民", "县财政局")}
    assert relation(docs, "liaises") == {("靳怀民", "城关街道"), ("靳怀民", "槐岭镇")}
    from extract import units
    assert [i.text for i in units.items("县委、县政府")] == ["县委", "县政府"]  # two bodies


def test_a_regions_group_and_joint_meeting_named_by_their_defined_short_names():
    text = ("某某回族自治区人民政府办公厅文件\n某政办发〔2023〕4号\n"
            "某某回族自治区人民政府办公厅\n关于成立自治区数字政府建设领导小组和建立自治区数据共享联席会议制度的通知\n"
            "　　决定成立自治区数字政府建设领导小组（以下简称领导小组），建立自治区数据共享联席会议制度（以下简称联席会议）。\n"
            "　　一、领导小组\n　　㈠组成人员\n　　组　长：喇邦　自治区人民政府副主席\n"
            "　　成　员：撒博　自治区党委网信办副主任\n"
            "　　领导小组办公室设在自治区政务服务管理局。办公室主任由虎岚同志兼任，副主任由麻才同志（自治区政务服务管理局副局长）担任。\n"
            "　　二、联席会议\n"
            "　　联席会议由自治区政务服务管理局、发展改革委、公安厅等3个部门和单位组成。自治区人民政府副秘书长锁川同志任召集人，"
            "自治区政务服务管理局局长虎岚同志任副召集人。"
            "联席会议办公室设在自治区政务服务管理局，冶明同志任办公室主任。\n")
    docs = run(text)
    got = {(m.group, m.member, m.role) for d in docs for m in d.memberships}
    group, joint = "某某回族自治区数字政府建设领导小组", "某某回族自治区数据共享联席会议"
    assert {(group, "喇邦", "组长"), (group, "撒博", "成员"), (joint, "锁川", "召集人"),
            (joint, "自治区政务服务管理局", "成员单位"), (joint, "自治区公安厅", "成员单位")} <= got
    # each office has its own people
    assert (group + "办公室", "麻才", "办公室副主任") in got and (joint + "办公室", "冶明", "办公室主任") in got
    assert (group + "办公室", "冶明", "办公室主任") not in got


def test_task_brackets_written_as_clauses_of_units_and_what_they_do():
    text = ("关于印发某区老旧小区整治实施方案的通知\n某政办发〔2017〕5号\n二、重点任务\n"
            "　　（一）开展摸底。建立项目库。（各街道办事处负责实施，区住房城乡建设局指导）\n"
            "　　（二）改造设施。推进改造。（区住房城乡建设局牵头，区水务局、国网某某供电公司按职能分工负责，"
            "各街道办事处按照属地管理原则负责）\n"
            "　　（三）保障资金。多方筹集。（区财政局负责资金筹措和监管，区审计局负责审计监督）\n"
            "　　（四）加强监管。落实责任。（区住房城乡建设局负责监管，区安监局配合，行业主管部门按职责做好本领域监管工作）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("开展摸底", "各街道办事处", True), ("开展摸底", "区住房城乡建设局", False),
                   ("改造设施", "区住房城乡建设局", True), ("改造设施", "区水务局", False),
                   ("改造设施", "国网某某供电公司", False), ("改造设施", "各街道办事处", False),
                   ("保障资金", "区财政局", True), ("保障资金", "区审计局", False),
                   ("加强监管", "区住房城乡建设局", True), ("加强监管", "区安监局", False)}


def test_a_table_of_county_leaders_and_the_towns_and_projects_they_liaise_with():
    text = ("关于明确县级领导联系乡镇和重点项目的通知\n某政办发〔2021〕12号\n"
            "序号\t县级领导\t职务\t联系乡镇\t联系重点项目\n"
            "1\t黎光\t县委副书记、县长\t城关镇、河口乡\t县城污水处理厂\n"
            "2\t韦鸣\t副县长\t龙潭乡\t——\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("黎光", "城关镇"), ("黎光", "河口乡"), ("韦鸣", "龙潭乡")}
    assert ("黎光", "县长") in posts(docs)


def test_roster_rows_of_one_length_are_no_page_width_cut():
    # five rows of thirteen characters: a roster's rhythm, not a PDF cut at that width
    text = ("某市人民政府办公室关于成立某市河长制工作领导小组的通知\n某政办〔2017〕44号\n"
            "组　长：林卓然　市长\n副组长：许文博　常务副市长\n　　　　方立群　副市长\n"
            "成　员：王涛　市政府副秘书长\n　　　　李雪　市水利局局长\n　　　　张强　市环保局局长\n"
            "　　　　陈静　市住建局局长\n　　　　刘洋　市农业局局长\n"
            "领导小组下设办公室，办公室设在市水利局，李雪同志兼任办公室主任。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if not m.group.endswith("办公室")}
    assert got == {("林卓然", "组长", "市长"), ("许文博", "副组长", "常务副市长"), ("方立群", "副组长", "副市长"),
                   ("王涛", "成员", "市政府副秘书长"), ("李雪", "成员", "市水利局局长"),
                   ("张强", "成员", "市环保局局长"), ("陈静", "成员", "市住建局局长"), ("刘洋", "成员", "市农业局局长")}


def test_prose_heads_name_then_ren_post_without_a_comma():
    text = ("某市人民政府关于林卓然等同志工作分工的通知\n某政〔2018〕2号\n"
            "林卓然同志任市长，主持市政府全面工作，分管市审计局。\n"
            "许文博同志任常务副市长，负责市政府常务工作，分管市财政局，联系市税务局。\n")
    docs = run(text)
    assert posts(docs) == {("林卓然", "市长"), ("许文博", "常务副市长")}
    assert relation(docs, "oversees") == {("林卓然", "市审计局"), ("许文博", "市财政局")}
    assert relation(docs, "liaises") == {("许文博", "市税务局")}


def test_two_groups_with_one_roster_and_their_own_offices():
    text = ("某市人民政府办公室\n关于调整某市创建森林城市工作领导小组和某市创建园林城市工作领导小组组成人员的通知\n"
            "某政办发〔2020〕27号\n"
            "　　决定对两个领导小组（以下分别简称市创森领导小组、市创园领导小组）组成人员进行调整。"
            "两个领导小组实行“两块牌子、一套人马”，组成人员相同。\n"
            "　　组　　长：邴祥　市长\n　　成　　员：苟馨　市林业和草原局局长\n　　　　　　　巫东　市城市管理局局长\n"
            "　　两个领导小组办公室分别设在市林业和草原局、市城市管理局。市创森领导小组办公室主任由苟馨同志兼任；"
            "市创园领导小组办公室主任由巫东同志兼任。\n")
    docs = run(text)
    forest, garden = "某市创建森林城市工作领导小组", "某市创建园林城市工作领导小组"
    got = {(m.group, m.member, m.role) for d in docs for m in d.memberships}
    assert {(g, w, r) for g in (forest, garden) for w, r in (("邴祥", "组长"), ("苟馨", "成员"), ("巫东", "成员"))} <= got
    assert (forest + "办公室", "苟馨", "办公室主任") in got and (garden + "办公室", "巫东", "办公室主任") in got
    assert (forest + "办公室", "巫东", "办公室主任") not in got
    assert {g.name: g.office_host for d in docs for g in d.groups}[garden] == "市城市管理局"


@pytest.mark.parametrize("written, expected", [
    ("市税务局/人民银行某市中心支行", ["市税务局", "人民银行某市中心支行"]),
    ("市财政局，市审计局，市统计局", ["市财政局", "市审计局", "市统计局"]),
    ("市农业农村局及市林业局、市水利局", ["市农业农村局", "市林业局", "市水利局"]),
])
def test_unit_lists_parted_by_slashes_commas_and_ji(written, expected):
    from extract import units
    assert [i.text for i in units.items(written)] == expected


def test_a_forest_districts_two_character_prefix_and_liaison_with_de():
    text = ("某林区人民政府关于林区人民政府领导同志工作分工的通知\n某政发〔2022〕3号\n"
            "綦远帆　林区党委常委、常务副区长\n　　分管林区财政局、统计局、信访局。\n"
            "　　负责与林区人武部、武警某某林区中队的联系工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("綦远帆", "林区财政局"), ("綦远帆", "林区统计局"), ("綦远帆", "林区信访局")}
    assert relation(docs, "liaises") == {("綦远帆", "林区人武部"), ("綦远帆", "武警某某林区中队")}


def test_member_brackets_holding_brackets_and_units_closing_the_list():
    text = ("关于调整某区接诉即办工作领导小组组成人员的通知\n某政办发〔2019〕7号\n"
            "经区政府同意，对某某区接诉即办工作领导小组组成人员进行调整。\n"
            "　　组　　长：綦清（区长）\n"
            "　　成　　员：阙远（区委办公室（区委机要局、区档案局）副主任）、佘澈（区政务服务局局长）、\n"
            "　　　　　　　各街道办事处和各地区办事处主要负责同志\n")
    docs = run(text)
    got = {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    g = "某某区接诉即办工作领导小组"
    assert got == {(g, "綦清", "组长", "区长"), (g, "阙远", "成员", "区委办公室（区委机要局、区档案局）副主任"),
                   (g, "佘澈", "成员", "区政务服务局局长"), (g, "各街道办事处", "成员", ""),
                   (g, "各地区办事处", "成员", "")}


def test_plan_brackets_for_what_was_built_and_private_parties():
    text = ("关于印发某市工程后续管护实施方案的通知\n某政办发〔2016〕9号\n二、管护责任\n"
            "　　（一）危房改造。由受益农牧户自行管护。（主管部门：市住房和城乡建设委员会；管护主体：受益农牧户；"
            "监督单位：各苏木乡镇人民政府）\n"
            "　　（二）便民超市。由经营业主维护。（主管部门：市商务局；管护主体：经营业主）\n"
            "三、保障措施\n　　（一）落实管护经费。纳入预算。（责任单位：市、旗区两级财政部门）\n")
    got = {(a.task, a.unit) for d in run(text) for a in d.assignments}
    assert got == {("危房改造", "市住房和城乡建设委员会"), ("危房改造", "各苏木乡镇人民政府"),
                   ("便民超市", "市商务局"), ("落实管护经费", "市、旗区两级财政部门")}


def test_paired_streets_kinds_of_business_sections_and_serving_a_leader():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2021〕6号\n"
            "郗峤　副区长\n　　联系：人民银行某某支行,银行、保险、证券等金融机构。\n　　对口联系：澶口街道、柳沽镇。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("郗峤", "人民银行某某支行"), ("郗峤", "澶口街道"), ("郗峤", "柳沽镇")}
    office = ("关于县政府办公室领导班子成员工作分工的通知\n某政办〔2017〕2号\n"
              "一、冶昭　县政府办公室主任\n　　分管：人事股、财务股。\n　　对口服务县长祁德同志。\n"
              "二、铁珩　县政府办公室副主任\n　　分管秘书股、档案室工作。\n　　对口服务副县长更登罗藏同志。\n")
    docs = run(office)
    assert relation(docs, "oversees") == {("冶昭", "人事股"), ("冶昭", "财务股"), ("铁珩", "秘书股"), ("铁珩", "档案室")}
    assert relation(docs, "assists") == {("冶昭", "祁德"), ("铁珩", "更登罗藏")}


def test_a_task_force_in_a_plans_measures_and_courts_that_read_like_names():
    text = ("关于印发某区促进首发经济实施方案的通知\n某府办发〔2024〕5号\n二、重点任务\n"
            "　　1.强化保护。依法打击侵权。（区市场监管局（区知识产权局）牵头，区法院、区检察院配合）\n"
            "　　2.建设集聚区。规划场地。（区规划资源局按职责分工负责，区级有关部门配合）\n三、保障措施\n"
            "　　（一）加强统筹协调。成立某某区促进首发经济发展工作专班，由副区长栾澄任组长，"
            "区商务委主任闻人璟任副组长，成员由区发展改革委、区财政局组成。\n")
    docs = run(text)
    got = {(a.task, a.unit) for d in docs for a in d.assignments}
    assert got == {("强化保护", "区市场监管局"), ("强化保护", "区法院"), ("强化保护", "区检察院"),
                   ("建设集聚区", "区规划资源局"), ("建设集聚区", "区级有关部门")}
    members = {(m.member, m.role) for d in docs for m in d.memberships}
    assert members == {("栾澄", "组长"), ("闻人璟", "副组长"), ("区发展改革委", "成员"), ("区财政局", "成员")}


def test_roster_names_without_surnames_homonym_marks_and_aid_notes():
    text = ("关于调整某县转移就业工作领导小组成员的通知\n某政办〔2019〕8号\n"
            "　　组　长：格列　县委副书记、县长\n"
            "　　副组长：闵衡（援藏）　县委常委、常务副县长\n"
            "　　　　　　达瓦（大）　　县人力资源和社会保障局局长\n"
            "　　成　员：达瓦（小）　　县财政局局长\n"
            "　　　　　　尼玛次仁　　　县发展和改革委员会主任\n"
            "　　　　　　拉巴卓玛（女）　县农业农村局局长\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert {("闵衡", "副组长", "县委常委、常务副县长"), ("达瓦（大）", "副组长", "县人力资源和社会保障局局长"),
            ("达瓦（小）", "成员", "县财政局局长"), ("尼玛次仁", "成员", "县发展和改革委员会主任"),
            ("拉巴卓玛", "成员", "县农业农村局局长")} <= got


def test_a_zones_bare_bureaus_after_a_city_branch_and_bare_unit_brackets():
    from extract import units
    assert [i.text for i in units.items("市公安局高新分局、社会事业局、各街道办事处", abbreviated=True)] == \
        ["市公安局高新分局", "社会事业局", "各街道办事处"]
    assert [i.text for i in units.items("县水利局、市生态环境局某某分局、统计局", abbreviated=True)] == \
        ["县水利局", "市生态环境局某某分局", "县统计局"]
    text = ("关于印发某区农村寄递物流体系建设实施方案的通知\n某政办〔2022〕5号\n二、重点任务\n"
            "　　（一）完善物流节点。依托区电子商务公共服务中心（区供销电商运营中心）建设集货仓。"
            "（区商务局、区交通运输局、邮政某某区分公司，各乡镇（街道））\n"
            "　　（二）推进寄递数字化。推广信息管理平台，实现包裹可追溯。\n"
            "（区工信局、区商务局）\n"
            "　　（三）规范市场秩序。加强对快递末端网点（含代收点）的日常监管。（区市场监管局、区直有关单位）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("完善物流节点", "区商务局", True), ("完善物流节点", "区交通运输局", False),
                   ("完善物流节点", "邮政某某区分公司", False), ("完善物流节点", "各乡镇（街道）", False),
                   ("推进寄递数字化", "区工信局", True), ("推进寄递数字化", "区商务局", False),
                   ("规范市场秩序", "区市场监管局", True), ("规范市场秩序", "区直有关单位", False)}


def test_a_bureaus_group_with_teams_named_like_inspection_groups_and_titles_of_address():
    text = ("某市住房和城乡建设局关于成立某市住房和城乡建设局疫情防控工作领导小组的通知\n某建〔2020〕3号\n"
            "　　一、领导小组组成人员\n　　组　长：栾季川　局党组书记、局长\n"
            "　　成　员：郏明远　局办公室主任\n　　　　　　戈丽娜　市城建档案馆馆长\n　　　　　　局属各单位主要负责人\n"
            "　　二、领导小组下设工作组\n"
            "　　（一）督导检查组。组长：郇立平书记；成员：晏晓峰、邰宏伟。负责督导检查。\n")
    docs = run(text)
    assert {d.jurisdiction for d in docs} == {"某市"}  # (住房和城乡 is no township)
    group = "某市住房和城乡建设局疫情防控工作领导小组"
    got = {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    assert {(group, "戈丽娜", "成员", "市城建档案馆馆长"), (group, "局属各单位", "成员", ""),
            (group + "督导检查组", "郇立平", "组长", ""), (group + "督导检查组", "晏晓峰", "成员", "")} <= got


def test_bodies_being_set_up_and_former_bodies_in_a_division():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2019〕4号\n"
            "荀岚　副区长\n　　分管：区农业农村局、区自然资源局（筹）、区行政审批服务局（暂定名）。"
            "区自然资源局（筹）正式挂牌前，分管原区国土资源局。\n")
    assert relation(run(text), "oversees") == {("荀岚", "区农业农村局"), ("荀岚", "区自然资源局"),
                                               ("荀岚", "区行政审批服务局"), ("荀岚", "区国土资源局")}


def test_a_report_breakdown_whose_sections_name_the_lead():
    text = ("关于印发2021年市政府工作报告重点工作任务分解的通知\n某政办发〔2021〕5号\n"
            "一、市发展和改革局牵头（2项）\n"
            "　　1.完成固定资产投资85亿元。（配合单位：市自然资源局、市住建局）\n"
            "　　2.高质量完成规划编制工作。\n"
            "二、市工业和信息化局牵头（1项）\n"
            "　　3.新建5G基站260座。（配合单位：市通信发展办公室）\n"
            "三、市农业农村局牵头（1项）\n"
            "　　4.巩固脱贫成果。（与市乡村振兴局共同牵头；配合单位：市财政局、各乡（镇）人民政府、街道办事处）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("完成固定资产投资85亿元", "市发展和改革局", True), ("完成固定资产投资85亿元", "市自然资源局", False),
                   ("完成固定资产投资85亿元", "市住建局", False), ("高质量完成规划编制工作", "市发展和改革局", True),
                   ("新建5G基站260座", "市工业和信息化局", True), ("新建5G基站260座", "市通信发展办公室", False),
                   ("巩固脱贫成果", "市农业农村局", True), ("巩固脱贫成果", "市乡村振兴局", True),
                   ("巩固脱贫成果", "市财政局", False), ("巩固脱贫成果", "各乡（镇）人民政府", False),
                   ("巩固脱贫成果", "街道办事处", False)}


def test_a_standalone_task_force_with_transliterated_names_in_half_width_brackets():
    text = ("某市人民政府办公室\n关于成立某市设施农业提质增效工作专班的通知\n某政办函〔2020〕38号\n"
            "决定成立某市设施农业提质增效工作专班(以下简称专班)。现将有关事项通知如下:\n一、专班组成人员\n"
            "主任:艾尔西丁·库尔班(市政府副市长)\n副主任:巩立新(市政府副秘书长)\n"
            "成员:努尔买买提·阿布拉(市发改委党组副书记、主任)\n昝红军(市财政局党组书记、局长)\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("艾尔西丁·库尔班", "主任", "市政府副市长"), ("巩立新", "副主任", "市政府副秘书长"),
                   ("努尔买买提·阿布拉", "成员", "市发改委党组副书记、主任"), ("昝红军", "成员", "市财政局党组书记、局长")}


def test_heads_whose_post_is_padded_to_a_width():
    text = ("某区人民政府关于区政府领导成员工作分工的通知\n某府〔2016〕8号\n"
            "　　区　　　长　　麦振鹏\n　　领导区政府全面工作。\n　　分管部门：区审计局。\n"
            "　　副　区　长　　王　敏\n　　分管部门：区民政局。\n　　挂点联系：澫头村委会、海榆社区居委会。\n"
            "　　副 区 长　　陈　锐\n　　分管部门：区农林水务局。\n")
    docs = run(text)
    assert posts(docs) == {("麦振鹏", "区长"), ("王敏", "副区长"), ("陈锐", "副区长")}
    assert relation(docs, "oversees") == {("麦振鹏", "区审计局"), ("王敏", "区民政局"), ("陈锐", "区农林水务局")}
    assert relation(docs, "liaises") == {("王敏", "澫头村委会"), ("王敏", "海榆社区居委会")}


def test_a_chain_chief_schemes_leaders_and_their_posts():
    text = ("关于印发某县重点产业链链长制工作方案的通知\n某府办字〔2022〕9号\n二、链长设置\n"
            "　　县委书记邝远同志、县长晏华同志任总链长。\n"
            "　　（一）电子信息产业链\n　　链长：晏华（县委副书记、县长）\n"
            "　　牵头部门：县工业和信息化局\n　　（二）新型建材产业链\n　　链长：殷群（县委常委、常务副县长）\n"
            "　　副链长：祁澜（县人大常委会副主任）\n")
    docs = run(text)
    assert posts(docs) == {("邝远", "县委书记"), ("晏华", "县长"), ("晏华", "县委副书记"), ("殷群", "县委常委"),
                           ("殷群", "常务副县长"), ("祁澜", "县人大常委会副主任")}
    assert not any(o.relation == "oversees" for d in docs for o in d.oversight)


@pytest.mark.parametrize("issuer, expected", [
    ("湝州市住房和城乡建设局", "湝州市"),  # 住房和城乡 is no township
    ("清和市人民政府", "清和市"),          # a place may hold 和
    ("太和县人民政府办公室", "太和县"),
    ("某市城乡建设局", "某市"),
])
def test_the_jurisdiction_of_issuers_with_he_or_chengxiang(issuer, expected):
    from extract.segment import jurisdiction_of
    assert jurisdiction_of(issuer) == expected


def test_closing_duties_of_all_leaders_former_members_and_rare_surnames():
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2018〕6号\n"
            "（一）县委常委、常务副县长檀振邦\n　　负责财政工作。分管县财政局。\n"
            "四、毋建业（副县长）\n　　分管：县水利局、县乡村振兴局及其下属单位。\n"
            "　　各分管领导要按照“一岗双责”要求，抓好分管领域的安全生产工作。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("檀振邦", "县财政局"), ("毋建业", "县水利局"), ("毋建业", "县乡村振兴局")}
    assert not [a for a in areas(docs, "毋建业") if "安全生产" in a]
    roster = ("关于调整某市秸秆禁烧工作领导小组成员的通知\n某政办发〔2020〕4号\n"
              "组　长：巩立　市长\n成　员：邸平　市农业农村局局长（新增）\n"
              "原领导小组成员单杰、乔芬同志因工作变动，不再担任领导小组成员。\n")
    got = {(m.member, m.role) for d in run(roster) for m in d.memberships}
    assert got == {("巩立", "组长"), ("邸平", "成员")}


def test_numbered_role_headings_and_units_led_respectively():
    text = ("关于成立某街道老旧小区改造工作领导小组的通知\n某街发〔2024〕3号\n一、领导小组组成人员\n"
            "　　（一）组长\n　　郦文斌　　街道党工委书记\n　　（二）成员\n　　姬永康　　街道城市管理办公室主任\n"
            "　　各社区党组织书记\n")
    got = {(m.member, m.role) for d in run(text) for m in d.memberships}
    assert got == {("郦文斌", "组长"), ("姬永康", "成员"), ("各社区党组织书记", "成员")}
    plan = ("关于印发2025年区政府工作报告任务分解的通知\n某政办发〔2025〕2号\n"
            "　　1.固定资产投资增长8%。\n责任单位：区发改局、区经信局（列第一位为牵头单位，下同）\n"
            "　　2.城乡居民收入分别增长6%、7%。\n责任单位：区人力社保局、区农业农村局分别牵头，区财政局\n")
    got = {(a.task, a.unit) for d in run(plan) for a in d.assignments}
    assert got == {("固定资产投资增长8%", "区发改局"), ("固定资产投资增长8%", "区经信局"),
                   ("城乡居民收入分别增长6%、7%", "区人力社保局"), ("城乡居民收入分别增长6%、7%", "区农业农村局"),
                   ("城乡居民收入分别增长6%、7%", "区财政局")}


def test_assisting_two_leaders_huitong_brackets_and_a_fields_label():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某政〔2021〕3号\n曲德彰：市长\n　　领导市政府全面工作。\n"
            "甄慕白：常务副市长\n　　负责市政府常务工作。\n"
            "庾晴川：副市长\n　　分管工作：工业工作；审计、机构编制工作；协助市长和常务副市长负责招商引资工作。\n"
            "　　分管部门：市工业和信息化局。\n")
    docs = run(text)
    assert relation(docs, "assists") == {("庾晴川", "曲德彰"), ("庾晴川", "甄慕白")}
    assert {"审计", "机构编制"} <= set(areas(docs, "庾晴川"))
    assert any("招商引资" in a for a in areas(docs, "庾晴川"))
    assert relation(docs, "oversees") == {("庾晴川", "市工业和信息化局")}
    plan = ("关于印发某市全民健身实施方案的通知\n某政办发〔2019〕7号\n"
            "　　（一）推动场地开放。有序开放学校场地。（市教育局会同市体育局、市财政局负责）\n"
            "　　（二）规范市场秩序。加强监督检查。（市市场监管局会同有关部门负责）\n")
    got = {(a.task, a.unit, a.lead) for d in run(plan) for a in d.assignments}
    assert got == {("推动场地开放", "市教育局", True), ("推动场地开放", "市体育局", False),
                   ("推动场地开放", "市财政局", False), ("规范市场秩序", "市市场监管局", True)}


def test_a_roster_table_with_row_numbers_a_sex_column_and_empty_role_cells():
    text = ("关于成立某县环境整治工作领导小组的通知\n某政办〔2021〕9号\n附件\n某县环境整治工作领导小组成员名单\n"
            "序号　　职　务　　姓　名　　性别　　工作单位及职务\n"
            " 1　　　组　长　　骞文博　　男　　　县委副书记、县长\n"
            " 2　　　副组长　　郗晓岚　　女　　　县委常委、常务副县长\n"
            " 3　　　　　　　　雒　川　　男　　　副县长\n"
            " 4　　　成　员　　蒯志远　　男　　　县政府办公室主任\n"
            " 5　　　　　　　　喻晓峰　　男　　　县发展和改革局局长\n"
            " 6　　　　　　　　乜秀英　　女　　　县自然资源局局长\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("骞文博", "组长", "县委副书记、县长"), ("郗晓岚", "副组长", "县委常委、常务副县长"),
                   ("雒川", "副组长", "副县长"), ("蒯志远", "成员", "县政府办公室主任"),
                   ("喻晓峰", "成员", "县发展和改革局局长"), ("乜秀英", "成员", "县自然资源局局长")}


def test_a_division_by_sector_with_a_helping_leader():
    text = ("某县人民政府关于县政府领导班子成员工作分工的通知\n某政〔2016〕2号\n"
            "　　一、综合经济板块\n　　负责领导：县委常委、常务副县长　逄谦\n"
            "　　工作范围：负责县政府常务工作；负责发展改革、财政工作。\n　　分管部门：县发展和改革局、县财政局\n"
            "　　二、国土和城乡建设板块\n　　负责领导：常务副县长　逄谦\n　　协助领导：副县长　褚溪\n"
            "　　工作范围：负责国土资源、交通运输工作。\n　　分管部门：县国土资源局、县交通运输局\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("逄谦", "县发展和改革局"), ("逄谦", "县财政局"),
                                          ("逄谦", "县国土资源局"), ("逄谦", "县交通运输局")}
    assert relation(docs, "co_oversees") == {("褚溪", "县国土资源局"), ("褚溪", "县交通运输局")}
    assert relation(docs, "assists") == {("褚溪", "逄谦")}
    assert {"国土资源", "交通运输"} <= set(areas(docs, "褚溪"))
    assert ("逄谦", "常务副县长") in posts(docs) and ("褚溪", "副县长") in posts(docs)


def test_honorary_heads_tasks_given_units_by_their_numbers_and_unnamed_streets():
    roster = ("关于调整某市创建文明城市工作领导小组的通知\n某政办〔2022〕5号\n"
              "名誉组长：宓泽　市委书记\n组　　长：柯舒　市长\n成　　员：潘懿　市文化广电旅游局局长\n")
    got = {(m.member, m.role) for d in run(roster) for m in d.memberships}
    assert got == {("宓泽", "名誉组长"), ("柯舒", "组长"), ("潘懿", "成员")}
    plan = ("关于印发某区老旧小区改造实施方案的通知\n某政办发〔2025〕3号\n二、重点任务\n"
            "　　（一）改造水电。更新管网。\n　　（二）整治环境。清理杂物。\n"
            "　　以上第（一）至（二）项任务由区住房和城乡建设局牵头，区财政局配合，各街道办事处具体落实。\n"
            "　　（三）完善服务。建设服务站。（牵头单位：区民政局；责任单位：区住房和城乡建设局、相关街道办事处）\n")
    got = {(a.task, a.unit) for d in run(plan) for a in d.assignments}
    assert got == {("改造水电", "区住房和城乡建设局"), ("改造水电", "区财政局"), ("改造水电", "各街道办事处"),
                   ("整治环境", "区住房和城乡建设局"), ("整治环境", "区财政局"), ("整治环境", "各街道办事处"),
                   ("完善服务", "区民政局"), ("完善服务", "区住房和城乡建设局")}


# --------------------------------------------------------------------------- fifty-ninth unseen batch

def test_village_leaders_with_their_villages_in_brackets_and_the_area_head():
    text = ("中共某镇委员会　某镇人民政府关于镇领导班子成员联片联村的通知\n某委〔2019〕4号\n"
            "　　一、班子成员工作分工\n　　（一）镇长　岑砚\n　　分管：镇财政所。\n"
            "　　（二）副镇长　符澄\n　　分管：镇农业农村办公室。\n"
            "　　二、联片联村安排\n　　（一）南岙片（联片领导：岑砚）\n"
            "　　联村领导：岑砚（南岙村）、符澄（北坑村、上塘社区）\n"
            "　　农村工作指导员：邝一帆（南岙村）、骆晓（北坑村）\n"
            "　　（二）西岭片\n　　挂村领导：符澄（西岭村）\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("岑砚", "南岙村"), ("岑砚", "北坑村"), ("岑砚", "上塘社区"),
                                         ("符澄", "北坑村"), ("符澄", "上塘社区"), ("符澄", "西岭村")}


def test_a_roster_change_table_gives_the_holders_after_the_change():
    text = ("某某土家族苗族自治州人民政府办公室关于调整州防汛抗旱指挥部部分成员的通知\n某州办发〔2018〕7号\n"
            "　　因人事变动，现将州防汛抗旱指挥部部分成员调整如下：\n"
            "职　务　　调整前　　　　　　　　调整后　　　　　　　　备　注\n"
            "指挥长　　岑远（州长）　　　　　韦澄（州长）\n"
            "副指挥长　符砚（副州长）　　　　符砚（常务副州长）　　职务变动\n"
            "成　员　　—　　　　　　　　　　蓝舟（州水利局局长）　增补\n"
            "成　员　　骆一（州气象局局长）　—　　　　　　　　　　不再担任\n"
            "　　调整后，指挥部办公室仍设在州水利局。\n")
    docs = run(text)
    got = {(m.group, m.member, m.role, m.affiliation) for d in docs for m in d.memberships}
    group = "某某土家族苗族自治州防汛抗旱指挥部"
    assert got == {(group, "韦澄", "指挥长", "州长"), (group, "符砚", "副指挥长", "常务副州长"),
                   (group, "蓝舟", "成员", "州水利局局长")}
    assert {g.office_host for d in docs for g in d.groups if g.name == group} == {"州水利局"}


def test_an_autonomous_places_own_bodies_take_no_level_prefix():
    text = ("某某苗族侗族自治州人民政府关于州政府领导同志工作分工的通知\n某州发〔2017〕8号\n"
            "韦澄　副州长\n分管：州交通运输局。\n联系：州工商联、某某供电局、某某军分区。\n")
    assert relation(run(text), "liaises") == {("韦澄", "州工商联"), ("韦澄", "某某供电局"), ("韦澄", "某某军分区")}


@pytest.mark.parametrize("written, expected", [
    ("财政审计一处、二处，税收审计处", ["财政审计一处", "财政审计二处", "税收审计处"]),
    ("经济责任审计一、二、三处，行政事业审计处", ["经济责任审计一处", "经济责任审计二处", "经济责任审计三处",
                                             "行政事业审计处"]),
    ("刑事审判一庭、二庭", ["刑事审判一庭", "刑事审判二庭"]),
    # a run that does not count up one by one is no run
    ("督查一处、三处", ["督查一处", "三处"]),
])
def test_numbered_sibling_sections_written_once(written, expected):
    from extract import units
    assert [it.text for it in units.items(written)] == expected


def test_a_chief_professional_officer_heads_his_block():
    text = ("某省审计厅关于厅领导班子成员工作分工的通知\n某审发〔2021〕3号\n"
            "　　一、党组书记、厅长　岑远\n　　主持厅全面工作。\n　　分管：办公室、人事教育处。\n"
            "　　二、党组成员、总审计师　闾丘澈\n　　负责审计质量控制工作。\n　　分管：电子数据审计处、法规处。\n")
    docs = run(text)
    assert ("闾丘澈", "总审计师") in posts(docs)
    assert relation(docs, "oversees") >= {("闾丘澈", "电子数据审计处"), ("闾丘澈", "法规处")}


def test_a_plan_numbered_by_decimals_with_a_post_roster_and_work_groups():
    text = ("岭川县人民政府办公室关于印发岭川县森林火灾应急预案的通知\n岭政办发〔2018〕9号\n"
            "2　组织指挥体系\n2.1　县森林防火指挥部\n"
            "　　县人民政府设立岭川县森林防火指挥部。组成如下：\n"
            "　　指 挥 长：县人民政府分管副县长\n"
            "　　成　　员：县应急管理局、县林业局、岭川供电局、县公安局分管负责同志，事发地乡（镇）人民政府主要负责同志。\n"
            "2.2　县指挥部办公室\n　　县指挥部下设办公室，办公室设在县林业局。\n"
            "2.3　应急工作组\n2.3.1　扑救组\n　　牵头单位：县林业局\n　　成员单位：县公安局、事发地乡（镇）人民政府\n")
    docs = run(text)
    groups = {g.name for d in docs for g in d.groups}
    assert {"岭川县森林防火指挥部", "岭川县森林防火指挥部扑救组"} <= groups
    got = {m.member for d in docs for m in d.memberships if m.group == "岭川县森林防火指挥部"}
    assert {"县应急管理局", "县林业局", "岭川供电局", "县公安局"} <= got
    assert not any("指挥部办公室" in m or "事发地" in m for m in got)
    assert not any("事发地" in m.member for d in docs for m in d.memberships)


def test_a_joint_meeting_set_up_by_articles():
    text = ("某市人民政府办公室关于建立某市防范非法集资工作联席会议制度的通知\n某政办发〔2016〕5号\n"
            "第一章　总　　则\n"
            "　　第一条　建立某市防范非法集资工作联席会议（以下简称联席会议）制度。\n"
            "第二章　组织机构\n"
            "　　第三条　联席会议由市政府副市长岑远同志担任召集人，市金融办主任符澄同志担任副召集人。\n"
            "　　第四条　联席会议成员单位由市委宣传部、市公安局、财政局、人民银行某市中心支行组成，共4个成员单位。"
            "各成员单位分管负责同志为联席会议成员。\n")
    docs = run(text)
    name = "某市防范非法集资工作联席会议"
    assert {g.name for d in docs for g in d.groups if g.kind == "joint_meeting"} == {name}
    got = {(m.member, m.role) for d in docs for m in d.memberships if m.group == name}
    assert {("岑远", "召集人"), ("符澄", "副召集人"), ("市委宣传部", "成员单位"), ("市财政局", "成员单位"),
            ("人民银行某市中心支行", "成员单位")} <= got


def test_verbs_inside_a_field_or_a_unit_name():
    text = ("某县人民政府关于县政府领导成员工作分工的通知\n某政发〔2015〕5号\n"
            "　　副县长　岑远\n　　负责工业、招商引资、领导干部联系服务企业工作。负责联系服务专家人才工作。\n"
            "　　分管县工业和信息化局、县重点项目协调服务中心。\n"
            "　　负责联系县总工会、团县委。\n　　联系指导东岭镇、西坪乡。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("岑远", "县总工会"), ("岑远", "团县委"), ("岑远", "东岭镇"), ("岑远", "西坪乡")}
    assert relation(docs, "oversees") == {("岑远", "县工业和信息化局"), ("岑远", "县重点项目协调服务中心")}
    got = areas(docs, "岑远")
    assert any("领导干部联系服务企业" in a for a in got) and any("联系服务专家人才" in a for a in got)
    assert not any(a.startswith(("县总工会", "团县委", "干部")) for a in got)


# --------------------------------------------------------------------------- texts cut at a page's width

def _pdf_wrap(text: str, cols: int) -> str:
    from pdf_writer import cut_at_width
    return cut_at_width(text, cols)


_SHORT_LINED = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2021〕3号\n各乡镇人民政府，县政府各部门：\n"
                "县长　岑远\n　　主持县政府全面工作。\n　　分管：县审计局。\n"
                "常务副县长　符澄\n　　负责县政府常务工作；负责发展改革、财政、统计、国有资产、机关事务、应急管理工作。\n"
                "　　分管：县政府办公室、县发展和改革局、县财政局、县统计局、县国有资产事务中心、县机关事务服务中心、县应急管理局。\n"
                "　　联系：县税务局,人民银行某县支行,国家统计局某县调查队,县农村商业银行,县供电公司。\n"
                "副县长　蓝舟\n　　负责教育、卫生健康工作。\n　　分管：县教育局、县卫生健康局。\n　　联系：县总工会。\n"
                "副县长　骆一\n　　负责公安、司法工作。\n　　分管：县公安局、县司法局。\n　　联系：县人民法院。\n"
                "副县长　韦澄\n　　负责农业农村、水利、林业、乡村振兴、生态环境、自然资源工作。\n"
                "　　分管：县农业农村局、县水利局、县林业局、县乡村振兴服务中心、县自然资源局。\n　　联系：县气象局。\n")


@pytest.mark.parametrize("cols, ascii_marks", [(None, False), (40, False), (56, False), (72, False),
                                               (None, True), (56, True), (72, True)])
def test_a_division_cut_at_a_pages_width_among_many_short_lines(cols, ascii_marks):
    # most lines are short labelled ones, only the long paragraphs run over:
    # the cut lines are too few to be most, but no line is wider than they are;
    # a list of units alone (、 only) and a line holding ASCII commas (more
    # characters in the same width) run on as well
    # (typed with ASCII marks, most lines hold more characters in the same width)
    text = _SHORT_LINED.translate(str.maketrans("，；：", ",;:")) if ascii_marks else _SHORT_LINED
    text = text if cols is None else _pdf_wrap(text, cols)
    docs = run(text)
    assert {t for w, t in relation(docs, "oversees") if w == "符澄"} == {
        "县政府办公室", "县发展和改革局", "县财政局", "县统计局", "县国有资产事务中心", "县机关事务服务中心", "县应急管理局"}
    assert {t for w, t in relation(docs, "liaises") if w == "符澄"} == {
        "县税务局", "人民银行某县支行", "国家统计局某县调查队", "县农村商业银行", "县供电公司"}
    assert {t for w, t in relation(docs, "oversees") if w == "韦澄"} == {
        "县农业农村局", "县水利局", "县林业局", "县乡村振兴服务中心", "县自然资源局"}


# --------------------------------------------------------------------------- sixtieth unseen batch

def test_a_task_table_copied_with_single_spaces_between_cells():
    text = ("某省人民政府办公厅关于印发某省数字乡村建设方案的通知\n某政办发〔2019〕40号\n附件\n重点任务分工表\n"
            "序号 重点任务 牵头单位 配合单位 完成时限\n一、夯实基础\n"
            "1 建设乡村光纤网络 省通信管理局、省农业农村厅 省财政厅、中国铁塔某省分公司 2019年12月底前\n"
            "2 开放公共设施 省机关事务管理局 省交通运输厅、省文化和旅游厅、 2020年6月底前\n各市（州）人民政府\n"
            "3 推进远程医疗 省卫生健康委 2020年12月底前\n"
            "4 5G进村入户 省发展改革委 省能源局 持续推进\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("建设乡村光纤网络", "省通信管理局", True), ("建设乡村光纤网络", "省农业农村厅", True),
                   ("建设乡村光纤网络", "省财政厅", False), ("建设乡村光纤网络", "中国铁塔某省分公司", False),
                   ("开放公共设施", "省机关事务管理局", True), ("开放公共设施", "省交通运输厅", False),
                   ("开放公共设施", "省文化和旅游厅", False), ("开放公共设施", "各市（州）人民政府", False),
                   ("推进远程医疗", "省卫生健康委", True),
                   ("5G进村入户", "省发展改革委", True), ("5G进村入户", "省能源局", False)}


def test_a_roster_run_into_one_string():
    text = ("某市人民政府办公室关于成立某市智慧城市建设领导小组的通知\n某政办发〔2015〕9号\n"
            "组长：柯远舟市委副书记、市长副组长：甘启明市委常委、常务副市长欧阳若溪副市长成员：钟牧远市政府副秘书长、"
            "市政府办公室主任戴朔市发展改革委主任谭慕石洑州日报社社长包晴中国电信洑州分公司总经理"
            "各县（市、区）人民政府分管负责同志\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if m.group == "某市智慧城市建设领导小组"}
    assert got == {("柯远舟", "组长", "市委副书记、市长"), ("甘启明", "副组长", "市委常委、常务副市长"),
                   ("欧阳若溪", "副组长", "副市长"), ("钟牧远", "成员", "市政府副秘书长、市政府办公室主任"),
                   ("戴朔", "成员", "市发展改革委主任"), ("谭慕石", "成员", "洑州日报社社长"),
                   ("包晴", "成员", "中国电信洑州分公司总经理"), ("各县（市、区）人民政府", "成员", "")}


def test_posts_given_only_by_an_annex_list_of_the_leaders():
    text = ("某县人民政府关于县人民政府领导成员工作分工的通知\n某政发〔2020〕2号\n"
            "　　一、岑远同志：主持县人民政府全面工作。分管县审计局。\n"
            "　　二、符澄同志：负责县人民政府常务工作；协助县长负责审计工作。分管县财政局。\n"
            "　　三、蓝舟同志：负责农业农村工作。分管县农业农村局。协助常务副县长分管县机关事务服务中心。\n"
            "　　附件：某县人民政府领导成员名单\n某县人民政府\n2020年3月9日\n附件\n某县人民政府领导成员名单\n"
            "　　县委副书记、县长：岑远\n　　县委常委、常务副县长：符澄\n　　副县长：蓝舟、骆一（挂职）\n")
    docs = run(text)
    assert posts(docs) == {("岑远", "县委副书记"), ("岑远", "县长"), ("符澄", "县委常委"), ("符澄", "常务副县长"),
                           ("蓝舟", "副县长")}
    assert relation(docs, "assists") == {("符澄", "岑远"), ("蓝舟", "符澄")}


def test_working_teams_with_lead_leaders_and_lead_units():
    text = ("某区人民政府办公室关于调整某区新型冠状病毒感染的肺炎疫情防控指挥部组成人员的通知\n某政办〔2020〕6号\n"
            "　　经区政府研究，设立某区新型冠状病毒感染的肺炎疫情防控指挥部（以下简称区指挥部）。\n"
            "　　一、区指挥部组成人员\n　　指 挥 长：岑远　区长\n"
            "　　成　　员：区政府办公室、区卫生健康委员会主要负责同志。\n"
            "　　区指挥部办公室设在区卫生健康委员会，区卫生健康委员会主任符澄同志兼任办公室主任。\n"
            "　　二、工作组\n　　（一）物资保障组\n　　牵头领导：宰正清\n　　协助领导：柘海燕\n"
            "　　组长单位：区发展和改革委员会\n　　组　　员：区财政局、商务局及区直有关部门\n"
            "　　主要职责：负责防控物资调配。\n")
    got = {(m.group, m.member, m.role) for d in run(text) for m in d.memberships if not m.role.startswith("办公室")}
    main, team = "某区新型冠状病毒感染的肺炎疫情防控指挥部", "某区新型冠状病毒感染的肺炎疫情防控指挥部物资保障组"
    assert got == {(main, "岑远", "指挥长"), (main, "区政府办公室", "成员"), (main, "区卫生健康委员会", "成员"),
                   (team, "宰正清", "牵头领导"), (team, "柘海燕", "协助领导"), (team, "区发展和改革委员会", "组长单位"),
                   (team, "区财政局", "组员"), (team, "区商务局", "组员")}


def test_a_plan_task_line_with_a_lead_leader_label_is_no_team():
    # (the labels a working team uses are a plan's task labels too: no roster here)
    text = ("某市人民政府办公室关于印发某市文旅消费实施方案的通知\n某政办发〔2025〕4号\n"
            "　　1.开展文旅惠民活动。组织主题活动。\n"
            "　　牵头领导：郑启航　牵头单位：市文化广电旅游局　配合单位：市商务局\n")
    docs = run(text)
    assert not [m for d in docs for m in d.memberships]
    assert {(a.unit, a.lead) for d in docs for a in d.assignments} == {("市文化广电旅游局", True), ("市商务局", False)}


def test_a_roster_of_seats_by_unit_and_post_without_names():
    text = ("某市人民政府办公室关于印发某市银发经济行动方案的通知\n某政办字〔2024〕20号\n"
            "　　（一）扩大助餐服务。（责任单位：市民政局、市财政局，各区县政府（功能区管委会））\n"
            "附件\n某市发展银发经济工作领导小组成员名单\n"
            "　小组职务　工作单位　　　　　　　　　　　单位职务\n"
            "　组　　长　市政府　　　　　　　　　　　　副市长\n"
            "　副 组 长　市民政局　　　　　　　　　　　局长\n"
            "　成　　员　市财政局　　　　　　　　　　　副局长\n"
            "　　　　　　　　　　　　　　　　　　　　　四级调研员\n"
            "　　　　　　市人力资源社会保障局　　　　　副局长\n"
            "　　　　　　市体育局　　　　　　　　　　　分管负责同志\n")
    docs = run(text)
    got = {(m.member, m.member_kind, m.role) for d in docs for m in d.memberships}
    assert got == {("市政府副市长", "post", "组长"), ("市民政局局长", "post", "副组长"),
                   ("市财政局副局长", "post", "成员"), ("市财政局四级调研员", "post", "成员"),
                   ("市人力资源社会保障局副局长", "post", "成员"), ("市体育局", "unit", "成员")}
    assert {a.unit for d in docs for a in d.assignments} == {"市民政局", "市财政局", "各区县政府（功能区管委会）"}


def test_a_cut_text_beside_a_drawn_table_still_runs_on():
    # the rows of a table drawn with bars are no lines of the page's text:
    # longer than its width, they do not hide that the prose was cut
    body = ("3.分管县发展和改革局、县财政局、县统计局、县国有资产事务服务中心、县应急管理局、县机关事务服务中心。"
            "4.联系县税务局、人民银行某县支行、国家统计局某县调查队、县农村商业银行、县供电公司、县邮政分公司。")
    text = ("某县人民政府关于县政府领导同志工作分工的通知\n某政〔2023〕2号\n"
            "常务副县长　卓远\n1.负责县政府常务工作；负责发展改革、财政、税务、统计、国有资产、应急管理、安全生产、机关事务工作。\n"
            + body + "\n"
            "副县长、县公安局局长　庞文\n1.负责公安、司法、信访、退役军人事务、社会治安综合治理、平安建设、禁毒工作。\n"
            "2.分管县公安局、县司法局、县信访局、县退役军人事务局。联系县人民法院、县人民检察院、县消防救援大队。\n")
    table = ("| 序号 | A角 | B角 | 工作内容 |\n"
             "| 1 | 常务副县长 卓远 | 副县长、县公安局局长 庞文 | 县政府常务工作；县发展和改革局、县财政局、县统计局、县应急管理局 |\n"
             "| 2 | 副县长、县公安局局长 庞文 | 常务副县长 卓远 | 县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 3 | 副县长 庞文 | 常务副县长 卓远 | 第3项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 4 | 副县长 庞文 | 常务副县长 卓远 | 第4项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 5 | 副县长 庞文 | 常务副县长 卓远 | 第5项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 6 | 副县长 庞文 | 常务副县长 卓远 | 第6项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 7 | 副县长 庞文 | 常务副县长 卓远 | 第7项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 8 | 副县长 庞文 | 常务副县长 卓远 | 第8项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n"
             "| 9 | 副县长 庞文 | 常务副县长 卓远 | 第9项工作：县公安局、县司法局、县信访局、县退役军人事务局 |\n")
    docs = run(_pdf_wrap(text, 60) + "\n" + table)
    assert {t for w, t in relation(docs, "oversees") if w == "卓远"} == {
        "县发展和改革局", "县财政局", "县统计局", "县国有资产事务服务中心", "县应急管理局", "县机关事务服务中心"}
    assert ("卓远", "国家统计局某县调查队") in relation(docs, "liaises")
    # (words cut at the page's edge: 国有资 / 产, 平安 / 建设, 联系县 / 人民法院)
    assert "国有资产" in areas(docs, "卓远") and "平安建设" in areas(docs, "庞文")
    assert ("庞文", "县人民法院") in relation(docs, "liaises")


def test_a_line_opening_with_a_relative_clause_opens_no_block():
    text = ("某县人民政府办公室关于县领导联系乡镇和重点项目的通知\n某政办〔2025〕1号\n"
            "　　一、联系安排\n县领导\t职务\t联系乡（镇）\n岑远\t县长\t城关镇\n任嘉\t副县长\t白石镇\n"
            "　　二、工作职责\n"
            "任嘉同志联系的重点项目待第二批清单印发后另行明确。\n"
            "联系县领导对所联系项目的前期手续、要素保障负总责。\n")
    docs = run(text)
    assert relation(docs, "liaises") == {("岑远", "城关镇"), ("任嘉", "白石镇")}
    assert not areas(docs, "任嘉")


# --------------------------------------------------------------------------- sixty-first unseen batch

def test_task_brackets_with_the_short_labels_and_leads_joined_by_yu():
    text = ("某市人民政府办公室关于印发某市废旧物资循环利用方案的通知\n某政办发〔2022〕8号\n"
            "　　1.规范建设分拣中心。新建绿色分拣中心。（牵头：市商务局与市供销社；配合：市生态环境局、各县（市、区）人民政府）\n"
            "　　2.规范报废机动车回收。加强监管。（牵头:市商务局;配合:市公安局、市直相关部门）\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("规范建设分拣中心", "市商务局", True), ("规范建设分拣中心", "市供销社", True),
                   ("规范建设分拣中心", "市生态环境局", False), ("规范建设分拣中心", "各县（市、区）人民政府", False),
                   ("规范报废机动车回收", "市商务局", True), ("规范报废机动车回收", "市公安局", False),
                   ("规范报废机动车回收", "市直相关部门", False)}


def test_leaders_given_as_a_forms_fields():
    text = ("某区人民政府关于区政府领导同志工作分工的通知\n某政发〔2023〕3号\n"
            "　　姓　　名：仉鹤年　　　职　　务：区委副书记、区长\n　　工作分工：领导区政府全面工作。\n"
            "　　分管部门：区审计局。\n　　补位领导：靳策\n"
            "　　姓　　名：靳　策　　　职　　务：副区长\n　　分管部门：区教育局。\n　　补位领导：仉鹤年\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("仉鹤年", "区审计局"), ("靳策", "区教育局")}
    assert posts(docs) == {("仉鹤年", "区委副书记"), ("仉鹤年", "区长"), ("靳策", "副区长")}
    assert not relation(docs, "liaises") and not relation(docs, "assists")


def test_a_roster_written_role_then_holders_and_members_post_then_name():
    text = ("某县人民政府办公室关于成立某县第三次国土调查领导小组的通知\n某政办发【2018】27号\n"
            "　　决定成立某县第三次国土调查领导小组（以下简称县领导小组）。\n"
            "　　县领导小组组长为县委副书记、县长隗远同志，副组长为县委常委、常务副县长亓官砺同志和副县长郤文同志。成员包括：\n"
            "　　县政府办公室副主任 闵 涛\n　　县财政局局长   蔺书恒\n　　县人武部政委\n　　各乡镇人民政府乡镇长\n"
            "　　县领导小组下设办公室，办公室设在县自然资源局。\n")
    got = {(m.member, m.member_kind, m.role, m.affiliation) for d in run(text) for m in d.memberships
           if m.group == "某县第三次国土调查领导小组"}
    assert got == {("隗远", "person", "组长", "县委副书记、县长"), ("亓官砺", "person", "副组长", "县委常委、常务副县长"),
                   ("郤文", "person", "副组长", "副县长"), ("闵涛", "person", "成员", "县政府办公室副主任"),
                   ("蔺书恒", "person", "成员", "县财政局局长"), ("县人武部政委", "post", "成员", ""),
                   ("各乡镇人民政府乡镇长", "post", "成员", "")}


def test_members_in_brackets_apart_by_wide_spaces_closed_by_a_post_of_every_village():
    text = ("中共某乡委员会关于成立某乡农村人居环境整治工作领导小组的通知\n某委〔2018〕9号\n"
            "　　组　长：岑远（乡党委书记）\n"
            "　　成　员：谭　峰（乡党委委员、武装部长）　阮世杰（副乡长）\n"
            "　　　　　　覃志飞（某县公安局某乡派出所所长）　　各村（社区）党总支书记\n")
    got = {(m.member, m.member_kind, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("岑远", "person", "乡党委书记"), ("谭峰", "person", "乡党委委员、武装部长"),
                   ("阮世杰", "person", "副乡长"), ("覃志飞", "person", "某县公安局某乡派出所所长"),
                   ("各村（社区）党总支书记", "post", "")}


def test_a_news_report_of_the_meeting_that_settled_the_division():
    text = ("某市政府召开第一次常务会议\n发布时间：2022-02-18\n"
            "　　2月18日上午，市委副书记、市长鄢远主持召开市政府第一次常务会议，研究确定市政府领导班子成员工作分工。\n"
            "　　会议明确，市长鄢远领导市政府全面工作，负责审计工作，分管市审计局；"
            "市委常委、常务副市长滕宾负责市政府常务工作，协助市长负责审计工作，分管市财政局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("鄢远", "市审计局"), ("滕宾", "市财政局")}
    assert relation(docs, "assists") == {("滕宾", "鄢远")}
    assert ("鄢远", "市委副书记") in posts(docs)
    assert not any("召开" in a or "研究确定" in a for a in areas(docs, "鄢远"))


def test_a_division_printed_as_a_four_column_table_by_pdftotext_layout():
    text = ("中共某县委　某县人民政府\n关于县委常委和县政府领导班子成员工作分工的通知\n某发〔2016〕5号\n"
            "  姓　名    职　　务      项　目    内　　　　容\n"
            "\n"
            "                          工作分工  主持县委全面工作。\n"
            "  岑永年    县委书记      分管部门\n"
            "                          联系单位  县人武部\n"
            "\n"
            "                          工作分工  负责组织、人才工作。\n"
            "  姜以宁    县委常委、组  分管部门  县委组织部、县委老干部局、县委党校、县机\n"
            "            织部部长                构编制委员会办公室\n"
            "                          联系单位  县档案局\n"
            "\n"
            "      以上同志外出期间，其分管工作由县委书记指定其他同志代为负责。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("姜以宁", "县委组织部"), ("姜以宁", "县委老干部局"), ("姜以宁", "县委党校"),
                                          ("姜以宁", "县机构编制委员会办公室")}
    assert relation(docs, "liaises") == {("岑永年", "县人武部"), ("姜以宁", "县档案局")}
    assert posts(docs) == {("岑永年", "县委书记"), ("姜以宁", "县委常委"), ("姜以宁", "组织部部长")}


# --------------------------------------------------------------------------- sixty-second unseen batch

def test_deputy_secretaries_general_assisting_a_leader_with_their_own_liaisons():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某府〔2019〕3号\n"
            "　　（一）市委常委、常务副市长　欧崇礼\n　　分管市财政局、市统计局。\n　　联系市政协。\n"
            "　　协助：市政府副秘书长司徒瀚，联系市财政局、市统计局；\n"
            "　　　　　市政府副秘书长、市政府办公室主任岑农，联系市政府办公室。\n"
            "　　（二）副市长　黎素楠\n　　分管市教育局。\n")
    docs = run(text)
    assert relation(docs, "assists") == {("司徒瀚", "欧崇礼"), ("岑农", "欧崇礼")}
    assert relation(docs, "liaises") == {("欧崇礼", "市政协"), ("司徒瀚", "市财政局"), ("司徒瀚", "市统计局"),
                                         ("岑农", "市政府办公室")}
    assert ("司徒瀚", "市政府副秘书长") in posts(docs)


def test_a_change_notice_of_line_pairs_before_and_after():
    text = ("某县人民政府关于调整部分县政府领导同志工作分工的通知\n某府发〔2024〕9号\n"
            "　　一、县委常委、常务副县长　戢远同志\n"
            "　　原分工：负责财政、安全生产工作。分管县财政局、县应急管理局。\n"
            "　　调整后：负责财政、招商引资工作。分管县财政局、县投资促进服务中心。\n"
            "　　二、副县长　邴若溪同志（新任）\n　　原分工：无。\n　　调整后：负责教育工作。分管县教育局。\n"
            "　　三、副县长　揭恒同志\n　　原分工：分管县住房和城乡建设局。\n"
            "　　调整后：在原分工基础上，增加分管县数据局。\n"
            "　　四、县政府党组成员　雍群同志\n"
            "　　原分工：协助常务副县长负责县政府日常工作和招商引资工作。分管县机关事务服务中心、县投资促进服务中心。\n"
            "　　调整后：不再负责招商引资工作，不再分管县投资促进服务中心，其余分工不变。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("戢远", "县财政局"), ("戢远", "县投资促进服务中心"), ("邴若溪", "县教育局"),
                                          ("揭恒", "县住房和城乡建设局"), ("揭恒", "县数据局"), ("雍群", "县机关事务服务中心")}
    assert ("邴若溪", "副县长") in posts(docs)
    assert any("县政府日常工作" in a for a in areas(docs, "雍群"))
    assert not any("招商引资" in a for a in areas(docs, "雍群")) and not any("安全生产" in a for a in areas(docs, "戢远"))


def test_a_roster_of_unit_colon_name_and_post_apart_by_a_gap():
    text = ("某市人民政府办公室关于成立某市城市双修工作领导小组的通知\n某府办发〔2017〕6号\n"
            "某市城市双修工作领导小组成员名单\n组长：晏志 市长\n成员：\n"
            "市财政局：龚　毅　局长\n市城乡规划局：诸葛明辉　局长\n市公安局：季长河　副局长、交警支队支队长\n"
            "各县（市、区）人民政府：分管负责同志\n")
    got = {(m.member, m.member_kind, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("晏志", "person", "市长"), ("龚毅", "person", "市财政局局长"),
                   ("诸葛明辉", "person", "市城乡规划局局长"), ("季长河", "person", "市公安局副局长、交警支队支队长"),
                   ("各县（市、区）人民政府", "unit", "")}


def test_a_township_leader_per_line_with_notes_in_the_posts_bracket():
    text = ("中共某乡委员会　某乡人民政府关于乡领导班子成员工作分工的通知\n某委发〔2025〕2号\n"
            "　　母春燕（女，乡党委副书记）：负责群团工作；联系乡妇联、团乡委；联系金竹、双河2个村。\n"
            "　　骆俊（副乡长，挂职）：负责招商引资工作；联系观音村。\n")
    docs = run(text)
    assert posts(docs) == {("母春燕", "乡党委副书记"), ("骆俊", "副乡长")}
    assert relation(docs, "liaises") == {("母春燕", "乡妇联"), ("母春燕", "团乡委"), ("母春燕", "金竹村"),
                                         ("母春燕", "双河村"), ("骆俊", "观音村")}


def test_task_headings_closed_by_their_brackets_with_wei_zhu_leads():
    text = ("某区人民政府办公室关于印发某区农村生活污水治理方案的通知\n某府办〔2021〕5号\n二、重点任务\n"
            "　　1.开展污水现状排查（市生态环境局某区分局为主，区农业农村局、区水务局，各镇街配合）\n"
            "　　以自然村为单位全面排查。\n"
            "　　2.建设分散式污水处理设施\n"
            "　　因地制宜建设小型设施。该项任务责任单位为各镇街，配合单位为区农业农村局、区财政局。\n"
            "　　3.落实运维资金保障\n　　将运维经费纳入预算。\n"
            "　　4.加强运行监管考核\n　　实行在线监测。\n"
            "　　以上两项任务由区财政局为主，区水务局配合。\n")
    got = {(a.task, a.unit, a.lead) for d in run(text) for a in d.assignments}
    assert got == {("开展污水现状排查", "市生态环境局某区分局", True), ("开展污水现状排查", "区农业农村局", False),
                   ("开展污水现状排查", "区水务局", False), ("开展污水现状排查", "各镇街", False),
                   ("建设分散式污水处理设施", "各镇街", True), ("建设分散式污水处理设施", "区农业农村局", False),
                   ("建设分散式污水处理设施", "区财政局", False),
                   ("落实运维资金保障", "区财政局", True), ("落实运维资金保障", "区水务局", False),
                   ("加强运行监管考核", "区财政局", True), ("加强运行监管考核", "区水务局", False)}


# --------------------------------------------------------------------------- sixty-third unseen batch

def test_departments_institutions_and_work_liaisons_on_their_own_lines():
    text = ("某市人民政府关于市政府领导同志工作分工的通知\n某府〔2022〕4号\n"
            "　　副市长　晏远\n　　工作职责：负责商务工作。\n　　分管部门：市商务局。\n"
            "　　分管单位：市公共资源交易中心、市融资担保有限公司。\n　　工作联系：鄦阳海关、市邮政管理局。\n")
    docs = run(text)
    assert relation(docs, "oversees") == {("晏远", "市商务局"), ("晏远", "市公共资源交易中心"), ("晏远", "市融资担保有限公司")}
    assert relation(docs, "liaises") == {("晏远", "鄦阳海关"), ("晏远", "市邮政管理局")}


def test_roster_members_under_numbered_category_headings():
    text = ("某县人民政府办公室关于成立某县农村人居环境整治工作领导小组的通知\n某政办〔2019〕7号\n"
            "　　组　长：岑远　县长\n　　成　员：\n　　（一）县直部门\n　　　　　冉　昊　县发展和改革局局长\n"
            "　　　　　蒯静怡　县财政局局长\n　　（二）乡镇\n　　　　　郏春华　城关镇镇长\n"
            "　　二、领导小组主要职责\n　　统筹协调全县工作。\n")
    got = {(m.member, m.role, m.affiliation) for d in run(text) for m in d.memberships}
    assert got == {("岑远", "组长", "县长"), ("冉昊", "成员", "县发展和改革局局长"), ("蒯静怡", "成员", "县财政局局长"),
                   ("郏春华", "成员", "城关镇镇长")}


def test_a_task_force_headed_by_its_zhuanbanzhang():
    text = ("某区人民政府办公室关于成立某区低效用地盘活工作专班的通知\n某政办〔2023〕9号\n"
            "　　专 班 长：单鸣谦　区委常委、常务副区长\n　　副专班长：劳远　副区长\n"
            "　　成　　员：区财政局、区自然资源局主要负责同志，各镇（街道）主要负责同志。\n")
    got = {(m.member, m.role) for d in run(text) for m in d.memberships}
    assert got == {("单鸣谦", "专班长"), ("劳远", "副专班长"), ("区财政局", "成员"), ("区自然资源局", "成员"),
                   ("各镇（街道）", "成员")}
