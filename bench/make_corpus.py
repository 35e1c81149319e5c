"""Generate a large case folder (1,000 / 10,000 cases) for benchmarks.

Cases are stitched from the bundled sample cases and, when present, ../shared/corpus:
each generated case takes a base case's front matter (kind, skills, lessons) and a body made of
paragraphs from several cases of the same language, about 2 KB; a third of the Chinese ones are
converted to Taiwan Traditional so both scripts are present. Deterministic for a given seed.

    python bench/make_corpus.py OUT_DIR --n 10000
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb_app.core.cases.parsing import case_files, parse_case, ParseError  # noqa: E402
from kb_app.core.analysis.vocab import load_vocab  # noqa: E402
from kb_app.core.analysis import text  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"


def sources():
    vocab, _ = load_vocab(ROOT / "cases")
    out = []
    for folder in (ROOT / "cases", SHARED):
        if not folder.is_dir():
            continue
        for p in case_files(folder):
            try:
                c, _ = parse_case(p, vocab)
            except (ParseError, OSError):
                continue
            out.append(c)
    return out


def yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(out: Path, n: int, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    src = sources()
    by_lang: dict[str, list] = {}
    for c in src:
        by_lang.setdefault("zh" if c.language.startswith("zh") else "en", []).append(c)
    paras = {k: [p for c in v for p in c.body.split("\n\n") if len(p.strip()) > 30] for k, v in by_lang.items()}
    if out.exists():
        shutil.rmtree(out)
    (out / "lessons").mkdir(parents=True)
    for lp in (ROOT / "cases" / "lessons").glob("*.md"):
        shutil.copy(lp, out / "lessons" / lp.name)
    shutil.copytree(ROOT / "cases" / "vocab", out / "vocab")
    lessons = {p.stem for p in (out / "lessons").glob("*.md")}
    for i in range(n):
        lang = "zh" if (i % 10) < 6 or "en" not in paras else "en"
        base = rnd.choice(by_lang[lang])
        body, size = [], 0
        while size < 1800:
            p = rnd.choice(paras[lang])
            body.append(p)
            size += len(p.encode("utf-8"))
        title = base.title
        language = base.language if lang == "en" else "zh-Hans"
        if lang == "zh" and i % 3 == 0:
            body = [text.to_script(p, "zh-Hant") for p in body]
            title = text.to_script(title, "zh-Hant")
            language = "zh-Hant"
        cid = f"gen-{i:05d}"
        fm = [
            "---", f"id: {cid}", f"title: {yaml_str(title + f' #{i}')}", f"kind: {base.kind}",
            f"date: {2015 + i % 11}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"industry: {base.industry or 'internet'}",
            f"severity: {base.severity or 'high'}", f"soft_skills: [{', '.join(base.soft_skills)}]",
            "outcome:", f"  status: {base.outcome.status}", f"  summary: {yaml_str(base.outcome.summary)}",
            f"lessons: [{', '.join(l for l in base.lessons if l in lessons)}]", f"language: {language}", "---", "",
        ]
        (out / f"{cid}.md").write_text("\n".join(fm) + "\n\n".join(body) + "\n", "utf-8")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    generate(a.out, a.n, a.seed)
    print(f"wrote {a.n} cases to {a.out}")
