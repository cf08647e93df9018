"""How long a 5,000-node `kg viz` page takes to paint in headless Chromium.

    python -m benchmarks.paint [--nodes 5000]

Builds a synthetic network (officials overseeing units, leading groups with
members, tasks of documents), writes the page with kg.viz_page, opens it from
disk in headless Chromium and prints the seconds until vis-network's first
``afterDrawing`` (measured in the page from navigation start) and until the
canvas is non-blank (measured from outside).  Target: 5 s or less.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from kg import viz_page

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红民国庆建东"
FIELDS = "发展改革财政教育科技工业信息公安民政司法人力资源自然资源生态环境住房城乡建设交通运输水利农业农村商务文化旅游卫生健康应急管理审计统计医保"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--window-size=1400,900"]


def synthetic(n_nodes: int = 5000, seed: int = 1) -> viz_page.Network:
    """About ``n_nodes`` nodes: 10% officials, 60% units, 2% groups, 8%
    areas, 2% documents, the rest tasks, with evidence on every edge."""
    rnd = random.Random(seed)
    net = viz_page.Network()
    base = "https://w3id.org/kg-gov/id/"
    counts = {"person": n_nodes // 10, "unit": n_nodes * 6 // 10, "group": n_nodes // 50,
              "area": n_nodes * 8 // 100, "document": n_nodes // 50}
    counts["task"] = n_nodes - sum(counts.values())
    ids = {k: [f"{base}{k}/{i:06d}" for i in range(n)] for k, n in counts.items()}
    for i, d in enumerate(ids["document"]):
        net.docs[d] = {"title": f"测试市人民政府关于第{i}项工作的通知", "number": f"测政〔2024〕{i}号",
                       "date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "source": f"bench{i}.txt",
                       "publisher": ""}

    def name(k, i):
        if k == "person":
            return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[i % 11]
        field = FIELDS[2 * (i % (len(FIELDS) // 2)):][:2]
        return {"unit": f"市{field}局{i}", "group": f"测试市{field}工作领导小组{i}",
                "area": f"{field}{i}", "document": f"测政〔2024〕{i}号",
                "task": f"加强{field}工作第{i}项"}[k]

    for k, items in ids.items():
        for i, n in enumerate(items):
            net.node(n, name(k, i), viz_page.node_kind(n))

    def fact(doc, text):
        return viz_page._freeze({"doc": doc, "text": text, "start": 0, "end": len(text)})

    docs = ids["document"]
    units = ids["unit"]
    for i, p in enumerate(ids["person"]):
        doc = docs[i % len(docs)]
        for u in rnd.sample(units, 6):
            net.edge(p, u, "oversees", None, fact(doc, f"分管{net.nodes[u]['label']}。"))
        net.edge(p, ids["area"][i % len(ids["area"])], "responsible_for", None, fact(doc, "负责工作。"))
    for i, g in enumerate(ids["group"]):
        doc = docs[i % len(docs)]
        net.edge(doc, g, "sets_up", None, fact(doc, "成立领导小组。"))
        for j, m in enumerate(rnd.sample(ids["person"], 5) + rnd.sample(units, 5)):
            role = "组长" if j == 0 else "成员"
            net.edge(m, g, "member_of", role, fact(doc, f"{role}：{net.nodes[m]['label']}"))
    for i, t in enumerate(ids["task"]):
        doc = docs[i % len(docs)]
        net.edge(doc, t, "contains", None, fact(doc, "任务。"))
        for j, u in enumerate(rnd.sample(units, 2)):
            net.edge(t, u, "lead" if j == 0 else "responsible", None, fact(doc, "（牵头）"))
    return net


def chromium(user_data_dir: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={user_data_dir}"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


CANVAS_INK = """
const c = document.querySelector('#net canvas'); if (!c) return 0;
const g = c.getContext('2d'); const d = g.getImageData(0, 0, c.width, c.height).data;
const seen = new Set(); for (let i = 0; i < d.length; i += 4 * 97) seen.add(d[i] << 16 | d[i+1] << 8 | d[i+2] | d[i+3] << 24);
return seen.size;"""


def measure(page: Path, timeout: float = 60.0) -> dict:
    profile = tempfile.mkdtemp(prefix="kg-bench-")
    driver = chromium(profile)
    try:
        start = time.perf_counter()
        driver.get(page.resolve().as_uri())
        while time.perf_counter() - start < timeout:
            if driver.execute_script("return !!(window.kg && window.kg.ready)") and \
                    driver.execute_script(CANVAS_INK) > 1:
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
        first = driver.execute_script("return window.kg && window.kg.firstPaint")
        nodes = driver.execute_script("return window.kg ? window.kg.nodes.length : 0")
        return {"first_paint_s": (first or 0) / 1000, "wall_s": wall, "nodes": nodes}
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="Also keep the page here.")
    args = parser.parse_args(argv)
    try:
        import selenium  # noqa: F401
    except ModuleNotFoundError:
        print("paint: selenium is not installed (pip install -e '.[test]')", file=sys.stderr)
        return 1
    if not Path("/usr/bin/chromium").exists():
        print("paint: /usr/bin/chromium is missing (apt-get install chromium chromium-driver)",
              file=sys.stderr)
        return 1
    t = time.perf_counter()
    net = synthetic(args.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bench.html"
        page.write_text(viz_page.page(net, title="kg bench"), encoding="utf-8")
        written = time.perf_counter() - t
        size = page.stat().st_size
        if args.keep:
            shutil.copy(page, args.keep)
        m = measure(page)
    print(f"viz page, {m['nodes']} nodes / {len(net.edges)} edges ({size / 1e6:.1f} MB): "
          f"written in {written:.2f}s; painted in {m['first_paint_s']:.2f}s "
          f"(first afterDrawing from navigation start), canvas non-blank after "
          f"{m['wall_s']:.2f}s wall (target <= 5s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
