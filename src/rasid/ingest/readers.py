"""Inputs → Articles: text files, saved HTML pages, JSON Lines (plain or gzip),
directories of those, and standard input.

A run over an archive meets broken records; one of them must not stop the other
hundred thousand. So readers never raise for a bad article: they yield a `ReadError`
naming the input (file, or file:line) and the problem, and go on. The caller decides
whether to print it, store it or stop.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Union

from rasid.errors import InputError
from rasid.ingest.validate import check_text, check_unicode, parse_published
from rasid.model import Article

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date_iso", "date")
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
NO_DATE = "no publication date (give --published)"


@dataclass(frozen=True)
class ReadError:
    """An input that could not become an Article, and why (one line)."""

    input_name: str
    problem: str

    def __str__(self) -> str:
        return f"{self.input_name}: {self.problem}"


ReadResult = Union[Article, ReadError]


def iter_articles(inputs: Iterable[str], default_published: date | None = None,
                  stdin: io.BufferedIOBase | None = None) -> Iterator[ReadResult]:
    """Every article of every input, in a stable order (directories are walked
    recursively, sorted), each an Article or a ReadError."""
    for name in inputs:
        if name == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_stdin(data, default_published)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, default_published)
        elif path.exists():
            yield from _read_file(path, default_published)
        else:
            yield ReadError(name, "no such file or directory")


def is_supported(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _walk(root: Path) -> Iterator[Path]:
    """Supported files under root, recursively, in sorted order; hidden files skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            p = Path(dirpath) / f
            if not f.startswith(".") and is_supported(p):
                yield p


def _read_file(path: Path, default: date | None) -> Iterator[ReadResult]:
    name = str(path)
    lower = path.name.lower()
    if lower.endswith((".jsonl", ".jsonl.gz")):
        yield from _stream_jsonl(path, default)
        return
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield ReadError(name, f"cannot read ({e.strerror or e})")
        return
    text = _decode(raw)
    if text is None:
        yield ReadError(name, "not UTF-8 text (binary or another encoding?)")
    elif lower.endswith((".html", ".htm")):
        yield _from_html(text, name, path.stem, default)
    else:
        yield _article(path.stem, text, None, name, default)


# Lines read and parsed together: a run codes each article between two reads, and
# the coder pushes the reader's code and data out of the CPU caches every time, so
# a line read on its own costs about twice what it costs in a burst. A burst stops at
# 64 lines or 1 MiB (a few very long lines), and its articles wait in a list until
# the run asks for them.
READ_AHEAD = 64
READ_AHEAD_BYTES = 1 << 20


def _stream_jsonl(path: Path, default: date | None) -> Iterator[ReadResult]:
    """JSON Lines read line by line (an archive may not fit in memory), a burst of
    lines at a time; a line that is not UTF-8 is reported like a malformed one. A
    stream that breaks off still gives every line read before the break."""
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lines: list[bytes] = []
    size = 0
    first = 1  # line number of lines[0]
    problem = None
    try:
        with opener(path, "rb") as f:
            for raw in f:
                lines.append(raw)
                size += len(raw)
                if len(lines) >= READ_AHEAD or size >= READ_AHEAD_BYTES:
                    out, stop = _parse_lines(lines, first, name, path.name, default)
                    yield from out
                    if stop:
                        return
                    first += len(lines)
                    lines, size = [], 0
    except OSError as e:  # unreadable, or a truncated/invalid gzip stream
        problem = f"cannot read ({e.strerror or e})"
    except EOFError:
        problem = "gzip file is truncated"
    out, stop = _parse_lines(lines, first, name, path.name, default)
    yield from out
    if problem is not None and not stop:
        yield ReadError(name, problem)


