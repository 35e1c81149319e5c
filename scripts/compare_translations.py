"""Fill compare_{zh_CN,zh_TW,en}.ts from the tables below (run after pyside6-lupdate, then lrelease).

    python scripts/compare_translations.py
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "resources" / "translations"

# source -> (zh_CN, zh_TW)
T = {
    "Kind": ("类型", "類型"),
    "Rubric": ("评分标准", "評分標準"),
    "Rater": ("评分人", "評分人"),
    "your name": ("你的名字", "你的名字"),
    "Your ratings go to cases/ratings/<name>.yaml (also in Preferences)": ("你的评分写入 cases/ratings/<名字>.yaml（也可在偏好设置中修改）", "你的評分寫入 cases/ratings/<名字>.yaml（也可在偏好設定中修改）"),
    "Save ratings": ("保存评分", "儲存評分"),
    "Write your ratings to your own file in cases/ratings/ (Ctrl+S)": ("把你的评分写入 cases/ratings/ 下你自己的文件（Ctrl+S）", "把你的評分寫入 cases/ratings/ 下你自己的檔案（Ctrl+S）"),
    "Write standard": ("编写处理标准", "撰寫處理標準"),
    "Start cases/standards/<kind>.md from the best-rated case and the rubric": ("以评分最高的案例和评分标准为底稿，新建 cases/standards/<类型>.md", "以評分最高的案例和評分標準為底稿，新增 cases/standards/<類型>.md"),
    "Export": ("导出", "匯出"),
    "Markdown…": ("Markdown…", "Markdown…"),
    "CSV…": ("CSV…", "CSV…"),
    "PDF…": ("PDF…", "PDF…"),
    "Your rating": ("你的评分", "你的評分"),
    "All raters": ("全体评分人", "全體評分人"),
    "Criterion": ("评分项", "評分項"),
    "Mean": ("平均", "平均"),
    "Spread": ("分歧", "分歧"),
    "α": ("α", "α"),
    "Could not compare: {0}": ("无法对比：{0}", "無法對比：{0}"),
    "Pick a kind of incident above, or select two to ten cases in the search results and choose Compare (Ctrl+Shift+C).": ("在上方选择一种事件类型，或在搜索结果中选中 2 到 10 个案例后选择“对比”（Ctrl+Shift+C）。", "在上方選擇一種事件類型，或在搜尋結果中選取 2 到 10 個案例後選擇「對比」（Ctrl+Shift+C）。"),
    "Selected cases ({0})": ("选中的案例（{0}）", "選取的案例（{0}）"),
    "This kind has fewer than two cases: nothing to compare yet.": ("这一类型的案例不足两个，暂时无法对比。", "這一類型的案例不足兩個，暫時無法對比。"),
    "No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.": ("cases/rubrics/ 中没有评分标准“{0}”：只显示案例，不显示评分。", "cases/rubrics/ 中沒有評分標準「{0}」：只顯示案例，不顯示評分。"),
    "{0} team file(s) with problems (see the Problems panel): {1}": ("{0} 个团队文件有问题（见“问题”面板）：{1}", "{0} 個團隊檔案有問題（見「問題」面板）：{1}"),
    "Cases: {0}": ("案例：{0} 个", "案例：{0} 個"),
    "Open the case": ("打开案例", "開啟案例"),
    "At a glance": ("一览", "一覽"),
    "Outcome": ("结果", "結果"),
    "Time to resolution": ("解决用时", "解決用時"),
    "not stated": ("未写明", "未寫明"),
    "Industry": ("行业", "產業"),
    "Severity": ("严重程度", "嚴重程度"),
    ", ": ("、", "、"),
    "Stakes": ("利害", "利害"),
    "Soft skills": ("软技能", "軟技能"),
    "Lessons": ("经验", "經驗"),
    "Only this case": ("仅此案例做了", "僅此案例做了"),
    "Actions, step by step": ("行动逐项对照", "行動逐項對照"),
    "Against the standard: {0}": ("对照处理标准：{0}", "對照處理標準：{0}"),
    "met": ("达标", "達標"),
    "late": ("超时", "逾時"),
    "done, time not stated": ("做了，未写时间", "做了，未寫時間"),
    "missed": ("未做", "未做"),
    "Situation": ("情况", "情況"),
    "Actions": ("行动", "行動"),
    "Lessons learned": ("经验教训", "經驗教訓"),
    "The cases, section by section": ("案例原文，逐节对照", "案例原文，逐節對照"),
    "Comment (optional)": ("评语（可选）", "評語（選填）"),
    "Not rated yet": ("尚未评分", "尚未評分"),
    "Could not keep the draft: {0}": ("无法保存草稿：{0}", "無法保存草稿：{0}"),
    "Enter your name as rater (top bar or Preferences) to rate.": ("请先填写评分人姓名（顶部栏或偏好设置）再评分。", "請先填寫評分人姓名（頂部列或偏好設定）再評分。"),
    "Unsaved draft ratings: {0}, kept if the app closes. Save ratings writes ratings/{1}.yaml.": ("未保存的评分草稿：{0} 项，关闭程序也不会丢失。“保存评分”会写入 ratings/{1}.yaml。", "未儲存的評分草稿：{0} 項，關閉程式也不會遺失。「儲存評分」會寫入 ratings/{1}.yaml。"),
    "Rating as {0}: everything is saved in ratings/{1}.yaml.": ("评分人 {0}：全部评分已保存在 ratings/{1}.yaml。", "評分人 {0}：全部評分已儲存在 ratings/{1}.yaml。"),
    "Agreement (Krippendorff's α, ordinal): {0} · raters: {1}": ("一致性（Krippendorff α，顺序量表）：{0} · 评分人：{1} 位", "一致性（Krippendorff α，順序量表）：{0} · 評分人：{1} 位"),
    "Agreement: not measurable yet · raters: {0}": ("一致性：暂无法计算 · 评分人：{0} 位", "一致性：暫無法計算 · 評分人：{0} 位"),
    "Rate the cases first: the standard starts from the best one": ("请先评分：处理标准以评分最高的案例为底稿", "請先評分：處理標準以評分最高的案例為底稿"),
    "No ratings yet: rate the cases to see scores and agreement.": ("还没有评分：评分后可看到得分和一致性。", "還沒有評分：評分後可看到得分和一致性。"),
    "One rater so far: agreement needs at least two.": ("目前只有一位评分人：一致性至少需要两位。", "目前只有一位評分人：一致性至少需要兩位。"),
    "Raters agree overall (α {0}).": ("评分人总体一致（α {0}）。", "評分人總體一致（α {0}）。"),
    "Raters partly agree overall (α {0}): conclusions are tentative.": ("评分人总体部分一致（α {0}）：结论仅供参考。", "評分人總體部分一致（α {0}）：結論僅供參考。"),
    "Raters disagree overall (α {0}): compare notes before deciding.": ("评分人总体分歧较大（α {0}）：先交换意见再下结论。", "評分人總體分歧較大（α {0}）：先交換意見再下結論。"),
    "Every rating is the same score: no disagreement to measure.": ("所有评分都相同：没有分歧可衡量。", "所有評分都相同：沒有分歧可衡量。"),
    "Raters disagree on {0}: discuss it first.": ("评分人在{0}上分歧较大：请先讨论。", "評分人在{0}上分歧較大：請先討論。"),
    "Raters partly agree on {0}.": ("评分人在{0}上部分一致。", "評分人在{0}上部分一致。"),
    "Saved your ratings to {0}": ("评分已保存到 {0}", "評分已儲存到 {0}"),
    "Ratings not saved: {0}": ("评分未保存：{0}", "評分未儲存：{0}"),
    "Wrote {0}: edit it with the team.": ("已写入 {0}：请与团队一起修改定稿。", "已寫入 {0}：請與團隊一起修改定稿。"),
    "{0} already exists: opened it.": ("{0} 已存在：已打开。", "{0} 已存在：已開啟。"),
    "Could not write the standard: {0}": ("无法写入处理标准：{0}", "無法寫入處理標準：{0}"),
    "Exported to {0}": ("已导出到 {0}", "已匯出到 {0}"),
    "Export failed: {0}": ("导出失败：{0}", "匯出失敗：{0}"),
    "Markdown (*.md)": ("Markdown（*.md）", "Markdown（*.md）"),
    "CSV (*.csv)": ("CSV（*.csv）", "CSV（*.csv）"),
    "PDF (*.pdf)": ("PDF（*.pdf）", "PDF（*.pdf）"),
    "Export the comparison": ("导出对比", "匯出對比"),
    "Best handled": ("处理最佳", "處理最佳"),
    "raters: {0}": ("评分人：{0} 位", "評分人：{0} 位"),
    "Compare cases": ("对比案例", "對比案例"),
    "Compare cases…": ("对比案例…", "對比案例…"),
    "Cases of one kind side by side, rated against a rubric": ("同类案例并排对比，按评分标准评分", "同類案例並排對比，依評分標準評分"),
    "Compare the selected cases": ("对比选中的案例", "對比選取的案例"),
    "Rater name": ("评分人姓名", "評分人姓名"),
    "default: git's user.name": ("默认：git 的 user.name", "預設：git 的 user.name"),
    "Hide": ("收起", "收合"),
    "Show": ("展开", "展開"),
    "Show or hide the expected actions": ("展开或收起期望行动", "展開或收合期望行動"),
    "Standard for {0}": ("{0}处理标准", "{0}處理標準"),
    "Situations: ": ("适用情形：", "適用情形："),
    "{0} h": ("{0} 小时", "{0} 小時"),
    "{0} min": ("{0} 分钟", "{0} 分鐘"),
    "every {0}": ("每 {0}", "每 {0}"),
    "within {0}": ("{0}内", "{0}內"),
}

EN_PLURAL = {
    "%n case(s)": ("%n case", "%n cases"),
    "%n rater(s)": ("%n rater", "%n raters"),
    "Agreement: not measurable yet · %n rater(s)": ("Agreement: not measurable yet · %n rater",
                                                     "Agreement: not measurable yet · %n raters"),
    "Draft: %n unsaved rating(s), kept if the app closes. Save ratings writes ratings/{0}.yaml.": (
        "Draft: %n unsaved rating, kept if the app closes. Save ratings writes ratings/{0}.yaml.",
        "Draft: %n unsaved ratings, kept if the app closes. Save ratings writes ratings/{0}.yaml."),
}


def fill(lang: str) -> list[str]:
    path = HERE / f"compare_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for m in tree.getroot().iter("message"):
        src = m.find("source").text
        tr = m.find("translation")
        numerus = m.get("numerus") == "yes"
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        tr.attrib.pop("type", None)
        if lang == "en":
            if numerus:
                for form in EN_PLURAL.get(src, (src, src)):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = src
            continue
        if src not in T:
            missing.append(src)
            tr.set("type", "unfinished")
            continue
        text = T[src][0 if lang == "zh_CN" else 1]
        if numerus:
            ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    bad = {lang: fill(lang) for lang in ("zh_CN", "zh_TW", "en")}
    for lang, miss in bad.items():
        for s in miss:
            print(f"{lang}: untranslated: {s!r}")
    sys.exit(1 if any(bad.values()) else 0)
