"""Team files beside the cases: rubrics, every rater's ratings, agreement, comparison, standards.

- rubrics.py, ratings.py   the team's rubrics and one ratings file per rater (cases/ratings/)
- agreement.py             aggregate scores and Krippendorff's alpha
- compare.py               cases of one kind aligned by section, action themes
- standards.py             the best handling written down as a standard (cases/standards/)
- report.py                the whole picture for the CLI and the window (over all of the above)
- compare_export.py        a comparison as Markdown or CSV
"""
