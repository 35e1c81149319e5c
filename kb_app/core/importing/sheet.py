"""Ticket exports: .xlsx (openpyxl) and .csv, one case per row.

The header is found, not assumed: exports often put a title row (merged across) above it, so the
first rows are searched for the one naming the most known columns. Columns are recognised in
English and Chinese (Number / 编号, Short description / 标题 / 摘要, Description / 描述, Category /
类别, Priority / 优先级, Opened / 创建时间 / 开始时间, Resolved / 解决时间 / 关闭时间, Resolution
notes / 解决方案 / 处理结果, Assignment group / 处理组 ...); `column_map` ({"Column name": field})
overrides. Merged cells give their value to every cell they cover. Formulas are never evaluated:
openpyxl hands over the value the file cached (data_only), or nothing.

Dates: datetime cells, Excel serial numbers, and text in the usual shapes (2024-03-05 14:20,
2024/3/5, 2024年3月5日, 03/05/2024, 5 Mar 2024, ISO 8601 with Z or an offset). A time in UTC (or
with an offset) is turned into the local time of this machine before its day is taken. In a
column of d/m/y or m/d/y dates the order is decided once per column: day first when any value's
first number is above 12.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from pathlib import Path

from kb_app.core.domain import Problem
from .base import (MAX_ROWS, Draft, Given, Importer, SourceProblem, check_office_zip, clean_text, decode_text,
                   one_line, read_bounded)

FIELDS = ("number", "title", "description", "category", "priority", "opened", "resolved", "resolution", "actions",
          "group", "assignee", "customer", "status", "industry", "lessons", "cause", "impact", "ignore")

COLUMNS = {
    "number": ["number", "ticket", "ticket number", "ticket id", "incident", "incident number", "incident id", "id",
               "no", "key", "case number", "编号", "工单号", "单号", "事件编号", "工单编号", "事件单号", "故障单号",
               "編號", "工單號", "單號", "事件編號", "工單編號"],
    "title": ["short description", "summary", "title", "subject", "incident title", "name", "标题", "摘要", "事件标题",
              "主题", "简述", "事件名称", "故障标题", "标题摘要", "標題", "摘要", "主旨", "簡述", "事件名稱", "事件標題"],
    "description": ["description", "details", "detail", "problem description", "long description", "描述",
                    "事件描述", "问题描述", "详细描述", "故障描述", "故障现象", "詳細描述", "問題描述", "事件描述"],
    "category": ["category", "type", "incident type", "subcategory", "classification", "类别", "分类", "类型",
                 "故障类型", "事件类型", "故障分类", "類別", "分類", "類型", "事件類型", "故障類型"],
    "priority": ["priority", "severity", "urgency", "impact level", "优先级", "严重程度", "级别", "紧急程度",
                 "事件级别", "優先級", "嚴重程度", "級別", "緊急程度"],
    "opened": ["opened", "opened at", "created", "created at", "created on", "start", "start time", "reported",
               "reported at", "date", "open date", "创建时间", "开始时间", "发生时间", "报告时间", "提交时间", "日期",
               "创建日期", "发生日期", "建立時間", "開始時間", "發生時間", "報告時間", "建立日期"],
    "resolved": ["resolved", "resolved at", "closed", "closed at", "end time", "resolution date", "resolved on",
                 "解决时间", "关闭时间", "结束时间", "完成时间", "解决日期", "解決時間", "關閉時間", "結束時間", "完成時間"],
    "resolution": ["resolution notes", "resolution", "close notes", "closure notes", "solution", "fix",
                   "resolution summary", "解决方案", "处理结果", "处理方案", "解决办法", "解决措施", "结果",
                   "解決方案", "處理結果", "處理方案", "解決辦法"],
    "actions": ["work notes", "actions taken", "actions", "activity", "comments", "处理过程", "处理记录", "处理经过",
                "處理過程", "處理記錄", "處理經過"],
    "group": ["assignment group", "assigned group", "team", "support group", "处理组", "负责组", "处理团队", "支持组",
              "处理部门", "處理組", "負責組", "處理團隊"],
    "assignee": ["assigned to", "assignee", "owner", "engineer", "handler", "处理人", "负责人", "工程师", "處理人",
                 "負責人", "工程師"],
    "customer": ["customer", "company", "client", "account", "客户", "客户名称", "单位", "客戶", "客戶名稱"],
    "status": ["state", "status", "incident state", "状态", "工单状态", "狀態", "工單狀態"],
    "industry": ["industry", "sector", "行业", "行業"],
    "lessons": ["lessons learned", "lessons", "lesson learned", "经验教训", "教训", "經驗教訓", "教訓"],
    "cause": ["root cause", "cause", "cause code", "根本原因", "原因", "根因", "故障原因"],
    "impact": ["business impact", "impact", "影响", "业务影响", "影響", "業務影響"],
}


def _norm(s) -> str:
    s = clean_text(str(s or "")).strip().lower()
    return re.sub(r"[\s_\-:：/（）()\[\]【】.*#]+", "", s)


_INDEX = {_norm(n): f for f, names in COLUMNS.items() for n in names}


def field_of(header: str) -> str | None:
    h = _norm(header)
    if not h:
        return None
    if h in _INDEX:
        return _INDEX[h]
    # "Short description (EN)", "优先级(P1-P4)": a known name at the start
    for name, f in sorted(_INDEX.items(), key=lambda kv: -len(kv[0])):
        if len(name) >= 2 and h.startswith(name) and len(h) - len(name) <= 12:
            return f
    return None


def find_header(rows: list[list], column_map: dict[str, str] | None = None, look: int = 15) -> tuple[int, dict[int, str]]:
    """(index of the header row, {column index: field}); (-1, {}) when no row names two columns."""
    overrides = {_norm(k): v for k, v in (column_map or {}).items()}
    best, best_map = -1, {}
    for i, row in enumerate(rows[:look]):
        m: dict[int, str] = {}
        for j, cell in enumerate(row):
            if cell is None or not isinstance(cell, str):
                continue
            n = _norm(cell)
            f = overrides.get(n) or field_of(cell)
            if f and f not in m.values():
                m[j] = f
        if len(m) >= 2 and len(m) > len(best_map):
            best, best_map = i, m
    return best, best_map


# -- dates ---------------------------------------------------------------------------------------------
_TEXT_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                 "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y",
                 "%d-%b-%Y", "%d-%b-%y", "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%d %b %Y %H:%M",
                 "%d %B %Y %H:%M", "%a %b %d %H:%M:%S %Y")
_CN_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_NUMERIC_DMY_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")


def _local_day(d: _dt.datetime) -> _dt.date:
    if d.tzinfo is not None:
        d = d.astimezone()  # UTC (or an offset) -> this machine's local time
    return d.date()


def parse_date(value, day_first: bool | None = None) -> _dt.date | None:
    """A date from a cell: datetime/date, an Excel serial number, or text in a usual shape."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return _local_day(value)
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # Excel serial days (1954 .. 2119)
            return (_dt.datetime(1899, 12, 30) + _dt.timedelta(days=float(value))).date()
        return None
    s = clean_text(str(value)).strip()
    if not s or len(s) > 60:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", s):
        return parse_date(float(s))
    m = _CN_DATE_RE.search(s)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    iso = s.replace("Z", "+00:00").replace("z", "+00:00")
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", iso) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        try:
            return _local_day(_dt.datetime.fromisoformat(re.sub(r"(\.\d{1,6})\d*", r"\1", iso)))
        except ValueError:
            pass
    m = _NUMERIC_DMY_RE.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        first_is_day = day_first if day_first is not None else a > 12
        day, month = (a, b) if first_is_day else (b, a)
        try:
            return _dt.date(y, month, day)
        except ValueError:
            return None
    s2 = re.sub(r"\s+(UTC|GMT)$", "", s)
    for fmt in _TEXT_FORMATS:
        try:
            d = _dt.datetime.strptime(s2, fmt)
        except ValueError:
            continue
        if s2 != s:
            d = d.replace(tzinfo=_dt.timezone.utc)
        return _local_day(d)
    return None


