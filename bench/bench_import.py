"""Import speed: N generated Word case studies (python-docx; headings, a list, a table, an image),
imported into an empty library and into a copy of the bundled cases (duplicates are then looked
for with the precedent engine in its index), then indexed.

    .venv/bin/python bench/bench_import.py --n 500          # figures in bench/README.md
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import import_samples as S  # noqa: E402

PLACES = ["城商行", "券商", "医院", "保险公司", "物流公司", "制造厂", "电商平台", "政务云"]
WHAT = [("存储阵列控制器故障", "存储阵列 B 控制器反复复位，多路径切换"), ("核心交换机环路", "广播风暴导致网络中断"),
        ("数据库主备切换失败", "Oracle 主库宕机后切换失败"), ("UPS 电池老化断电", "市电闪断后机柜断电"),
        ("勒索病毒加密文件", "文件服务器被勒索病毒加密"), ("证书过期支付失败", "第三方支付网关证书过期")]


def make(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        place = rnd.choice(PLACES)
        what, detail = rnd.choice(WHAT)
        spec = {
            "title": f"{place}{what}案例 {i + 1:04d}",
            "intro": f"2024年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日，{place}发生{what}，编号 {i + 1:04d}。",
            "sections": [
                ("情况", [f"{detail}，客户要求 {rnd.randint(2, 12)} 小时内恢复。" * rnd.randint(2, 6)]),
                ("行动", [("list", ["服务经理到场协调", "向原厂开单升级", f"每 {rnd.choice([15, 30, 60])} 分钟通报进展"])]),
                ("结果", [f"{rnd.randint(1, 20)} 小时后恢复，客户认可处理过程。"]),
                ("经验教训", [("list", ["疲劳的工程师要换下来", "尽早升级到原厂"])]),
            ],
            "table": [["时间", "事件"], ["09:10", detail], ["11:40", "恢复"]],
        }
        out.append(S.make_docx(folder / f"case-{i + 1:04d}.docx", spec, rnd.choice(["styles", "bold", "localized"])))
    return out


def run(n: int) -> None:
    from kb_app.core.analysis.vocab import load_vocab
    from kb_app.core.importing.base import ImportContext
    from kb_app.core.importing.run import import_paths
    from kb_app.core.service import KnowledgeBase

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        src = tmp / "docs"
        src.mkdir()
        t0 = time.perf_counter()
        make(src, n)
        size = sum(p.stat().st_size for p in src.iterdir())
        print(f"generated {n} .docx ({size / 1048576:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        for label, seed_cases in (("empty library", None), ("bundled 51 cases (duplicates by similarity)", ROOT / "cases")):
            cases = tmp / f"cases-{label.split()[0]}"
            if seed_cases:
                shutil.copytree(seed_cases, cases)
            else:
                cases.mkdir()
            kb = KnowledgeBase(cases, tmp / f"data-{label.split()[0]}")
            kb.load()
            kb.warm_up()
            vocab, _ = load_vocab(cases, ROOT / "cases")
            ctx = ImportContext()

            def similar(desc):
                return [(h.id, h.title, h.score) for h in kb.similar(desc, 3).hits]

            t0 = time.perf_counter()
            import_paths([src], cases, vocab, list(kb.corpus.cases.values()), dict(kb.corpus.lessons), ctx=ctx,
                         similar=similar)
            took = time.perf_counter() - t0
            t1 = time.perf_counter()
            kb.load()
            index_s = time.perf_counter() - t1
            print(f"{label}: {ctx.created} created, {ctx.skipped} skipped, {ctx.failed} failed in {took:.1f} s "
                  f"= {n / took:.1f} documents/s; indexing them afterwards {index_s:.1f} s")
            kb.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    run(ap.parse_args().n)
