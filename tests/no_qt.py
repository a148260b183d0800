"""A pytest plugin that makes PySide6 unimportable, for the second test run.

``scripts/run-tests`` runs everything but the GUI tests once more with ``-p tests.no_qt``: the
domain, intake, storage, reports and the command line must stand without Qt (the model is
headless, as napari's is). Any import of PySide6 then fails the test that caused it.
"""

from __future__ import annotations

import importlib.abc
import sys


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ARG002 (finder API)
        if name == "PySide6" or name.startswith("PySide6."):
            raise ModuleNotFoundError(f"{name} is not importable in the headless test run",
                                      name=name)
        return None


sys.meta_path.insert(0, _NoQt())


def pytest_addoption(parser) -> None:
    # pytest-qt is switched off in this run; its settings in pyproject.toml stay known.
    parser.addini("qt_api", "pytest-qt (not loaded in the headless run)")
    parser.addini("qt_log_level_fail", "pytest-qt (not loaded in the headless run)")
    parser.addini("qt_log_ignore", "pytest-qt (not loaded in the headless run)",
                  type="linelist")
