"""Where Huddle finds its resources and keeps its data.

Resources (migrations, fonts, translations) sit beside the package in a source checkout and
under ``sys._MEIPASS`` in the frozen app. User data goes to the per-user data folder that
platformdirs names for the operating system.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Huddle"
APP_AUTHOR = "Huddle"


def install_root() -> Path:
    """The folder holding ``db/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return install_root() / "db" / "migrations"


def resources_dir() -> Path:
    return install_root() / "resources"


def user_data_dir() -> Path:
    import platformdirs  # only when no --db is given: not on every start's path

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return user_data_dir() / "huddle.sqlite"


def archive_dir_for(db_path: Path) -> Path:
    """Imported files are archived beside the database they were imported into."""
    return db_path.parent / f"{db_path.stem}-arkiv"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backup"
