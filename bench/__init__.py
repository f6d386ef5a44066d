"""Performance benchmark of the main pages; run ``python bench/pages.py``.

Nothing here is part of the app: the app never imports this package.
"""

# The trivial signed-in view's path (``bench/urls.py``), importable before Django
# is set up.
TRIVIAL_PATH = "/bench/trivial/"
