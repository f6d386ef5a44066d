"""How long the report's PDF takes for a year of history:
``python bench/report_pdf.py`` from the repository root.

It makes a throwaway database (as bench/pages.py does), seeds the one-year user
of bench/history.py, asks for the 12-month report with every section, and times
``/report/pdf/`` and the print view with Django's test client. It prints each
median and the PDF's size and pages. The goal is under 2 s for the PDF; it is a
report, not a test, and exits 0 unless ``--check`` is given and the goal is
missed.
"""

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
if sys.path and Path(sys.path[0]).resolve() == BENCH_DIR:
    sys.path.pop(0)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pages import postgres_server  # noqa: E402
from bench.scratch import prepare_database, scratch_database, setup_django  # noqa: E402

GOAL_S = 2.0


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5, help="timed PDFs (5)")
    parser.add_argument("--seed", type=int, default=20260)
    parser.add_argument("--database-url", help="a PostgreSQL server to run on")
    parser.add_argument("--scratch-db", default="bh_bench_report")
    parser.add_argument(
        "--check", action="store_true", help=f"exit 1 when the PDF takes {GOAL_S} s+"
    )
    return parser.parse_args(argv)


def timed(client, path: str, count: int) -> tuple[float, bytes]:
    times, content = [], b""
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"GET {path} answered {response.status_code}")
        content = response.content
    return statistics.median(times), content


def main(argv=None) -> int:
    args = parse_args(argv)
    with scratch_database(postgres_server(args), args.scratch_db) as url:
        setup_django(url)
        prepare_database()
        from django.test import Client
        from pypdf import PdfReader

        from bench import history
        from tracker.models import ReportSettings

        found = history.seed_history(history.YEAR, args.seed)
        ReportSettings.objects.create(
            user=found.user, period="12", questions="What should I ask about?"
        )
        client = Client()
        client.force_login(found.user)
        client.get("/report/pdf/")  # warm up: fonts, templates, the guidance
        pdf_s, pdf = timed(client, "/report/pdf/", args.requests)
        html_s, _ = timed(client, "/report/print/", args.requests)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"history: {found.describe()}")
        print(f"print view, 1y: median {html_s * 1000:.0f} ms")
        print(
            f"PDF, 1y: median {pdf_s:.2f} s over {args.requests} "
            f"({len(pdf) / 1024:.0f} KiB, {pages} pages); goal under {GOAL_S} s"
        )
        return int(args.check and pdf_s >= GOAL_S)


if __name__ == "__main__":
    sys.exit(main())
