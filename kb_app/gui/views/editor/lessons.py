"""New lessons written from the editor's lesson picker ("New…"): kept with the case being edited
until it is saved, never written before.

A new lesson gets its id at once (core.editing.plan_lesson, on the read pool), shows in the
picker like any other, and is kept in the draft; the save of the case writes the ones it still
links (core.editing.save_case new_lessons), and discarding the case drops them with it.
LessonsMixin is the EditorView's part of it (context "EditorView").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kb_app.core.cases import editing
from ...errors import error_text
from .form import NewLessonDialog


class LessonsMixin:
    """EditorView's new lessons: needs its labels, kind, language, lessons (picker), lesson_titles,
    library, runner, state_label and _changed (view.py)."""

    def create_lesson(self, title: str = "") -> None:
        v = self.labels.vocab
        dlg = NewLessonDialog(title, list(v.skills) if v else [], self.labels, self)
        dlg.accepted.connect(lambda: self._plan_lesson(dlg.title.text().strip(), dlg.skills.value(),
                                                       dlg.body.toPlainText()))
        dlg.open()
        self._lesson_dialog = dlg

    def _plan_lesson(self, title: str, skills, body: str) -> None:
        """Give the new lesson its id (off the UI thread: it looks at lessons/), keep it pending, link it."""
        if not title:
            return
        kind = self.kind.currentData() or ""
        lang = self.language.currentData() or ""
        pending = list(self.new_lessons)

        def work(job):
            kb = self.library._kb_or_raise()
            return editing.plan_lesson(kb.cases_dir, title, list(skills), [kind] if kind else [], lang, body,
                                       pending=pending)

        def done(nl):
            if not self.is_open:
                return
            self.new_lessons[nl.id] = nl
            self.lesson_titles[nl.id] = title
            self.lessons.set_choices(self.lesson_titles, vocab=self.labels.vocab)  # folds as search does
            self.lessons.add(nl.id)
            self.state_label.setText(QCoreApplication.translate(
                "EditorView", "Lesson “{0}” will be written to lessons/{1}.md when the case is saved").format(title, nl.id))

        self.runner.read(work, on_done=done, on_error=lambda e: self.state_label.setText(error_text(e)), name="new_lesson")

    def propose_lessons(self, items) -> None:
        """Lessons an import proposed (issue 15: items of a Lessons section that match no lesson),
        prefilled as new lessons the case links: written with the case when it is saved, never
        before; unlinking one in the picker drops it."""
        items = [d for d in items or [] if isinstance(d, dict) and str(d.get("title") or "").strip()]
        if not items or not self.is_open:
            return
        kind = self.kind.currentData() or ""
        lang = self.language.currentData() or ""
        have = {t.strip() for t in self.lesson_titles.values()}
        pending = list(self.new_lessons)
        case_id = self.case_id

        def work(job):
            kb = self.library._kb_or_raise()
            out, taken = [], list(pending)
            for d in items:
                title = str(d["title"]).strip()
                if title in have:
                    continue
                nl = editing.plan_lesson(kb.cases_dir, title, list(d.get("soft_skills") or []), [kind] if kind else [],
                                         lang, "", pending=taken)
                taken.append(nl.id)
                out.append(nl)
            return out

        def done(planned):
            if not self.is_open or self.case_id != case_id:
                return
            for nl in planned:
                self.new_lessons[nl.id] = nl
                self.lesson_titles[nl.id] = nl.title
            self.lessons.set_choices(self.lesson_titles)
            for nl in planned:
                self.lessons.add(nl.id)
            if planned:
                self.state_label.setText(QCoreApplication.translate(
                    "EditorView", "%n proposed lesson(s) linked; written to lessons/ when the case is saved", "",
                    len(planned)))

        self.runner.read(work, on_done=done, on_error=lambda e: self.state_label.setText(str(e)), name="propose_lessons")

    def pending_lessons(self) -> list:
        """The new lessons the case still links (those unlinked since are not written)."""
        linked = set(self.lessons.value())
        return [nl for lid, nl in self.new_lessons.items() if lid in linked]

    def set_pending_lessons(self, items) -> None:
        """New lessons kept in a draft, back in the editor (after a crash, or when the draft is opened)."""
        self.new_lessons = {}
        for d in items or []:
            nl = editing.NewLesson.from_dict(d) if isinstance(d, dict) else d
            if nl.id:
                self.new_lessons[nl.id] = nl
                self.lesson_titles.setdefault(nl.id, nl.title)

    def lessons_written(self, ids) -> None:
        """The save wrote these: they are lessons like the others now."""
        for lid in ids or []:
            self.new_lessons.pop(lid, None)
