"""The kind `kb import` suggests, measured against a known kind (issue 15: "the kind suggested right
for nearly all").

    python bench/kind_check.py [--corpus ../shared/corpus] [--repo .] [--misses N]

Two measures, each importing title + body with the front matter stripped (dry run, duplicates
allowed, so every document gets its suggestions):

* the public-postmortem corpus (pm-*.md, each with a `kind`), split by id parity: tune on the even
  half, read the odd half as held out. The library is the bundled cases, as a new team starts.
* the bundled cases themselves, leave-one-out: each case is imported against the library without
  it (the precedent engine never sees the case itself), so its own kind cannot vote for it.
  Not for tuning.

The corpus' kinds are noisy (its README: more than half come from keyword rules, `other` is no
kind of ours, icco's categories put "security" first), so the line also counts the documents whose
kind the source's own sections or categories gave.

The corpus is test data kept outside the repository; without it the corpus measure is skipped.
"""
from __future__ import annotations

import argparse
import collections
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def split(text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    fm, body = re.split(r"\n---[ \t]*\n", text[3:], maxsplit=1)
    return yaml.safe_load(fm) or {}, body


def score(records, truth: dict, only: set | None = None) -> tuple[int, int, int, collections.Counter]:
    ok = n = empty = 0
    conf = collections.Counter()
    for r in records:
        name = Path(r.file).name
        if name not in truth or r.status != "created" or (only is not None and name not in only):
            continue
        n += 1
        ok += r.kind == truth[name]
        empty += not r.kind
        if r.kind != truth[name]:
            conf[(truth[name], r.kind or "-")] += 1
    return ok, n, empty, conf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=HERE.parent, help="the checkout whose kb_app and cases/ to use")
    ap.add_argument("--corpus", type=Path, default=None, help="folder of pm-*.md (default: REPO/../shared/corpus)")
    ap.add_argument("--misses", type=int, default=0, help="list this many misses of each measure")
    a = ap.parse_args(argv)
    repo = a.repo.resolve()
    corpus = (a.corpus or repo.parent / "shared" / "corpus").resolve()
    sys.path.insert(0, str(repo))
    from kb_app.core.importing.run import ImportOptions
    from kb_app.core.service import KnowledgeBase

    tmp = Path(tempfile.mkdtemp(prefix="kind-check-"))
    try:
        cases = tmp / "cases"
        shutil.copytree(repo / "cases", cases)
        kb = KnowledgeBase(cases, tmp / "data")
        kb.load()
        opts = ImportOptions(allow_duplicates=True, dry_run=True)

        # -- the corpus, by id parity --------------------------------------------------------------------
        files = sorted(corpus.glob("pm-*.md")) if corpus.is_dir() else []
        if not files:
            print(f"corpus: skipped ({corpus} not found)")
        else:
            halves = {"even (tune)": ({}, tmp / "even"), "odd (held out)": ({}, tmp / "odd")}
            sourced = set()  # kinds the source's own sections or categories gave (not its keyword rules)
            for p in files:
                meta, body = split(p.read_text("utf-8"))
                n = int(re.sub(r"\D", "", str(meta["id"])) or 0)
                truth, d = halves["even (tune)" if n % 2 == 0 else "odd (held out)"]
                d.mkdir(exist_ok=True)
                (d / f"{meta['id']}.md").write_text(f"# {meta['title']}\n\n{body}", "utf-8")
                truth[f"{meta['id']}.md"] = meta["kind"]
                if not str(meta.get("kind_origin", "")).startswith("keyword-rule"):
                    sourced.add(f"{meta['id']}.md")
            for name, (truth, d) in halves.items():
                records = kb.import_paths([d], opts).records
                ok, n, empty, conf = score(records, truth)
                ok2, n2, _, _ = score(records, truth, sourced)
                print(f"corpus {name:15s} kind right {ok}/{n} ({ok / max(n, 1):.0%}), none {empty}; "
                      f"of the kinds the sources gave (not keyword rules) {ok2}/{n2}")
                if a.misses:
                    print("   ", conf.most_common(a.misses))

        # -- the bundled cases, leave-one-out -----------------------------------------------------------------
        src = tmp / "own"
        src.mkdir()
        truth = {}
        for p in sorted(cases.glob("*.md")):
            meta, body = split(p.read_text("utf-8"))
            if not meta.get("kind") or not meta.get("id"):
                continue
            (src / f"{meta['id']}.md").write_text(f"# {meta['title']}\n\n{body}", "utf-8")
            truth[f"{meta['id']}.md"] = meta["kind"]
        engine = kb.similar
        records = []
        for f in sorted(src.glob("*.md")):
            own = f.stem

            def without_self(desc, limit=5, cancel=None, _own=own):
                res = engine(desc, limit + 1, cancel)
                res.hits = [h for h in res.hits if h.id != _own][:limit]
                return res

            kb.similar = without_self
            records += kb.import_paths([f], opts).records
        kb.similar = engine
        ok, n, empty, conf = score(records, truth)
        print(f"bundled cases, leave-one-out kind right {ok}/{n} ({ok / max(n, 1):.0%}), none {empty}")
        if a.misses:
            print("   ", conf.most_common(a.misses))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
