"""UI language: zh-Hans, zh-Hant or English, with Qt Linguist translators and CJK fonts.

Source strings are English and wrapped in self.tr() / QCoreApplication.translate(); the
compiled catalogues live in resources/translations/kb_{zh_CN,zh_TW,en}.qm (committed, so no
build step is needed at run time). Switching the language installs the new translators; Qt
then sends every widget a LanguageChange event, and each widget re-labels itself in
retranslateUi() without losing what is on screen.

Vocabulary labels (kinds, skills, outcomes ...) are not in the catalogues: they come from the
case folder's vocab/ files through Vocab.label(table, key, current_language()).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase

from .. import paths

log = logging.getLogger(__name__)

LANGS = ("zh-Hans", "zh-Hant", "en")
_CATALOGUE = {"zh-Hans": "kb_zh_CN", "zh-Hant": "kb_zh_TW", "en": "kb_en"}
_QT_CATALOGUE = {"zh-Hans": "qtbase_zh_CN", "zh-Hant": "qtbase_zh_TW", "en": "qtbase_en"}
# Autonyms: a language is always named in itself, whatever the UI language.
AUTONYMS = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}

# Preferred UI font families, best first; only those installed are used, the rest of the list
# stays as fallbacks so a glyph missing from the first font comes from the next one.
FONT_FAMILIES = {
    "zh-Hans": ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK TC", "Microsoft JhengHei"],
    "zh-Hant": ["Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC",
                "Noto Sans CJK HK", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei"],
    "en": ["Noto Sans", "Segoe UI", "Helvetica Neue", "Noto Sans CJK SC", "Source Han Sans SC",
           "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "DejaVu Sans"],
}

_current = "en"


def language_for_locale(locale: QLocale) -> str:
    """zh_TW, zh_HK, zh_MO or a Traditional script -> zh-Hant; other Chinese -> zh-Hans; else en."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh-Hant"
    if locale.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao):
        return "zh-Hant"
    return "zh-Hans"


def system_language() -> str:
    return language_for_locale(QLocale.system())


def normalize(lang: str | None) -> str:
    """A stored preference ('' = follow the system) -> one of LANGS."""
    if lang in LANGS:
        return lang
    return system_language()


def current_language() -> str:
    """The UI language now in use; pass it to Vocab.label()."""
    return _current


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qt_locale(lang: str) -> QLocale:
    return {"zh-Hans": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China),
            "zh-Hant": QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan),
            }.get(lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class I18n(QObject):
    """Owns the installed translators. One per application."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""

    def set_language(self, lang: str | None) -> str:
        """Install the catalogues of `lang` ('' or None = system); returns the language used."""
        global _current
        lang = normalize(lang)
        if lang == self.language:
            return lang
        for t in self._translators:
            self._app.removeTranslator(t)
        self._translators = []
        own = QTranslator(self)
        if own.load(_CATALOGUE[lang], str(translations_dir())):
            self._translators.append(own)
        else:
            log.warning("no translation catalogue %s in %s", _CATALOGUE[lang], translations_dir())
        # one catalogue per area of the window besides kb_*: learn_zh_CN.qm, compare_zh_CN.qm ...
        # (separate files, so views written side by side never conflict in one .ts)
        suffix = _CATALOGUE[lang][len("kb"):]  # "_zh_CN"
        for qm in sorted(translations_dir().glob(f"*{suffix}.qm")):
            if qm.stem == _CATALOGUE[lang] or qm.stem.count("_") != _CATALOGUE[lang].count("_"):
                continue
            extra = QTranslator(self)
            if extra.load(qm.stem, str(translations_dir())):
                self._translators.append(extra)
        qt = QTranslator(self)
        if qt.load(_QT_CATALOGUE[lang], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt)
        self.language = _current = lang
        QLocale.setDefault(qt_locale(lang))
        apply_fonts(self._app, lang)
        for t in self._translators:  # each install sends LanguageChange to every widget
            self._app.installTranslator(t)
        if not self._translators:
            # nothing installed, but the strings must still go back to the source text
            from PySide6.QtCore import QEvent
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        # deliver the widgets' LanguageChange now, so the switch is complete when this returns
        from PySide6.QtCore import QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        self.languageChanged.emit(lang)
        return lang


def available_families(lang: str) -> list[str]:
    installed = set(QFontDatabase.families())
    return [f for f in FONT_FAMILIES.get(lang, FONT_FAMILIES["en"]) if f in installed]


def apply_fonts(app, lang: str) -> None:
    """Prefer a CJK family list for the UI font; keep the platform's size (at least 10 pt)."""
    if not hasattr(app, "setFont"):
        return
    families = available_families(lang)
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


def install_translator(app, lang: str | None) -> I18n:
    i18n = getattr(app, "_kb_i18n", None)
    if i18n is None:
        i18n = I18n(app)
        app._kb_i18n = i18n
    i18n.set_language(lang)
    return i18n


def instance() -> I18n | None:
    app = QCoreApplication.instance()
    return getattr(app, "_kb_i18n", None) if app is not None else None


def _qt_catalogue_gaps() -> list[str]:
    """Strings of Qt's own dialogs that the shipped qtbase_zh_CN / qtbase_zh_TW catalogues lack
    (the folder dialog's "&Look in:" and "Files of &type:" stayed English in Chinese). Listed here
    so lupdate keeps them in kb_*.ts; our translator answers when qtbase's has nothing. Never
    called: the list is for lupdate."""
    return [QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
            QCoreApplication.translate("QAbstractFileIconProvider", "File"),
            QCoreApplication.translate("QAbstractFileIconProvider", "%1 File"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Unknown")]
