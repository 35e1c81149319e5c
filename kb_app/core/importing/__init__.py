"""Bringing a team's existing write-ups in: Word, spreadsheets, wiki pages, notes and PDFs become
imported cases to review (issue 15). Qt-free: the CLI (`kb import`), the window and the tests
call the same functions.

    base.py     what every format shares: Draft (one document or one spreadsheet row, read),
                Importer (one per format), ImportContext (progress, cancel, counts with reasons),
                the limits against hostile files, images, problem codes
    markup.py   HTML (from Word or a wiki page) cleaned and turned into Markdown: scripts, styles,
                remote and tracking images and javascript: links dropped; WPS / old-template
                headings (bold lines, 一、二、 numbering, 标题 1 styles) promoted
    word.py     .docx through mammoth
    web.py      .html / .htm wiki pages
    notes.py    .md / .txt from other tools (Obsidian, Joplin, Notion), front matter or not
    sheet.py    .xlsx (openpyxl) and .csv ticket exports: one case per row, columns in English
                and Chinese, --map overrides, dates in every shape
    pdf.py      .pdf with a text layer (pypdf): text and paragraphs only
    suggest.py  metadata suggested by the analyzer and vocabularies, each with its reason
    review.py   the review flag: the queue, the original text, clearing it
    run.py      import_paths(): walk, read, suggest, find duplicates, write (exclusively, atomically)
"""
