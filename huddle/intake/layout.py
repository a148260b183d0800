"""Layouts: which columns a kind of list has, what they may be called, and which are required.

Header names are compared folded: case, spaces, hyphens and other punctuation ignored, and
å/ä/ö taken as a/a/o, so ``Ärende-ID``, ``ärende id`` and ``ARENDEID`` are one name. A user
who maps an unknown layout once gets a mapping keyed by the header's :func:`header_signature`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from huddle.i18n import translate

# Letters folded to their base letter. Applied with str.replace: str.translate with a table
# is ~70x slower on text that is not ASCII (30 us on one line of an export), and every line
# near the top of a file is folded while its header is sought.
_FOLD = (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u"))
_NOISE = re.compile(r"[\s\-_.:/()\[\]'\"*#]+")


def fold_name(name: str) -> str:
    """The form header names are compared in: ``'Ärende-ID '`` -> ``'arendeid'``."""
    # The lines near the top of a file are folded once per separator and kind tried; header
    # names are short, and only short cells are remembered.
    return _fold_short(name) if len(name) <= 64 else _fold(name)


def _fold(name: str) -> str:
    folded = name.replace("\ufeff", "").casefold()
    for letter, base in _FOLD:
        folded = folded.replace(letter, base)
    return _NOISE.sub("", folded)


_fold_short = lru_cache(maxsize=4096)(_fold)


def header_signature(header: Sequence[str]) -> str:
    """Identifies a header row regardless of case and spacing (for remembered mappings)."""
    joined = "\x1f".join(fold_name(name) for name in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Column:
    key: str                       # identifier used in code: 'personnummer'
    label: str                     # the reference layout's Swedish name: 'Personnummer'
    synonyms: tuple[str, ...] = ()
    required: bool = False

    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


@dataclass(frozen=True)
class ColumnMap:
    """Where each known column sits in a header (index), and what the header was."""

    header: tuple[str, ...]
    index: Mapping[str, int]

    def has(self, key: str) -> bool:
        return key in self.index

    def value(self, cells: Sequence[str], key: str) -> str:
        position = self.index.get(key)
        if position is None or position >= len(cells):
            return ""
        return cells[position]


@dataclass(frozen=True)
class Layout:
    kind: str                  # the import kind it belongs to ('samsa', 'cfs', ...)
    title: str                 # Swedish, e.g. 'SAMSA-export'
    columns: tuple[Column, ...]

    @cached_property
    def _by_key(self) -> dict[str, Column]:
        return {c.key: c for c in self.columns}

    def column(self, key: str) -> Column:
        return self._by_key[key]

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)

    @cached_property
    def _lookup(self) -> dict[str, str]:
        lookup: dict[str, str] = {}
        for column in self.columns:
            for name in column.names():
                lookup.setdefault(fold_name(name), column.key)
        return lookup

    def recognise(self, header: Sequence[str]) -> ColumnMap:
        """Map header names to columns by name and synonym; the first of a name wins."""
        lookup = self._lookup
        index: dict[str, int] = {}
        for position, name in enumerate(header):
            key = lookup.get(fold_name(name))
            if key is not None and key not in index:
                index[key] = position
        return ColumnMap(tuple(header), index)

    def label_at(self, columns: ColumnMap, position: int) -> str:
        """How a message names the column at ``position``: the reference label of a column
        this layout knows, else its number ("Kolumn 23"). Never the file's own header text,
        which may be a data row taken for the header."""
        for key, index in columns.index.items():
            if index == position:
                return self.column(key).label
        return translate("intake", "Kolumn {n}").format(n=position + 1)

    def missing(self, columns: ColumnMap) -> list[Column]:
        return [c for c in self.required if not columns.has(c.key)]

    def score(self, header: Sequence[str]) -> float:
        """How many columns a header names; 0 unless every required column is there."""
        columns = self.recognise(header)
        if self.missing(columns):
            return 0.0
        return float(len(columns.index))

    def from_mapping(self, header: Sequence[str], mapping: Mapping[str, str]) -> ColumnMap:
        """Apply a remembered mapping ``{source column: reference label}`` to ``header``."""
        by_label = {fold_name(c.label): c.key for c in self.columns}
        positions = {fold_name(name): i for i, name in reversed(list(enumerate(header)))}
        index: dict[str, int] = {}
        for source, label in mapping.items():
            key = by_label.get(fold_name(label))
            position = positions.get(fold_name(source))
            if key is not None and position is not None:
                index[key] = position
        return ColumnMap(tuple(header), index)
