#!/bin/sh
# Refresh the compare_* catalogues: lupdate over the compare modules, fill the Chinese, lrelease.
set -e
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
BIN=$(dirname "$PY")
for l in zh_CN zh_TW en; do
  "$BIN/pyside6-lupdate" -no-obsolete kb_app/gui/views/compare/*.py kb_app/gui/widgets/standard_card.py \
      kb_app/gui/widgets/score_chart.py -ts resources/translations/compare_$l.ts -source-language en -target-language $l
done
"$PY" scripts/compare_translations.py
for l in zh_CN zh_TW en; do
  "$BIN/pyside6-lrelease" resources/translations/compare_$l.ts -qm resources/translations/compare_$l.qm
done
