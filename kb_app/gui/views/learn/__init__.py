"""The Learn tab: what a new hire reads, and how far they got (one module per part of the screen).

data.py     LearnData and load_learn_data: progress, reading paths and the journal, gathered on the
            writer thread (no widgets), titles in the reader's script
common.py   what the pages share: the HTML page browser (case:, lesson:, practise:, journal: links
            out by signal) and its CSS, the drawn progress bar, empty pages, segmented switches
lessons.py  the Lessons page: soft skills or incident kinds with "3 / 9 read", and the lesson cards
            of the chosen group (models, delegates, the page)
progress.py the Progress page: coverage chart per skill (radar or bars) and per kind, what to read next
paths.py    the Reading paths page: where the reader is on each path, what comes next
journal.py  the Practice journal page: past answers, revealed or not
view.py     LearnView: the heading, the export button and the four pages; fresh data from the Library
wiring.py   install(window): the tab, the Learn menu and shortcuts, honest reading in the case panel,
            remembered state, the practice window, exports
"""
