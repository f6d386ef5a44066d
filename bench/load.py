"""``bench/pages.py --load``: the app under load, as it is served in production.

gunicorn serves the app with the production settings (DEBUG off) on PostgreSQL on
loopback, and wrk, in another process, drives each of ``TARGETS`` in turn for a
bounded time: ``/healthz/``, the trivial signed-in view of ``bench/urls.py``
and the dashboard of a user with a year of history. The report ends with the
dashboard's requests per second as a share of the trivial view's, on the same
server: like the page benchmark's ratio, it says what the page itself costs,
whatever the machine. Client and server share this machine's cores, so the
figures are a floor, and mostly useful compared with earlier runs on the same
machine. Only 127.0.0.1 is ever sent traffic.

To time another URL, add a ``Target``; ``drive`` takes any path and cookie.
"""

import argparse
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import TRIVIAL_PATH
from .scratch import (
    describe_database,
    is_postgres,
    postgres_database,
    prepare_database,
    setup_django,
)

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 16
START_TIMEOUT_S = 30

# wrk runs one Lua state per thread: each counts its non-2xx answers (a redirect to
# the login page would be one), and done() adds them up and prints one line.
WRK_SCRIPT = """
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p95_us=%d non2xx=%d socket_errors=%d\\n",
    summary.requests, summary.duration, latency:percentile(95), bad,
    e.connect + e.read + e.write + e.timeout))
end
"""


@dataclass(frozen=True)
class Target:
    """A URL wrk drives, alone, for ``--seconds``."""

    key: str
    label: str
    path: str
    signed_in: bool  # as the one-year user


HEALTH = Target("health", "health check", "/healthz/", signed_in=False)
TRIVIAL = Target("trivial", "trivial, signed in", TRIVIAL_PATH, signed_in=True)
DASHBOARD = Target("dashboard", "dashboard, 1y", "/", signed_in=True)
TARGETS = (HEALTH, TRIVIAL, DASHBOARD)
# The dashboard should serve at least this share of the trivial view's
# requests per second (issue 15).
DASHBOARD_SHARE_GOAL = 0.40


@dataclass(frozen=True)
class LoadResult:
    label: str
    path: str
    requests: int
    duration_s: float
    p95_ms: float
    non2xx: int
    socket_errors: int

    @property
    def per_second(self) -> float:
        return self.requests / self.duration_s

    @property
    def errors(self) -> int:
        return self.non2xx + self.socket_errors


def run(args: argparse.Namespace) -> int:
    """Serve a scratch copy of the app with gunicorn and drive it with wrk."""
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("--load needs wrk: install it with `apt-get install wrk`.")
    server_url = postgres_server(args)
    name = f"{args.scratch_db}_load"
    with postgres_database(server_url, name) as url:
        setup_django(url)
        prepare_database()
        database = describe_database(name)
        from .history import YEAR, seed_history

        seeded = seed_history(YEAR, args.seed)
        cookie = session_cookie(seeded.user)
        env = server_env(url, signing_key())
        progress("collecting static files into ./staticfiles...")
        collect_static(env)
        with gunicorn(env) as port:
            for target in TARGETS:
                require_ok(port, target.path, cookie if target.signed_in else None)
            results = {
                target.key: drive(
                    wrk,
                    port,
                    target.path,
                    target.label,
                    cookie if target.signed_in else None,
                    args.seconds,
                )
                for target in TARGETS
            }
    print_report(args, database, seeded.describe(), list(results.values()))
    print_share(results[DASHBOARD.key], results[TRIVIAL.key])
    return 0


def postgres_server(args: argparse.Namespace) -> str:
    """Return the PostgreSQL server to use: the given URL, $DATABASE_URL, or the
    local cluster that scripts/postgres starts (as root)."""
    if args.database_url:
        if not is_postgres(args.database_url):
            sys.exit("--database-url must be a PostgreSQL URL (postgres://...).")
        return args.database_url
    if is_postgres(os.environ.get("DATABASE_URL")):
        return os.environ["DATABASE_URL"]
    script = ROOT / "scripts" / "postgres"
    if os.geteuid() == 0 and script.exists():
        found = subprocess.run([script], check=True, capture_output=True, text=True)
        return found.stdout.strip().splitlines()[-1]
    sys.exit(
        "--load needs PostgreSQL: pass --database-url postgres://user:pass@host/db "
        "or set DATABASE_URL (as root, scripts/postgres starts the local cluster). "
        "The bench creates and drops its own database there."
    )


