"""Time "Your data": ``python bench/pages.py --my-data``.

For a week and a year of history (``bench/history.py``), it times the export
(the whole zip, as the download builds it), the import's preview and the import
itself into a fresh account, and prints the zip's size and the queries each ran.
Goals (README, "Your data"): a small export under 1 s, a year's a few seconds.
"""

import io
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.history import WEEK, YEAR, seed_history
from tracker.portability.planning import plan_import
from tracker.portability.reading import read_file
from tracker.queries import my_data as queries
from tracker.services import accounts
from tracker.services import my_data as services

GOALS_S = {WEEK.key: 1.0, YEAR.key: 5.0}


def timed(step):
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        result = step()
        seconds = time.perf_counter() - start
    return result, seconds, len(captured)


def run(seed: int) -> int:
    print(
        f"{'history':8} {'zip KB':>7} {'export s':>9} {'preview s':>10} "
        f"{'import s':>9}  queries (export/preview/import)"
    )
    missed = False
    for size in (WEEK, YEAR):
        user = seed_history(size, seed).user
        target = io.BytesIO()
        zone = queries.user_zone(user)
        _, export_s, export_q = timed(
            lambda: queries.write_export(user, target, zone=zone)  # noqa: B023
        )
        data = target.getvalue()
        document = read_file(io.BytesIO(data))
        fresh = accounts.create_account(
            username=f"{user.username}-again",
            email=f"again-{user.email}",
            password="bench password 1",
        )
        plan, preview_s, preview_q = timed(lambda: plan_import(fresh, document))  # noqa: B023
        assert plan.ok, [str(problem) for problem in plan.problems[:5]]
        done, import_s, import_q = timed(
            lambda: services.import_data(fresh, document=document)  # noqa: B023
        )
        print(
            f"{size.key:8} {len(data) / 1024:7.0f} {export_s:9.2f} {preview_s:10.2f} "
            f"{import_s:9.2f}  {export_q}/{preview_q}/{import_q} "
            f"({done.adding} records)"
        )
        missed |= export_s > GOALS_S[size.key]
    print(
        f"goals: export under {GOALS_S[WEEK.key]:.0f} s for a week, "
        f"{GOALS_S[YEAR.key]:.0f} s for a year"
    )
    return 1 if missed else 0
