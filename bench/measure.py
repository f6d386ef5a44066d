"""Time the main pages in this process with Django's test client.

The machine is shared, so its speed drifts during a run. To keep drift out of the
figures, each page is timed for every history size in the same loop, and each
request of the page sits next to a request of the trivial signed-in view: one
round is, for each user in turn, a trivial request and a page request (in
alternating order). Whatever slows the machine then slows every figure of the
page alike, and both the ratio to the trivial view and the growth from a week of
history to a year compare like with like. The SQL queries are counted on one more
request.
"""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tracker.domain.weeks import Week

from .history import History
from .urls import TRIVIAL_PATH


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    path: Callable[[date], str]  # from the user's today
    # Pages still being built answer 404 until they land; any other page must not.
    may_be_missing: bool = False


PAGES = (
    Page("dashboard", "Dashboard", lambda today: "/"),
    Page("diary", "Diary day", lambda today: f"/intake/{today.isoformat()}/"),
    Page("exercise", "Exercise week", lambda today: f"/exercise/{Week.of(today)}/"),
    Page(
        "summary",
        "Weekly summary",
        lambda today: f"/weeks/{Week.of(today).previous()}/",
        may_be_missing=True,
    ),
    Page("weeks", "Weeks index", lambda today: "/weeks/", may_be_missing=True),
    Page("safety", "Home safety", lambda today: "/home-safety/"),
    Page("medicines", "Your medicines", lambda today: "/medicines/"),
    Page("scans", "Bone scans", lambda today: "/bones/scans/"),
    Page("height", "Height", lambda today: "/bones/height/"),
    Page("report", "Report print view", lambda today: "/report/print/"),
)


@dataclass(frozen=True)
class Settings:
    requests: int  # timed requests of each page per user, for fast pages
    min_requests: int  # ...never fewer, however slow the page
    budget_s: float  # seconds of page requests one page may take, all users
    warmup: int
    query_samples: int = 1  # requests whose queries are timed one by one


@dataclass(frozen=True)
class Timing:
    """One page for one user."""

    page: Page
    history: History
    path: str
    requests: int
    median_ms: float
    trivial_ms: float  # the trivial view's median, timed alongside
    queries: int
    sql: list[tuple[float, str]]  # (median ms, SQL) of each query

    @property
    def ratio(self) -> float:
        return self.median_ms / self.trivial_ms


@dataclass(frozen=True)
class NotBuilt:
    page: Page
    history: History
    path: str


@dataclass(frozen=True)
class Subject:
    """A user signed in, and the page's address for them."""

    history: History
    client: Client
    path: str


class UnexpectedStatus(RuntimeError):
    def __init__(self, path: str, status: int):
        super().__init__(
            f"GET {path} answered {status}, not 200. Every measured page must "
            "answer 200 to a signed-in user (redirects are not followed)."
        )


def get_ms(client: Client, path: str) -> float:
    """Return how long one GET of ``path`` took, in ms; fail unless it is a 200."""
    start = time.perf_counter()
    response = client.get(path)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise UnexpectedStatus(path, response.status_code)
    return elapsed * 1000


def signed_in_client(history: History) -> Client:
    client = Client()
    client.force_login(history.user)
    get_ms(client, TRIVIAL_PATH)  # fails loudly if even this is broken
    return client


def measure(
    histories: list[History], settings: Settings, pages=PAGES
) -> list[Timing | NotBuilt]:
    """Return the timing of each page for each user, page by page."""
    clients = [signed_in_client(history) for history in histories]
    results = []
    for page in pages:
        subjects = [
            Subject(history, client, page.path(history.today))
            for history, client in zip(histories, clients, strict=True)
        ]
        results += measure_page(page, subjects, settings)
    return results


