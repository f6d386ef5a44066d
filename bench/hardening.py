"""The app under attack and under mixed load: ``bench/pages.py --hardening``.

Two measurements against gunicorn with the production settings on PostgreSQL,
on loopback only, each bounded in time:

1. **Sign-in brute force.** One account is paused by wrong passwords; then four
   loops keep sending wrong passwords for it as fast as the server answers. It
   prints what a refused try costs the server (CPU time of the gunicorn workers
   over the tries) and the dashboard's throughput (wrk) alone and while the
   four loops run.
2. **Mixed load.** ``--clients`` clients (50), each its own user, for
   ``--load-seconds`` (60): reads of the dashboard mixed with diary, exercise and
   checklist writes sent through the real forms (each form is fetched, its
   hidden fields kept, and posted back). It prints requests, errors and the 95th
   percentile, and the rows the server acknowledged against the rows stored,
   which must be equal; then the same with a brute-force loop running.

Clients and server share this machine's cores, so the figures are a floor;
compare them with earlier runs on the same machine.
"""

import argparse
import http.client
import os
import random
import re
import shutil
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode

from .load import (
    HOST,
    collect_static,
    drive,
    gunicorn,
    postgres_server,
    server_env,
    signing_key,
)
from .scratch import (
    describe_database,
    postgres_database,
    prepare_database,
    setup_django,
)

BRUTE_FORCE_LOOPS = 4
VICTIM = "bench-victim"
CLIENT_PASSWORD = "bench-password-never-used"
# What each client of the mixed load does, and how often (out of 100).
MIX = (("dashboard", 55), ("diary", 15), ("exercise", 15), ("checklist", 15))
TIMEOUT_S = 30


# --- A small browser: cookies, CSRF and the real forms --------------------------


