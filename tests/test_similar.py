"""The precedent engine: right cases, true reasons, same answers across scripts and languages."""
import pytest

from kb_app.core.retrieval import similar

SECURITIES = ("证券客户的集中交易系统存储阵列故障，IO 超时，委托下单很慢。我们的驻场工程师已经连续工作了30小时，"
              "还没有找到原因，客户信息技术总监非常不满。")
SECURITIES_T = ("證券客戶的集中交易系統存儲陣列故障，IO 超時，委託下單很慢。我們的駐場工程師已經連續工作了30小時，"
                "還沒有找到原因，客戶資訊技術總監非常不滿。")
CLAIM = "工程师误操作把客户的卷初始化了，数据全部丢失，谈判破裂，客户发来律师函要求索赔八万多元。"
NOON = "RAID 卡故障导致十几TB财务分析数据被锁住，没有备份，总监要求明天中午之前恢复，厂商说成功率不到一半。"


def top(kb, text, n=5):
    return [h.id for h in kb.similar(text, n).hits]


def test_the_three_classic_crises_find_their_precedent(bundled_kb):
    assert top(bundled_kb, SECURITIES)[0] == "securities-storage-30h"
    assert "engineer-misoperation-data-loss-claim" in top(bundled_kb, CLAIM, 3)
    assert "financial-data-noon-deadline" in top(bundled_kb, NOON, 3)


def test_traditional_and_simplified_descriptions_rank_identically(bundled_kb):
    a = bundled_kb.similar(SECURITIES, 5).hits
    b = bundled_kb.similar(SECURITIES_T, 5).hits
    assert [h.id for h in a] == [h.id for h in b]
    assert [round(h.score, 6) for h in a] == [round(h.score, 6) for h in b]


def test_reasons_are_in_the_users_script(bundled_kb):
    hit = bundled_kb.similar(SECURITIES_T, 1).hits[0]
    terms = next(r for r in hit.reasons if r.type == "terms")
    assert "證券" in terms.label or "陣列" in terms.label or "連續" in terms.label
    assert "证券" not in terms.label


def test_english_description_finds_chinese_cases_through_the_glossary(bundled_kb):
    res = bundled_kb.similar("An engineer initialized the wrong LUN by mistake and wiped the customer's data; "
                             "the customer rejected our offer and filed a legal claim for compensation.", 5)
    ids = [h.id for h in res.hits]
    assert "engineer-misoperation-data-loss-claim" in ids
    hit = res.hits[ids.index("engineer-misoperation-data-loss-claim")]
    glossary = [r for r in hit.reasons if r.type == "glossary"]
    assert glossary and any("/" in r.label for r in glossary)  # names the link: 索赔 / legal claim


def test_chinese_description_finds_english_cases_through_the_glossary(bundled_kb):
    res = bundled_kb.similar("券商的存储控制器故障切换失败，开盘前订单路由中断。", 5)
    ids = [h.id for h in res.hits]
    assert "broker-storage-controller-outage" in ids
    hit = res.hits[ids.index("broker-storage-controller-outage")]
    assert any(r.type == "glossary" for r in hit.reasons)


def test_every_reason_contributed_and_they_add_up(bundled_kb):
    for text in (SECURITIES, CLAIM, NOON, "The storage array controller failed at a broker."):
        for h in bundled_kb.similar(text, 5).hits:
            assert h.reasons and all(r.weight > 0 for r in h.reasons)
            assert sum(r.weight for r in h.reasons) == pytest.approx(h.score, abs=1e-6)
            assert 0 < h.score <= 1


def test_scores_are_calibrated_and_honest_when_nothing_is_close(bundled_kb):
    strong = bundled_kb.similar(SECURITIES, 5)
    assert strong.close and strong.hits[0].score >= similar.CLOSE_THRESHOLD
    weak = bundled_kb.similar("公司年会的抽奖箱找不到了，主持人很着急。", 5)
    assert not weak.close
    assert not bundled_kb.similar("", 5).hits


def test_outcome_and_lessons_come_with_each_hit(bundled_kb):
    h = bundled_kb.similar(SECURITIES, 1).hits[0]
    assert h.status == "resolved" and h.summary
    assert any("疲劳" in l or "换" in l for l in h.lessons)  # lesson titles, not ids


def test_cancel_stops_a_superseded_call(bundled_kb):
    with pytest.raises(similar.Cancelled):
        bundled_kb.similar(SECURITIES, 5, cancel=lambda: True)


def test_hostile_descriptions_do_not_raise(bundled_kb):
    for t in ["*", "((", "\x00\x01", "🙂" * 100, "存" * 3000, "OR " * 500]:
        bundled_kb.similar(t, 5)
