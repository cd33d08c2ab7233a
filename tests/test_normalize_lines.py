"""normalize_key_lines: one translation of a whole text, split into lines."""
from rasid.text.normalize import normalize_key, normalize_key_lines


def test_normalize_key_lines_is_normalize_key_per_line():
    text = "اقرأ أيضاً: غارةٌ على حلب\n\n  مُسيَّرة  إسرائيليّة \r\nLATIN Text\n"
    assert normalize_key_lines(text) == [normalize_key(line) for line in text.split("\n")]
