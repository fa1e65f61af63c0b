"""The HTML report: offline, escaped, and working in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.report import build_report, render
from pipeline.report.evidence import highlight
from tests.conftest import CORPUS, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HOSTILE = "Bienvenue <script>document.title='pwned';alert(1)</script> & <b>gras</b> à Laon."


def _hostile_record() -> dict:
    start = HOSTILE.index("<script>")
    return {"doc_id": "evil<1>", "source": "x.html", "is_cls": True, "publication_date": None, "text": HOSTILE,
            "contracts": [{"territory": {"name": "Laon <i>", "type": "commune", "insee": "02408",
                                         "departement": "02", "region": "Hauts-de-France"},
                           "status": "signed", "signatories": [], "people": [], "axes": ["<img src=x onerror=alert(2)>"],
                           "axis_themes": [], "funding": [],
                           "evidence": {"territory": [{"start": start, "end": start + 20, "text": HOSTILE[start:start + 20]}]}}]}


def test_document_text_is_escaped():
    html = render([_hostile_record()])
    assert html.count("<script") == 2  # ours: the map's data (JSON, not run) and the code at the end
    assert html.count('<script type="application/json" id="map-data">') == 1
    assert "&lt;script&gt;document.ti" in html and "&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<b>gras" not in html and "Laon <i>" not in html


def test_highlight_marks_spans_and_escapes():
    out = highlight("a <x> b", {"axes": [{"start": 2, "end": 5}], "people": [{"start": 0, "end": 1}]})
    assert out == '<mark class="f-people" title="people">a</mark> <mark class="f-axes" title="axes">&lt;x&gt;</mark> b'


def test_report_is_self_contained(run_dir_factory, tmp_path):
    path = build_report(run_dir_factory(CORPUS / "docs"), tmp_path / "report.html")
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "external resource in the report"
    assert "<svg" in html and 'id="filter"' in html and 'class="ev"' in html


def _driver():
    if shutil.which("chromium") is None or not CHROMEDRIVER.exists():
        pytest.skip("chromium / chromium-driver not installed (make test installs them: apt-get install chromium "
                    "chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        opts.add_argument(arg)
    opts.binary_location = shutil.which("chromium")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium-manager never looks for (or downloads) a driver.
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)


VISIBLE_ROWS = "return [...document.querySelectorAll('#contracts tbody tr')].filter(r => r.offsetHeight > 0).length"


def test_report_in_headless_chromium(run_dir_factory, tmp_path):
    report = build_report(run_dir_factory(CORPUS / "docs"), tmp_path / "report.html")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(render([_hostile_record()], title="hostile"), encoding="utf-8")
    driver = _driver()
    try:
        driver.get(report.as_uri())
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not severe, severe
        from selenium.webdriver.common.by import By

        charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
        assert len(charts) == 5
        for svg in charts:
            assert svg.size["width"] > 0 and svg.size["height"] > 0
            assert svg.find_elements(By.TAG_NAME, "rect")
        total = driver.execute_script(VISIBLE_ROWS)
        assert total > 10
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "report.png"
        driver.save_screenshot(str(shot))
        print(f"screenshot: {shot}")
        driver.find_element(By.ID, "filter").send_keys("amiens")
        shown = driver.execute_script(VISIBLE_ROWS)
        assert 0 < shown < total
        assert driver.find_element(By.ID, "shown").text == str(shown)
        # Evidence: a row's link opens its highlighted source text.
        driver.find_element(By.CSS_SELECTOR, "#contracts tbody tr:not([hidden]) a.evlink").click()
        opened = driver.find_elements(By.CSS_SELECTOR, "details.ev[open] mark")
        assert opened and opened[0].is_displayed()

        driver.get(hostile.as_uri())
        assert driver.title == "hostile"  # the document's <script> did not run
        assert "<script>document.title='pwned'" in driver.find_element(By.CSS_SELECTOR, "pre.doc").get_attribute(
            "textContent")
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    finally:
        driver.quit()


def test_report_map_in_headless_chromium(run_dir_factory, tmp_path):
    """The coverage maps: drawn offline, every département present, hover shows figures, click filters."""
    report = build_report(run_dir_factory(CORPUS / "docs"), tmp_path / "report.html")
    html = report.read_text(encoding="utf-8")
    assert html.count('<path id="dep-') == 96 and "CC BY 4.0" in html  # outlines once, with their attribution
    driver = _driver()
    try:
        from selenium.webdriver import ActionChains
        from selenium.webdriver.common.by import By

        driver.get(report.as_uri())
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        for metric in ("share", "contracts"):
            svg = driver.find_element(By.ID, f"map-{metric}")
            assert svg.size["width"] > 300 and svg.size["height"] > 300
            codes = {e.get_attribute("data-dep") for e in svg.find_elements(By.CSS_SELECTOR, "[data-dep]")}
            assert {"01", "2A", "2B", "75", "95", "971", "974", "976"} <= codes and len(codes) == 101
        total = driver.execute_script(VISIBLE_ROWS)
        correze = driver.find_element(By.CSS_SELECTOR, '#map-share use[data-dep="19"]')
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", correze)
        ActionChains(driver).move_to_element(correze).perform()
        info = driver.find_element(By.ID, "map-info").text
        assert "Corrèze" in info and "100.0 %" in info and "1 in force" in info  # corpus-d04: the whole département
        somme = driver.find_element(By.CSS_SELECTOR, '#map-contracts use[data-dep="80"]')
        ActionChains(driver).move_to_element(somme).click().perform()
        shown = driver.execute_script(VISIBLE_ROWS)
        assert 0 < shown < total and driver.find_element(By.ID, "shown").text == str(shown)
        territories = driver.execute_script(
            "return [...document.querySelectorAll('#contracts tbody tr')].filter(r => r.offsetHeight > 0)"
            ".map(r => r.cells[1].textContent)")
        assert "Amiens" in territories
        assert driver.find_element(By.ID, "map-filter").is_displayed()
        ActionChains(driver).move_to_element(somme).click().perform()  # a second click clears the filter
        assert driver.execute_script(VISIBLE_ROWS) == total
    finally:
        driver.quit()
