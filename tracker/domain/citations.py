"""Where a number or a piece of advice comes from. Plain Python."""

import re
from dataclasses import dataclass

# Where a long title's first part ends: "Giangregorio et al., Too Fit..." is
# "Giangregorio et al.".
_FIRST_PART_END = re.compile(r"[,:;(]")


def short_title(short_name: str, title: str) -> str:
    """Return the name a page shows first: the source's short name, or, when an
    editor left it empty, the title up to its first comma, colon or bracket."""
    if short_name.strip():
        return short_name.strip()
    first_part = _FIRST_PART_END.split(title, maxsplit=1)[0].strip()
    return first_part or title


@dataclass(frozen=True)
class Citation:
    """A source as ``_source.html`` shows it: a short name, the full title, a
    link and where in it."""

    title: str
    url: str
    detail: str = ""
    short_name: str = ""

    @property
    def short_title(self) -> str:
        return short_title(self.short_name, self.title)
