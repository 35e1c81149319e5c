"""Issue 16: precedent a manager can trust in any language -- English descriptions reach Chinese cases and back
through situations, roles and pressures; every reason is true of the case and none is filler; what a text
says did not happen counts for nothing; a space between Chinese words never finds less; a close case says why."""
import json
import re

import pytest

from kb_app.core.analysis import convert, text
from kb_app.core.analysis.profile import analyse
from kb_app.core.retrieval import similar
from kb_app.core.retrieval.search import run_search

ISSUE_EXAMPLE = ("Securities client storage array down 30 hours, our onsite engineer has worked through the night "
                 "and the customer wants a new lead")

# English descriptions of Chinese cases and Chinese descriptions of English ones (the tuning half of
# bench/eval/issue16/cross_queries.yaml, where the held-out half is only measured)
CROSS = [
    ("The RAID controller in the finance team's analysis server dropped out; the array shows two failed disks and "
     "one degraded. 12 TB of finance records, never backed up. The CFO needs the figures for the board meeting at "
     "noon tomorrow.", "financial-data-noon-deadline"),
    ("A controller in the storage array behind the grid dispatch platform keeps rebooting. The vendor's engineer "
     "blames our multipath settings, we say it is a hardware defect, and now their legal department has sent us a "
     "lawyer's letter demanding 500,000 in damages.", "storage-vendor-blame-legal-letter"),
    ("Two of our engineers have been repairing the carrier's SMS platform database since Sunday evening and nobody "
     "has relieved them. On the second night one of them deleted the wrong partition.",
     "exhausted-team-second-night-mistake"),
    ("Over the Lunar New Year weekend ransomware hit the retail chain's headquarters servers; POS back office for "
     "200 stores is down and the attackers want 800,000 dollars.", "tw-retail-ransomware-pos"),
    ("券商的中端存储阵列控制器A硬件故障重启，本该切到控制器B，但订单系统卷的写延迟升到900多毫秒。九点半开盘，客户说开盘下不了单就要报告监管。",
     "broker-storage-controller-outage"),
    ("冬季暴风雪中控制中心市电中断，UPS 顶住了，但柴油发电机没起来，电池只够撑 35 分钟。", "utility-generator-failed-start"),
]

DESCRIPTIONS = [ISSUE_EXAMPLE] + [d for d, _ in CROSS] + [
    "证券客户的集中交易系统存储阵列故障，驻场工程师已经连续工作了30小时，客户要求换人。",
    "證券客戶的存儲陣列故障，駐點工程師已經連續工作30小時沒有休息，客戶收到律師函的威脅。",
    "The hospital's PACS NAS lost a second disk during the RAID rebuild; the last backup is two months old.",
    "資料庫主備切換時出現雙主，交易資料不一致，稽核單位要求說明。",
    "工程师误操作把客户的卷初始化了，数据全部丢失，客户发来律师函要求索赔。",
]


def case_hay(kb, cid):
    c = kb.case(cid)
    return text.fold("\n".join([c.title, " ".join(c.tags), c.body, c.outcome.summary])).lower()


def case_terms(kb, cid):
    c = kb.case(cid)
    return set(text.terms("\n".join([c.title, c.body]))) | set(text.terms(c.outcome.summary))


def test_the_issue_example_reaches_the_chinese_30_hour_case(bundled_kb):
    res = bundled_kb.similar(ISSUE_EXAMPLE, 5)
    ids = [h.id for h in res.hits]
    assert "securities-storage-30h" in ids[:3] and res.close
    hit = res.hits[ids.index("securities-storage-30h")]
    # reached through what the description says of the situation, not only the technology
    assert {"pressure", "situation", "role"} & set(hit.why)
    assert {"kind", "component"} & set(hit.why)


@pytest.mark.parametrize("desc,target", CROSS)
def test_a_description_reaches_its_case_in_the_other_language(bundled_kb, desc, target):
    res = bundled_kb.similar(desc, 5)
    assert target in [h.id for h in res.hits][:3], [(h.id, round(h.score, 2)) for h in res.hits]
    assert res.close


@pytest.mark.parametrize("desc", DESCRIPTIONS + [text.to_script(d, "zh-Hant") for d in DESCRIPTIONS
                                                 if text.CJK_RE.search(d)])
def test_every_reason_is_true_of_the_case_and_none_is_filler(bundled_kb, desc):
    searcher = bundled_kb._get_searcher()
    for h in bundled_kb.similar(desc, 10).hits:
        hay = case_hay(bundled_kb, h.id)
        doc = searcher.document(id=h.id)
        assert sum(r.weight for r in h.reasons) == pytest.approx(h.score, abs=1e-6)
        for r in h.reasons:
            if r.type in ("glossary", "situation", "stakes"):
                assert r.case_terms, (h.id, r.type, r.label)
                for t in r.case_terms:  # the case's own words carry it, and the label names them
                    assert text.fold(t).lower() in hay, (h.id, r.label, t)
                    # in the description's script (issue 19: one script on a chip)
                    assert t in r.label or convert.for_reader(t, text.detect_language(desc)) in r.label, (h.id, r.label, t)
            if r.type == "stakes":
                assert set(r.keys) <= set(doc["stakes"].split(",")), (h.id, r.keys)
            if r.type == "kind":
                assert r.keys == (h.kind,)
            if r.type == "industry":
                assert r.keys == (h.industry,)
            if r.type == "terms":
                words = re.split(r"、|, ", r.label)
                terms = case_terms(bundled_kb, h.id)
                for w in words:
                    t = text.query_terms(w)
                    assert t and set(t) & terms, (h.id, w)               # the case holds the word
                    assert not any(text.is_filler(x) for x in t), (h.id, w)  # and it is not filler


