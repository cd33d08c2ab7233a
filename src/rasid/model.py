"""The dataclasses that flow between stages.

Every stage reads the previous stage's objects and returns new ones; none of them is
mutated after construction (all are frozen), so a stage can run in a worker process or
on a Dask worker and hand its result back unchanged.

All offsets (`Span.start`, `Span.end`) index the article's *original* text, never a
normalised copy: that is what lets a user put every coded field next to the Arabic
words it came from.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple


_PLAIN: dict[type, frozenset | None] = {}


def _plain_fields(cls: type) -> frozenset | None:
    """The field names of a dataclass whose generated __init__ only stores its
    arguments (no __post_init__, no InitVar/ClassVar, no init=False field, no
    __slots__, no hand-written __init__), else None: for those, a copy of the
    instance's dict is exactly what dataclasses.replace would build."""
    if cls in _PLAIN:
        return _PLAIN[cls]
    out = None
    if dataclasses.is_dataclass(cls):
        fields = dataclasses.fields(cls)
        init = cls.__dict__.get("__init__")
        if (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
                and len(fields) == len(cls.__dataclass_fields__) and all(f.init for f in fields)
                and init is not None and (init.__code__.co_filename == "<string>"
                                          or getattr(init, "__quick_init__", False))):
            out = frozenset(f.name for f in fields)
    _PLAIN[cls] = out
    return out


