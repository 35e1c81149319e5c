"""A team's library in miniature, GENERATED (nothing binary is committed): Word case studies in
Simplified, Traditional and English (heading styles, localized 标题 1 styles, and WPS-style bold
lines with 一、 numbering; lists, a table, an image), a ticket export (.xlsx with a title row
above the header, merged cells, Excel serial / text / UTC dates, mixed languages; and .csv), a
wiki page with scripts, remote and tracking images and javascript: links, notes from Obsidian
(front matter) and Notion (none), a PDF with a text layer, and a damaged .docx.

    python tests/import_samples.py OUT_DIR      # writes the set (bench and manual tries use it too)
"""
from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path


def png(width: int = 40, height: int = 30, rgb=(200, 40, 40)) -> bytes:
    """A small valid PNG, made by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# -- Word -------------------------------------------------------------------------------------------------
HANS = {
    "title": "某城商行核心存储阵列控制器故障处理案例",
    "intro": "2024年3月5日，某城商行核心业务系统所在的存储阵列出现控制器故障，柜面交易中断。",
    "sections": [
        ("情况", ["上午 9:10 起，核心系统数据库频繁报 IO 超时，存储阵列 B 控制器反复复位，多路径软件不断切换路径。",
                  "行长亲自打电话询问进展，要求中午前恢复柜面业务。"]),
        ("行动", [("list", ["服务经理到场后先让连续工作的工程师交接并休息", "以 P1 级别向存储原厂开单，要求三线远程介入",
                           "每 30 分钟向客户信息科长通报一次进展"])]),
        ("结果", ["原厂确认 B 控制器固件与多路径软件存在兼容缺陷，降级固件后 11:40 恢复交易，客户未向监管报告。"]),
        ("经验教训", [("list", ["疲劳的工程师要换下来，不要再撑一晚", "更换备件后必须核对固件版本",
                               "尽早升级到原厂，不要等问题拖过夜"])]),
    ],
    "table": [["时间", "事件"], ["09:10", "数据库 IO 超时"], ["10:30", "原厂三线介入"], ["11:40", "交易恢复"]],
}
HANT = {
    "title": "醫院資料庫誤刪事件：無備份下的資料救援與客戶溝通",
    "intro": "2023年11月20日晚間，駐點工程師在清理測試環境時誤刪了醫院 HIS 正式資料庫的一張掛號資料表。",
    "sections": [
        ("一、事件經過", ["工程師執行清理腳本時連錯了資料庫，掛號資料表被清空，門診無法掛號。",
                         "醫院資訊室主任要求明天早上門診開始前必須恢復，並表示將追究責任。"]),
        ("二、處理過程", [("list", ["立即停止寫入，保留現場", "從交易日誌重建資料表", "服務經理親自向院方說明進度與風險"])]),
        ("三、處理結果", ["凌晨 4 點資料恢復完成，門診準時開診；院方接受道歉與改善計畫，未提出求償。"]),
        ("四、經驗教訓", [("list", ["執行破壞性命令前必須確認目標主機", "道歉要帶著改善計畫"])]),
    ],
    "table": [["項目", "說明"], ["影響", "門診掛號中斷 6 小時"], ["根因", "清理腳本連錯資料庫"]],
}
EN = {
    "title": "Ransomware at a regional logistics company: restoring the warehouse system before the morning shift",
    "intro": "On 12 June 2023 the warehouse management system of a logistics customer was encrypted by ransomware.",
    "sections": [
        ("Situation", ["At 02:00 the night shift found every file share encrypted and a ransom note on the servers.",
                       "The customer's CIO demanded the warehouse be running again before the 7 am shift."]),
        ("Actions", [("list", ["Isolated the infected network segment", "Restored the WMS database from the offline backup",
                               "Gave the CIO a status update every hour"])]),
        ("Outcome", ["The WMS was restored by 06:30 and the morning shift started on time; no ransom was paid."]),
        ("Lessons learned", [("list", ["Keep an offline backup and test restoring it",
                                       "Send status updates at a fixed cadence"])]),
    ],
    "table": [["Time", "Step"], ["02:00", "Encryption found"], ["06:30", "WMS restored"]],
}


def make_docx(path: Path, spec: dict, headings: str = "styles", image: bool = True) -> Path:
    """headings: 'styles' (Heading 1), 'localized' (a style named 标题 1), 'bold' (WPS: bold lines)."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    doc = Document()
    if headings == "localized":
        loc = doc.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
        loc.font.size = Pt(16)
        doc.add_paragraph(spec["title"], style=doc.styles.add_style("标题", WD_STYLE_TYPE.PARAGRAPH))
    elif headings == "bold":
        r = doc.add_paragraph().add_run(spec["title"])
        r.bold = True
    else:
        doc.add_heading(spec["title"], level=0)
    doc.add_paragraph(spec["intro"])
    for i, (head, parts) in enumerate(spec["sections"]):
        if headings == "localized":
            doc.add_paragraph(head, style="标题 1")
        elif headings == "bold":
            doc.add_paragraph().add_run(head).bold = True
        else:
            doc.add_heading(head, level=1)
        for part in parts:
            if isinstance(part, tuple):
                style = "List Number" if i == 1 else "List Bullet"
                for item in part[1]:
                    doc.add_paragraph(item, style=style)
            else:
                p = doc.add_paragraph()
                p.add_run(part[:6]).bold = True
                p.add_run(part[6:12]).italic = True
                p.add_run(part[12:])
        if i == 0:
            rows = spec["table"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            if image:
                img = path.with_suffix(".png.tmp")
                img.write_bytes(png())
                doc.add_picture(str(img))
                img.unlink()
    doc.save(str(path))
    return path


# -- spreadsheets -----------------------------------------------------------------------------------------
TICKETS = [
    # number, short description, description, category, priority, opened, resolved, resolution, group
    ("INC0010001", "核心交换机环路导致全行网络中断", "分行网络出现广播风暴，核心交换机 CPU 100%，生成树反复收敛，柜面业务中断。",
     "网络", "P1", 45356.40625, "2024-03-05 14:20", "定位到新接入的无管理交换机形成环路，拔除后恢复；启用 BPDU 保护。", "网络组"),
    ("INC0010002", "Payment gateway certificate expired",
     "The TLS certificate of the third-party payment gateway expired at midnight; every card payment failed.",
     "Dependency", "P2", "2024-04-01T00:12:00Z", "04/01/2024 03:30", "Renewed the certificate with the vendor and "
     "added expiry monitoring. Resolved.", "Payments"),
    ("INC0010003", "資料庫主備切換失敗，交易系統停擺", "Oracle 主庫當機後 Data Guard 切換失敗，備庫歸檔日誌缺失，交易系統停擺兩小時。",
     "資料庫", "高", "2024/5/6 09:15", "2024年5月6日 11:20", "手動補齊歸檔日誌後完成切換，交易恢復。已解決。", "資料庫組"),
    ("INC0010004", "机房 UPS 电池老化导致断电", "市电闪断时 UPS 电池无法支撑，机房两排机柜断电，多台服务器宕机重启。",
     "供电", "P1", 45420, "", "更换全部 UPS 电池，补做放电测试。", "机房运维组"),
]
HEADER = ["Number", "Short description", "描述", "Category", "优先级", "Opened", "解决时间", "Resolution notes", "Assignment group"]


def make_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Incidents"
    ws.append(["Incident export — generated 2024-06-30"])  # a title row above the header
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    for t in TICKETS:
        ws.append(list(t))
    ws.cell(row=3, column=6).number_format = "yyyy-mm-dd hh:mm"
    # a formula cell, never evaluated
    ws.append(["INC0010005", "=HYPERLINK(\"http://evil.example/\",\"click\")", "公式单元格", "", "", "", "", "", ""])
    wb.save(str(path))
    return path


def make_csv(path: Path) -> Path:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["编号", "标题", "描述", "类别", "优先级", "创建时间", "关闭时间", "解决方案", "处理组"])
    w.writerow(["T-2001", "营销活动流量暴涨导致下单接口超时", "大促开始后流量突增十倍，连接池耗尽，下单接口大面积超时。", "容量", "P2",
                "2024-11-11 00:05:00", "2024-11-11 01:30:00", "临时扩容并开启限流，订单恢复。", "电商运维"])
    w.writerow(["T-2002", "发布新版本后支付回调失败", "周五晚上线新版本后，支付回调接口报错，订单状态无法更新。", "发布", "P2",
                "2024-12-06 21:40:00", "2024-12-06 23:10:00", "回滚到上一版本，回调恢复。", "研发"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# -- wiki page, notes ------------------------------------------------------------------------------------
WIKI = """<!DOCTYPE html><html><head><title>Ops Wiki : DNS outage after a change</title>
<script>alert('x')</script><style>body{color:red}</style>
<link rel="stylesheet" href="https://cdn.example.com/wiki.css"></head>
<body><nav>Home | Spaces | Help</nav>
<div id="main-content">
<h1>DNS outage after a configuration change</h1>
<p>On <b>8 February 2024</b> a change to the internal DNS resolver left every branch unable to resolve
the core banking hostnames for <i>47 minutes</i>. <a href="javascript:alert(1)">Click here</a> or
<a href="https://wiki.example.com/change-policy">read the change policy</a>.</p>
<h2>What happened</h2>
<ul><li>A resolver config file was pushed with a typo in the forward zone</li>
<li>Branches got SERVFAIL for every internal name</li></ul>
<h2>Timeline</h2>
<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:02</td><td>Change applied | no review</td></tr>
<tr><td>10:49</td><td>Config rolled back</td></tr></table>
<p><img src="images/topology.png" alt="resolver topology"><img src="https://tracker.example.com/p.gif" width="1" height="1">
<img src="../../../etc/passwd" alt="x"><img src="https://cdn.example.com/remote.png" alt="remote"></p>
<h2>Resolution</h2>
<p>The change was rolled back at 10:49 and resolution recovered. Resolved.</p>
<h2>Lessons learned</h2>
<ol><li>Every resolver change needs a second reviewer</li><li>Test a change in the change window on one branch first</li></ol>
<iframe src="https://evil.example.com"></iframe><form action="https://evil.example.com"><input name="q"></form>
</div><footer>© wiki</footer></body></html>
"""

OBSIDIAN = """---
title: 证券行情专线中断：开盘前 20 分钟的切换
date: 2023-09-18
tags: [专线, 行情]
aliases: [行情中断]
---

# 证券行情专线中断

## 情况
开盘前 20 分钟，券商的行情专线中断，行情系统无法接收交易所数据，营业部总经理要求开盘前必须恢复。

## 行动
- 立即切换到备用运营商线路
- 通知运营商排查光纤链路

## 结果
9:25 切换完成，开盘正常，未影响交易。

## 经验教训
- 备用线路要每月演练切换
"""

NOTION = """# 醫院影像系統 NAS 雙硬碟故障

Created: March 2, 2024 10:15 AM
Tags: 儲存, 醫療

某醫院 PACS 影像系統使用的 NAS 兩顆硬碟相繼故障，RAID 5 降級後重建失敗，放射科無法調閱影像。

## 處理過程

1. 暫停寫入並聯繫原廠
2. 以原廠工具做磁碟映像後重建陣列

## 處理結果

兩天後影像全部恢復，院方要求提出預防方案。
"""


def make_pdf(path: Path, text: str) -> bool:
    """A PDF with a text layer, written by Qt offscreen in a child process (the test process stays
    Qt-free). False when Qt cannot write one here."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument, QPageSize\n"
        "app = QGuiApplication(['x'])\n"
        "w = QPdfWriter(sys.argv[1]); w.setPageSize(QPageSize(QPageSize.A4))\n"
        "d = QTextDocument(); d.setPlainText(open(sys.argv[2], encoding='utf-8').read()); d.print_(w)\n"
    )
    src = path.with_suffix(".txt.tmp")
    src.write_text(text, encoding="utf-8")
    try:
        out = subprocess.run([sys.executable, "-c", code, str(path), str(src)], capture_output=True, timeout=120,
                             env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        src.unlink(missing_ok=True)
    return out.returncode == 0 and path.exists() and path.stat().st_size > 0


PDF_TEXT = """Leap second bug stops the trading gateway

Situation
At midnight on 31 December the leap second made the trading gateway's clock jump, and the order service crashed in a loop.

Actions
The team rolled the gateway back to the previous version and disabled the time sync daemon for the night.

Outcome
Trading opened on time the next morning. Resolved.
"""


def write_all(out: Path, pdf: bool = True) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "hans_docx": make_docx(out / "存储故障案例.docx", HANS, "styles"),
        "hant_docx": make_docx(out / "醫院資料庫誤刪.docx", HANT, "bold"),
        "en_docx": make_docx(out / "ransomware-logistics.docx", EN, "localized"),
        "xlsx": make_xlsx(out / "tickets.xlsx"),
        "csv": make_csv(out / "工单导出.csv"),
    }
    wiki = out / "wiki"
    (wiki / "images").mkdir(parents=True, exist_ok=True)
    (wiki / "images" / "topology.png").write_bytes(png(60, 40, (20, 90, 200)))
    (wiki / "dns-outage.html").write_text(WIKI, encoding="utf-8")
    files["html"] = wiki / "dns-outage.html"
    notes = out / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "行情专线中断.md").write_text(OBSIDIAN, encoding="utf-8")
    (notes / "醫院影像 NAS 0123456789abcdef0123456789abcdef.md").write_text(NOTION, encoding="utf-8")
    files["md"] = notes / "行情专线中断.md"
    files["notion"] = notes / "醫院影像 NAS 0123456789abcdef0123456789abcdef.md"
    bad = out / "损坏的文件.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00garbage, not a zip" * 20)
    files["damaged"] = bad
    if pdf and make_pdf(out / "leap-second.pdf", PDF_TEXT):
        files["pdf"] = out / "leap-second.pdf"
    return files


if __name__ == "__main__":
    for k, v in write_all(Path(sys.argv[1])).items():
        print(k, v)
