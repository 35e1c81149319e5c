"""CSV for spreadsheets: one writer (fsutil.csv_text) for every export, CLI and window alike."""
import csv
import io

from kb_app.core.fsutil import csv_cell, csv_text
from test_cli import kb


def test_formulas_are_written_as_text_not_run():
    for cell in ("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3", "\t=1", "\r=1"):
        assert csv_cell(cell).startswith("'"), cell
    assert csv_cell("-3") == "-3" and csv_cell("+4.5") == "+4.5" and csv_cell(2.5) == "2.5" and csv_cell(3) == "3"
    assert csv_cell("存储阵列 = 故障") == "存储阵列 = 故障"
    # variants: spaces before the sign (spreadsheets that trim), full-width signs a CJK IME types,
    # a bidi override or control character in front
    for cell in (" =1+1", "\u3000=cmd", "\n@SUM(A1)", "＝HYPERLINK(\"x\")", "＋1", "\u202e=1", "\x00+cmd"):
        assert csv_cell(cell).startswith("'"), repr(cell)


def test_control_characters_never_reach_the_file():
    assert csv_cell("a\x1b[31mred\x07") == "a[31mred"
    assert csv_cell("x\u202eevil") == "xevil"


def test_rows_end_in_crlf_and_a_bom_only_when_asked():
    text = csv_text([["a", "b"], ["甲", "乙"]])
    assert text.startswith("\ufeff") and text.endswith("\r\n") and "\\x0d" not in text
    assert not csv_text([["a"]], bom=False).startswith("\ufeff")
    assert list(csv.reader(io.StringIO(csv_text([["a,b", "c\nd"]], bom=False)))) == [["a,b", "c\nd"]]


def test_kb_compare_csv_on_the_terminal_is_plain_csv(tmp_path):
    out = kb("compare", "--kind", "storage-failure", "--format", "csv", data=tmp_path)
    assert "\\x0d" not in out.stdout and not out.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0][0] == "case_id" and len(rows) > 2
    assert all(not r[1].startswith(("=", "+", "@")) for r in rows[1:])


def test_kb_progress_csv_to_a_file_has_a_bom_and_to_the_terminal_none(tmp_path):
    out = kb("progress", "--export", "csv", data=tmp_path)
    assert "\\x0d" not in out.stdout and out.stdout.startswith("section,")
    f = tmp_path / "p.csv"
    kb("progress", "--export", "csv", "-o", str(f), data=tmp_path)
    assert f.read_bytes().startswith(b"\xef\xbb\xbfsection,")
