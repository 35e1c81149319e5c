"""The Learn view's Practice journal page: every practice round, newest first.

Each entry: the case title (a journal: link that reopens the round with its answer), when it was
last written in the reader's locale, whether the ending was revealed, and the start of the answer.
The rounds themselves are views/practice.py; the entries come from kb_app.core.learning.practice.
Context "Learn".
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...models import format_time
from .common import empty_page, esc


def journal_html(data, lang: str) -> str:
    if not data.journal:
        return empty_page(QCoreApplication.translate("Learn", "No practice yet."),
                          QCoreApplication.translate("Learn", "Open a case and press Practise (Ctrl+P): you read only the situation, write what you "
                          "would do first and why, then see what was done. Your answers are kept here."))
    items = []
    for e in data.journal:
        title = data.case_title(e.case_id)
        when_text = format_time(e.updated_at, lang)  # local, with its offset (core/clock.py)
        state = QCoreApplication.translate("Learn", "revealed") if e.revealed else QCoreApplication.translate("Learn", "not revealed yet")
        answer = e.answer.strip()
        if len(answer) > 220:
            answer = answer[:220] + "…"
        items.append(f'<h2><a href="journal:{e.id}">{esc(title)}</a></h2>'
                     f'<p class="small muted">{esc(when_text)} · {esc(state)}</p>'
                     f'<p class="answer">{esc(answer).replace(chr(10), "<br/>")}</p>')
    return "\n".join(items)


def journal_entry(data, target: str):
    """The journal entry a journal:ID link names (None when it is gone)."""
    return next((e for e in (data.journal if data else []) if str(e.id) == target), None)
