"""The Learn view's Reading paths page: each path a mentor wrote in cases/paths/, and where the reader is.

For every path: its title and intro in the UI language, "3 of 12 steps read" with a drawn bar,
the next step as a link (with Practise for a case), then every step with ✓ / → / ○ and the
mentor's note. Positions come from kb_app.core.learning.reading_paths.where. Context "Learn".
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...widgets import readmark
from .common import empty_page, esc


def step_label(data, step) -> tuple[str, str]:
    """A step's title in the reader's script, and what it is ("case" or "lesson") in the UI language."""
    if step.type == "case":
        return data.case_title(step.id), QCoreApplication.translate("Learn", "case")
    return data.lessons.get(step.id, step.id), QCoreApplication.translate("Learn", "lesson")


def paths_html(data, lang: str) -> str:
    from kb_app.core.learning.reading_paths import pick, where

    if not data.paths:
        return empty_page(QCoreApplication.translate("Learn", "No reading path yet."),
                          QCoreApplication.translate("Learn", "A mentor writes one as a file in the paths/ folder of the case folder; "
                          "see docs/case-format.md."))
    parts = []
    for rp in data.paths:
        st = where(rp, data.read_cases, data.read_lessons)
        parts.append(f'<h2>{esc(rp.text("title", lang))}</h2>')
        intro = rp.text("intro", lang)
        if intro:
            parts.append(f'<p>{esc(" ".join(intro.split()) if lang == "en" else intro.replace(chr(10), ""))}</p>')
        state = (QCoreApplication.translate("Learn", "Finished: all {0} steps read").format(st.total) if st.finished
                 else QCoreApplication.translate("Learn", "{0} of {1} steps read").format(st.read, st.total))
        parts.append(f'<p class="small"><b>{esc(state)}</b><br/><img src="bar:{st.read}/{st.total}/320" /></p>')
        nxt = st.next_index
        if nxt is not None:
            s = rp.steps[nxt]
            title, kind = step_label(data, s)
            next_label = QCoreApplication.translate("Learn", "Next:")
            parts.append(f'<p style="margin-top:10px;">{esc(next_label)} <a href="{s.type}:{esc(s.id)}"><b>'
                         f'{esc(title)}</b></a> <span class="muted small">({esc(kind)})</span>'
                         + (f' &nbsp; <a href="practise:{esc(s.id)}">{esc(readmark.practise_text())}</a>'
                            if s.type == "case" else "") + "</p>")
        items = []
        for i, (s, done) in enumerate(zip(rp.steps, st.done)):
            title, kind = step_label(data, s)
            note = pick(s.note, lang)
            mark = ('<span class="done">✓</span>' if done else
                    '<span class="next">→</span>' if i == nxt else '<span class="muted">○</span>')
            cls = ' class="next"' if i == nxt else ""
            items.append(f'<tr><td width="22" valign="top">{mark}</td><td{cls}>'
                         f'<a href="{s.type}:{esc(s.id)}">{esc(title)}</a> '
                         f'<span class="muted small">· {esc(kind)}</span>'
                         + (f'<br/><span class="reason">{esc(note)}</span>' if note else "") + "</td></tr>")
        parts.append('<table cellspacing="0" cellpadding="3" style="margin-top:6px;">' + "".join(items) + "</table>")
    if data.path_problems:
        parts.append('<p class="small" style="color:#b45309;">'
                     + esc(QCoreApplication.translate("Learn", "{0} problem(s) in the reading path files; run kb check for details.").format(
                         len(data.path_problems))) + "</p>")
    return "\n".join(parts)