def _day_first(values) -> bool | None:
    """For a column of n/n/yyyy dates: True when any first number is above 12 (d/m/y), False when any
    second one is (m/d/y), None when nothing tells."""
    for v in values:
        m = _NUMERIC_DMY_RE.match(str(v).strip()) if isinstance(v, str) else None
        if m:
            if int(m.group(1)) > 12:
                return True
            if int(m.group(2)) > 12:
                return False
    return None


# -- severity / status -------------------------------------------------------------------------------------
def severity_of(priority) -> str:
    p = _norm(priority)
    if not p:
        return ""
    table = [("critical", ("p1", "1", "sev1", "critical", "紧急", "緊急", "特急", "一级", "重大", "致命", "1critical")),
             ("high", ("p2", "2", "sev2", "high", "高", "二级", "严重", "嚴重", "2high")),
             ("medium", ("p3", "3", "sev3", "medium", "moderate", "中", "三级", "一般", "3moderate", "3medium")),
             ("low", ("p4", "p5", "4", "5", "sev4", "low", "planning", "低", "四级", "轻微", "輕微", "4low", "5planning"))]
    for sev, keys in table:
        if p in keys:
            return sev
    for sev, keys in table:
        if any(p.startswith(k) for k in keys if len(k) >= 2):
            return sev
    return ""


