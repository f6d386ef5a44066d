"""The benchmark's table, its goals and its last line. Plain Python: no Django.

The last line is read by people and scripts alike, so its form never changes:
``worst: <ratio>x trivial, <queries> queries, 1y/1w <growth>x``.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Our goals for every main page (issues 6 and 15): 5x the trivial view now, 3x in
# the end. The nearest peer's equivalent screen measures 48-109x the trivial view
# with 112-128 queries on this kind of machine.
MAX_RATIO = 5.0
MAX_QUERIES = 10
MAX_GROWTH = 1.2

FIRST, LAST = "1w", "1y"  # the history sizes growth compares


@dataclass(frozen=True)
class Row:
    """One page at one history size, as measured (None: the page answers 404)."""

    page: str
    size: str
    path: str
    requests: int | None = None
    median_ms: float | None = None
    trivial_ms: float | None = None
    queries: int | None = None

    @property
    def built(self) -> bool:
        return self.median_ms is not None

    @property
    def ratio(self) -> float:
        return self.median_ms / self.trivial_ms


@dataclass(frozen=True)
class Worst:
    ratio: Row
    queries: Row
    growth: float
    growth_page: str

    def line(self) -> str:
        return (
            f"worst: {self.ratio.ratio:.2f}x trivial, {self.queries.queries} queries, "
            f"{LAST}/{FIRST} {self.growth:.2f}x"
        )

    def misses(self) -> list[str]:
        """Return a sentence for each goal missed, empty when all are met."""
        missed = []
        if self.ratio.ratio > MAX_RATIO:
            missed.append(
                f"{self.ratio.page} at {self.ratio.size} takes "
                f"{self.ratio.ratio:.2f}x the trivial view (goal: {MAX_RATIO:g}x)."
            )
        if self.queries.queries > MAX_QUERIES:
            missed.append(
                f"{self.queries.page} at {self.queries.size} runs "
                f"{self.queries.queries} queries (goal: {MAX_QUERIES})."
            )
        if self.growth > MAX_GROWTH:
            missed.append(
                f"{self.growth_page} takes {self.growth:.2f}x as long with a year "
                f"of history as with a week (goal: {MAX_GROWTH:g}x)."
            )
        return missed


def growth_by_page(rows: Sequence[Row]) -> dict[str, float]:
    """Return each page's median at a year of history over its median at a week."""
    medians = {(row.page, row.size): row.median_ms for row in rows if row.built}
    return {
        page: medians[(page, LAST)] / medians[(page, FIRST)]
        for page, size in medians
        if size == LAST and (page, FIRST) in medians
    }


def worst(rows: Sequence[Row]) -> Worst:
    """Return the worst ratio, query count and growth of the pages that exist."""
    built = [row for row in rows if row.built]
    if not built:
        raise ValueError("No page answered 200: nothing was measured.")
    growth = growth_by_page(built)
    growth_page = max(growth, key=growth.get) if growth else ""
    return Worst(
        ratio=max(built, key=lambda row: row.ratio),
        queries=max(built, key=lambda row: row.queries),
        growth=growth.get(growth_page, 1.0),
        growth_page=growth_page,
    )


# Wide enough for the longest page label ("Report print view") and a space.
PAGE_WIDTH = 19
HEADER = (
    f"{'page':<{PAGE_WIDTH}}{'history':<9}{'requests':>9}{'median ms':>11}{'trivial ms':>12}"
    f"{'ratio':>9}{'queries':>9}{f'{LAST}/{FIRST}':>8}"
)


def table(rows: Sequence[Row], sizes: Sequence[str]) -> list[str]:
    """Return the table: one block per page, one line per history size."""
    growth = growth_by_page(rows)
    lines = [HEADER, "-" * len(HEADER)]
    pages = list(dict.fromkeys(row.page for row in rows))
    by_key: Mapping[tuple[str, str], Row] = {(row.page, row.size): row for row in rows}
    for page in pages:
        block = [by_key[(page, size)] for size in sizes if (page, size) in by_key]
        if not any(row.built for row in block):
            lines.append(
                f"{page:<{PAGE_WIDTH}}not built yet ({block[0].path} answers 404)"
            )
            continue
        for index, row in enumerate(block):
            lines.append(table_line(row, page if index == 0 else "", growth))
    return lines


def table_line(row: Row, label: str, growth: Mapping[str, float]) -> str:
    if not row.built:
        return (
            f"{label:<{PAGE_WIDTH}}{row.size:<9}not built yet ({row.path} answers 404)"
        )
    grown = (
        f"{growth[row.page]:.2f}x" if row.size == LAST and row.page in growth else ""
    )
    line = (
        f"{label:<{PAGE_WIDTH}}{row.size:<9}{row.requests:>9}{row.median_ms:>11.2f}"
        f"{row.trivial_ms:>12.2f}{row.ratio:>8.2f}x{row.queries:>9}{grown:>8}"
    )
    return line.rstrip()


def goals_line() -> str:
    return (
        f"goals: at most {MAX_RATIO:g}x trivial, at most {MAX_QUERIES} queries, "
        f"{LAST}/{FIRST} at most {MAX_GROWTH:g}x"
    )
