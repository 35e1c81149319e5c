"""The file changed on disk while the mentor edited it: never overwrite it silently.

    c = check(base, mine, disk)
    c.kind == "none"      the disk still holds the base: save mine
    c.kind == "merged"    both changed, in different places: c.merged is the three-way merge
    c.kind == "overlap"   both changed the same lines: c.sides for a side-by-side view;
                          keep mine, take the disk's, or merge by hand (c.marked has the markers)
    c.kind == "deleted"   the file is gone: offer mine back as a new file

The base is the text the editor opened (kept with the draft); the merge is merge3's (the
three-way merge of bzr/breezy) over lines.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import merge3


@dataclass
class Conflict:
    kind: str                   # none | merged | overlap | deleted | same
    base: str | None
    mine: str
    disk: str | None
    merged: str = ""            # kind == merged: the merged text
    marked: str = ""            # kind == overlap: the merge with <<<<<<< / ======= / >>>>>>> markers
    regions: int = 0            # how many overlapping regions
    sides: list = field(default_factory=list)  # [(tag, mine_lines, disk_lines)] for the side-by-side view


def _lines(t: str) -> list[str]:
    return t.splitlines(keepends=True)


def check(base: str | None, mine: str, disk: str | None, names: tuple[str, str] = ("mine", "disk")) -> Conflict:
    """`names`: how the markers of a merge by hand name the two sides (the window's words, in the UI
    language: "<<<<<<< 你的版本" rather than "<<<<<<< mine")."""
    if disk is None:
        return Conflict("deleted" if base is not None else "none", base, mine, None)
    if base is None:
        # a new case whose file name appeared meanwhile: treat the disk text as the other side
        base = ""
    if disk == base:
        return Conflict("none", base, mine, disk)
    if disk == mine:
        return Conflict("same", base, mine, disk, merged=mine)
    if mine == base:
        return Conflict("merged", base, mine, disk, merged=disk)  # only the disk changed: take it
    m3 = merge3.Merge3(_lines(base), _lines(mine), _lines(disk))
    regions = sum(1 for r in m3.merge_regions() if r[0] == "conflict")
    if regions == 0:
        return Conflict("merged", base, mine, disk, merged="".join(m3.merge_lines()))
    marked = "".join(m3.merge_lines(name_a=names[0], name_b=names[1], start_marker="<<<<<<< ",
                                     mid_marker="=======", end_marker=">>>>>>> "))
    return Conflict("overlap", base, mine, disk, marked=marked, regions=regions, sides=side_by_side(mine, disk))


def side_by_side(mine: str, disk: str) -> list[tuple[str, list[str], list[str]]]:
    """Aligned chunks: ("equal" | "replace" | "delete" | "insert", mine lines, disk lines)."""
    a, b = mine.splitlines(), disk.splitlines()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        out.append((tag, a[i1:i2], b[j1:j2]))
    return out


def has_markers(text: str) -> bool:
    return any(l.startswith(("<<<<<<< ", ">>>>>>> ")) or l.rstrip() == "=======" for l in text.splitlines())