# -- reading ---------------------------------------------------------------------------------------------
def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, _dt.datetime):
        return v.isoformat(sep=" ", timespec="minutes")
    if isinstance(v, _dt.date):
        return v.isoformat()
    return clean_text(str(v)).strip()


def _xlsx_sheets(path: Path) -> list[tuple[str, list[list]]]:
    import openpyxl

    check_office_zip(path, ".xlsx", "xl/workbook.xml")
    try:
        wb = openpyxl.load_workbook(path, read_only=False, data_only=True, keep_vba=False, keep_links=False)
    except SourceProblem:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged workbook, whatever openpyxl says
        raise SourceProblem("import-damaged", f"the workbook could not be read ({type(e).__name__}: "
                            f"{one_line(str(e), 120)})", (f"{type(e).__name__}: {one_line(str(e), 120)}",))
    out = []
    try:
        for ws in wb.worksheets:
            max_row = min(ws.max_row or 0, MAX_ROWS + 20)
            max_col = min(ws.max_column or 0, 200)
            rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True)]
            for rng in ws.merged_cells.ranges:  # a merged cell's value fills every cell it covers
                r0, c0, r1, c1 = rng.min_row - 1, rng.min_col - 1, min(rng.max_row, max_row) - 1, min(rng.max_col, max_col) - 1
                if r0 >= len(rows) or c0 >= max_col:
                    continue
                v = rows[r0][c0] if c0 < len(rows[r0]) else None
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if r < len(rows) and c < len(rows[r]) and (r, c) != (r0, c0):
                            rows[r][c] = v
            out.append((ws.title, rows))
    finally:
        wb.close()
    return out


def _csv_rows(path: Path) -> list[list]:
    text = clean_text(decode_text(read_bounded(path))).replace("\x00", "")
    sample = "\n".join(text[:8192].split("\n")[:5])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for i, row in enumerate(csv.reader(io.StringIO(text), dialect)):
            if i > MAX_ROWS + 20:
                break
            rows.append([c for c in row[:200]])
    except csv.Error as e:
        raise SourceProblem("import-damaged", f"the CSV could not be read at line {len(rows) + 1}: {e}",
                            (f"line {len(rows) + 1}: {e}",), len(rows) + 1)
    return rows


LABELS = {
    "zh-Hans": {"situation": "情况", "actions": "行动", "outcome": "结果", "lessons": "经验教训", "ticket": "工单信息",
                "field": "字段", "value": "内容", "cause": "原因", "impact": "影响"},
    "zh-Hant": {"situation": "情況", "actions": "行動", "outcome": "結果", "lessons": "經驗教訓", "ticket": "工單資訊",
                "field": "欄位", "value": "內容", "cause": "原因", "impact": "影響"},
    "en": {"situation": "Situation", "actions": "Actions", "outcome": "Outcome", "lessons": "Lessons learned",
           "ticket": "Ticket", "field": "Field", "value": "Value", "cause": "Cause", "impact": "Impact"},
}


def _md_cell(s: str) -> str:
    return re.sub(r"\s*\n\s*", " ", s).replace("|", "\\|")


def row_markdown(lang: str, vals: dict[str, str], header: list[str], row: list) -> str:
    w = LABELS.get(lang, LABELS["en"])
    parts = []
    sit = [vals.get("description", "")]
    for k in ("impact", "cause"):
        if vals.get(k):
            sit.append(f"**{w[k]}**: {vals[k]}")
    sit = [s for s in sit if s]
    if sit:
        parts.append(f"## {w['situation']}\n\n" + "\n\n".join(sit))
    if vals.get("actions"):
        parts.append(f"## {w['actions']}\n\n{vals['actions']}")
    if vals.get("resolution"):
        parts.append(f"## {w['outcome']}\n\n{vals['resolution']}")
    if vals.get("lessons"):
        parts.append(f"## {w['lessons']}\n\n{vals['lessons']}")
    table = [f"| {w['field']} | {w['value']} |", "| --- | --- |"]
    for h, v in zip(header, row):
        t = _cell_text(v)
        if str(h or "").strip() and t:
            table.append(f"| {_md_cell(str(h).strip())} | {_md_cell(t)} |")
    parts.append(f"## {w['ticket']}\n\n" + "\n".join(table))
    return "\n\n".join(parts) + "\n"


