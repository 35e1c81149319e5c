"""Write standard: start cases/standards/<kind>.md from the best-rated case(s) and the rubric.

The file is written on the serial writer and never overwritten: a standard that exists already is
only opened. Texts stay in the CompareView context of compare_*.
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
    """Write the standard of `kind` from the cases `best_ids` (unless it exists), then `opened(path)`;
    `say(text)` tells the status line how it went."""
    knowledge_base = library.knowledge_base

    def work(job):
        from kb_app.core.team.standards import new_standard, standard_path, write_standard

        kb = knowledge_base()
        path = standard_path(kb.cases_dir, kind)
        if path.exists():
            return str(path), False
        best = [kb.corpus.cases[i] for i in best_ids if i in kb.corpus.cases]
        text = new_standard(kind, best, rubric, lang, kind_label)
        return str(write_standard(kb.cases_dir, kind, text)), True

    def done(res):
        path, created = res
        say((QCoreApplication.translate("CompareView", "Wrote {0}: edit it with the team.") if created
             else QCoreApplication.translate("CompareView", "{0} already exists: opened it.")).format(path))
        opened(path)

    library.runner.write(work, on_done=done, name="write-standard",
                         on_error=lambda e: say(QCoreApplication.translate("CompareView",
                                                                           "Could not write the standard: {0}")
                                                .format(error_text(e))))
