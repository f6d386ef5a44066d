"""Checks that run on every page in a real browser: axe-core, text size, tap size."""

from pathlib import Path

AXE_JS = (
    Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
)
AXE_SOURCE = AXE_JS.read_text()


def axe_violations(page):
    """Return axe-core violations on the current page, as short readable dicts."""
    # Evaluated through the DevTools protocol, so the page's CSP (same-origin
    # scripts only) does not apply. Serving it from a routed same-origin address
    # instead would turn off the browser's cache for the rest of the page's life.
    page.evaluate(AXE_SOURCE)
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map((v) => ({
                id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")),
            }));
        }"""
    )


SIZE_PROBLEMS_JS = """() => {
    const problems = [];
    const shown = (el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== "hidden"
            && !el.closest(".visually-hidden, [aria-hidden=true], script, style");
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const text = walker.currentNode.textContent.trim();
        const el = walker.currentNode.parentElement;
        if (!text || !shown(el)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 17.95) problems.push(`text at ${size}px: "${text.slice(0, 40)}"`);
    }
    const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    for (const el of document.querySelectorAll(controls)) {
        if (!shown(el)) continue;
        // A link inside a sentence is exempt, as in WCAG's target-size rule.
        const block = el.closest("p, li, td, th, dd, dt, .note");
        const inSentence = el.tagName === "A" && getComputedStyle(el).display === "inline"
            && block && block.textContent.trim().length > el.textContent.trim().length + 2;
        if (inSentence) continue;
        let box = el.getBoundingClientRect();
        if (el.type === "checkbox" || el.type === "radio") {
            box = (el.closest(".form-check") || el).getBoundingClientRect();
        }
        if (box.height < 47.5 || box.width < 47.5) {
            problems.push(`target ${Math.round(box.width)}x${Math.round(box.height)}px: `
                + el.outerHTML.slice(0, 90));
        }
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth) {
        problems.push(`page scrolls sideways: ${page.scrollWidth}px wide in ${page.clientWidth}px`);
    }
    return problems;
}"""


def size_problems(page):
    """Return text under 18 px, controls under 48 px, and sideways scrolling."""
    return page.evaluate(SIZE_PROBLEMS_JS)


def check_page(page):
    """Assert that the current page passes axe and the size rules."""
    violations = axe_violations(page)
    assert not violations, f"axe on {page.url}: {violations}"
    problems = size_problems(page)
    assert not problems, f"sizes on {page.url}: {problems}"
