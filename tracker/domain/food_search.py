"""Food search words: what a user types, and what catalogue names say.

A query becomes a tuple of ``Term``s, one per word or known phrase. A name matches
when every term finds one of its alternatives in it (or the food's group is one
the term names), so word order never matters. The rules here turn British
spellings and everyday names into the catalogue's (US) names ("yoghurt" finds
Yogurt, "semi-skimmed" finds 2% milk), plurals into singulars, group words into
their members ("cheese" finds Parmesan), and, when nothing matches, a misspelt
word into the nearest words of the catalogue ("chedar" finds Cheddar).

``rank`` orders what matched: a name that starts with the word, then one whose
main part (before the first comma) holds it as a word, then the rest; a word
found only inside another word ("buttermilk" for "milk") comes last.

The rules are general. What is true of one food only ("curd" is yogurt in
India, "cannellini" are white beans) is that food's aliases, which admins edit
(``Food.aliases``): a term met by an alias counts as met by the name, a little
behind the name's own words (ALIAS).

When nothing matches even after corrections, ``suggestions`` offers the
catalogue names that look most like what was typed.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

MAX_TERMS = 6
# Words shorter than this are never taken for misspellings.
TYPO_MIN_LENGTH = 4

# Penalties added to a term's score (lower ranks first).
SAME = 0  # the word itself, a plural or another spelling of it
NEARBY = 1  # a member of a group word, or a close cousin ("low fat" for "semi-skimmed")
ALIAS = 1  # met by one of the food's aliases, not its name
TYPO = 2  # the nearest catalogue word to a misspelt one
GROUP = 3  # only the food's group matches ("fish" for Cod liver oil)
INSIDE_WORD = 10  # found inside a longer word ("milk" in "Buttermilk")

_WORD = re.compile(r"[^\W_]+%?|\d+%")


@dataclass(frozen=True)
class Rule:
    """What people type (``typed``), and what catalogue names say instead."""

    typed: tuple[str, ...]
    names: tuple[str, ...] = ()
    nearby: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()


RULES = (
    # British and American spellings and names.
    Rule(("yoghurt", "yogourt", "yoghourt"), ("yogurt",)),
    Rule(
        ("skimmed", "skim", "nonfat", "non fat", "fat free", "no fat", "zero fat"),
        ("skim", "nonfat", "fat free", "fat-free"),
    ),
    Rule(
        ("semi skimmed", "semi skim", "semi", "2%", "reduced fat", "half fat"),
        ("2%", "reduced fat", "reduced-fat", "semi-skimmed", "semi skimmed"),
        nearby=("1%", "low fat", "low-fat"),
    ),
    Rule(
        ("low fat", "lowfat", "light"), ("low fat", "low-fat", "1%"), ("reduced fat",)
    ),
    Rule(("whole", "full fat", "full cream"), ("whole", "full fat", "full-fat")),
    Rule(("soya",), ("soy",)),
    Rule(("wholemeal", "wholegrain", "whole grain"), ("whole-wheat", "whole wheat")),
    Rule(("tinned", "tin"), ("canned",)),
    Rule(("pak choi", "pak choy", "bok choi", "bok choy"), ("bok choy", "pak-choi")),
    Rule(("pilchard",), ("sardine", "pilchard")),
    Rule(("kipper",), ("herring", "kipper")),
    Rule(("beancurd", "bean curd"), ("tofu",)),
    Rule(("oj",), ("orange juice",)),
    Rule(("vit",), ("vitamin",)),
    Rule(("portobello",), ("portabella", "portobello")),
    # Group words: every member, and the catalogue's group field.
    Rule(
        ("cheese",),
        ("cheese",),
        nearby=(
            "cheddar",
            "mozzarella",
            "parmesan",
            "ricotta",
            "feta",
            "brie",
            "camembert",
            "gouda",
            "emmental",
            "gruyere",
            "halloumi",
            "stilton",
            "paneer",
            "manchego",
            "quark",
        ),
    ),
    Rule(("dairy",), ("dairy",), ("milk", "yogurt", "cheese"), ("dairy",)),
    Rule(("fish", "seafood"), ("fish",), groups=("fish",)),
    Rule(
        ("veg", "vegetable", "veggie", "veggies"),
        ("vegetable",),
        groups=("vegetables",),
    ),
    Rule(("greens", "leafy greens"), ("greens",), ("kale", "bok choy", "spinach")),
    Rule(("pulse", "legume", "nut", "seed"), groups=("legumes_nuts",)),
    Rule(("fruit",), ("fruit",), groups=("fruit_other",)),
    Rule(("meat",), ("meat", "beef", "liver"), groups=("eggs_meat",)),
    Rule(("grain",), ("grain", "bread", "cereal"), groups=("grains",)),
)


@dataclass(frozen=True)
class Alternative:
    text: str  # lower case, as it may appear in a name
    penalty: int = SAME


@dataclass(frozen=True)
class Term:
    """One word or phrase of a query, and the texts that satisfy it."""

    word: str
    alternatives: tuple[Alternative, ...]
    groups: tuple[str, ...] = ()
    has_rule: bool = False

    @property
    def texts(self) -> tuple[str, ...]:
        """Every text to look for in names, each once."""
        return tuple(dict.fromkeys(a.text for a in self.alternatives))


def words(text: str) -> list[str]:
    """Return the lower-case words of ``text``: "Semi-skimmed, 2 %" is
    ["semi", "skimmed", "2"]; "2%" stays one word."""
    return _WORD.findall(text.lower())


def singulars(word: str) -> list[str]:
    """Return ``word`` and the singulars it may be: "cheeses" gives "cheese"
    (and "chees", harmless in a search), "berries" gives "berry"."""
    forms = [word]
    if len(word) > 3 and word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith("es"):
        forms += [word[:-1], word[:-2]]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return forms


_BY_TYPED = {tuple(words(typed)): rule for rule in RULES for typed in rule.typed}
_LONGEST_PHRASE = max(len(key) for key in _BY_TYPED)


def _rule_for(phrase: tuple[str, ...]) -> Rule | None:
    rule = _BY_TYPED.get(phrase)
    if rule is None and len(phrase) == 1:
        for form in singulars(phrase[0])[1:]:
            rule = _BY_TYPED.get((form,))
            if rule is not None:
                break
    return rule


def _term(phrase: tuple[str, ...], rule: Rule | None, penalty: int = SAME) -> Term:
    typed = " ".join(phrase)
    own = [typed, "-".join(phrase)] if len(phrase) > 1 else singulars(typed)
    alternatives = [Alternative(text, penalty) for text in own]
    groups: tuple[str, ...] = ()
    if rule is not None:
        alternatives += [Alternative(text, penalty) for text in rule.names]
        alternatives += [Alternative(text, penalty + NEARBY) for text in rule.nearby]
        groups = rule.groups
    return Term(typed, tuple(dict.fromkeys(alternatives)), groups, rule is not None)


def terms(text: str) -> tuple[Term, ...]:
    """Return the terms of a query, known phrases ("semi skimmed") as one term."""
    tokens = words(text)
    found: list[Term] = []
    start = 0
    while start < len(tokens) and len(found) < MAX_TERMS:
        for size in range(min(_LONGEST_PHRASE, len(tokens) - start), 0, -1):
            phrase = tuple(tokens[start : start + size])
            rule = _rule_for(phrase)
            if rule is not None or size == 1:
                found.append(_term(phrase, rule))
                start += size
                break
    return tuple(found)


def vocabulary(names: Iterable[str]) -> frozenset[str]:
    """Return the words a misspelling may be corrected to: those of ``names``
    (the catalogue's) and every single word a rule knows."""
    known = {word for name in names for word in words(name) if len(word) >= 3}
    known.update(key[0] for key in _BY_TYPED if len(key) == 1)
    return frozenset(known)


def distance(a: str, b: str, limit: int) -> int:
    """Return the edits (insert, delete, change, swap two neighbours) between
    ``a`` and ``b``, or ``limit + 1`` once it is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(current[j - 1] + 1, row[j] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


def nearest(word: str, known: Iterable[str]) -> list[str]:
    """Return the known words nearest to ``word``: one edit away for words of up
    to 5 letters, two for longer ones; none for a word that is part of a known
    word (someone still typing "chedd") or shorter than 4 letters."""
    if len(word) < TYPO_MIN_LENGTH or any(word in other for other in known):
        return []
    limit = 1 if len(word) <= 5 else 2
    found: dict[int, list[str]] = {}
    for other in known:
        edits = distance(word, other, limit)
        if edits <= limit:
            found.setdefault(edits, []).append(other)
    return sorted(found[min(found)]) if found else []


def corrected(query: tuple[Term, ...], known: Iterable[str]) -> tuple[Term, ...]:
    """Return ``query`` with the nearest known words added to each word that may
    be misspelt; the same tuple when no word changed."""
    known = tuple(known)
    result = []
    for term in query:
        near = [] if term.has_rule or " " in term.word else nearest(term.word, known)
        for word in near:
            fix = _term((word,), _rule_for((word,)), TYPO)
            term = Term(
                term.word,
                tuple(dict.fromkeys(term.alternatives + fix.alternatives)),
                term.groups + fix.groups,
                term.has_rule,
            )
        result.append(term)
    result_tuple = tuple(result)
    return query if result_tuple == query else result_tuple


def _place(name: str, text: str) -> int | None:
    """Return how well ``text`` sits in ``name`` (lower case): 0 at the start, 1
    as a word in the main part (before the first comma), 2 as a word later, one
    more for the start of a longer word, INSIDE_WORD inside one; None if absent."""
    head_end = name.find(",")
    if head_end < 0:
        head_end = len(name)
    best = None
    start = name.find(text)
    while start >= 0:
        end = start + len(text)
        if start > 0 and name[start - 1].isalnum():
            place = INSIDE_WORD
        else:
            place = 0 if start == 0 else 1 if start < head_end else 2
            rest = name[end : end + 3]
            whole = not rest[:1].isalnum() or re.match(r"(e?s)(\W|$)", rest)
            place += 0 if whole else 1
        best = place if best is None else min(best, place)
        start = name.find(text, start + 1)
    return best


def aliases_of(text: str) -> tuple[str, ...]:
    """Return the aliases an admin typed, separated by commas or semicolons,
    in lower case: "Yoghurt; curd," gives ("yoghurt", "curd")."""
    parts = (" ".join(part.split()) for part in re.split(r"[,;]", text.lower()))
    return tuple(alias for alias in dict.fromkeys(parts) if alias)


def term_score(
    term: Term, name: str, group: str = "", aliases: Sequence[str] = ()
) -> int | None:
    """Return how well ``name`` (lower case), one of its ``aliases`` (lower
    case) or ``group`` meets ``term``, lower being better, or None if none
    does."""
    scores = []
    for alternative in term.alternatives:
        place = _place(name, alternative.text)
        if place is not None:
            scores.append(place + alternative.penalty)
        for alias in aliases:
            place = _place(alias, alternative.text)
            if place is not None:
                scores.append(place + alternative.penalty + ALIAS)
    if group and group in term.groups:
        scores.append(GROUP)
    return min(scores) if scores else None


def rank(
    query: tuple[Term, ...],
    name: str,
    group: str = "",
    *,
    aliases: Sequence[str] = (),
    personal: bool = False,
) -> tuple | None:
    """Return a sort key for an item that matches ``query``, or None.

    Good matches come before those found only inside longer words; among each,
    the user's own and recently logged items (``personal``) first, then the best
    matches, then by name.
    """
    lower = name.lower()
    scores = [term_score(term, lower, group, aliases) for term in query]
    if not scores or None in scores:
        return None
    weak = any(score >= INSIDE_WORD for score in scores)  # type: ignore[operator]
    return (weak, not personal, sum(scores), lower)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Candidate:
    """A food or supplement as the search sees it."""

    name: str
    group: str = ""
    aliases: tuple[str, ...] = ()  # lower case, see ``aliases_of``
    personal: bool = False  # the user's own, or logged lately


def ranked[C: Candidate](query: tuple[Term, ...], candidates: Iterable[C]) -> list[C]:
    """Return the candidates that meet ``query``, best first."""
    keyed = []
    for index, candidate in enumerate(candidates):
        key = rank(
            query,
            candidate.name,
            candidate.group,
            aliases=candidate.aliases,
            personal=candidate.personal,
        )
        if key is not None:
            keyed.append((key, index, candidate))
    return [candidate for *_, candidate in sorted(keyed, key=lambda row: row[:2])]


def search[C: Candidate](
    text: str, candidates: Sequence[C], known: Iterable[str]
) -> list[C]:
    """Return the candidates that match ``text``, best first, correcting
    misspelt words to the ``known`` words when nothing matches as typed: what
    ``queries.intake.search`` does, without the database."""
    query = terms(text)
    if not query:
        return []
    found = ranked(query, candidates)
    if not found:
        fixed = corrected(query, known)
        if fixed != query:
            found = ranked(fixed, candidates)
    return found


# How alike a word of a name must look to a typed word for the name to be
# suggested (difflib's ratio: 1 is the same word); below this, suggestions
# would only puzzle ("custard" is 0.86 like "mustard", "salmn" 0.91 like
# "salmon", "almond" only 0.73).
SUGGESTION_LIKENESS = 0.8
SUGGESTIONS = 3


def likeness(typed: str, text: str) -> tuple[float, float]:
    """Return how alike ``typed`` and ``text`` look, word order aside: the
    likeness of the closest pair of words, then the mean over typed words of
    each one's closest word (0 to 1 both). Words under 3 letters are skipped."""
    typed_words = [word for word in words(typed) if len(word) >= 3]
    text_words = [word for word in words(text) if len(word) >= 3]
    if not typed_words or not text_words:
        return (0.0, 0.0)
    closest = [
        max(SequenceMatcher(None, word, other).ratio() for other in text_words)
        for word in typed_words
    ]
    return (max(closest), sum(closest) / len(closest))


def suggestions(
    typed: str,
    names: Iterable[tuple[str, Sequence[str]]],
    limit: int = SUGGESTIONS,
) -> list[str]:
    """Return up to ``limit`` names, most alike first, that look like
    ``typed``: the main part of each name (before its first comma) and each
    of its aliases are compared. ``names`` are (name, aliases) pairs."""
    scored: dict[str, tuple[float, float]] = {}
    for name, aliases in names:
        head = name.split(",", 1)[0]
        score = max(likeness(typed, text) for text in (head, *aliases))
        if score[0] >= SUGGESTION_LIKENESS and score > scored.get(name, (0.0, 0.0)):
            scored[name] = score
    best = sorted(
        scored.items(), key=lambda item: (-item[1][0], -item[1][1], item[0].lower())
    )
    return [name for name, _ in best[:limit]]