def measure_page(
    page: Page, subjects: list[Subject], settings: Settings
) -> list[Timing | NotBuilt]:
    """Time one page for every user that has it, in the same rounds."""
    missing = [subject for subject in subjects if not exists(page, subject)]
    present = [subject for subject in subjects if subject not in missing]
    timings = {}
    if present:
        count = warm_up(present, settings)
        times = time_rounds(present, count)
        for subject in present:
            page_ms, trivial_ms = times[subject.history.size.key]
            timings[subject.history.size.key] = timing_of(
                page, subject, page_ms, trivial_ms, settings.query_samples
            )
    return [
        timings.get(subject.history.size.key)
        or NotBuilt(page, subject.history, subject.path)
        for subject in subjects
    ]


def exists(page: Page, subject: Subject) -> bool:
    """Return whether the page answers 200; a 404 of a page still being built
    means no; any other answer stops the benchmark."""
    status = subject.client.get(subject.path).status_code
    if status == 404 and page.may_be_missing:
        return False
    if status != 200:
        raise UnexpectedStatus(subject.path, status)
    return True


def warm_up(subjects: list[Subject], settings: Settings) -> int:
    """Warm caches and connections; return how many rounds to time: all asked for,
    unless a slow page would blow the time budget, and never fewer than the
    minimum."""
    round_ms = 0.0
    for subject in subjects:
        warm = [get_ms(subject.client, subject.path) for _ in range(settings.warmup)]
        for _ in range(settings.warmup):
            get_ms(subject.client, TRIVIAL_PATH)
        round_ms += statistics.median(warm) if warm else 0.0
    affordable = int(settings.budget_s * 1000 / max(round_ms, 0.001))
    return max(settings.min_requests, min(settings.requests, affordable))


def time_rounds(
    subjects: list[Subject], count: int
) -> dict[str, tuple[list[float], list[float]]]:
    """Time ``count`` rounds; return each user's page and trivial times (ms).

    Odd rounds time the page first and even rounds the trivial view, so neither
    always follows the other.
    """
    times = {subject.history.size.key: ([], []) for subject in subjects}
    for index in range(count):
        for subject in subjects:
            page_ms, trivial_ms = times[subject.history.size.key]
            if index % 2:
                page_ms.append(get_ms(subject.client, subject.path))
                trivial_ms.append(get_ms(subject.client, TRIVIAL_PATH))
            else:
                trivial_ms.append(get_ms(subject.client, TRIVIAL_PATH))
                page_ms.append(get_ms(subject.client, subject.path))
    return times


def timing_of(
    page: Page,
    subject: Subject,
    page_ms: list[float],
    trivial_ms: list[float],
    query_samples: int,
) -> Timing:
    """Return the medians, the query count of one more request, and each query's
    median time over ``query_samples`` requests."""
    with CaptureQueriesContext(connection) as captured:
        get_ms(subject.client, subject.path)
    return Timing(
        page=page,
        history=subject.history,
        path=subject.path,
        requests=len(page_ms),
        median_ms=statistics.median(page_ms),
        trivial_ms=statistics.median(trivial_ms),
        queries=len(captured.captured_queries),
        sql=query_times(subject, query_samples),
    )


def query_times(subject: Subject, samples: int) -> list[tuple[float, str]]:
    """Return (median ms, SQL) of each query the page runs, over ``samples``
    requests: one request's times are too noisy to say which query dominates."""
    runs = []
    for _ in range(samples):
        timer = QueryTimer()
        with connection.execute_wrapper(timer):
            get_ms(subject.client, subject.path)
        runs.append(timer.queries)
    return [
        (statistics.median(run[index][0] for run in runs), sql)
        for index, (_, sql) in enumerate(runs[0])
        if all(len(run) > index and run[index][1] == sql for run in runs)
    ]


class QueryTimer:
    """Time each query to the microsecond; Django's debug log keeps only ms."""

    def __init__(self):
        self.queries: list[tuple[float, str]] = []

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append(((time.perf_counter() - start) * 1000, sql))


def trivial_queries(history: History) -> int:
    """Return the trivial view's query count: the floor of every signed-in page."""
    client = signed_in_client(history)
    with CaptureQueriesContext(connection) as captured:
        get_ms(client, TRIVIAL_PATH)
    return len(captured.captured_queries)
