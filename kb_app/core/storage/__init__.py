"""What the app keeps beside the truth: user state and derived data.

- store.py         state.db (user state: progress, practice, drafts, own ratings; migrated, never
                   rebuilt) and kb.db (derived links and outcomes, rebuilt from the cases)
- maintenance.py   when and how derived data is rebuilt (in a child process for big libraries)

Above cases/ and retrieval/: it stores what they produce.
"""