def _parse_lines(lines: list[bytes], first: int, name: str, label: str,
                 default: date | None) -> tuple[list[ReadResult], bool]:
    """The results of consecutive raw lines numbered from `first`, and whether the
    file is to be given up (its first line shows it is not UTF-8 text)."""
    out: list[ReadResult] = []
    for lineno, raw in enumerate(lines, first):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            if lineno == 1:
                out.append(ReadError(name, "not UTF-8 text (binary or another encoding?)"))
                return out, True
            out.append(ReadError(f"{name}:{lineno}", "not UTF-8 text"))
            continue
        if "\x00" in line and lineno == 1:
            out.append(ReadError(name, "not UTF-8 text (binary or another encoding?)"))
            return out, True
        out.extend(_jsonl_line(line, lineno, name, label, default))
    return out, False


def _decode(raw: bytes) -> str | None:
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _read_stdin(raw: bytes, default: date | None) -> Iterator[ReadResult]:
    """JSON Lines when the first non-blank line is a JSON object, else one text article."""
    text = _decode(raw)
    if text is None:
        yield ReadError("<stdin>", "not UTF-8 text (binary or another encoding?)")
        return
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    try:
        is_jsonl = isinstance(json.loads(first), dict)
    except ValueError:
        is_jsonl = False
    if is_jsonl:
        yield from _read_jsonl(text, "<stdin>", default)
    else:
        yield _article("stdin", text, None, "<stdin>", default)


def _read_jsonl(text: str, name: str, default: date | None) -> Iterator[ReadResult]:
    for lineno, line in enumerate(text.splitlines(), 1):
        yield from _jsonl_line(line, lineno, name, "stdin", default)


def _jsonl_line(line: str, lineno: int, name: str, file_label: str,
                default: date | None) -> Iterator[ReadResult]:
    """Zero or one result for one line (blank lines give nothing)."""
    if not line.strip():
        return
    where = f"{name}:{lineno}"
    try:
        rec = json.loads(line)
    except ValueError as e:
        yield ReadError(where, f"malformed JSON ({getattr(e, 'msg', e)})")
        return
    if not isinstance(rec, dict):
        yield ReadError(where, "a JSON line must be an object")
        return
    body = next((rec[f] for f in TEXT_FIELDS if rec.get(f) is not None), None)
    if body is None:
        yield ReadError(where, "no text (expected a 'text', 'body' or 'content' field)")
        return
    pub = next((rec[f] for f in DATE_FIELDS if rec.get(f)), None)
    aid = rec.get("id")
    aid = str(aid) if aid not in (None, "") else f"{file_label}:{lineno}"
    yield _article(aid, body, pub, where, default, title=rec.get("title"),
                   url=rec.get("url"), source=rec.get("source"))


def _from_html(html: str, name: str, stem: str, default: date | None) -> ReadResult:
    from rasid.ingest.html import parse_html

    try:
        page = parse_html(html)
    except ImportError as e:
        return ReadError(name, f"HTML support is not installed ({e.name or e}); "
                               "install lxml_html_clean")
    except Exception as e:  # trafilatura/lxml on a broken page
        return ReadError(name, f"cannot parse HTML ({type(e).__name__}: {e})")
    if not page.text:
        return ReadError(name, "no article text found in the page")
    return _article(stem, page.text, page.date, name, default, title=page.title,
                    url=page.url, source=page.sitename)


def _article(aid: str, text: object, published: object, where: str, default: date | None,
             title: object = None, url: object = None, source: object = None) -> ReadResult:
    """Validate and build one Article, or say what is wrong with it."""
    try:
        check_text(text, where)
        for field, value in (("id", aid), ("title", title), ("url", url), ("source", source)):
            if isinstance(value, str):
                check_unicode(value, where, field)
        if published is not None and published != "":
            pub = parse_published(published, where)
        elif default is not None:
            pub = default
        else:
            return ReadError(where, NO_DATE)
    except InputError as e:
        return ReadError(e.name, e.problem)
    return Article(aid, text, pub, _str(title), _str(url), _str(source))


def _str(v: object) -> str | None:
    return str(v) if v not in (None, "") else None