class FormParser(HTMLParser):
    """Collect each form's action and the fields a browser would send."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action") or "", "fields": {}, "radios": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind == "radio":
                self._form["radios"].setdefault(a["name"], []).append(
                    (a.get("value", ""), "checked" in a)
                )
            elif kind == "checkbox":
                if "checked" in a:
                    self._form["fields"][a["name"]] = a.get("value", "on")
            elif kind not in ("submit", "button"):
                self._form["fields"][a["name"]] = a.get("value", "")
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["fields"].setdefault(self._select, "")
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if "selected" in a or (value and not self._form["fields"][self._select]):
                self._form["fields"][self._select] = value
        elif tag == "textarea" and a.get("name"):
            self._form["fields"][a["name"]] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


@dataclass
class Browser:
    """One user's connection to the server, with their cookies."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.connection = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT_S)

    def request(self, method: str, path: str, data: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{HOST}:{self.port}"
            headers["Referer"] = f"http://{HOST}:{self.port}{path}"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, content.decode("utf-8", "replace"), response

    def form(self, path: str, action_pattern: str) -> tuple[str, dict, dict]:
        """GET ``path`` and return the first form whose action matches."""
        status, page, _ = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        parser = FormParser()
        parser.feed(page)
        for form in parser.forms:
            if re.search(action_pattern, form["action"] or path):
                return form["action"] or path, form["fields"], form["radios"]
        raise RuntimeError(f"no form matching {action_pattern!r} on {path}")


# --- Setting up ------------------------------------------------------------------


def make_users(count: int) -> tuple[list, list[str]]:
    """Create ``count`` users with profiles, and their session cookies."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from tracker.models import Profile

    from .load import session_cookie

    user_model = get_user_model()
    # One hash for all: the clients never sign in with it.
    password = make_password(CLIENT_PASSWORD)
    users = user_model.objects.bulk_create(
        user_model(
            username=f"bench-client-{n}", email=f"c{n}@example.org", password=password
        )
        for n in range(count)
    )
    Profile.objects.bulk_create(
        Profile(user=user, time_zone="Europe/London", onboarded_at="2026-01-01T00:00Z")
        for user in users
    )
    return users, [session_cookie(user) for user in users]


def cookie_dict(cookie: str) -> dict[str, str]:
    name, _, value = cookie.partition("=")
    return {name: value}


def row_counts(user_ids: list[int]) -> Counter:
    from tracker.models import ChecklistAnswer, ExerciseSession, IntakeEntry

    return Counter(
        diary=IntakeEntry.objects.filter(user_id__in=user_ids).count(),
        exercise=ExerciseSession.objects.filter(user_id__in=user_ids).count(),
        checklist=ChecklistAnswer.objects.filter(user_id__in=user_ids).count(),
    )


# --- Brute force -----------------------------------------------------------------


class BruteForce:
    """Loops that send wrong passwords for one account until told to stop."""

    def __init__(self, port: int, loops: int):
        self.port, self.loops = port, loops
        self.stopping = threading.Event()
        self.tries = 0
        self.statuses: Counter = Counter()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def __enter__(self):
        for _ in range(self.loops):
            thread = threading.Thread(target=self._loop, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self._threads:
            thread.join(TIMEOUT_S)

    def _loop(self):
        browser = Browser(self.port)
        # The sign-in page itself answers 429 once this address is paused; any
        # other form gives the CSRF token.
        _, fields, _ = browser.form("/accounts/password_reset/", r"")
        action = "/accounts/login/"
        guess = 0
        while not self.stopping.is_set():
            guess += 1
            data = {**fields, "username": VICTIM, "password": f"guess-{guess}"}
            try:
                status, _, _ = browser.request("POST", action, data)
            except (OSError, http.client.HTTPException):
                status = 0
                browser = Browser(self.port, browser.cookies)
            with self._lock:
                self.tries += 1
                self.statuses[status] += 1


def pause_victim(port: int) -> int:
    """Send wrong passwords until the victim's sign-in is paused; return tries."""
    from django.conf import settings

    browser = Browser(port)
    action, fields, _ = browser.form("/accounts/login/", r"login")
    for tries in range(1, settings.AXES_FAILURE_LIMIT + 5):
        data = {**fields, "username": VICTIM, "password": "wrong"}
        status, _, _ = browser.request("POST", action, data)
        if status == 429:
            return tries
    raise RuntimeError("the victim's sign-in was never paused: is throttling on?")


def worker_cpu_seconds(port: int) -> float:
    """CPU time (user + system) used so far by the gunicorn serving ``port``,
    master and workers, read from /proc."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                command = cmdline.read().decode(errors="replace")
            if "gunicorn" not in command or f":{port}" not in command:
                continue
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except OSError:
            continue
    return total


@dataclass(frozen=True)
class BruteForceResult:
    tries_to_pause: int
    tries: int
    seconds: float
    cpu_ms_per_try: float
    refused: int
    dashboard_alone: float
    dashboard_under_attack: float


def measure_brute_force(
    port: int, cookie: str, seconds: int, wrk: str
) -> BruteForceResult:
    progress("brute force: pausing the victim's sign-in...")
    tries_to_pause = pause_victim(port)
    progress(f"brute force: {BRUTE_FORCE_LOOPS} loops alone for {seconds} s...")
    cpu_before = worker_cpu_seconds(port)
    started = time.monotonic()
    with BruteForce(port, BRUTE_FORCE_LOOPS) as attack:
        time.sleep(seconds)
    elapsed = time.monotonic() - started
    cpu = worker_cpu_seconds(port) - cpu_before
    alone = drive(wrk, port, "/", "dashboard", cookie, seconds)
    with BruteForce(port, BRUTE_FORCE_LOOPS):
        attacked = drive(wrk, port, "/", "dashboard, attacked", cookie, seconds)
    return BruteForceResult(
        tries_to_pause=tries_to_pause,
        tries=attack.tries,
        seconds=elapsed,
        cpu_ms_per_try=1000 * cpu / max(attack.tries, 1),
        refused=attack.statuses[429],
        dashboard_alone=alone.per_second,
        dashboard_under_attack=attacked.per_second,
    )


# --- Mixed load ------------------------------------------------------------------


@dataclass
class Tally:
    requests: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    acknowledged: Counter = field(default_factory=Counter)


def client_loop(
    port: int, cookie: str, rooms: list[str], until: float, rng, tally, lock
):
    browser = Browser(port, cookie_dict(cookie))
    actions = [name for name, weight in MIX for _ in range(weight)]
    flip = 0
    while time.monotonic() < until:
        action = rng.choice(actions)
        started = time.monotonic()
        requests, errors, acknowledged = 0, 0, None
        try:
            if action == "dashboard":
                status, _, _ = browser.request("GET", "/")
                requests, errors = 1, status != 200
            else:
                if action == "diary":
                    # /intake/ redirects to today's page in the user's zone.
                    _, _, response = browser.request("GET", "/intake/")
                    requests += 1
                    path = f"{response.getheader('Location')}?q=milk"
                    pattern = r"/intake/\d{4}-\d\d-\d\d/add/"
                elif action == "exercise":
                    path, pattern = "/exercise/log/", r"/exercise/log/"
                else:
                    path, pattern = f"/home-safety/{rng.choice(rooms)}/", r"home-safety"
                post_to, data, radios = browser.form(path, pattern)
                requests += 1
                for name, options in radios.items():
                    checked = [value for value, on in options if on]
                    if checked:
                        data[name] = checked[0]
                if action == "exercise":
                    data["minutes"] = str(rng.randint(10, 60))
                if action == "checklist":
                    # Change one answer, so that each save stores exactly one row.
                    flip += 1
                    name = sorted(radios)[flip % len(radios)]
                    values = [value for value, _ in radios[name]]
                    data[name] = next(v for v in values if v != data.get(name))
                status, _, _ = browser.request("POST", post_to, data)
                requests += 1
                if status == 302:
                    acknowledged = action
                else:
                    errors += 1
        except (OSError, http.client.HTTPException, RuntimeError):
            errors += 1
            browser = Browser(port, browser.cookies)
        with lock:
            tally.requests += requests
            tally.errors += errors
            tally.latencies.append(time.monotonic() - started)
            if acknowledged:
                tally.acknowledged[acknowledged] += 1


@dataclass(frozen=True)
class MixedResult:
    label: str
    seconds: int
    requests: int
    errors: int
    p95_ms: float
    acknowledged: Counter
    stored: Counter
    brute_force_tries: int


def measure_mixed(port, cookies, users, seconds, label, *, attack: bool) -> MixedResult:
    from tracker.models import Room

    rooms = list(Room.objects.values_list("slug", flat=True))
    user_ids = [user.pk for user in users]
    before = row_counts(user_ids)
    tally, lock = Tally(), threading.Lock()
    until = time.monotonic() + seconds
    progress(
        f"mixed load{' with a brute-force loop' if attack else ''}: "
        f"{len(cookies)} clients for {seconds} s..."
    )
    threads = [
        threading.Thread(
            target=client_loop,
            args=(port, cookie, rooms, until, random.Random(n), tally, lock),
        )
        for n, cookie in enumerate(cookies)
    ]
    brute = BruteForce(port, 1 if attack else 0)
    with brute:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(seconds + TIMEOUT_S * 2)
    stored = row_counts(user_ids)
    stored.subtract(before)
    latencies = sorted(tally.latencies) or [0.0]
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return MixedResult(
        label=label,
        seconds=seconds,
        requests=tally.requests,
        errors=tally.errors,
        p95_ms=1000 * p95,
        acknowledged=tally.acknowledged,
        stored=stored,
        brute_force_tries=brute.tries,
    )


# --- Running and reporting -------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("--hardening needs wrk: install it with `apt-get install wrk`.")
    server_url = postgres_server(args)
    name = f"{args.scratch_db}_hardening"
    with postgres_database(server_url, name) as url:
        setup_django(url)
        prepare_database()
        database = describe_database(name)
        from django.contrib.auth import get_user_model

        from tracker.services.accounts import create_account

        progress(f"creating {args.clients} users and the victim...")
        create_account(
            username=VICTIM, email="victim@example.org", password="a real secret phrase"
        )
        users, cookies = make_users(args.clients)
        assert get_user_model().objects.count() == args.clients + 1
        env = server_env(url, signing_key())
        progress("collecting static files into ./staticfiles...")
        collect_static(env)
        with gunicorn(env) as port:
            brute = measure_brute_force(port, cookies[0], args.seconds, wrk)
            calm = measure_mixed(
                port, cookies, users, args.load_seconds, "mixed", attack=False
            )
            attacked = measure_mixed(
                port,
                cookies,
                users,
                args.load_seconds,
                "mixed + brute force",
                attack=True,
            )
    print_report(args, database, brute, [calm, attacked])
    ok = all(r.errors == 0 and acknowledged_equals_stored(r) for r in (calm, attacked))
    return 0 if ok or not args.check else 1


def acknowledged_equals_stored(result: MixedResult) -> bool:
    return all(
        result.acknowledged[kind] == result.stored[kind]
        for kind in ("diary", "exercise", "checklist")
    )


def print_report(
    args, database: str, brute: BruteForceResult, mixed: list[MixedResult]
):
    print(
        "Bone Health Tracker: attack and mixed-load benchmark (bench/pages.py --hardening)"
    )
    print(
        f"Server: gunicorn bench.wsgi, 2 workers on {HOST}, production settings; {database}"
    )
    print()
    print(
        f"Sign-in brute force: paused after {brute.tries_to_pause} wrong passwords; then "
        f"{BRUTE_FORCE_LOOPS} loops sent {brute.tries} tries in {brute.seconds:.0f} s "
        f"({brute.refused} refused with 429)"
    )
    print(f"  server CPU per refused try: {brute.cpu_ms_per_try:.2f} ms (goal < 5 ms)")
    share = (
        brute.dashboard_under_attack / brute.dashboard_alone
        if brute.dashboard_alone
        else 0
    )
    print(
        f"  dashboard: {brute.dashboard_alone:.1f} req/s alone, "
        f"{brute.dashboard_under_attack:.1f} req/s with the {BRUTE_FORCE_LOOPS} loops "
        f"= {share:.0%} kept (goal >= 80 %)"
    )
    print()
    header = (
        f"{'run':<22}{'requests':>9}{'errors':>8}{'p95 ms':>9}  "
        "acknowledged = stored (diary, exercise, checklist)"
    )
    print(header)
    print("-" * len(header))
    for result in mixed:
        pairs = ", ".join(
            f"{result.acknowledged[k]}={result.stored[k]}"
            for k in ("diary", "exercise", "checklist")
        )
        verdict = "equal" if acknowledged_equals_stored(result) else "NOT EQUAL"
        extra = (
            f"; {result.brute_force_tries} brute-force tries"
            if result.brute_force_tries
            else ""
        )
        print(
            f"{result.label:<22}{result.requests:>9}{result.errors:>8}{result.p95_ms:>9.0f}  "
            f"{pairs} ({verdict}){extra}"
        )
    print(f"({args.clients} clients, {args.load_seconds} s each, loopback only)")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
