"""What the fuzz tests send: bad values by kind, and Hypothesis strategies of them."""

from datetime import date

from hypothesis import strategies as st

# Characters a person could type or paste. Control characters are in the lists
# below; drawn at random they would only get the same 400 page again and again.
TYPED = st.characters(exclude_categories=["Cs", "Cc"])

LONG = "x" * 10_000

NUMBERS = [
    "",
    "0",
    "-1",
    "-0",
    "-2147483649",
    "2147483648",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999999999999",
    "1e309",
    "-1e309",
    "1e-400",
    "NaN",
    "nan",
    "Infinity",
    "-inf",
    "0.0000001",
    "1.5",
    "½",
    "1/0",
    "0/0",
    "1,000",
    " 1 ",
    "١٢",  # Arabic-Indic digits
    "0x10",
]

TEXTS = [
    "",
    " ",
    "abc",
    LONG,
    "🦴💊👵🏽\u200d🦳",
    "a\x00b",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\u202eevil",
    "' OR 1=1 --",
    "'; DROP TABLE tracker_fall; --",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "{{ 7|add:7 }}{% debug %}",
    "%s%s%n",
    "\r\n\t",
]

DATES = [
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-2026-01-01",
    "2026-1-1",
    "25/11/2026",
    "2026-11-25T10:00",
    "1969-12-31",
    "today",
]

WEEKS = ["2026-W54", "2026-W53", "0000-W01", "2026-W00", "9999-W52", "2026-W1"]

TIMES = ["25:00", "24:00", "23:60", "-1:00", "12:00:60", "7", "noon"]

# Every kind of bad value, for any field.
EVERYTHING = [*NUMBERS, *TEXTS, *DATES, *WEEKS, *TIMES]

# One of each class the fuzz tests send to every field and parameter, all at
# once: empty, negative, huge and non-finite numbers, non-numeric text, a
# 10,000-character string, emoji, NUL, SQL and HTML, impossible dates and weeks.
SWEEP = [
    "",
    "-1",
    "99999999999999999999",
    "1e309",
    "NaN",
    "abc",
    LONG,
    "🦴💊👵🏽\u200d🦳",
    "a\x00b",
    "'; DROP TABLE tracker_fall; --\"><script>alert(1)</script>",
    "2026-02-30",
    "2026-W54",
    "0000-W01",
]


def tampered(options: list[str]) -> list[str]:
    """Values a select or radio group never offers."""
    first = options[0] if options else ""
    return [f"{first}x", f" {first}", first.upper() if first.isalpha() else "zzz"]


def near(field) -> st.SearchStrategy[str]:
    """Values a browser could send, at and past the field's own limits: numbers
    around its min and max, any real date, text as long as its maxlength."""
    attrs = field.attrs
    if field.kind == "number":
        low = int(float(attrs.get("min", -1000)))
        high = int(float(attrs.get("max", 1000)))
        return st.one_of(
            st.integers(low - 2, high + 2).map(str),
            st.decimals(low - 2, high + 2, places=2).map(str),
        )
    if field.kind == "date":
        return st.dates().map(date.isoformat)
    if field.kind == "time":
        return st.times().map(lambda moment: moment.isoformat("minutes"))
    if "maxlength" in attrs:
        most = int(attrs["maxlength"])
        return st.text(TYPED, min_size=most - 1, max_size=most + 1)
    return st.text(TYPED, max_size=40)


def values_for(field, other_ids: list[str]) -> st.SearchStrategy[str]:
    """A strategy of values for ``field``: mostly near its limits, else any bad
    value, a tampered choice, or another user's id."""
    kind_values = {
        "number": NUMBERS,
        "date": DATES,
        "week": WEEKS,
        "time": TIMES,
    }.get(field.kind, TEXTS)
    options = field.options
    return st.one_of(
        near(field),
        near(field),
        st.sampled_from(kind_values),
        st.sampled_from(EVERYTHING),
        st.sampled_from([*options, *tampered(options)] or ["x"]),
        st.sampled_from(other_ids or ["0"]),
        st.text(TYPED, max_size=40),
        st.integers().map(str),
        st.floats().map(str),
    )
