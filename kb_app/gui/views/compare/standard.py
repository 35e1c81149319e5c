"""Write standard: start cases/standards/<kind>.md from the best-rated case(s) and the rubric, as a
draft; Approve: make a draft the team's standard (status: approved), which the incident pane then
shows as the standard.

The file is written on the serial writer and never overwritten: a standard that exists already is
only opened. "Opened" is said only when a program did open it. Texts stay in the CompareView
context of compare_*.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from ...errors import error_text


def tip(has_best: bool) -> str:
    """The button's tooltip: what it does, or why it cannot yet."""
    if has_best:
        return QCoreApplication.translate("CompareView",
                                          "Start cases/standards/<kind>.md from the best-rated case and the rubric")
    return QCoreApplication.translate("CompareView", "Rate the cases first: the standard starts from the best one")


def write(library, kind: str, best_ids: list[str], rubric, lang: str, kind_label: str, opened, say) -> None:
    """Write the standard of `kind` from the cases `best_ids` (unless it exists), then `opened(path)`
    (True when a program opened it); `say(text)` tells the status line how it went."""
    knowledge_base = library.knowledge_base

    def work(job):
        from kb_app.core.team.standard_draft import new_standard
        from kb_app.core.team.standards import standard_path, write_standard

        kb = knowledge_base()
        path = standard_path(kb.cases_dir, kind)
        if path.exists():
            return str(path), False
        best = [kb.corpus.cases[i] for i in best_ids if i in kb.corpus.cases]
        text = new_standard(kind, best, rubric, lang, kind_label)
        return str(write_standard(kb.cases_dir, kind, text)), True

    def done(res):
        path, created = res
        ok = bool(opened(path))  # QDesktopServices.openUrl: False when no program could open the file
        if created:
            text = (QCoreApplication.translate("CompareView", "Wrote {0}: edit it with the team.") if ok else
                    QCoreApplication.translate("CompareView",
                                               "Wrote {0}, but no program could open it: open it in a text editor."))
        else:
            text = (QCoreApplication.translate("CompareView", "{0} already exists: opened it.") if ok else
                    QCoreApplication.translate("CompareView", "{0} already exists, but no program could open it."))
        say(text.format(path))

    library.runner.write(work, on_done=done, name="write-standard",
                         on_error=lambda e: say(QCoreApplication.translate("CompareView",
                                                                           "Could not write the standard: {0}")
                                                .format(error_text(e))))


def approve_tip(can: bool) -> str:
    if can:
        return QCoreApplication.translate(
            "CompareView", "Make this draft the team's standard (status: approved): the incident pane then shows it "
                           "to managers as the standard")
    return QCoreApplication.translate("CompareView", "There is no draft standard of this kind to approve")


def approve(library, kind: str, done, say) -> None:
    """Set status: approved in the standard of `kind` (fsutil.update_file, on the serial writer), then
    `done(path)`; `say(text)` tells the status line how it went."""
    knowledge_base = library.knowledge_base

    def work(job):
        from kb_app.core.team.standards import approve_standard

        return str(approve_standard(knowledge_base().cases_dir, kind))

    def finished(path):
        say(QCoreApplication.translate("CompareView", "Approved {0}: managers now see it as the standard.").format(path))
        done(path)

    library.runner.write(work, on_done=finished, name="approve-standard",
                         on_error=lambda e: say(QCoreApplication.translate("CompareView",
                                                                           "Could not approve the standard: {0}")
                                                .format(error_text(e))))
