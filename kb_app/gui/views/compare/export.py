"""Export: the comparison with its ratings and agreement as Markdown, CSV or PDF.

What is exported is what is on screen: the aggregate counts this rater's drafts. Markdown and CSV
are written atomically on the serial writer; the PDF is the Markdown laid out by QTextDocument.
Texts stay in the CompareView context of compare_*.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog
from ...errors import error_text


def _as_shown(report, aggregate):
    """`report` with the aggregate on screen (drafts included) instead of the loaded one."""
    from kb_app.core.team.report import Report

    return Report(report.comparison, report.rubric, aggregate, report.standard, report.checks, report.problems)


def markdown(report, aggregate, vocab, lang: str) -> str:
    from kb_app.core.team.compare_export import to_markdown

    return to_markdown(_as_shown(report, aggregate), vocab, lang)


def write(library, report, aggregate, lang: str, path: str, fmt: str, say) -> None:
    """Write the comparison (md, csv or pdf) to `path`; `say(text)` tells the status line how it went."""
    from kb_app.core.team.compare_export import to_csv

    if fmt == "pdf":
        doc = QTextDocument()
        doc.setMarkdown(markdown(report, aggregate, library.vocab, lang))
        doc.setDefaultStyleSheet("table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3px; }")
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        doc.print_(writer)
        say(QCoreApplication.translate("CompareView", "Exported to {0}").format(path))
        return
    text = (markdown(report, aggregate, library.vocab, lang) if fmt == "md"
            else to_csv(_as_shown(report, aggregate), library.vocab, lang))

    def work(job):
        from kb_app.core.fsutil import atomic_write

        atomic_write(Path(path), text)
        return path

    library.runner.write(work, on_done=lambda p: say(QCoreApplication.translate("CompareView", "Exported to {0}")
                                                     .format(p)),
                         on_error=lambda e: say(QCoreApplication.translate("CompareView", "Export failed: {0}")
                                                .format(error_text(e))),
                         name="export")


def ask_path(parent, kind: str, fmt: str) -> str:
    """The file to export to, from a save dialog ("" if cancelled)."""
    filters = {"md": QCoreApplication.translate("CompareView", "Markdown (*.md)"),
               "csv": QCoreApplication.translate("CompareView", "CSV (*.csv)"),
               "pdf": QCoreApplication.translate("CompareView", "PDF (*.pdf)")}
    name = f"compare-{kind or 'cases'}.{fmt}"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CompareView", "Export the comparison"),
                                          name, filters[fmt])
    return path
