"""A per-process cache of guidance reads that is never stale.

Guidance (targets, weekly goals, tips, the checklist) changes only when an admin
edits it, yet nearly every page reads it, and building those reads in the ORM
costs more than running them. So each process keeps what it read, with the
guidance version it read it at: a number in the database that every change to
guidance bumps in the same transaction as the change (``tracker/signals.py``).
A request reads the version once (signed in, in the same query as the user, see
``tracker/auth_backends.py``), so an edit made in another process shows on the
next request, never later.

Cached values are shared between requests: they are tuples of frozen
dataclasses or of model instances that nothing may change.
"""

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from ..models import GuidanceVersion


@dataclass
class RequestVersion:
    """The guidance version of one request, read when first needed."""

    number: int | None = None


_request: ContextVar[RequestVersion | None] = ContextVar(
    "guidance_version", default=None
)
_entries: dict[str, tuple[int, object]] = {}


def read_version() -> int:
    """Return the guidance version in the database (1 query)."""
    number = GuidanceVersion.objects.filter(pk=1).values_list("number", flat=True)
    return number.first() or 0


def current_version() -> int:
    """Return this request's guidance version; outside a request, read it."""
    request = _request.get()
    if request is None:
        return read_version()
    if request.number is None:
        request.number = read_version()
    return request.number


def begin_request(number: int | None):
    """Start a request whose version is ``number``, or unknown (None) until
    needed; return the token that ``end_request`` takes."""
    return _request.set(RequestVersion(number))


def end_request(token) -> None:
    _request.reset(token)


def cached[T](key: str, load: Callable[[], T]) -> T:
    """Return ``load()``'s value, read again only when guidance has changed."""
    version = current_version()
    entry = _entries.get(key)
    if entry is not None and entry[0] == version:
        return entry[1]  # type: ignore[return-value]
    value = load()
    _entries[key] = (version, value)
    return value


def clear() -> None:
    """Forget every cached read (tests do this before each test)."""
    _entries.clear()
