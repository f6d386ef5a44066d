"""Time the diary's search fragment: ``python bench/pages.py --search``.

For a user with a year of history (``bench/history.py``: recent entries make
the "logged lately" ranking do its work) and the shipped catalogue, it times
the htmx search fragment (``/intake/foods/search/``) for typical queries, typos
and a search that finds nothing, and prints for each the median and 95th
percentile in ms, the median CPU time, the trivial signed-in view's median next
to it, and the SQL queries one request runs once the guidance is cached. Goal
(issue 12, README "Benchmark"): every query under 20 ms, with a fixed number
of queries.
"""

import statistics
import time
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.urls import reverse

from bench.history import YEAR, seed_history
from bench.measure import QueryTimer
from bench.urls import TRIVIAL_PATH

GOAL_MS = 20.0
# What people type: plain names, group words, British names, word order, typos
# of one and two letters, and a food the catalogue does not have.
QUERIES = (
    "milk",
    "cheese",
    "yoghurt",
    "greek yoghurt",
    "semi-skimmed",
    "sardines tinned",
    "calcium",
    "chedar",
    "parmasan",
    "mozarela",
    "ice cream",
)


def percentile(values: list[float], share: float) -> float:
    """Return the value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_get(client: Client, path: str) -> tuple[float, float]:
    """Return the wall-clock and CPU ms of one GET; fail unless it is a 200."""
    cpu, start = time.process_time(), time.perf_counter()
    response = client.get(path)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if response.status_code != 200:
        raise RuntimeError(f"GET {path} answered {response.status_code}, not 200.")
    return elapsed * 1000, cpu * 1000


def run(seed: int, requests: int, warmup: int) -> bool:
    """Time each query and print the table; return whether a goal was missed.

    Each search request follows a request of the trivial signed-in view, so a
    busy machine shows in both: the trivial view's median is printed beside.
    CPU time is this process's own, which other work on the machine does not
    lengthen.
    """
    history = seed_history(YEAR, seed)
    client = Client()
    client.force_login(history.user)
    base = reverse("tracker:intake_search")
    print(f"history: {history.describe()}")
    print(f"{requests} requests per query after {warmup} untimed ones")
    print(
        f"{'query':18} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} "
        f"{'trivial ms':>11} {'queries':>8}  shown"
    )
    missed = False
    counts = set()
    for text in QUERIES:
        path = f"{base}?{urlencode({'q': text, 'day': history.today.isoformat()})}"
        for _ in range(warmup):
            timed_get(client, path)
        timer = QueryTimer()
        with connection.execute_wrapper(timer):
            response = client.get(path)
        walls, cpus, trivial = [], [], []
        for _ in range(requests):
            trivial.append(timed_get(client, TRIVIAL_PATH)[0])
            wall, cpu = timed_get(client, path)
            walls.append(wall)
            cpus.append(cpu)
        median, p95 = statistics.median(walls), percentile(walls, 0.95)
        shown = response.content.decode().count('class="loggable"')
        print(
            f"{text:18} {median:10.1f} {p95:8.1f} {statistics.median(cpus):7.1f} "
            f"{statistics.median(trivial):11.1f} {len(timer.queries):8}  {shown}"
        )
        counts.add(len(timer.queries))
        missed |= median > GOAL_MS
    print(
        f"goal: a median under {GOAL_MS:.0f} ms for every query, with a fixed "
        f"number of queries (seen: {', '.join(str(n) for n in sorted(counts))}; "
        "a corrected word searches again)"
    )
    return missed or len(counts) > 2
