"""Data files shipped with the package, and the heavy resources built from them.

Each loads once per process, on first use.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

RESOURCES = Path(str(files(__name__)))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``resources/<name>.txt``: one per line, ``#`` starts a comment."""
    lines = (RESOURCES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def kiwi() -> Kiwi:
    """The process's Kiwi analyser, with the project's user dictionary."""
    from kiwipiepy import Kiwi

    analyser = Kiwi()
    analyser.load_user_dictionary(str(RESOURCES / "userdict.tsv"))
    return analyser
