"""A seeded generator of realistic synthetic gazettes, in the layouts of
examples/demo_gazette.txt: a masthead and contents, division notices
(分工的通知), notices that set up a leading group with its roster as an
annex, joint-meeting notices listing member units, implementation plans
with task brackets （……按职责分工负责）, and long policy prose.  Names,
units and jurisdictions are invented from syllable tables.

    python -m benchmarks.gazettes OUT_DIR [--n 1000] [--seed 1]

One gazette is about 110 KB of UTF-8 text (≈37,000 characters).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏"
            "苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红民国庆建东文晓志海波宁岚鹏辉林"
         "振宇浩然雪梅立新永康晨琪骁蕾毅晖婷卿河峰斌轩远川澜鸣承")
PLACE = "青柳白石河清溪安和平阳宁远丰泰永兴长乐东西南北云山川江源德顺嘉"
FIELDS = [
    ("教育", "教育局"), ("科技", "科学技术局"), ("工业和信息化", "工业和信息化局"),
    ("公安", "公安局"), ("民政", "民政局"), ("司法", "司法局"), ("财政", "财政局"),
    ("人力资源和社会保障", "人力资源和社会保障局"), ("自然资源", "自然资源和规划局"),
    ("生态环境", "生态环境局"), ("住房和城乡建设", "住房和城乡建设局"),
    ("交通运输", "交通运输局"), ("水利", "水利局"), ("农业农村", "农业农村局"),
    ("商务", "商务局"), ("文化旅游", "文化广电和旅游局"), ("卫生健康", "卫生健康委员会"),
    ("退役军人事务", "退役军人事务局"), ("应急管理", "应急管理局"), ("审计", "审计局"),
    ("市场监管", "市场监督管理局"), ("统计", "统计局"), ("医疗保障", "医疗保障局"),
    ("林业", "林业局"), ("乡村振兴", "乡村振兴局"), ("信访", "信访局"),
    ("城市管理", "城市管理局"), ("体育", "体育局"), ("粮食和物资储备", "粮食和物资储备局"),
]
TOPICS = ["安全生产", "河道治理", "农田水利建设", "城乡环境整治", "营商环境优化", "食品安全",
          "森林防火", "防汛抗旱", "乡村振兴", "消防安全", "招商引资", "老旧小区改造",
          "义务教育均衡发展", "全民健身", "城乡居民医疗保险", "农村饮水安全", "文明城市创建"]
PROSE = [
    "各地各部门要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进各项工作落地见效",
    "进一步健全工作机制，强化部门协同，形成上下联动、齐抓共管的工作格局",
    "加大政策支持力度，优化资源配置，切实提高公共服务供给质量和效率",
    "严格落实属地管理责任和部门监管责任，建立健全常态化监督检查制度",
    "加强宣传引导，及时总结推广典型经验做法，营造全社会共同参与的良好氛围",
    "对工作推进不力、问题整改不到位的，依规依纪严肃追究有关单位和人员责任",
    "建立工作台账，明确时间节点，实行清单化管理、项目化推进、责任化落实",
    "鼓励社会资本参与，探索多元化投入机制，持续增强发展后劲",
]


class Gazette:
    def __init__(self, rng: random.Random, index: int):
        self.rng = rng
        self.index = index
        self.city = rng.choice(PLACE) + rng.choice(PLACE) + "市"
        self.counties = [rng.choice(PLACE) + rng.choice(PLACE) + "县" for _ in range(3)]
        self.year = 2015 + index % 10
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in self.used:
                self.used.add(name)
                return name

    def date(self, month: int | None = None) -> str:
        return f"{self.year}年{month or self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def prose(self, chars: int) -> str:
        out, n = [], 0
        while n < chars:
            s = self.rng.choice(PROSE)
            topic = self.rng.choice(TOPICS)
            sentence = f"围绕{topic}工作，{s}。"
            out.append(sentence)
            n += len(sentence)
        return "".join(out)

    # ---- the kinds of documents

    def header(self, issuer: str, title: str, short: str, number: int) -> list[str]:
        return [f"{issuer} 关于{title}", f"{short}〔{self.year}〕{number}号",
                "各县（市、区）人民政府，市人民政府各部门：" if issuer.startswith(self.city)
                else "各乡（镇）人民政府，县人民政府有关部门："]

    def division(self, place: str, short: str, number: int) -> list[str]:
        lvl = "市" if place.endswith("市") else "县"
        lines = self.header(f"{place}人民政府", f"{lvl}政府领导同志工作分工的通知", short, number)
        lines.append(f"根据人事变动和工作需要，经研究，现将{lvl}政府领导同志的工作分工通知如下：")
        fields = FIELDS[:]
        self.rng.shuffle(fields)
        head = self.name()
        lines += [f"{head}：{lvl}政府{lvl}长、党组书记", f"主持{lvl}政府全面工作，负责审计方面工作。",
                  f"分管{lvl}审计局。"]
        for i in range(self.rng.randint(4, 7)):
            who = self.name()
            mine = fields[i * 4:(i + 1) * 4]
            if not mine:
                break
            title = "常务副" if i == 0 else "副"
            lines.append(f"{who}：{lvl}政府{title}{lvl}长、党组成员")
            lines.append("负责" + "、".join(f for f, _ in mine) + "等方面的工作。")
            units = "、".join(f"{lvl}{u}" for _, u in mine)
            lines.append(f"分管和联系单位：{units}。")
        lines += [f"{place}人民政府", self.date()]
        return lines

    def roster(self, place: str, short: str, number: int) -> list[str]:
        lvl = "市" if place.endswith("市") else "县"
        topic = self.rng.choice(TOPICS)
        group = f"{place}{topic}工作领导小组"
        lines = self.header(f"{place}人民政府办公室", f"成立{group}的通知", short, number)
        lines.append(f"为切实加强对全{lvl}{topic}工作的组织领导，经{lvl}政府同意，决定成立{group}。"
                     "现将组成人员名单通知如下：")
        leader = self.name()
        lines.append(f"组 长：{leader}（{lvl}政府副{lvl}长）")
        lines.append(f"副组长：{self.name()}（{lvl}政府办公室副主任）")
        fields = self.rng.sample(FIELDS, self.rng.randint(6, 12))
        first = True
        for _, unit in fields:
            who = self.name()
            lines.append(f"{'成 员：' if first else ' '}{who}（{lvl}{unit}局长）"
                         if unit.endswith("局") else
                         f"{'成 员：' if first else ' '}{who}（{lvl}{unit}主任）")
            first = False
        host = fields[0][1]
        lines.append(f"领导小组下设办公室，办公室设在{lvl}{host}，由{self.name()}同志兼任办公室主任。")
        lines += [self.prose(300), f"{place}人民政府办公室", self.date()]
        return lines

    def joint_meeting(self, place: str, short: str, number: int) -> list[str]:
        lvl = "市" if place.endswith("市") else "县"
        topic = self.rng.choice(TOPICS)
        name = f"{place}{topic}联席会议"
        lines = self.header(f"{place}人民政府办公室", f"建立{name}制度的通知", short, number)
        lines.append(f"为加强{topic}工作的统筹协调，经{lvl}政府同意，建立{name}制度。现将有关事项通知如下：")
        lines += ["一、主要职责", self.prose(400), "二、组成单位"]
        units = self.rng.sample(FIELDS, self.rng.randint(5, 10))
        listed = "、".join(f"{lvl}{u}" if i == 0 else u for i, (_, u) in enumerate(units))
        lines.append(f"联席会议由{listed}等{len(units)}个部门和单位组成，"
                     f"{lvl}{units[0][1]}为牵头单位。")
        lines.append(f"联席会议由{lvl}政府分管副{lvl}长{self.name()}担任召集人。")
        lines += ["三、工作规则", self.prose(500), f"{place}人民政府办公室", self.date()]
        return lines

    def plan(self, place: str, short: str, number: int) -> list[str]:
        lvl = "市" if place.endswith("市") else "县"
        topic = self.rng.choice(TOPICS)
        lines = self.header(f"{place}人民政府办公室", f"推进{topic}工作的实施意见", short, number)
        lines.append(f"为深入推进{topic}工作，经{lvl}政府同意，现提出如下意见。")
        for h, head in enumerate(("一、总体要求", "二、重点任务", "三、保障措施")):
            lines.append(head)
            for k in range(self.rng.randint(3, 6)):
                units = self.rng.sample(FIELDS, self.rng.randint(1, 3))
                task = self.rng.choice(TOPICS)
                body = self.prose(self.rng.randint(150, 400))
                who = "、".join(f"{lvl}{u}" if i == 0 else u for i, (_, u) in enumerate(units))
                lines.append(f"（{'一二三四五六'[k]}）加强{task}工作。{body}"
                             f"（{who}按职责分工负责）")
        lines += [f"{place}人民政府办公室", self.date()]
        return lines

    def decision(self, place: str, short: str, number: int) -> list[str]:
        topic = self.rng.choice(TOPICS)
        lines = self.header(f"{place}人民政府", f"表彰{self.year - 1}年度{topic}工作先进单位的决定",
                            short, number)
        lines += [self.prose(self.rng.randint(800, 2500)) for _ in range(self.rng.randint(2, 5))]
        lines += [f"{place}人民政府", self.date()]
        return lines

    def text(self, target_chars: int = 37000) -> str:
        city_short = self.city[0] + "政"
        lines = [self.city + "人民政府", "", "公 报", "", f"{self.year}年第{self.index % 12 + 1}号", ""]
        kinds = [self.roster, self.joint_meeting, self.plan, self.decision]
        number = 1
        body: list[list[str]] = []
        places = [self.city] + self.counties
        n = 0
        # each gazette: one division notice, then a mix, then prose-heavy documents
        while n < target_chars:
            if number == 1:
                make = self.division
            elif number <= 6:
                make = self.rng.choice(kinds)
            else:
                make = self.rng.choice([self.decision, self.plan, self.roster, self.decision])
            place = self.rng.choice(places) if number > 1 else self.city
            short = city_short if place == self.city else place[0] + "政"
            if make in (self.roster, self.joint_meeting, self.plan):
                short += "办"
            doc = make(place, short, number)
            body.append(doc)
            n += sum(len(line) for line in doc)
            number += 1
        lines += ["目 录", ""] + [doc[0] for doc in body] + [""]
        for doc in body:
            lines += doc + [""]
        return "\n".join(lines) + "\n"


def write(folder, n: int = 1000, seed: int = 1, chars: int = 37000) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"gazette-{i:05d}.txt"
        path.write_text(Gazette(random.Random(rng.random()), i).text(chars), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = write(args.out, args.n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} gazettes, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