class SheetImporter(Importer):
    fmt = "sheet"
    extensions = (".xlsx", ".xlsm", ".csv")

    def __init__(self, column_map: dict[str, str] | None = None):
        self.column_map = dict(column_map or {})

    def read(self, path: Path, ctx, root: Path):
        from kb_app.core.analysis import text as _text

        is_csv = path.suffix.lower() == ".csv"
        sheets = [(path.name, _csv_rows(path))] if is_csv else _xlsx_sheets(path)
        found = False
        for sheet_name, rows in sheets:
            hi, cols = find_header(rows, self.column_map)
            if hi < 0 or not ({"title", "description"} & set(cols.values())):
                continue
            found = True
            header = [("" if h is None else _cell_text(h)) for h in rows[hi]]
            body_rows = rows[hi + 1:]
            capped = len(body_rows) > MAX_ROWS
            body_rows = body_rows[:MAX_ROWS]
            by_field = {f: j for j, f in cols.items()}
            day_first = {f: _day_first(r[by_field[f]] for r in body_rows if by_field[f] < len(r))
                         for f in ("opened", "resolved") if f in by_field}
            for k, row in enumerate(body_rows):
                rowno = hi + 2 + k  # as the spreadsheet shows it (1-based, header included)
                if k % 50 == 0:
                    if ctx.should_stop():
                        return
                    ctx.progress(f"{path.name}: row {rowno}")
                vals = {f: _cell_text(row[j]) if j < len(row) else "" for f, j in by_field.items() if f != "ignore"}
                if not any(_cell_text(v) for v in row):
                    continue
                title = one_line(vals.get("title", ""))
                desc = vals.get("description", "")
                if not title and desc:
                    first = re.split(r"(?<=[。！？.!?])\s*", desc.strip())[0]
                    title = one_line(first, 80)
                if not title:
                    yield SourceProblem("import-row-empty", f"row {rowno}: no title or description; skipped",
                                        (rowno,), rowno)
                    continue
                lang = _text.detect_language(title + "\n" + desc + "\n" + vals.get("resolution", ""))
                md = row_markdown(lang, vals, header, row)
                number = vals.get("number", "")
                where = f"{path.name}" + (f", {sheet_name}" if not is_csv and len(sheets) > 1 else "") + f", row {rowno}"
                given: dict[str, Given] = {}
                hdr = {f: header[j] if j < len(header) else f for f, j in by_field.items()}
                for f in ("opened", "resolved"):
                    if f in by_field and by_field[f] < len(row):
                        d = parse_date(row[by_field[f]], day_first.get(f))
                        if d is not None:
                            given.setdefault("date", Given(d.isoformat(), "column", (hdr[f], _cell_text(row[by_field[f]]))))
                for f, key in (("category", "category"), ("resolution", "outcome_summary"), ("status", "ticket_status"),
                               ("industry", "industry_text"), ("customer", "customer"), ("group", "group")):
                    if vals.get(f):
                        given[key] = Given(vals[f], "column", (hdr[f], one_line(vals[f], 80)))
                if vals.get("priority"):
                    sev = severity_of(vals["priority"])
                    if sev:
                        given["severity"] = Given(sev, "column", (hdr["priority"], vals["priority"]))
                if number:
                    given["number"] = Given(number, "column", (hdr["number"], number))
                original = "\n".join(f"{h}: {_cell_text(v)}" for h, v in zip(header, row) if _cell_text(v))
                yield Draft(file=path, label=(f"{number} ({where})" if number else where), fmt="csv" if is_csv else "xlsx",
                            title=title, title_why="column", markdown=md, original=original + "\n", given=given,
                            row=rowno, narrative=md.rsplit("\n## ", 1)[0])
            if capped:
                yield SourceProblem("import-rows-capped", f"{sheet_name}: more than {MAX_ROWS} rows; the first "
                                    f"{MAX_ROWS} were read", (sheet_name, MAX_ROWS))
        if not found:
            raise SourceProblem("import-no-header", "no row of column names found (expected e.g. Number, Short "
                                "description, Description / 编号, 标题, 描述); name them with --map COLUMN=field")


def parse_map(items) -> dict[str, str]:
    """['Ticket ID=number', '概要=title'] -> {column: field}; ValueError naming a bad one."""
    out = {}
    for it in items or ():
        col, sep, f = str(it).rpartition("=")
        f = f.strip()
        if not sep or not col.strip() or f not in FIELDS:
            raise ValueError(f"bad --map {it!r}: use COLUMN=field with field one of {', '.join(FIELDS)}")
        out[col.strip()] = f
    return out


def _problem(path: Path, p: SourceProblem) -> Problem:
    return Problem(str(path), p.message, p.line, "warning", p.code, p.args_)
