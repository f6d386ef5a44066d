"""Where a number or a piece of advice comes from. Plain Python."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    """A source as ``_source.html`` shows it: a title, a link and where in it."""

    title: str
    url: str
    detail: str = ""
