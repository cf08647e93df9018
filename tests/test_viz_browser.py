"""The `kg viz` and `kg show` pages in headless Chromium, opened from disk:
they paint, hold every node, log no error, fetch nothing from the network,
find 万战伟 by search, and never run a name as markup."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kg import viz_page
from kg.builder import build, write_documents

selenium = pytest.importorskip("selenium", reason="selenium not installed (pip install -e '.[test]')")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from test_viz import XSS, XSS_UNIT, xss_docs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_e50f60dcf0432a7e.txt"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900"]

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="headless Chromium not installed "
                                       "(apt-get install chromium chromium-driver)")

CANVAS_COLOURS = """
const c = document.querySelector('#net canvas'); if (!c) return 0;
const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
const seen = new Set();
for (let i = 0; i < d.length; i += 4 * 31) seen.add(d[i] << 16 | d[i+1] << 8 | d[i+2] | d[i+3] << 24);
return seen.size;"""


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield d
    d.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Graph folders and their pages, built once: the seed, the example and
    an invented document whose names are markup."""
    tmp = tmp_path_factory.mktemp("pages")
    out = {}
    if SEED.is_file():
        build([SEED], tmp / "seed")
        out["seed"] = (tmp / "seed", viz_page.viz(tmp / "seed", tmp / "seed.html"))
    build([ROOT / "examples"], tmp / "demo")
    out["demo"] = (tmp / "demo", viz_page.viz(tmp / "demo", tmp / "demo.html"))
    write_documents(xss_docs(), tmp / "xss")
    out["xss"] = (tmp / "xss", viz_page.viz(tmp / "xss", tmp / "xss.html"))
    return out


def open_page(driver, path: Path, timeout: float = 20.0):
    driver.get_log("browser"), driver.get_log("performance")  # start from empty logs
    driver.get(path.resolve().as_uri())
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if driver.execute_script("return !!(window.kg && window.kg.ready)"):
            return
        time.sleep(0.05)
    raise AssertionError(f"{path.name}: the network never drew")


def requested_urls(driver) -> list[str]:
    urls = [e["name"] for e in
            driver.execute_script("return performance.getEntriesByType('resource')")]
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            urls.append(message["params"].get("request", {}).get("url")
                        or message["params"].get("url", ""))
    return urls


def assert_healthy(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert not errors, errors
    remote = [u for u in requested_urls(driver) if u.split(":", 1)[0] not in ("file", "data", "blob")]
    assert not remote, remote


def assert_graph(driver, out: Path):
    expected = len(viz_page.network(out).nodes)
    assert expected > 0
    assert driver.execute_script("return kg.nodes.length") == expected
    assert driver.execute_script("return kg.network.body.nodeIndices.length") == expected
    deadline = time.monotonic() + 5
    while driver.execute_script(CANVAS_COLOURS) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert driver.execute_script(CANVAS_COLOURS) >= 3, "the canvas is blank"


def test_seed_page(driver, pages):
    if "seed" not in pages:
        pytest.skip(f"{SEED} is absent (the shared seeds are not checked out)")
    out, page = pages["seed"]
    open_page(driver, page)
    assert_graph(driver, out)
    assert_healthy(driver)

    # search through the box, as a reader does: 万战伟 is found and selected
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys("万战伟" + Keys.ENTER)
    selected = driver.execute_script("return kg.network.getSelectedNodes()")
    assert [driver.execute_script("return kg.nodes.get(arguments[0]).label", n)
            for n in selected] == ["万战伟"]
    panel = driver.find_element(By.ID, "panel").text
    assert "万战伟" in panel and "三政〔2021〕15号" in panel and "2021-09-30" in panel
    # any spelling: traditional characters find the same node
    assert driver.execute_script("return kg.search('萬戰偉')")[0] == selected[0]

    # a real click on the (centred) selected node shows its facts
    driver.execute_script("document.getElementById('panel').textContent = ''")
    ActionChains(driver).move_to_element(driver.find_element(By.ID, "net")).click().perform()
    assert "万战伟" in driver.find_element(By.ID, "panel").text

    # an edge's facts: the evidence sentence, number and date
    edge = driver.execute_script(
        "return kg.edges.get({filter: e => e.kind === 'oversees'})[0].id")
    driver.execute_script("kg.network.selectEdges([arguments[0]]);"
                          "kg.network.emit('click', {nodes: [], edges: [arguments[0]]})", edge)
    text = driver.find_element(By.ID, "panel").text
    assert "“" in text and "〔2021〕" in text

    # an edge-kind checkbox hides that kind
    shown = driver.execute_script("return kg.network.body.edgeIndices.length")
    driver.find_element(By.CSS_SELECTOR, ".edge-filter[data-kind='oversees']").click()
    hidden = driver.execute_script("return kg.network.body.edgeIndices.length")
    oversees = driver.execute_script("return kg.edges.get({filter: e => e.kind === 'oversees'}).length")
    assert hidden == shown - oversees
    assert_healthy(driver)

    if os.environ.get("KG_SAVE_SCREENSHOT"):  # the README's picture: docs/seed-graph.png
        save_screenshot(driver, page, ROOT / "docs" / "seed-graph.png")


def save_screenshot(driver, page: Path, png: Path):
    png.parent.mkdir(exist_ok=True)
    open_page(driver, page)
    driver.set_window_size(1400, 900)
    time.sleep(1.5)  # let the physics settle
    driver.execute_script("kg.search('万战伟'); kg.network.moveTo({scale: 0.75})")
    time.sleep(0.3)
    driver.save_screenshot(str(png))


def test_example_page(driver, pages):
    out, page = pages["demo"]
    open_page(driver, page)
    assert_graph(driver, out)
    assert driver.execute_script("return kg.search('财政局').length") >= 1
    assert_healthy(driver)


def test_names_never_run_as_markup(driver, pages):
    out, page = pages["xss"]
    open_page(driver, page)
    assert_graph(driver, out)
    found = driver.execute_script("return kg.search(arguments[0])", XSS)
    assert driver.execute_script("return kg.nodes.get(arguments[0]).label", found[0]) == XSS
    driver.execute_script("kg.select(arguments[0])", found[0])
    for q in ("script", "某某"):
        for node in driver.execute_script("return kg.search(arguments[0])", q):
            driver.execute_script("kg.select(arguments[0])", node)
    driver.execute_script("kg.select(arguments[0])", found[0])
    time.sleep(0.2)
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    assert driver.execute_script("return document.querySelectorAll('img, b').length") == 0
    panel = driver.find_element(By.ID, "panel").text
    assert XSS in panel and XSS_UNIT in panel  # shown as text, whole
    assert_healthy(driver)


def test_evidence_page(driver, tmp_path):
    from kg.evidence_page import render, show
    source = SEED if SEED.is_file() else ROOT / "examples" / "demo_gazette.txt"
    page = show(source, tmp_path / "doc.html")
    driver.get_log("browser"), driver.get_log("performance")
    driver.get(page.resolve().as_uri())
    assert driver.execute_script("return document.querySelectorAll('.spans').length") > 10
    assert_healthy(driver)

    docs = xss_docs()
    s = docs[0].oversight[0].evidence.text
    (tmp_path / "x.html").write_text(render(s, docs), encoding="utf-8")
    driver.get((tmp_path / "x.html").as_uri())
    time.sleep(0.2)
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    assert driver.execute_script("return document.querySelectorAll('img, b, script').length") == 0
    assert XSS in driver.find_element(By.TAG_NAME, "body").text
