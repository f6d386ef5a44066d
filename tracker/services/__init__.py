"""Every write the app makes, one module per area.

A service is a plain, type-annotated function named for what it does
(``create_entry``, ``log_fall``). It takes the user first, then keyword
arguments of plain values: a form's ``cleaned_data``, or a row the view
already fetched with ``owned_or_404``. It runs in one transaction and carries
the locking and idempotency its write needs, so a view calls exactly one
service per write and forms only validate. Services may read through
``tracker.queries`` and compute with ``tracker.domain``; they never see a
request.
"""