def test_filler_is_never_a_matched_word(bundled_kb):
    for desc in ("The storage array went down several times and the engineer sent it back; this led to a lot of "
                 "problems with the client", "存储阵列故障导致交易中断，工程师进行了处理，发现问题之后通知了客户"):
        for h in bundled_kb.similar(desc, 10).hits:
            for r in h.reasons:
                if r.type == "terms":
                    for w in re.split(r"、|, ", r.label):
                        assert w.lower() not in {"several", "back", "sent", "导致", "进行", "发现", "通知"}, (h.id, w)


def test_overnight_alone_is_not_fatigue(bundled_kb):
    """The issue's "Stakes: Fatigue" on a case that only says "validation ... overnight"."""
    doc = bundled_kb._get_searcher().document(id="insurer-policy-db-corruption-escalated")
    assert "fatigue" not in doc["stakes"].split(",")
    assert "fatigue" in analyse("Our engineer worked through the night on it", bundled_kb.vocab).stakes


# -- negation --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("said", ["No data was lost and no data loss was reported.", "未造成数据丢失", "無資料遺失",
                                  "数据没有丢失", "the restore finished without any data loss", "数据零丢失"])
def test_negated_data_loss_is_not_data_loss(bundled_kb, said):
    p = analyse(f"服务器断电后恢复。{said}", bundled_kb.vocab)
    assert "data-loss" not in p.stakes and "19" not in p.concepts  # nor the glossary's data-loss concept
    if any(w in said for w in ("数据丢失", "資料遺失", "data loss")):  # the stake's own words, negated: kept apart
        assert any(m.key == "data-loss" for m, _, _ in p.negated)


@pytest.mark.parametrize("said", ["没有备份导致数据丢失", "The backup failed and we lost data: no backup was kept offsite",
                                  "不到一小时就发现数据丢失"])
def test_a_negative_word_that_is_the_loss_itself_still_counts(bundled_kb, said):
    assert "data-loss" in analyse(said, bundled_kb.vocab).stakes


def test_a_case_saying_no_data_was_lost_ranks_after_real_data_loss(bundled_kb):
    """tw-datacenter-wrong-cable-pull ends with 無資料遺失: found, but after the cases that lost data."""
    doc = bundled_kb._get_searcher().document(id="tw-datacenter-wrong-cable-pull")
    assert "data-loss" not in doc["stakes"].split(",")
    real = {"engineer-misoperation-data-loss-claim", "rural-bank-backup-never-restored", "rd-drawings-nas-sync-overwrite",
            "tw-db-accidental-delete", "hospital-pacs-nas-double-disk"}
    for q in ("数据丢失", "資料遺失"):
        ids = [h.id for h in run_search(bundled_kb._get_searcher(), q, limit=50, vocab=bundled_kb.vocab).hits]
        assert real <= set(ids)
        if "tw-datacenter-wrong-cable-pull" in ids:
            assert ids.index("tw-datacenter-wrong-cable-pull") > max(ids.index(c) for c in real), ids


def test_a_negated_stake_earns_no_precedent_credit(bundled_kb):
    res = bundled_kb.similar("机房整线时拔错了数据库服务器的电源线，25 分钟恢复，没有数据丢失。", 5)
    assert res.profile and "data-loss" not in res.profile.stakes
    for h in res.hits:
        assert not any(r.type == "stakes" and "data-loss" in r.keys for r in h.reasons)


# -- spaces between Chinese words -------------------------------------------------------------------------
@pytest.mark.parametrize("spaced", ["存储 阵列", "数据 丢失", "律师 函", "服务 器 宕机", "資料 庫"])
def test_a_space_between_chinese_words_never_finds_less(bundled_kb, spaced):
    s = bundled_kb._get_searcher()
    joined = spaced.replace(" ", "")
    a = {h.id for h in run_search(s, spaced, limit=200, vocab=bundled_kb.vocab).hits}
    b = {h.id for h in run_search(s, joined, limit=200, vocab=bundled_kb.vocab).hits}
    assert b <= a and b, (spaced, b - a)


# -- calibration and why ------------------------------------------------------------------------------------
@pytest.mark.parametrize("desc", [
    "The office coffee machine leaked and flooded the kitchen; facilities say the plumber cannot come until Monday.",
    "員工旅遊的遊覽車在高速公路拋錨，五十位同事困在休息站，領隊聯絡不到車行。",
    "新来的实习生和带他的老员工吵了起来，HR 要我们部门经理出面调解。",
    "公司尾牙的餐廳臨時通知停業，三百人的場地明天晚上就要用，福委會急著找替代。",
    "食堂供应商突然倒闭，明天起三百名员工没有午饭，行政部还没找到替代的餐饮公司。",
])
def test_no_precedent_probes_are_not_close(bundled_kb, desc):
    res = bundled_kb.similar(desc, 5)
    assert not res.close and (not res.hits or res.hits[0].score < 0.5)


def test_the_cli_says_why_a_case_is_close(tmp_path):
    from test_cli import kb

    out = kb("similar", ISSUE_EXAMPLE, "--json", data=tmp_path).stdout
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    row = rows[0] if "results" in rows[0] else {"results": rows}
    top = row["results"][0]
    assert top["id"] == "securities-storage-30h" and "why" in top and top["why"]
    plain = kb("similar", ISSUE_EXAMPLE, data=tmp_path).stdout
    assert "close: same" in plain


def test_why_names_only_dimensions_the_reasons_hold(bundled_kb):
    for desc in DESCRIPTIONS:
        for h in bundled_kb.similar(desc, 5).hits:
            senses = {r.sense for r in h.reasons}
            assert set(h.why) <= senses and all(d in similar.WHY_ORDER for d in h.why)
