#!/usr/bin/env python3
"""Build cases/vocab/regional.yaml: Taiwan/HK words -> mainland words, for the one analyzer (text.fold).

Source
  OpenCC's Taiwan phrase tables as shipped in the `opencc` wheel (Apache-2.0, (c) Carbo Kuo and
  contributors, https://github.com/BYVoid/OpenCC): TWPhrasesRev.ocd2 (Taiwan -> mainland) and
  TWPhrases.ocd2 (mainland -> Taiwan, read backwards), dumped to text with the wheel's own
  `opencc_dict` tool. Both directions, IT and everyday words; proper names (people, places,
  companies), medical and chemical terms are left out (they are not IT words, and a name such as
  查德 would rewrite 调查德国 in mainland text).
  scripts/regional_curated.yaml: crisis and IT words the tables lack (當機, 網路卡, 區域網路, 專案,
  駐點工程師, 存證信函, 唯讀 ...), curated readings that override OpenCC's, words that are also
  mainland words with another meaning (`ambiguous`), and OpenCC entries never used (`drop`).

Checks (every entry through the whole analyzer: OpenCC t2s, the table itself, segmentation)
  1. the Taiwan word, as written and typed in Simplified characters, gives the terms of its first
     mainland reading (an OpenCC entry that fails -- a longer entry overlapping it -- is left out
     and listed; a curated one that fails stops the build);
  2. no mainland reading, glossary or vocabulary word is rewritten by the table in Simplified text;
  3. the entries that fire inside the bundled Simplified cases are listed, for a human to look at.

    .venv/bin/python scripts/build_regional.py            # writes cases/vocab/regional.yaml
    .venv/bin/python scripts/build_regional.py --check    # only checks; exit 1 if the file would change
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402
import yaml  # noqa: E402

OUT = ROOT / "cases" / "vocab" / "regional.yaml"
CURATED = Path(__file__).resolve().parent / "regional_curated.yaml"
T2S = opencc.OpenCC("t2s")

# not IT words: proper names of people, places, companies and brands in OpenCC's tables
NAMES = set("""
BMW集團 亞塞拜然 伊利諾 伊利諾州 佛瑞 傷心小棧 克羅埃西亞 克萊門第 凱吉 列支敦斯登 利蓋悌 加彭 包羅定 北卡羅萊納
北卡羅萊納州 北馬利安納 北馬利安納群島 千里達及托巴哥 南卡羅萊納 南卡羅萊納州 卡達 厄利垂亞 厄瓜多 史克里亞賓 史卡拉第
史托克豪森 史特勞斯 史特拉汶斯基 史瓦濟蘭 史麥塔納 吉布地 吉里巴斯 吐瓦魯 哈薩克 哥斯大黎加 喬治亞 喬治亞共和國 喬治亞州
土庫曼 坦尚尼亞 塔吉克 塞席爾 塞普勒斯 夏農 多尼采第 多明尼加 奈及利亞 奧克拉荷馬 奧克拉荷馬城 奧克拉荷馬州 奧克拉荷馬市
奧勒岡 奧勒岡州 奧福 好市多 好市多公司 威斯康辛 威斯康辛州 嬌生公司 孟德爾頌 安地卡及巴布達 宏都拉斯 密西根 密西根州
寮人民民主共和國 寮國 寶僑 寶僑公司 尚比亞 尤拉 尼日 巴布亞紐幾內亞 巴貝多 布列敦 布列敦森林 布列敦森林制度 布吉納法索
布拉姆斯 布林 布瑞頓 布萊茲 帛琉 幾內亞比索 康乃狄克 康乃狄克州 德布西 德弗札克 德拉瓦 德拉瓦州 快捷半導體 愛荷華 愛荷華州
戴流士 拉摩 拉羅 拉赫曼尼諾夫 提佩特 斯洛維尼亞 新罕布夏 新罕布夏州 普羅高菲夫 普賽爾 查德 柯恩兄弟 柯普蘭 柯雷利 格瑞那達
梅湘 楊納傑克 模里西斯 歐巴馬 永珍 汶萊 沙烏地阿拉伯 沙烏地阿美 沙烏地阿美公司 波克夏海瑟威 波克夏海瑟威公司 波凱里尼
波士尼亞赫塞哥維納 波札那 海飛茲 潘德列茲基 烏茲別克 獅子山 瓜地馬拉 甘比亞 白遼士 盧安達 福斯汽車 福斯汽車集團 福斯集團
穆索斯基 突尼西亞 紐澤西 紐澤西州 紐西蘭 索羅門群島 索馬利亞 維吉尼亞 維吉尼亞州 維德角 羅德島 羅德島州 美屬維京群島 義大利
聖克里斯多福及尼維斯 聖文森及格瑞那丁 聖露西亞 聖馬利諾 肯亞 興德密特 艾克森美孚 艾爾加 茅利塔尼亞 荀白克 莫三比克 莫札特
華格納 華爾頓 萊許 萊雅 萊雅集團 萬那杜 葉門 葛令卡 葛利格 葛拉斯 葛摩 蒲隆地 蓋亞那 蓋希文 蕭士塔高維契 蕭邦 薩拉沙泰
薩提 蘇利南 衣索比亞 西維吉尼亞 西維吉尼亞州 西貝流士 諾魯 諾蘭 象牙海岸 貝南 貝里尼 貝里斯 賓士 賴比瑞亞 賴索托 輝達 辛巴威
迦納 那杜 阿拉伯聯合大公國 阿斯特捷利康 阿斯特捷利康公司 霍洛維茲 韋本 韋瓦第 韓德爾 顧爾德 馬利共和國 馬爾地夫 麻薩諸塞
麻薩諸塞州 台積公司 台積電 字節跳動 摩爾線程 比特幣 大數據 傅立葉 索羅門群島
""".split())
# medical and chemical terms
NOT_IT = re.compile(r"·|肝炎|^[A-E]肝$|胺酸|醯|症|愛滋|血球|梗塞|顫動|撲動|攝護腺|胰臟|血紅素|黃體素|超音波|斷層|阻斷劑|西林|阿斯匹靈"
                    r"|戴奧辛|史他汀|乙醯|病毒|正子|失智")


def dump_ocd2(name: str, tmp: Path) -> list[tuple[str, list[str]]]:
    """OpenCC's compiled dictionary as (key, [values]) pairs, through the wheel's own opencc_dict."""
    base = Path(opencc.__file__).resolve().parent / "clib"
    tool = base / "bin" / "opencc_dict"
    src = base / "share" / "opencc" / f"{name}.ocd2"
    out = tmp / f"{name}.txt"
    subprocess.run([str(tool), "-i", str(src), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
    rows = []
    for line in out.read_text("utf-8").splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            rows.append((k, v.split(" ")))
    return rows


def opencc_pairs(tmp: Path) -> dict[str, list[str]]:
    """Taiwan word -> mainland readings (Simplified), from both tables."""
    pairs: dict[str, list[str]] = {}
    for tw, cns in dump_ocd2("TWPhrasesRev", tmp):
        pairs.setdefault(tw, []).extend(cns)
    for cn, tws in dump_ocd2("TWPhrases", tmp):
        for tw in tws:
            pairs.setdefault(tw, []).append(cn)
    out = {}
    for tw, cns in pairs.items():
        rs = [r for r in dict.fromkeys(T2S.convert(c) for c in cns) if r != T2S.convert(tw)]
        if rs:
            out[tw] = rs
    return out


def terms(s, script=None):
    from kb_app.core.analysis import text
    return set(text.terms(s, script=script))


def meets(tw: str, cn: str) -> bool:
    """The Taiwan word (in Traditional text, and typed in Simplified) gives every term of `cn`."""
    from kb_app.core.analysis import text

    want = terms(cn, "hans")
    for form, script in ((tw, "hant"), (tw, None), (T2S.convert(tw), "hans"), (T2S.convert(tw), None)):
        if not want <= terms(form, script):
            return False
        if not all(set(g) & want for g in text.query_groups(form)):
            return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="check only; exit 1 if regional.yaml would change")
    args = ap.parse_args()
    from kb_app.core.analysis import text

    cur = yaml.safe_load(CURATED.read_text("utf-8"))
    curated, ambiguous, drop = cur["regional"], cur["ambiguous"], set(cur.get("drop") or [])
    with tempfile.TemporaryDirectory() as d:
        oc = opencc_pairs(Path(d))
    skipped = {"name": [], "not IT": [], "single character": [], "drop": []}
    table: dict[str, list[str]] = {}
    folded_seen = {T2S.convert(k) for k in list(curated) + list(ambiguous)}
    for tw, rs in sorted(oc.items()):
        if T2S.convert(tw) in folded_seen:
            continue  # curated (or ambiguous) wins
        why = ("drop" if tw in drop else "name" if tw in NAMES else "not IT" if NOT_IT.search(tw + "".join(rs))
               else "single character" if len(tw) == 1 and tw != "埠" else "")
        if why:
            skipped[why].append(tw)
            continue
        table[tw] = rs
    from_opencc = set(table)
    table.update({k: list(v) for k, v in curated.items()})

    def install(t):
        text.set_regional(t, ambiguous)

    # 1. every entry meets its first reading through the analyzer; an OpenCC entry that does not is left out
    install(table)
    failed_oc, failed_cur = [], []
    for tw, rs in sorted(table.items()):
        if not meets(tw, rs[0]):
            (failed_oc if tw in from_opencc else failed_cur).append(f"{tw}/{rs[0]}")
    for item in failed_oc:
        table.pop(item.split("/")[0])
    install(table)
    # 2. mainland words are never rewritten in Simplified text
    vocab_dir = ROOT / "cases" / "vocab"
    mainland = {r for rs in list(table.values()) + list(ambiguous.values()) for r in rs}
    for g in yaml.safe_load((vocab_dir / "glossary.yaml").read_text("utf-8")):  # its first member is mainland
        mainland.update(t for t in g[:1] if text.CJK_RE.search(t))
    for name in ("kinds", "stakes", "industries"):
        for entry in (yaml.safe_load((vocab_dir / f"{name}.yaml").read_text("utf-8")) or {}).values():
            mainland.update(t for t in (entry or {}).get("terms") or [] if text.CJK_RE.search(t) and text.script_of(t) != "hant")
    rewritten = sorted(w for w in mainland if text.fold(w, "hans") != T2S.convert(w) and w not in table
                       and T2S.convert(w) not in {T2S.convert(k) for k in table})
    # 3. where the table fires inside the bundled Simplified cases
    fired: dict[str, int] = {}
    for p in sorted((ROOT / "cases").glob("*.md")):
        body = p.read_text("utf-8")
        if "language: zh-Hans" not in body:
            continue
        for k in table:
            s = T2S.convert(k)
            if s in body and s not in table[k]:
                fired[s] = fired.get(s, 0) + 1

    print(f"OpenCC pairs read: {len(oc)}; taken: {len(from_opencc) - len(failed_oc)}; curated: {len(curated)}; "
          f"ambiguous: {len(ambiguous)}; total regional entries: {len(table)}")
    for why, ws in skipped.items():
        print(f"  left out ({why}): {len(ws)}")
    print(f"  OpenCC entries left out because they do not meet their reading through the analyzer: {len(failed_oc)}"
          + (f" ({' '.join(failed_oc)})" if failed_oc else ""))
    print("  entries firing in the bundled Simplified cases: " + " ".join(f"{k}×{n}" for k, n in sorted(fired.items())))
    if failed_cur or rewritten:
        print(f"FAILED: curated entries that do not meet: {failed_cur}; mainland words rewritten: {rewritten}")
        return 1

    header = (
        "# Taiwan / Hong Kong words and their mainland readings, for the one analyzer (kb_app/core/analysis/text.py).\n"
        "# GENERATED by scripts/build_regional.py -- edit scripts/regional_curated.yaml and re-run it.\n"
        "# Script folding is character-level (OpenCC t2s); this table then maps regional WORDS:\n"
        "#   regional:   a Taiwan/HK word (any script: 資料庫 and 资料库 alike) -> its mainland word(s); the first is\n"
        "#               written in the folded text, every reading is indexed and searched.\n"
        "#   ambiguous:  a Taiwan word that is ALSO an everyday mainland word with another meaning (Taiwan 程序 =\n"
        "#               mainland 进程): its Taiwan readings are added in Traditional text (or text whose script\n"
        "#               cannot be told) and the word is kept; Simplified text keeps its mainland meaning.\n"
        "# Sources: OpenCC's TWPhrases and TWPhrasesRev tables (Apache-2.0, (c) Carbo Kuo and contributors), both\n"
        f"# directions, minus proper names, medical terms and the entries listed under `drop` in the curated file\n"
        f"# ({len(from_opencc) - len(failed_oc)} entries), plus {len(curated)} curated crisis and IT words. Every entry\n"
        "# was checked through the analyzer (folding and segmentation), as written and typed in Simplified.\n")
    body = yaml.safe_dump({"regional": dict(sorted(table.items())), "ambiguous": dict(sorted(ambiguous.items()))},
                          allow_unicode=True, sort_keys=False, default_flow_style=None, width=200)
    new = header + body
    if args.check:
        same = OUT.read_text("utf-8") == new
        print("regional.yaml is up to date" if same else "regional.yaml would change")
        return 0 if same else 1
    OUT.write_text(new, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
