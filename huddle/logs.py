"""The app's log file: rotating, in the per-user log folder, for IT when something goes wrong.

The log holds what the program did (start, version, database path, imports, backups, errors
with tracebacks), not patient data: code that logs passes ids and counts, never names or
personnummer. It is Qt-free so the command line can use it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

import platformdirs

from huddle import __version__
from huddle.domain.disclosure import mask_for_log
from huddle.i18n import translate
from huddle.paths import APP_AUTHOR, APP_NAME
from huddle.private_files import open_private, private_dir, tidy_log_folder

LOG_FILE_NAME = "huddle.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _MaskingFormatter(logging.Formatter):
    """Every line, traceback included, as the log audience may see it: no identity number
    and no run of six or more digits (huddle.domain.disclosure.mask_for_log)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_for_log(super().format(record))


class _HuddleFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second setup does not add another.
    Its files are owner-only (rotation renames them, keeping the mode)."""

    def _open(self):  # noqa: ANN202 - the base class's signature
        return open_private(self.baseFilename, self.mode, encoding=self.encoding,
                            errors=self.errors)


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file(directory: Path | None = None) -> Path:
    return (directory or log_dir()) / LOG_FILE_NAME


def active_log_file() -> Path:
    """The file the log goes to now (set up by :func:`setup_logging`), else the default."""
    for handler in logging.getLogger("huddle").handlers:
        if isinstance(handler, _HuddleFileHandler):
            return Path(handler.baseFilename)
    return log_file()


def setup_logging(level: int = logging.INFO, *, directory: Path | None = None) -> Path | None:
    """Send the ``huddle`` loggers to a rotating file (1 MB, 5 old files kept).

    Returns the log file, or ``None`` when the folder cannot be written (a locked-down
    profile): the app still runs, and the reason goes to stderr.
    """
    logger = logging.getLogger("huddle")
    logger.setLevel(level)
    target = log_file(directory)
    for handler in list(logger.handlers):
        if isinstance(handler, _HuddleFileHandler):
            if Path(handler.baseFilename) == target.resolve():
                return target
            logger.removeHandler(handler)
            handler.close()
    try:
        private_dir(target.parent)
        tidy_log_folder(target.parent)
        handler = _HuddleFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                     encoding="utf-8", delay=True)
    except OSError as exc:
        print(translate("logs", "huddle: Loggfilen {path} kan inte skrivas ({reason}); Huddle "
                        "fortsätter utan loggfil.").format(path=target,
                                                           reason=exc.strerror or exc),
              file=sys.stderr)
        return None
    handler.setFormatter(_MaskingFormatter(FORMAT))
    logger.addHandler(handler)
    logger.info("Huddle %s started (Python %s, %s%s)", __version__, platform.python_version(),
                platform.platform(), ", frozen" if getattr(sys, "frozen", False) else "")
    return target
