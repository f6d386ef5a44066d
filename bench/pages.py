"""Benchmark the main pages: ``python bench/pages.py`` from the repository root.

By default it times each main page in one process with Django's test client, next
to a trivial signed-in view, for users with a week, three months and a year of
history, on a throwaway database; it prints a table and ends with the line
``worst: <ratio>x trivial, <queries> queries, 1y/1w <growth>x``. It is a report,
not a test: it exits 0 unless ``--check`` is given and a goal is missed.

``--load`` instead serves the app with gunicorn on PostgreSQL and drives it with
wrk for a bounded time (see bench/load.py); ``--search`` times the diary's search
fragment for typical queries and typos (bench/search.py). README.md, "Benchmark",
says more.
"""

import argparse
import logging
import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
# Run as a script, Python puts bench/ first on the path; the project needs its root.
if sys.path and Path(sys.path[0]).resolve() == BENCH_DIR:
    sys.path.pop(0)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.scratch import (  # noqa: E402
    describe_database,
    is_postgres,
    prepare_database,
    scratch_database,
    setup_django,
)

if TYPE_CHECKING:  # these import Django models, so only after django.setup()
    from bench.history import History
    from bench.measure import NotBuilt, Timing
    from bench.report import Row

SCRATCH_DB = "bh_bench"
QUERY_SAMPLES = 30  # requests whose queries --show-queries times one by one


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time the main pages against a trivial signed-in view.",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=200,
        help="timed requests of each page per history size (default 200; slow "
        "pages get fewer, see --budget)",
    )
    parser.add_argument(
        "--min-requests",
        type=int,
        default=30,
        help="never time fewer requests than this (default 30)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=12.0,
        help="seconds of page requests to spend on one page, all history sizes "
        "together (default 12)",
    )
    parser.add_argument(
        "--warmup", type=int, default=10, help="untimed requests first (default 10)"
    )
    parser.add_argument(
        "--seed", type=int, default=20260, help="seed of the generated history"
    )
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to run on (default: $DATABASE_URL if it is "
        "PostgreSQL, else a temporary SQLite file). Only its server and "
        "credentials are used: the bench creates and drops its own database.",
    )
    parser.add_argument(
        "--scratch-db",
        default=SCRATCH_DB,
        help=f"name of the scratch PostgreSQL database (default {SCRATCH_DB}; "
        f"{SCRATCH_DB}_load with --load)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a page misses a goal",
    )
    parser.add_argument(
        "--show-queries",
        action="store_true",
        help="also print each page's SQL at a year of history, with times",
    )
    parser.add_argument(
        "--load",
        action="store_true",
        help="serve with gunicorn on PostgreSQL and drive it with wrk instead",
    )
    parser.add_argument(
        "--seconds",
        type=int,
        default=10,
        help="with --load: how long wrk drives each URL (default 10)",
    )
    parser.add_argument(
        "--my-data",
        action="store_true",
        help="time the export and import of a week and a year of history "
        "(bench/my_data.py) instead",
    )
    parser.add_argument(
        "--search",
        action="store_true",
        help="time the diary's search fragment for typical queries and typos "
        "(bench/search.py) instead",
    )
    parser.add_argument(
        "--hardening",
        action="store_true",
        help="serve with gunicorn on PostgreSQL: a sign-in brute force, then "
        "--clients clients reading and writing through the forms (bench/hardening.py)",
    )
    parser.add_argument(
        "--clients",
        type=int,
        default=50,
        help="with --hardening: clients of the mixed load, each its own user "
        "(default 50)",
    )
    parser.add_argument(
        "--load-seconds",
        type=int,
        default=60,
        help="with --hardening: how long each mixed-load run lasts (default 60)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.load:
        from bench import load

        return load.run(args)
    if args.hardening:
        from bench import hardening

        return hardening.run(args)
    with scratch_database(postgres_server(args), args.scratch_db) as url:
        setup_django(url)
        prepare_database()
        if args.my_data:
            from bench import my_data

            return my_data.run(args.seed)
        if args.search:
            from bench import search

            missed = search.run(args.seed, args.requests, args.warmup)
            return 1 if missed and args.check else 0
        return run_pages(args)


def postgres_server(args: argparse.Namespace) -> str | None:
    """Return the PostgreSQL server to run on, or None for a temporary SQLite file.

    A SQLite DATABASE_URL is someone's own database: the bench leaves it alone.
    """
    if args.database_url:
        if not is_postgres(args.database_url):
            sys.exit("--database-url must be a PostgreSQL URL (postgres://...).")
        return args.database_url
    from_env = os.environ.get("DATABASE_URL")
    return from_env if is_postgres(from_env) else None


def run_pages(args: argparse.Namespace) -> int:
    """Seed the three histories, time every page for each, and print the report."""
    from bench import history, measure, report

    # A page not built yet is reported in the table, not logged as a warning.
    logging.getLogger("django.request").setLevel(logging.ERROR)

    settings = measure.Settings(
        requests=args.requests,
        min_requests=min(args.min_requests, args.requests),
        budget_s=args.budget,
        warmup=args.warmup,
        query_samples=QUERY_SAMPLES if args.show_queries else 1,
    )
    histories = [history.seed_history(size, args.seed) for size in history.SIZES]
    print_header(args, histories, measure.trivial_queries(histories[0]))
    progress("timing the pages...")
    results = measure.measure(histories, settings)
    rows = [as_row(result) for result in results]
    timings = [result for result in results if isinstance(result, measure.Timing)]
    sizes = [size.key for size in history.SIZES]
    print("\n".join(report.table(rows, sizes)))
    if args.show_queries:
        print_queries(timings, sizes[-1])
    worst = report.worst(rows)
    print()
    print(
        f"worst ratio: {worst.ratio.page} at {worst.ratio.size}; most queries: "
        f"{worst.queries.page} at {worst.queries.size}; most growth: "
        f"{worst.growth_page or '-'}"
    )
    print(report.goals_line())
    print(worst.line())
    return 1 if args.check and worst.misses() else 0


def as_row(result: "Timing | NotBuilt") -> "Row":
    from bench import measure, report

    size = result.history.size.key
    if isinstance(result, measure.NotBuilt):
        return report.Row(page=result.page.label, size=size, path=result.path)
    return report.Row(
        page=result.page.label,
        size=size,
        path=result.path,
        requests=result.requests,
        median_ms=result.median_ms,
        trivial_ms=result.trivial_ms,
        queries=result.queries,
    )


def print_header(
    args: argparse.Namespace, histories: "list[History]", trivial_queries: int
) -> None:
    import django

    from bench.history import ZONE

    print("Bone Health Tracker: page benchmark (bench/pages.py)")
    print(f"Database: {describe_database(args.scratch_db)}")
    print(
        f"Django {django.get_version()}, Python {platform.python_version()}, "
        "settings tests.settings (DEBUG off); one process, Django's test client"
    )
    print(f"History in {ZONE}, seed {args.seed}:")
    for seeded in histories:
        print(f"  {seeded.describe()}")
    print(
        'Trivial view: @login_required HttpResponse("ok"), '
        f"{trivial_queries} queries (session, user with profile)"
    )
    print(
        f"Each page: {args.warmup} warm-up requests a user, then {args.requests} "
        f"timed rounds (fewer, but at least {min(args.min_requests, args.requests)}, "
        f"if they would take over {args.budget:g} s). A round times, for each user "
        "in turn, one request of the page and one of the trivial view. Medians."
    )
    print()


def print_queries(timings: "list[Timing]", size: str) -> None:
    """Print each page's SQL at ``size``, slowest first, to see what dominates."""
    for timing in timings:
        if timing.history.size.key != size:
            continue
        total = sum(ms for ms, _ in timing.sql)
        print(
            f"\n{timing.page.label} ({timing.path}): {timing.queries} queries, "
            f"{total:.2f} ms of SQL in a request of {timing.median_ms:.2f} ms "
            f"(medians of {QUERY_SAMPLES} requests)"
        )
        for ms, sql in sorted(timing.sql, reverse=True):
            print(f"  {ms:6.2f} ms  {' '.join(sql.split())[:140]}")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
