"""The one analyzer: how any text (a case, a lesson, a query, a description) is understood.

- text.py     script folding (OpenCC, regional words), segmentation (jieba), English stemming,
              the Whoosh tokenizers, and `analyse()`: one pass that yields one TextProfile
              (folded text, terms, readings, concepts, negated stakes)
- vocab.py    the vocabularies of the cases folder (kinds, skills, stakes, industries, glossary,
              regional words) and what they find in a profile
- convert.py  a case shown in the reader's own script

Below everything but the root's shared modules: case parsing, the index and the team files use
it; it imports none of them.
"""
