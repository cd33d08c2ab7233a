"""rasid.model.replace builds what dataclasses.replace builds."""
import dataclasses
from datetime import date

import pytest

from rasid.model import Event, Span, replace


def _event():
    return Event("a", date(2024, 1, 2), 1, "Battles", "Armed clash", actor1="X", field_spans=(("trigger", Span(0, 3, "abc")),))


def test_same_instance_as_dataclasses_replace():
    e = _event()
    fast, slow = replace(e, actor2="Y", fatalities=3), dataclasses.replace(e, actor2="Y", fatalities=3)
    assert fast == slow and type(fast) is Event
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert e.actor2 == "" and replace(e) == e and replace(e) is not e


def test_unknown_field_is_an_error():
    with pytest.raises(TypeError):
        replace(_event(), no_such_field=1)


@dataclasses.dataclass(frozen=True)
class _Checked:
    x: int

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative")


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    x: int
    y: int = 0


def test_other_dataclasses_go_to_dataclasses_replace():
    with pytest.raises(ValueError):
        replace(_Checked(1), x=-1)
    assert replace(_Slotted(1), y=2) == _Slotted(1, 2)


def test_doc_spans_are_plain_spans():
    from rasid.model import Article
    from rasid.text.document import make_doc

    doc = make_doc(Article("s", "قصفت الطائرات حلب", date(2024, 1, 1)))
    fast, slow = doc.raw_span(5, 13), Span(5, 13, doc.text[5:13])
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert doc.span(0, 4) == Span(0, 4, "قصفت")