def session_cookie(user) -> str:
    """Return a Cookie header value signing ``user`` in, saved in the scratch
    database; the server shares the SECRET_KEY, so it accepts the session."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def signing_key() -> str:
    """Return the SECRET_KEY this process signed the session with.

    The test settings set their own, whatever ``setup_django`` was given; a
    server with another key reads the cookie as no session at all, and would
    serve the dashboard's visitor landing page with a 200.
    """
    from django.conf import settings

    return settings.SECRET_KEY


def server_env(database_url: str, secret_key: str) -> dict[str, str]:
    """Return the production settings for plain HTTP on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bonehealth.settings",
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
    }


def collect_static(env: dict[str, str]) -> None:
    """Build ./staticfiles (gitignored): the manifest storage needs it, or every
    page that links a stylesheet fails."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(env: dict[str, str]) -> Iterator[int]:
    """Run gunicorn until the block ends; yield its port once /healthz/ answers."""
    port = free_port()
    with tempfile.NamedTemporaryFile("w+", suffix=".log") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "bench.wsgi",  # the app, plus the trivial view
                f"--workers={WORKERS}",
                f"--bind={HOST}:{port}",
                f"--error-logfile={log.name}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,  # Ctrl+C reaches only the bench, which stops it
        )
        try:
            wait_until_up(server, port, Path(log.name))
            yield port
        finally:
            stop(server)


def wait_until_up(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited at start:\n{log.read_text()}")
        try:
            if status_of(port, "/healthz/", None) == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer /healthz/:\n{log.read_text()}")


def stop(server: subprocess.Popen) -> None:
    """Stop gunicorn gracefully (its master stops the workers), or kill it."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def status_of(port: int, path: str, cookie: str | None) -> int:
    """Return the status of one GET, following no redirect."""
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        return connection.getresponse().status
    finally:
        connection.close()


def require_ok(port: int, path: str, cookie: str | None) -> None:
    """Fail before the load run if ``path`` is not a 200 (a 302 means the session
    was not accepted, and wrk would time the login redirect)."""
    status = status_of(port, path, cookie)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status} before the load run.")


def drive(
    wrk: str, port: int, path: str, label: str, cookie: str | None, seconds: int
) -> LoadResult:
    """Run wrk against ``path`` for ``seconds`` and return what it measured."""
    progress(f"driving {path} for {seconds} s...")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT)
        script.flush()
        command = [
            wrk,
            f"-t{WRK_THREADS}",
            f"-c{WRK_CONNECTIONS}",
            f"-d{seconds}s",
            f"--script={script.name}",
        ]
        if cookie:
            command += ["--header", f"Cookie: {cookie}"]
        command.append(f"http://{HOST}:{port}{path}")
        done = subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=seconds + 60
        )
    return parse_wrk(done.stdout, label, path)


def parse_wrk(output: str, label: str, path: str) -> LoadResult:
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    values = dict(field.split("=") for field in line.split()[1:])
    return LoadResult(
        label=label,
        path=path,
        requests=int(values["requests"]),
        duration_s=int(values["duration_us"]) / 1_000_000,
        p95_ms=int(values["p95_us"]) / 1000,
        non2xx=int(values["non2xx"]),
        socket_errors=int(values["socket_errors"]),
    )


def print_report(
    args: argparse.Namespace, database: str, history: str, results: list[LoadResult]
) -> None:
    print("Bone Health Tracker: load benchmark (bench/pages.py --load)")
    print(
        f"Server: gunicorn bench.wsgi (the app and the trivial view), {WORKERS} "
        f"workers on {HOST}, production "
        f"settings (DEBUG off); {database}"
    )
    print(
        f"Load: wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} -d{args.seconds}s per URL, "
        "on the same machine as the server"
    )
    print(f"History: {history}")
    print()
    header = f"{'url':<40}{'req/s':>10}{'p95 ms':>10}{'errors':>8}  requests"
    print(header)
    print("-" * len(header))
    for result in results:
        url = f"{result.path} ({result.label})"
        detail = (
            f" ({result.non2xx} non-2xx, {result.socket_errors} socket)"
            if result.errors
            else ""
        )
        print(
            f"{url:<40}{result.per_second:>10.1f}{result.p95_ms:>10.2f}"
            f"{result.errors:>8}  {result.requests}{detail}"
        )


def print_share(page: LoadResult, trivial: LoadResult) -> None:
    """Print the page's requests per second as a share of the trivial view's."""
    share = page.per_second / trivial.per_second if trivial.per_second else 0.0
    print()
    print(
        f"{page.label}: {share:.0%} of the trivial signed-in view's requests per "
        f"second (goal: at least {DASHBOARD_SHARE_GOAL:.0%})"
    )


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
