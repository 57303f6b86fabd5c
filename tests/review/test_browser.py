"""The review pages in a real browser: Debian's Chromium, headless, driven by Playwright.

Without Chromium (or Playwright) these tests are skipped, except in CI (``CI=true``),
where they must run: ``.ci/chromium`` installs the browser. Screenshots are kept in
``build/test-artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.evaluate import Report, compare
from pipeline.review import build_site
from pipeline.schema import Record

from ..conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "build" / "test-artifacts"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
README_CLIP = {"x": 0, "y": 0, "width": 1280, "height": 720}
# Without these, Chromium tries to reach Google's services, which a closed network refuses.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTICLE = "articles/dbr-247-bat-ai-strategy.html"


def _chromium() -> str:
    found = os.environ.get("DBR_CHROMIUM") or shutil.which("chromium")
    reason = None if found else "no Chromium: install Debian's chromium (bash .ci/chromium), or set DBR_CHROMIUM"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "playwright is not installed (make install)"
    if reason:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"CI: {reason}")
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_ARGS, headless=True, viewport=DESKTOP,
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def site(reference: Record, gold: Record, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("site")
    fewer = reference.model_copy(update={"doc_id": "a-fewer-records", "entities": reference.entities[:40],
                                         "claims": reference.claims[:10]})
    build_site([reference, fewer], {reference.doc_id: gold}, output)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return output


@pytest.fixture
def page(browser, site: Path):
    opened = browser.new_page()
    opened.set_viewport_size(DESKTOP)
    yield opened
    opened.close()


def in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """element => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }""")


def test_marks_in_the_browser_match_the_records_counts(page, site: Path, reference: Record, gold: Record) -> None:
    page.goto((site / ARTICLE).as_uri())
    report = Report()
    compare(reference, gold, report)
    for kind, css in (("entities", "ent"), ("quantities", "qty"), ("dates", "date")):
        assert page.locator(f"mark.{css}:not(.cont):not(.missed)").count() == len(getattr(reference, kind))
        assert page.locator(f"mark.{css}.missed:not(.cont)").count() == len(report.scores[kind].misses)
        assert page.locator(f"mark.{css}.spurious:not(.cont)").count() == len(report.scores[kind].spurious)
    assert page.locator("tr.claim:not(.missed)").count() == len(reference.claims)
    # docs/img/ has copies of these two: the legend and the start of the text, and the
    # paragraph with the most gold differences
    page.eval_on_selector("#controls", "element => element.scrollIntoView()")
    page.evaluate("""() => [...document.querySelectorAll("mark.ent")]
        .find(mark => !mark.title.endsWith(": " + mark.textContent)).focus({preventScroll: true})""")
    page.screenshot(path=ARTIFACTS / "review-article-1280.png", clip=README_CLIP)
    page.evaluate("""() => {
        const paragraphs = [...document.querySelectorAll("article p")];
        const differences = p => p.querySelectorAll("mark.missed, mark.spurious").length;
        paragraphs.sort((a, b) => differences(b) - differences(a))[0].scrollIntoView({block: "center"});
    }""")
    page.screenshot(path=ARTIFACTS / "review-gold-1280.png", clip=README_CLIP)
    page.eval_on_selector("#differences", "element => element.scrollIntoView()")
    page.screenshot(path=ARTIFACTS / "review-differences-1280.png")


def test_a_claim_scrolls_its_evidence_into_view_and_the_evidence_links_back(page, site: Path, reference: Record) -> None:
    page.goto((site / ARTICLE).as_uri())
    claim = reference.claims[-1]
    evidence = [s.id for s in reference.sentences if s.start < claim.end and claim.start < s.end]
    link = page.locator(f"#row-{claim.id} a.evidence-link")
    link.scroll_into_view_if_needed()
    assert not in_view(page, f"#{evidence[0]}")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '#{evidence[0]}'")
    assert in_view(page, f"#{evidence[0]}")
    assert page.eval_on_selector_all(".sent.active", "all => all.map(s => s.id)") == evidence
    page.screenshot(path=ARTIFACTS / "review-evidence-1280.png")
    page.click(f"a.back[href='#row-{claim.id}']")
    page.wait_for_function(f"location.hash === '#row-{claim.id}'")
    assert in_view(page, f"#row-{claim.id}")


def test_the_keyboard_reaches_the_content_first(page, site: Path) -> None:
    page.goto((site / ARTICLE).as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "../index.html"
    page.locator("mark.m").first.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const element = document.activeElement;
        return [element.matches("mark.m"), element.title, getComputedStyle(element, "::after").content];
    }""")
    assert focused[0] and focused[2] == f'"{focused[1]}"', "a focused mark shows what hovering shows"


def test_filters_take_marks_and_claims_away(page, site: Path) -> None:
    page.goto((site / ARTICLE).as_uri())
    background = "element => getComputedStyle(element).backgroundColor"
    transparent = "rgba(0, 0, 0, 0)"
    assert page.eval_on_selector("mark.l-ORG", background) != transparent
    page.uncheck("#f-ORG")
    assert page.eval_on_selector("mark.l-ORG", background) == transparent
    assert page.eval_on_selector("mark.l-PERSON", background) != transparent
    metric_rows = page.locator("tr.claim.t-metric")
    assert metric_rows.first.is_visible()
    page.uncheck("#f-metric")
    assert not metric_rows.first.is_visible() and page.locator("tr.claim.t-plan").first.is_visible()
    page.check("#f-diff")
    assert not page.locator("tr.claim.matched.t-plan").first.is_visible()
    assert page.locator("tr.claim.missed.t-plan").first.is_visible()


def test_a_phone_sized_screen_needs_no_sideways_scrolling(browser, site: Path) -> None:
    phone = browser.new_page()
    try:
        phone.set_viewport_size(PHONE)
        phone.goto((site / ARTICLE).as_uri())
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert phone.locator("tr.claim").first.evaluate("row => getComputedStyle(row).display") == "block"
        phone.screenshot(path=ARTIFACTS / "review-article-390.png")
    finally:
        phone.close()


def test_the_index_sorts_by_a_column(page, site: Path) -> None:
    page.goto((site / "index.html").as_uri())

    def articles() -> list[str]:
        return page.eval_on_selector_all("table.articles tbody tr code", "all => all.map(c => c.textContent)")

    assert articles() == ["a-fewer-records", "dbr-247-bat-ai-strategy"]
    entities = page.locator("table.articles button", has_text="Entities").first
    entities.click()
    assert articles() == ["a-fewer-records", "dbr-247-bat-ai-strategy"]
    entities.click()
    assert articles() == ["dbr-247-bat-ai-strategy", "a-fewer-records"]
    assert entities.evaluate("b => b.closest('th').getAttribute('aria-sort')") == "descending"
    f1 = page.locator("table.articles button[aria-label='F1 entities']")
    f1.click()
    f1.click()
    assert articles() == ["dbr-247-bat-ai-strategy", "a-fewer-records"], "an article without gold stays last"
    page.screenshot(path=ARTIFACTS / "review-index-1280.png")
