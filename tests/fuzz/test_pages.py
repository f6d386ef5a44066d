"""Fuzz every page in tests/pages.py: its forms, its query parameters and its
address. No answer may be a server error, and a POST that is refused (answered
with anything but a redirect) must change no row.

The forms and parameters come from each page's own HTML (see ``harvest.py``), so
a new form or field is fuzzed without being listed here. A failure prints the
request, Hypothesis's smallest failing example and the seed to repeat it.
"""

import pytest

from tests.pages import PUBLIC_PAGES, ROW_LINK_PAGES, ROW_PAGES, USER_PAGES

pytestmark = pytest.mark.fuzz

PAGES = [
    *[pytest.param("visitor", path, id=f"visitor {path}") for path in PUBLIC_PAGES],
    *[pytest.param("alice", path, id=f"alice {path}") for path in USER_PAGES],
    *[pytest.param("alice", path, id=f"alice {path}") for path in ROW_PAGES],
    *[pytest.param("visitor", path, id=f"link {path}") for path in ROW_LINK_PAGES],
]


@pytest.mark.parametrize(("who", "path"), PAGES)
def test_no_input_breaks_the_page(fuzzer, who, path):
    fuzzer.check_page(who, path)
