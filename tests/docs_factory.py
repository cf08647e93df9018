"""Hand-made documents for the graph-side tests (invented names and units),
so the graph layer is tested without the extractor."""
from __future__ import annotations

from extract.model import (Assignment, Document, Evidence, Group, Membership, Oversight,
                           Post, Warning)

SOURCE = "测试公报.txt"


def ev(text: str, start: int = 0, source: str = SOURCE) -> Evidence:
    return Evidence(source=source, start=start, end=start + len(text), text=text)


def division(source: str = SOURCE, index: int = 0) -> Document:
    s1 = "赵一鸣同志负责市政府全面工作，分管市测试局、市财政局。"
    s2 = "钱 二同志协助赵一鸣同志工作，负责金融工作，联系市人大。"
    s3 = "赵一鸣  市政府市长"
    return Document(
        source=source, index=index, title="测试市人民政府关于市政府领导同志工作分工的通知",
        number="测政〔2024〕1号", issuer="测试市人民政府", date="2024-01-15",
        jurisdiction="测试市", kind="division", start=0, end=200,
        posts=[Post("赵一鸣", "市政府市长", "测试市人民政府", ev(s3, 100, source))],
        oversight=[
            Oversight("赵一鸣", "responsible_for", "市政府全面工作", "area", ev(s1, 10, source)),
            Oversight("赵一鸣", "oversees", "市测试局", "unit", ev(s1, 10, source)),
            Oversight("赵一鸣", "oversees", "市财政局", "unit", ev(s1, 10, source)),
            Oversight("钱 二", "assists", "赵一鸣", "person", ev(s2, 40, source)),
            Oversight("钱二", "responsible_for", "金融", "area", ev(s2, 40, source)),
            Oversight("钱二", "liaises", "市人大", "body", ev(s2, 40, source)),
        ],
    )


def groups_doc(source: str = SOURCE, index: int = 1) -> Document:
    g = "测试县某某工作领导小组"
    e1 = ev("组  长：孙三 县政府副县长", 300, source)
    e2 = ev("成  员：李四 县测试局局长", 320, source)
    e3 = ev("领导小组办公室设在县测试局，李四同志兼任办公室主任。", 340, source)
    return Document(
        source=source, index=index, title="关于成立测试县某某工作领导小组的通知",
        number="测县政办〔2024〕2号", issuer="测试县人民政府办公室", date="2024-02-01",
        jurisdiction="测试县", kind="notice", start=290, end=400,
        groups=[Group(g, "leading_group", "测试县", "县测试局", None, "", e1),
                Group(g + "办公室", "office", "测试县", "县测试局", None, g, e3)],
        memberships=[
            Membership(g, "孙三", "person", "组长", "县政府副县长", e1),
            Membership(g, "李四", "person", "成员", "县测试局局长", e2),
            Membership(g + "办公室", "李四", "person", "办公室主任", "", e3),
        ],
        assignments=[Assignment("加强测试工作", "县测试局", True, ev("（县测试局牵头）", 380, source))],
        warnings=[Warning("李四 and 李 四 may be one person", e2)],
    )
