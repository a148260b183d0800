"""The only package that imports PySide6."""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401 (first: it sets up the table below)


def _spare_the_source_scan() -> None:
    """Tell PySide6 up front which modules use it, so that it does not read their source.

    After PySide6 is imported, the first import of every module makes it read that module's
    whole source file to see whether the module uses PySide6 (for its optional
    ``from __feature__ import snake_case`` switches, PYSIDE-2029): ~0.2 ms a module, ~20 ms
    of Huddle's start-up before the board is painted. Huddle uses no ``__feature__``
    switch. Its own modules, and those already loaded, are entered in PySide6's table as
    the scan would enter them: 0 (uses PySide6: only ``huddle.ui``), -1 (does not). A
    PySide6 without the table scans as before.
    """
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        table.setdefault(name, 0 if name.startswith("huddle.ui") else -1)
    # The standard library's modules imported later (sqlite3, json, datetime, ...): ~0.1 ms
    # a scan, ~3 ms of the start-up.
    for name in getattr(sys, "stdlib_module_names", ()):
        table.setdefault(name, -1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        package = os.path.relpath(folder, os.path.dirname(root)).replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                name = package if file == "__init__.py" else f"{package}.{file[:-3]}"
                table.setdefault(name, 0 if name.startswith("huddle.ui") else -1)


_spare_the_source_scan()
