"""A run killed with SIGKILL and started again loses nothing and doubles nothing.

The coder is wrapped (in the subprocess too) so that each article takes a few
milliseconds and yields one extra synthetic event: the kill then lands mid-run, and
events and evidence are counted, whatever the real coder finds in these texts.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path


from rasid.store import db

ROOT = Path(__file__).resolve().parents[1]

# Sentences written by the rasid team for fixtures; {…} are filled per article.
TEMPLATES = (
    "قصفت طائرات حربية بلدة {place} في ريف {gov} فجر اليوم ما أدى إلى مقتل {n} مدنيين.",
    "اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين قرب {place} أسفرت عن جرح {m} عناصر.",
    "أعلن الدفاع المدني انتشال {n} جثث من تحت الأنقاض في حي {place} بمدينة {gov}.",
    "قالت مصادر محلية إن قذائف هاون سقطت على سوق {place} الشعبي ظهر الأحد.",
    "تظاهر مئات الأشخاص في ساحة {place} للمطالبة بالإفراج عن {m} معتقلين.",
    "انفجرت عبوة ناسفة بسيارة عسكرية على طريق {place} {gov} دون أنباء عن إصابات.",
    "أفاد مراسلنا بأن {n} صواريخ أطلقت من مواقع قرب {place} باتجاه أطراف {gov}.",
    "شنت فصائل المعارضة هجوما على نقاط للجيش في محيط {place} واستعادت {m} مواقع.",
    "نزحت نحو {m} عائلة من قرى ريف {gov} الشرقي بعد تصاعد القصف على {place}.",
    "اعتقلت دورية أمنية {n} شبان خلال مداهمة منازل في بلدة {place} صباح الاثنين.",
    "ذكر المرصد أن حصيلة القتلى في {place} ارتفعت إلى {m} منذ بداية الأسبوع.",
    "وصلت قافلة مساعدات تضم {m} شاحنة إلى مدينة {place} بعد انقطاع دام {n} أيام.",
)
PLACES = ("سراقب", "دوما", "تلبيسة", "منبج", "داريا", "الحولة", "نوى", "القصير", "الرستن", "بنش")
GOVS = ("إدلب", "حلب", "حمص", "حماة", "درعا", "دمشق")


def make_article_text(rng: random.Random, serial: int) -> str:
    """Four filled sentences in random order plus a numbered closing line: texts
    that share templates but are far from near-duplicates."""
    picks = rng.sample(TEMPLATES, 4)
    lines = [t.format(place=rng.choice(PLACES), gov=rng.choice(GOVS), n=rng.randint(2, 40),
                      m=rng.randint(41, 900)) for t in picks]
    lines.append(f"وهذا هو التقرير رقم {serial} من سلسلة تقارير المراسل الميداني.")
    return "\n".join(lines)


def write_articles(path: Path, n: int = 300, seed: int = 7, extras: bool = True) -> Path:
    """A JSONL archive of `n` articles; with `extras`, one exact copy, one near copy
    and one malformed line are added."""
    rng = random.Random(seed)
    recs = []
    for i in range(n):
        recs.append({"id": f"art-{i:04d}", "text": make_article_text(rng, i),
                     "date_iso": f"2024-03-{i % 28 + 1:02d}", "source": "وكالة محلية"})
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    if extras:
        copy = dict(recs[5], id="copy-of-5")
        near = dict(recs[20], id="near-of-20", text=recs[20]["text"] + "\nالمصدر: مراسلنا")
        lines[n // 2:n // 2] = [json.dumps(copy, ensure_ascii=False), "{not json", json.dumps(near, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FAKE_CODER = '''
"""Test-only: slow the coder down and add one synthetic event per article."""
import sys, time, types
from rasid.model import Event, Extraction, Span

try:
    import rasid.geo.countries  # noqa: F401
except ImportError:  # written by another team member; not needed for location-less events
    _m = types.ModuleType("rasid.geo.countries")
    def _country_info(name):
        raise KeyError(name)
    _m.country_info = _country_info
    sys.modules["rasid.geo.countries"] = _m

import rasid.pipeline as _p

_orig = _p.extract_article
DELAY = {delay}


def _fake(article):
    if DELAY:
        time.sleep(DELAY)
    ex = _orig(article)
    i = max(article.text.find("في"), 0)
    span = Span(i, i + 2, article.text[i:i + 2])
    ev = Event(article.id, article.published, 1, "Battles", "Armed clash", "Political violence",
               actor1="Military Forces of Syria (2000-)", inter1=1, fatalities=len(article.text) % 5,
               plover_event="FIGHT", evidence=(span,), field_spans=(("trigger", span),))
    return Extraction(article, ex.events + (ev,), ex.mentions, ex.warnings, ex.auxiliary)


_p.extract_article = _fake
'''


def install_fake_coder(directory: Path, delay: float = 0.0) -> Path:
    """Write the fake-coder module into `directory` and return it."""
    (directory / "fakecoder.py").write_text(FAKE_CODER.format(delay=delay), encoding="utf-8")
    return directory


def cli_module() -> str:
    """The lead's rasid.cli once it wires the batch subcommands, else cli_batch."""
    cli = ROOT / "src" / "rasid" / "cli.py"
    if cli.exists() and "add_subcommands" in cli.read_text(encoding="utf-8"):
        return "rasid.cli"
    return "rasid.cli_batch"


def run_cli(fake_dir: Path, *args: str) -> subprocess.Popen:
    """`python -m rasid.cli run ...` with the fake coder installed first."""
    code = textwrap.dedent(f"""
        import runpy, sys
        sys.path.insert(0, {str(fake_dir)!r})
        import fakecoder
        sys.argv = ["rasid", *sys.argv[1:]]
        runpy.run_module({cli_module()!r}, run_name="__main__", alter_sys=True)
    """)
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=fake_dir)


def stored_articles(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        return db.counts(path).get("articles", 0)
    except Exception:  # noqa: BLE001 - tables not created yet, or the writer is mid-batch
        return 0


def test_killed_run_resumes_without_loss_or_doubling(tmp_path):
    src = write_articles(tmp_path / "archive.jsonl")
    fake = install_fake_coder(tmp_path, delay=0.01)
    args = ["run", str(src), "--workers", "1", "--batch-size", "10", "--quiet"]

    whole = tmp_path / "whole.duckdb"
    p = run_cli(fake, *args, "--db", str(whole))
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err

    killed = tmp_path / "killed.duckdb"
    p = run_cli(fake, *args, "--db", str(killed))
    deadline = time.monotonic() + 60
    while stored_articles(killed) < 40 and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.02)
    assert p.poll() is None, "the run finished before it could be killed"
    os.kill(p.pid, signal.SIGKILL)
    p.wait(timeout=30)
    assert p.returncode == -signal.SIGKILL
    partial = stored_articles(killed)
    assert 0 < partial < db.counts(whole)["articles"]

    p = run_cli(fake, *args, "--db", str(killed))
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert db.counts(killed) == db.counts(whole)
    assert list(db.select_rows(killed)) == list(db.select_rows(whole))


def test_rerun_of_a_finished_run_changes_nothing(tmp_path):
    src = write_articles(tmp_path / "archive.jsonl", n=30)
    fake = install_fake_coder(tmp_path)
    store = tmp_path / "s.duckdb"
    for _ in range(2):
        p = run_cli(fake, "run", str(src), "--db", str(store), "--workers", "1", "--quiet")
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        if _ == 0:
            first = db.counts(store)
    assert db.counts(store) == first
    assert "0 coded" in out and "already stored" in out
