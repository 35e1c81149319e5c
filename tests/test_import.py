"""kb import (issue 15): a team's Word case studies, ticket exports, wiki pages, notes and PDFs become
cases to review. Every sample is generated (tests/import_samples.py)."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import BUNDLED
import import_samples as S


# -- fixtures --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return S.write_all(tmp_path_factory.mktemp("team") / "team-library")


def _kb(cases, data):
    from kb_app.core.service import KnowledgeBase

    return KnowledgeBase(cases, data)


@pytest.fixture(scope="module")
def imported(samples, tmp_path_factory):
    """The bundled cases, then the whole sample folder imported once (read-only tests share it)."""
    root = tmp_path_factory.mktemp("lib")
    cases = root / "cases"
    shutil.copytree(BUNDLED, cases)
    kb = _kb(cases, root / "data")
    ctx = kb.import_paths([samples["hans_docx"].parent])
    yield kb, ctx
    kb.close()


def _created(ctx, source_part):
    recs = [r for r in ctx.records if r.status == "created" and source_part in r.source]
    assert recs, [(r.status, r.source, r.message) for r in ctx.records]
    return recs[0]


def _text(rec):
    return Path(rec.path).read_text("utf-8")


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- structure ------------------------------------------------------------------------------------------------
def test_word_case_study_keeps_its_structure_and_image(imported):
    kb, ctx = imported
    rec = _created(ctx, "存储故障案例.docx")
    assert rec.title == S.HANS["title"] and rec.language == "zh-Hans"
    text = _text(rec)
    assert "\n# 情况\n" in text and "\n# 经验教训\n" in text          # heading styles
    assert "| 时间 | 事件 |\n| --- | --- |\n| 09:10 | 数据库 IO 超时 |" in text  # the table
    assert "\n1. 服务经理到场后" in text and "\n- 疲劳的工程师要换下来" in text   # numbered and bulleted
    assert "**" in text and "*" in text.replace("**", "")               # bold and italic runs
    img = f"assets/{rec.case_id}/image-1.png"
    assert f"]({img})" in text
    assert (kb.cases_dir / img).read_bytes().startswith(b"\x89PNG")
    assert text.count(S.HANS["title"]) == 1                             # the title is not repeated as a heading


def test_wps_document_with_bold_headings_and_numbering(imported):
    _, ctx = imported
    rec = _created(ctx, "醫院資料庫誤刪.docx")
    text = _text(rec)
    assert rec.title == S.HANT["title"] and rec.language == "zh-Hant"
    for h in ("一、事件經過", "二、處理過程", "三、處理結果", "四、經驗教訓"):
        assert f"\n## {h}\n" in text
    assert "| 項目 | 說明 |" in text


def test_localized_heading_style_names(imported):
    _, ctx = imported
    rec = _created(ctx, "ransomware-logistics.docx")
    text = _text(rec)
    assert rec.title == S.EN["title"] and rec.language == "en"
    assert "\n# Situation\n" in text and "\n# Lessons learned\n" in text


def test_spreadsheet_one_case_per_row_with_date_outcome_and_ticket(imported):
    kb, ctx = imported
    rows = [r for r in ctx.records if r.status == "created" and "tickets.xlsx" in r.source]
    assert len(rows) == 5                                       # the header is on row 2, under a merged title
    by_num = {r.source.split(" ")[0]: r for r in rows}
    r1 = by_num["INC0010001"]
    assert r1.title == "核心交换机环路导致全行网络中断" and r1.kind == "network" and r1.row == 3
    t = _text(r1)
    assert "date: 2024-03-05" in t and "severity: critical" in t
    assert "outcome_summary: 定位到新接入的无管理交换机形成环路" in t
    assert "source: INC0010001 (tickets.xlsx, row 3)" in t
    assert "## 情况" in t and "## 结果" in t and "| Assignment group | 网络组 |" in t
    assert "date: 2024-05-08" in _text(by_num["INC0010004"])   # an Excel serial number
    assert "date: 2024-05-06" in _text(by_num["INC0010003"])   # 2024/5/6 09:15
    r3 = by_num["INC0010003"]
    assert r3.language == "zh-Hant" and r3.kind == "database"
    r2 = by_num["INC0010002"]
    assert r2.language == "en" and r2.kind == "dependency" and "outcome_status: resolved" in _text(r2)
    # a formula is never evaluated nor kept as one
    for r in rows:
        assert "HYPERLINK" not in _text(r) and "evil.example" not in _text(r)


def test_csv_export_and_column_map(imported, tmp_path):
    _, ctx = imported
    rows = [r for r in ctx.records if r.status == "created" and "工单导出.csv" in r.source]
    assert {r.kind for r in rows} == {"capacity", "deploy"} and all(r.source.startswith("T-200") for r in rows)
    # unknown column names: named as a problem, and --map makes them known
    from kb_app.core.importing.run import ImportOptions, import_paths
    from kb_app.core.analysis.vocab import load_vocab

    f = tmp_path / "odd.csv"
    f.write_text("Ref;Headline;Text\nA-1;DNS 解析失败导致全站不可用;域名解析服务器配置错误，SERVFAIL。\n", "utf-8")
    cases = tmp_path / "cases"
    cases.mkdir()
    vocab, _ = load_vocab(cases, BUNDLED)
    ctx1 = import_paths([f], cases, vocab)
    assert [r.code for r in ctx1.records] == ["import-no-header"] and ctx1.failed == 1
    ctx2 = import_paths([f], cases, vocab, options=ImportOptions(column_map={"Headline": "title", "Text": "description",
                                                                             "Ref": "number"}))
    (rec,) = ctx2.records
    assert rec.status == "created" and rec.title == "DNS 解析失败导致全站不可用" and rec.source.startswith("A-1 ")


def test_dates_in_every_shape(monkeypatch):
    from kb_app.core.importing.sheet import parse_date

    assert str(parse_date(45356.5)) == "2024-03-05"
    assert str(parse_date("2024年3月5日 14:20")) == "2024-03-05"
    assert str(parse_date("03/05/2024")) == "2024-03-05"            # m/d/y unless told
    assert str(parse_date("03/05/2024", day_first=True)) == "2024-05-03"
    assert str(parse_date("25/12/2023")) == "2023-12-25"            # a day above 12: d/m/y
    assert str(parse_date("5 Mar 2024")) == "2024-03-05"
    assert parse_date("not a date") is None and parse_date(3.5) is None
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert str(parse_date("2024-03-31T20:00:00Z")) == "2024-04-01"   # UTC evening = next local day
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_wiki_page_is_cleaned(imported):
    kb, ctx = imported
    rec = _created(ctx, "dns-outage.html")
    text = _text(rec)
    assert rec.title == "DNS outage after a configuration change" and rec.kind == "dns"
    for bad in ("<script", "alert(", "javascript:", "evil.example", "tracker.example", "cdn.example", "<iframe",
                "Home | Spaces", "© wiki", "passwd"):
        assert bad not in text, bad
    assert "[read the change policy](https://wiki.example.com/change-policy)" in text
    assert "| 10:02 | Change applied \\| no review |" in text            # a pipe inside a cell stays in its cell
    assert "1. Every resolver change needs a second reviewer" in text
    imgs = list((kb.cases_dir / "assets" / rec.case_id).glob("image-*"))
    assert len(imgs) == 1 and imgs[0].read_bytes().startswith(b"\x89PNG")
    assert any(w.code == "import-image-dropped" for w in rec.warnings)


def test_pdf_text_and_paragraphs(imported, samples):
    if "pdf" not in samples:
        pytest.skip("Qt could not write a PDF here")
    _, ctx = imported
    rec = _created(ctx, "leap-second.pdf")
    text = _text(rec)
    assert rec.title == "Leap second bug stops the trading gateway"
    assert "\n## Situation\n" in text and "\n## Outcome\n" in text
    assert "clock jump, and the order service crashed" in text       # lines joined into a paragraph
    assert rec.kind in ("time", "software-bug")


def test_notes_from_obsidian_and_notion_into_a_new_library(samples, tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([samples["md"], samples["notion"]])
    ob = _created(ctx, "行情专线中断.md")
    t = _text(ob)
    assert ob.title == "证券行情专线中断：开盘前 20 分钟的切换"               # the front matter's title
    assert "date: 2023-09-18" in t and "tags: [专线, 行情]" in t and ob.kind == "network"
    no = _created(ctx, "醫院影像 NAS")
    assert no.title == "醫院影像系統 NAS 雙硬碟故障" and no.language == "zh-Hant"
    tn = _text(no)
    assert "date: 2024-03-02" in tn and "Created:" not in tn             # Notion's property lines
    assert "1. 暫停寫入並聯繫原廠" in tn
    kb.close()


# -- suggestions and review ----------------------------------------------------------------------------------
def test_suggestions_say_why(imported):
    kb, ctx = imported
    rec = _created(ctx, "存储故障案例.docx")
    s = rec.suggestions
    assert s["kind"].value == "storage-failure" and "存储阵列" in s["kind"].words
    assert s["date"].value == "2024-03-05" and s["date"].words == ("2024年3月5日",)
    assert s["industry"].value == "banking" and s["outcome_status"].value == "resolved"
    assert s["outcome_summary"].value.startswith("原厂确认") and s["outcome_summary"].why == "section"
    assert "rotate-exhausted-engineers" in s["lessons"].value                  # matched to an existing lesson
    assert any(n["title"] == "更换备件后必须核对固件版本" for n in s["new_lessons"].value)  # proposed as new
    assert s["language"].value == "zh-Hans" and s["language"].words
    assert s["soft_skills"].value and s["soft_skills"].words
    info = kb.review_info(rec.case_id)                 # kept beside the case for the review
    assert info["source"] == rec.source and info["suggestions"]["kind"]["words"]
    hant = _created(ctx, "醫院資料庫誤刪.docx").suggestions
    assert hant["kind"].value == "data-loss" and hant["industry"].value == "healthcare"
    assert "confirm-target-before-destructive-command" in hant["lessons"].value
    assert _created(ctx, "ransomware-logistics.docx").suggestions["kind"].value == "security"


def test_review_queue_original_text_and_clearing_the_flag(samples, tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED, cases)
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([samples["hans_docx"], samples["en_docx"]])
    assert ctx.created == 2
    queue = kb.review_queue()
    assert {q.id for q in queue} == {r.case_id for r in ctx.records}
    q = queue[0]
    assert q.source and q.imported_at
    original = kb.review_original(q.id)
    assert original and (S.HANS["title"] in original or S.EN["title"] in original)
    assert kb.review_original("../../etc/passwd") is None
    before = Path(q.path).read_text("utf-8")
    assert "review: imported" in before
    assert kb.mark_reviewed(q.id) is True
    after = Path(q.path).read_text("utf-8")
    assert after == before.replace("review: imported\n", "")          # only that line changed
    assert [x.id for x in kb.review_queue()] == [x.id for x in queue[1:]]
    from kb_app.core.importing.review import clear_text

    assert "review:" not in clear_text(before)
    kb.close()


def test_imported_cases_are_searchable_at_once_in_both_scripts(imported):
    kb, ctx = imported
    rec = _created(ctx, "INC0010003")
    for q in ("資料庫主備切換", "数据库主备切换"):
        assert rec.case_id in [h.id for h in kb.search(q, limit=5).hits], q
    rec = _created(ctx, "存储故障案例.docx")
    for q in ("存储阵列控制器", "儲存陣列控制器"):
        assert rec.case_id in [h.id for h in kb.search(q, limit=5).hits], q


# -- safety ---------------------------------------------------------------------------------------------------
def test_reimport_creates_nothing(imported, samples):
    kb, first = imported
    before = _snapshot(kb.cases_dir)
    ctx = kb.import_paths([samples["hans_docx"].parent])
    assert ctx.created == 0
    skipped = {r.source: r for r in ctx.records if r.status == "skipped"}
    for rec in (r for r in first.records if r.status == "created"):
        assert skipped[rec.source].code == "already-imported" and skipped[rec.source].case_id == rec.case_id
    assert _snapshot(kb.cases_dir) == before


def test_existing_case_is_a_likely_duplicate(tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED, cases)
    kb = _kb(cases, tmp_path / "data")
    kb.load()
    src = tmp_path / "in"
    src.mkdir()
    case = kb.case("securities-storage-30h")
    (src / "same-text.md").write_text(f"# 证券公司存储故障复盘\n\n{case.body}", "utf-8")        # same incident, new title
    (src / "same-title.md").write_text(f"---\ntitle: {case.title}\ndate: {case.date}\n---\n短短一段。\n", "utf-8")
    ctx = kb.import_paths([src])
    recs = {Path(r.file).name: r for r in ctx.records}
    assert recs["same-text.md"].code == "duplicate" and recs["same-text.md"].duplicate_of == case.id
    assert recs["same-title.md"].code == "duplicate" and recs["same-title.md"].duplicate_of == case.id
    assert ctx.created == 0 and "securities-storage-30h" in recs["same-text.md"].message
    from kb_app.core.importing.run import ImportOptions

    ctx = kb.import_paths([src / "same-text.md"], ImportOptions(allow_duplicates=True))
    (rec,) = ctx.records
    assert rec.status == "created" and rec.duplicate_of == case.id
    assert '"[[securities-storage-30h]]"' in _text(rec)                   # linked as related
    kb.close()


def test_dry_run_writes_nothing(samples, tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED, cases)
    before = _snapshot(cases)
    kb = _kb(cases, tmp_path / "data")
    from kb_app.core.importing.run import ImportOptions

    ctx = kb.import_paths([samples["hans_docx"].parent], ImportOptions(dry_run=True))
    created = [r for r in ctx.records if r.status == "created"]
    assert len(created) >= 10 and all(r.dry_run and not Path(r.path).exists() for r in created)
    assert len({r.path for r in created}) == len(created)                 # the ids it would take are distinct
    assert _snapshot(cases) == before
    kb.close()


def test_damaged_encrypted_and_unsupported_files_are_named_and_the_rest_goes_in(tmp_path, samples):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(samples["hans_docx"], src / "good.docx")
    shutil.copy(samples["damaged"], src / "broken.docx")
    (src / "protected.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                                         + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    (src / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    (src / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (src / "empty.xlsx").write_bytes(b"")
    (src / "photo.png").write_bytes(S.png())                                # not a document: ignored
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(100, 100)
    w.encrypt("secret")
    with open(src / "locked.pdf", "wb") as f:
        w.write(f)
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([src])
    codes = {Path(r.file).name: r.code for r in ctx.records if r.status == "failed"}
    assert codes == {"broken.docx": "import-damaged", "protected.docx": "import-encrypted",
                     "old.doc": "import-unsupported", "cut.pdf": "import-damaged", "empty.xlsx": "import-damaged",
                     "locked.pdf": "import-encrypted"}
    assert ctx.created == 1
    kb.close()


def test_hostile_files_hurt_nothing(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    outside = tmp_path / "secret.png"
    outside.write_bytes(S.png(10, 10))
    # a zip bomb dressed as a Word file
    with zipfile.ZipFile(src / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
        z.writestr("[Content_Types].xml", "<Types/>")
    # a huge file, refused unread (sparse: costs no disk)
    with open(src / "huge.txt", "wb") as f:
        f.truncate(60 * 1024 * 1024)
    # control characters, an escape sequence, path traversal and javascript in a note
    (src / "sub" / "note.md").write_text(
        "# 终端\x1b]52;c;ZXZpbA==\x07攻击 \u202eevil\n\n![x](../../secret.png) ![y](/etc/passwd) "
        "[click](javascript:alert(1)) <script>alert(1)</script><img src=x onerror=alert(1)>\n\n磁盘阵列控制器故障。\n",
        "utf-8")
    (src / "rows.csv").write_text("Number,Short description,Description\nX1,\"=cmd|' /C calc'!A0\",\"描述\x1b[2J\"\n",
                                  "utf-8")
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([src])
    codes = {Path(r.file).name: r.code for r in ctx.records if r.status == "failed"}
    assert codes == {"bomb.docx": "import-expands-too-much", "huge.txt": "import-too-large"}
    note = _created(ctx, "note.md")
    t = _text(note)
    for bad in ("\x1b", "\x07", "\u202e", "javascript:", "<script", "onerror", "secret.png", "passwd"):
        assert bad not in t, repr(bad)
    assert not list((cases / "assets" / note.case_id).glob("image-*"))
    row = _created(ctx, "X1")
    assert "\x1b" not in _text(row)
    # nothing outside the case folder was written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases", "data", "in", "secret.png"]
    kb.close()


def test_assets_link_out_of_the_case_folder_is_refused(tmp_path, samples):
    cases = tmp_path / "cases"
    cases.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (cases / "assets").symlink_to(elsewhere)
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([samples["hans_docx"]])
    assert [r.code for r in ctx.records] == ["import-write-failed"]
    assert list(elsewhere.iterdir()) == [] and list(cases.glob("*.md")) == []
    kb.close()


def test_existing_files_are_never_overwritten(tmp_path):
    from kb_app.core.fsutil import create_new

    f = tmp_path / "a.md"
    f.write_text("mine", "utf-8")
    with pytest.raises(FileExistsError):
        create_new(f, "theirs")
    assert f.read_text("utf-8") == "mine" and [p.name for p in tmp_path.iterdir()] == ["a.md"]
    create_new(tmp_path / "b.md", "new")
    assert (tmp_path / "b.md").read_text("utf-8") == "new"


def test_new_ids_are_like_kb_new_and_never_collide(tmp_path, samples):
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    (cases / "2024-03-05-mou-cheng-shang-hang-he-xin-cun-chu-zhen-lie.md").write_text(
        "---\nid: 2024-03-05-mou-cheng-shang-hang-he-xin-cun-chu-zhen-lie\ntitle: 别的案例\nkind: network\n---\n正文\n",
        "utf-8")
    ctx = kb.import_paths([samples["hans_docx"]])
    (rec,) = ctx.records
    assert rec.case_id == "2024-03-05-mou-cheng-shang-hang-he-xin-cun-chu-zhen-lie-2"
    assert "别的案例" in (cases / "2024-03-05-mou-cheng-shang-hang-he-xin-cun-chu-zhen-lie.md").read_text("utf-8")
    kb.close()


# -- the run: progress and cancel ---------------------------------------------------------------------------------
def test_progress_callback_and_cancel(samples, tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    seen = []
    ctx = kb.import_paths([samples["hans_docx"], samples["hant_docx"], samples["en_docx"]],
                          progress=lambda d, t, m: seen.append((d, t)), cancel=lambda: len(seen) >= 3)
    assert ctx.cancelled and ctx.created < 3
    assert seen[0][1] == 3 and all(t == 3 for _, t in seen)
    kb.close()


# -- the command line ----------------------------------------------------------------------------------------
def _kb_cli(*args, cases, data):
    cmd = [sys.executable, "-m", "kb_app.cli", "--data", str(data), "--cases", str(cases)] + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                          cwd=Path(__file__).resolve().parent.parent)


def test_cli_import_json_twice_then_check_and_search(samples, tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED, cases)
    before = _snapshot(cases)
    folder = samples["hans_docx"].parent
    out = _kb_cli("import", str(folder), "--json", cases=cases, data=tmp_path / "data")
    assert out.returncode == 1, out.stderr                                # the damaged file failed
    lines = [json.loads(l) for l in out.stdout.splitlines()]
    created = [l for l in lines if "id" in l]
    problems = [l for l in lines if "problem" in l]
    assert len(created) >= 10
    for c in created:
        assert set(c) >= {"id", "path", "title", "kind", "language", "source", "review"} and c["review"] is True
        assert Path(c["path"]).is_file()
    assert [Path(p["file"]).name for p in problems] == ["损坏的文件.docx"]
    for name, digest in before.items():                                 # nothing existing touched
        assert _snapshot(cases)[name] == digest
    again = _kb_cli("import", str(folder), "--json", cases=cases, data=tmp_path / "data")
    lines2 = [json.loads(l) for l in again.stdout.splitlines()]
    assert not [l for l in lines2 if "id" in l]
    assert all(l.get("code") in ("already-imported", "duplicate") for l in lines2 if "skipped" in l)
    check = _kb_cli("check", cases=cases, data=tmp_path / "data")
    assert f"{len(created)} imported cases to review" in check.stdout
    hit = _kb_cli("search", "核心交換機環路", "--json", cases=cases, data=tmp_path / "data")
    assert any(json.loads(l)["title"] == "核心交换机环路导致全行网络中断" for l in hit.stdout.splitlines())


def test_cli_dry_run_and_text_output(samples, tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    out = _kb_cli("import", str(samples["hant_docx"]), "--dry-run", "-v", cases=cases, data=tmp_path / "data")
    assert out.returncode == 0, out.stderr
    assert "would create" in out.stdout and "kind: data-loss" in out.stdout and "誤刪" in out.stdout
    assert "dry run" in out.stderr and list(cases.iterdir()) == []
    bad = _kb_cli("import", str(samples["hant_docx"]), "--map", "nonsense", cases=cases, data=tmp_path / "data")
    assert bad.returncode != 0 and "--map" in bad.stderr


# -- the other way: Word out ---------------------------------------------------------------------------------
def test_export_case_and_comparison_as_docx(imported, tmp_path):
    kb, ctx = imported
    rec = _created(ctx, "存储故障案例.docx")
    out = _kb_cli("export", rec.case_id, "--docx", "-o", str(tmp_path / "case.docx"), cases=kb.cases_dir,
                  data=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    from docx import Document

    doc = Document(str(tmp_path / "case.docx"))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Title", S.HANS["title"]) in styles and ("Heading 1", "情况") in styles
    assert ("List Number", S.HANS["sections"][1][1][0][1][0]) in styles
    assert ("List Bullet", S.HANS["sections"][3][1][0][1][0]) in styles
    assert len(doc.tables) == 2 and doc.tables[1].cell(1, 1).text == "数据库 IO 超时"
    assert len(doc.inline_shapes) == 1
    xml = zipfile.ZipFile(tmp_path / "case.docx").read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="SimSun"' in xml and 'w:eastAsia="zh-CN"' in xml and "eastAsiaTheme" not in xml
    out = _kb_cli("compare", "--kind", "storage-failure", "--format", "docx", "--lang", "zh-Hant", "-o",
                  str(tmp_path / "cmp.docx"), cases=kb.cases_dir, data=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    cmp = Document(str(tmp_path / "cmp.docx"))
    assert cmp.tables and any(p.style.name.startswith("Heading") for p in cmp.paragraphs)
    xml = zipfile.ZipFile(tmp_path / "cmp.docx").read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="PMingLiU"' in xml and 'w:eastAsia="zh-TW"' in xml


def test_parser_bombs_are_refused(tmp_path, samples):
    src = tmp_path / "in"
    src.mkdir()
    (src / "deep.html").write_text("<html><body>" + "<div>" * 20000 + "<p>数据库故障</p>" + "</div>" * 20000
                                   + "</body></html>", "utf-8")
    # entity expansion (billion laughs) inside a Word file
    with zipfile.ZipFile(samples["en_docx"]) as zin, zipfile.ZipFile(src / "laughs.docx", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                ents = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + "".join(
                    f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(9)) + "]>"
                text = data.decode("utf-8").replace("?>", "?>" + ents, 1)
                data = text.replace("Situation", "&j;", 1).encode("utf-8")
            zout.writestr(info, data)
    (src / "embeds.md").write_text("# 很多嵌入\n\n" + "![[nope.png]]\n" * 3000 + "\n磁盘故障。\n", "utf-8")
    cases = tmp_path / "cases"
    cases.mkdir()
    kb = _kb(cases, tmp_path / "data")
    ctx = kb.import_paths([src])
    codes = {Path(r.file).name: (r.status, r.code) for r in ctx.records}
    assert codes["deep.html"] == ("failed", "import-too-complex")
    assert codes["laughs.docx"][0] == "failed"
    assert codes["embeds.md"] == ("created", "created")
    assert "nope.png" not in _text(_created(ctx, "embeds.md"))
    kb.close()


# -- the kind: vocabulary cues, where they stand, and the library's nearest cases ------------------------------
def _suggest_kind(kb, title, body, precedents=None):
    from kb_app.core.importing.base import Draft
    from kb_app.core.importing.suggest import suggest

    draft = Draft(Path("doc.md"), "doc.md", "md", title, "first-heading", body)
    return suggest(draft, kb._load_vocab(), {}, precedents).get("kind")


def test_kind_of_a_dns_change_names_its_words(imported):
    kb, _ = imported
    k = _suggest_kind(kb, "Branches could not resolve internal names after a DNS resolver change",
                      "At 10:02 a resolver config was pushed. Every branch got SERVFAIL for internal names.\n\n"
                      "## Resolution\n\nThe change was rolled back and resolution recovered.")
    assert k.value == "dns" and k.why == "vocabulary"
    assert {"DNS", "resolver"} <= set(k.words)                     # the document's own words, as it wrote them
    assert "DNS" in k.reason()


def test_library_vote_cannot_override_strong_title_words(imported):
    kb, _ = imported
    near = [("network", 0.9, "bank-network-loop", "某银行网络环路"), ("network", 0.8, "hospital-stp", "医院生成树故障")]
    k = _suggest_kind(kb, "存储阵列控制器故障，交易系统中断", "上午交易系统响应变慢，随后中断。", near)
    assert k.value == "storage-failure" and "存储阵列" in k.words


def test_library_vote_decides_when_the_text_names_no_kind(imported):
    kb, _ = imported
    body = "周一上午客户反映系统无法使用，值班工程师到场处理，下午恢复。"
    assert _suggest_kind(kb, "周一上午的中断", body) is None                   # nothing said, nothing suggested
    near = [("power", 0.7, "dc-ups", "机房 UPS 电池失效"), ("network", 0.2, "stp", "生成树故障"),
            ("power", 0.5, "hosp-power", "医院停电")]
    k = _suggest_kind(kb, "周一上午的中断", body, near)
    assert k.value == "power" and k.why == "precedent"
    assert k.words == ("机房 UPS 电池失效", "医院停电")                       # the cases that carried it
    assert [d["case"] for d in k.detail] == ["dc-ups", "hosp-power"]


def test_cause_section_says_more_than_the_background(imported):
    kb, _ = imported
    body = ("## 背景\n\n核心交换机所在网络出现大面积丢包，网络中断，专线也受影响。\n\n"
            "## 根因\n\n一次未经审批的配置变更改错了参数。\n")
    assert _suggest_kind(kb, "周五晚间的业务中断", body).value == "config-change"
    assert _suggest_kind(kb, "周五晚间的业务中断", body.replace("## 根因", "## 其他")).value == "network"


def test_import_asks_the_precedent_engine_once_per_document(tmp_path):
    from kb_app.core.importing.run import ImportOptions, import_paths

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("# 周一上午的中断\n\n客户反映系统无法使用，下午恢复。\n", "utf-8")
    (src / "b.md").write_text("# 交换机环路导致网络中断\n\n生成树配置不当。\n", "utf-8")
    calls = []

    def similar(text):
        calls.append(text)
        return [("dc-ups", "机房 UPS 电池失效", 0.3, "power", 0.7)]

    from kb_app.core.analysis.vocab import load_vocab

    vocab, _ = load_vocab(BUNDLED)
    ctx = import_paths([src], tmp_path / "cases", vocab, (), {}, ImportOptions(dry_run=True), None, similar)
    kinds = {Path(r.file).name: r.kind for r in ctx.records}
    assert len(calls) == 2 and kinds == {"a.md": "power", "b.md": "network"}


def test_resolved_is_an_outcome_not_a_dns_word(imported):
    kb, _ = imported
    k = _suggest_kind(kb, "Checkout errors for an hour", "Orders failed until the payment service was resolved. "
                      "Resolved by restarting it; the problem resolves itself when resolving the queue.")
    assert k is None or k.value != "dns"


def test_the_original_reads_without_conversion_marks():
    from kb_app.core.importing.review import readable_original

    text = "# 情况\n\n**上午 9:1***0 起，核心*系统报错\n\n![](kbimg:0)\n\n- 价格 2 \\* 3\n| 时间 | 事件 |"
    out = readable_original(text, "[图片 {0}]")
    assert "上午 9:10 起，核心系统报错" in out and "*" not in out.replace("2 * 3", "")
    assert "[图片 1]" in out and "kbimg" not in out
    assert "# 情况" in out and "| 时间 | 事件 |" in out and "- 价格 2 * 3" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_named_like_a_document_is_named_not_waited_on(tmp_path):
    """A folder holding a named pipe called report.docx (or .md, .csv): opening it would block the
    import for ever. It is reported as not a regular file and the real documents go in."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("report.docx", "notes.md", "tickets.csv"):
        os.mkfifo(src / name)
    (src / "real.md").write_text("# 存储阵列控制器故障\n\n上午交易中断，下午恢复。\n", "utf-8")
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED / "vocab", cases / "vocab")
    cmd = [sys.executable, "-m", "kb_app.cli", "--data", str(tmp_path / "data"), "--cases", str(cases),
           "import", str(src), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300,  # a hang is the failure
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"}, cwd=Path(__file__).resolve().parent.parent)
    lines = [json.loads(l) for l in out.stdout.splitlines()]
    problems = {Path(l["file"]).name: l["code"] for l in lines if "problem" in l}
    assert problems == {"report.docx": "import-unreadable", "notes.md": "import-unreadable",
                        "tickets.csv": "import-unreadable"}
    assert [l["title"] for l in lines if "id" in l] == ["存储阵列控制器故障"] and out.returncode == 1
