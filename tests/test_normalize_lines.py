"""translated_lines: one translation of a whole text, split into lines; and
blank_furniture, which keys each line from it."""
from rasid.text.normalize import normalize_key, translated_lines


def test_translated_lines_give_normalize_key_per_line():
    text = "اقرأ أيضاً: غارةٌ على حلب\n\n  مُسيَّرة  إسرائيليّة \r\nLATIN Text\n"
    keys = [" ".join(t.lower().split()) for t in translated_lines(text)]
    assert keys == [normalize_key(line) for line in text.split("\n")]


def _plain_blank_furniture(text: str) -> str:
    """blank_furniture as first written: every line's whole key."""
    from rasid.ingest.boilerplate import _STRIP, _is_teaser, _marker_index, _markers

    max_words = _markers()[2]
    teasers, lengths, alone = _marker_index()
    out, in_teaser = [], False
    for line in text.split("\n"):
        c = normalize_key(line).strip(_STRIP)
        if not c:
            out.append(line)
        elif _is_teaser(c, teasers, lengths):
            in_teaser = True
            out.append(" " * len(line))
        elif c in alone:
            out.append(" " * len(line))
        elif in_teaser and len(c.split()) <= max_words and not line.rstrip().endswith((".", "؟", "!")):
            out.append(" " * len(line))
        else:
            in_teaser = False
            out.append(line)
    return "\n".join(out)


def test_blank_furniture_reading_a_long_lines_beginning_is_the_plain_definition():
    # long lines: a teaser marker after much space or punctuation, a marker with a
    # long tail, teaser blocks of short and long lines, Greek capitals (final sigma)
    from rasid.ingest.boilerplate import blank_furniture

    para = "قصفت طائرات حربية بلدة سراقب في ريف إدلب فجر اليوم. " * 6
    texts = [
        "اقرأ أيضا: " + "كلمة " * 40 + "\n" + para,
        para + "\nاقرأ أيضاً\nعنوان قصير عن الغارة\n" + "عنوان " * 30 + "\n" + para,
        " " * 90 + "اقرأ أيضا: عنوان\n" + "- " * 60 + "للمزيد " + "نص " * 40,
        "...:::" * 30 + "شاهد الفيديو\n" + "ΣΑΣ " * 50 + "\n" + "ذات صلة" + " " * 120 + "x",
        "تابعونا" + "\u064b" * 150 + " على تويتر\n" + para + "\nالأكثر قراءة\n",
    ]
    for text in texts:
        assert blank_furniture(text) == _plain_blank_furniture(text)
