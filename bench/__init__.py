"""Performance benchmark of the main pages; run ``python bench/pages.py``.

Nothing here is part of the app: the app never imports this package.
"""