def quick_init(cls: type) -> type:
    """Give a frozen dataclass an __init__ that fills the instance's dict directly.

    The generated __init__ of a frozen dataclass stores each field through
    object.__setattr__ (its own __setattr__ forbids changes), three to four times the
    cost of storing into the dict; the stages make a hundred such objects per article.
    The instance is the same in every respect: same fields in the same order, same
    defaults (the very objects), repr, equality and hash. Classes whose __init__ does
    more than store its arguments (__post_init__, default factories, init=False
    fields, slots) keep the generated one."""
    fields = dataclasses.fields(cls)
    if _plain_fields(cls) is None or any(f.default_factory is not dataclasses.MISSING for f in fields):
        return cls
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d_{f.name}" for f in fields)
    body = "".join(f"    d[{f.name!r}] = {f.name}\n" for f in fields)
    source = f"def __init__(self, {params}):\n    d = self.__dict__\n{body}"
    namespace: dict = {}
    exec(compile(source, f"<quick_init {cls.__name__}>", "exec"), defaults, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__quick_init__ = True
    cls.__init__ = init
    return cls


@quick_init
@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) into the article's original text."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@quick_init
@dataclass(frozen=True)
class Article:
    """One news report as it came in. `published` is the date relative expressions
    ("أمس", "صباح اليوم الخميس") are resolved against."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source_name: str | None = None


@quick_init
@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # raw offsets
    end: int
    paragraph: int = 0
    is_title: bool = False


class Token(NamedTuple):
    """A word. `norm` is the normalised surface; `stem` is `norm` without the
    proclitics in `prefix` (و ف ب ل ك ال لل), so lexicon look-ups can use either.

    A named tuple rather than a frozen dataclass: an article has hundreds of tokens,
    and the tokeniser builds them in C from columns (`zip`) at a fraction of the cost
    of an instance with a field dict; the fields, repr, equality and immutability are
    the same."""

    index: int
    start: int  # raw offsets
    end: int
    nstart: int  # offsets into Doc.norm
    nend: int
    norm: str
    stem: str
    prefix: str
    sentence: int


@quick_init
@dataclass(frozen=True)
class Doc:
    """An article prepared for recognition: the normalised view `norm`, a map from
    each normalised character back to the raw text, sentences and tokens.

    `offsets[i]` is the raw index of `norm[i]`; `offsets[len(norm)]` is len(raw).
    """

    article: Article
    text: str  # raw text actually analysed (title + body, furniture removed = blanked)
    norm: str
    offsets: tuple[int, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    def raw_range(self, nstart: int, nend: int) -> tuple[int, int]:
        """Raw [start, end) for the normalised range [nstart, nend)."""
        if nend <= nstart:
            s = self.offsets[nstart]
            return s, s
        return self.offsets[nstart], self.offsets[nend - 1] + 1

    def span(self, nstart: int, nend: int) -> Span:
        """A Span in raw offsets for a normalised range."""
        s, e = self.raw_range(nstart, nend)
        return _new_span(s, e, self.text[s:e])

    def raw_span(self, start: int, end: int) -> Span:
        return _new_span(start, end, self.text[start:end])


def _new_span(start: int, end: int, text: str) -> Span:
    """Span(start, end, text) without the frozen dataclass's three __setattr__ calls
    (recognisers make tens of thousands): the instance is the same in every respect."""
    span = object.__new__(Span)
    object.__setattr__(span, "__dict__", {"start": start, "end": end, "text": text})
    return span


@quick_init
@dataclass(frozen=True)
class Quantity:
    """A number found in the text. `value` is the conservative single value ACLED
    would code; `low`/`high` keep bounds ("بين 60 و90" → 60..90, "أكثر من 45" →
    45..None). `vague` marks words like عشرات/مئات mapped the ACLED way."""

    span: Span
    value: int | None
    low: int | None = None
    high: int | None = None
    approx: bool = False
    vague: bool = False
    noun: str | None = None  # counted noun folded into the number (عنصرين → عنصر)


@quick_init
@dataclass(frozen=True)
class Casualty:
    """A casualty phrase ("مقتل 3 مدنيين", "بمقتل وإصابة ثمانية عناصر").

    kind: killed | wounded | killed_or_wounded. `deaths` is the conservative number
    of known deaths ACLED would code (0 for killed_or_wounded); `low`/`high` keep
    the reported range of deaths (0..8 for "killed and wounded 8")."""

    span: Span
    kind: str
    deaths: int
    low: int
    high: int | None
    quantity: Quantity | None = None
    victims: str | None = None  # the counted noun as written (مدنيين, عناصر), if any


@quick_init
@dataclass(frozen=True)
class TimeRef:
    """A date expression resolved against the publication date.

    `time_precision` follows ACLED: 1 = the day is known, 2 = the week, 3 = the month.
    """

    span: Span
    date: date
    time_precision: int
    part_of_day: str | None = None  # dawn|morning|noon|evening|night
    relative: bool = True
    warning: str | None = None


@quick_init
@dataclass(frozen=True)
class Mention:
    """A recognised expression. kind: actor | place | source | trigger | quantity | date."""

    kind: str
    span: Span
    entity_id: str | None = None
    value: Any = None
    sentence: int = 0
    token_start: int = 0  # index of first token
    token_end: int = 0  # index after last token


@quick_init
@dataclass(frozen=True)
class Actor:
    """An entry of the actor lexicon."""

    id: str
    name: str  # ACLED-style name
    inter: int  # ACLED inter code 1..8
    country: str | None = None
    kind: str = "armed"  # state|armed|civilian|protester|rioter|external|generic
    parent: str | None = None


@quick_init
@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str  # English name
    name_ar: str
    country: str  # English country name (ACLED style)
    iso: int  # ISO 3166 numeric
    lat: float
    lon: float
    feature: str  # country|admin1|admin2|admin3|city|town|village|neighbourhood|landmark|camp|...
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    population: int = 0
    parent: str | None = None


@quick_init
@dataclass(frozen=True)
class Location:
    """Where an event happened, with ACLED's geo_precision (1 = the place itself,
    2 = near it / part of a region, 3 = only the province is known)."""

    place: Place
    geo_precision: int
    span: Span
    label: str  # ACLED `location` column


@quick_init
@dataclass(frozen=True)
class Event:
    """One coded event with the words each field came from."""

    article_id: str
    event_date: date
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    civilian_targeting: str = ""
    location: Location | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    source: str = ""
    source_scale: str = ""
    claimed_by: str = ""
    notes: str = ""
    tags: str = ""
    confidence: float = 0.5
    plover_event: str = ""
    plover_mode: str = ""
    evidence: tuple[Span, ...] = ()
    # evidence by field name: {"trigger": Span, "actor1": Span, "date": Span, ...}
    field_spans: tuple[tuple[str, Span], ...] = ()


@quick_init
@dataclass(frozen=True)
class Extraction:
    """What `rasid.extract` returns for one article."""

    article: Article
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = ()
    auxiliary: tuple[Mention, ...] = field(default=())  # negated/threatened/... trigger mentions


def replace(obj, /, **changes):
    """`dataclasses.replace(obj, **changes)`, several times faster for the plain
    frozen dataclasses that flow between stages (frames are rebuilt a few times
    each): the new instance gets the old one's field dict with the changes, which
    is what __init__ would have stored. Other classes go to dataclasses.replace."""
    names = _plain_fields(type(obj))
    d = obj.__dict__ if names is not None else None
    if d is None or len(d) != len(names) or not changes.keys() <= names:
        return dataclasses.replace(obj, **changes)
    new = object.__new__(type(obj))
    d = dict(d)
    d.update(changes)
    object.__setattr__(new, "__dict__", d)
    return new
