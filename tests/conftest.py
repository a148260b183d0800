"""Shared fixtures: databases in a temporary folder, with and without the demo."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TODAY = date(2026, 11, 23)
UI_TESTS = Path(__file__).resolve().parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui needs Qt and carries the ``gui`` marker; no other may use
    Qt (the second, headless run of scripts/run-tests proves it)."""
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "huddle.sqlite"


@pytest.fixture
def db(db_path: Path):
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings

    database = open_database(db_path)
    save_settings(database, vc_name="Skene vårdcentral", vc_aliases=["Skene VC"],
                  kommun="Mark")
    yield database
    database.conn.close()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the session; tests that write copy it first."""
    from huddle.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path, seed=1, days=90, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_db_path(demo_db_file: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db_file, target)
    return target


@pytest.fixture
def clean_huddle_logger():
    """The ``huddle`` logger as it was before the test: handlers it added are closed."""
    import logging

    logger = logging.getLogger("huddle")
    before, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
