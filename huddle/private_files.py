"""Files that name patients are readable by their owner only: files 0600, folders 0700.

The one place that creates such a file or folder: the database (SQLite gives its ``-wal``,
``-shm`` and ``-journal`` the mode of the database file), the archive of imports, every
backup, the log, and any file written for a person to read that names a patient (action
lists, log extracts, a screenshot of the board). Modes are set when the file is created,
whatever the process's umask (``os.open`` with 0600, then ``fchmod``), so there is no moment
when another local user could open it. :func:`tidy_at_start` tightens what an earlier
version left readable, and removes leftover staging copies of imports.

On Windows a mode means little (``os.chmod`` sets only the read-only flag): the files live in
the user's own profile, and docs/IT.md says what IT must ensure there. Every function here is
then a plain create or write.

Qt-free and SQL-free, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from huddle.errors import InputError
from huddle.i18n import translate
from huddle.paths import archive_dir_for, backup_dir_for

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"
# The import's staging folder inside the archive, and a backup's copy in progress.
STAGING_PREFIX = ".incoming-"
# A staging copy untouched this long belongs to an import that was killed.
STAGING_STALE_SECONDS = 600.0
_PARTIAL_SUFFIXES = (".delvis", ".delvis-journal", ".aterstallning", ".tillbaka")
_DB_COMPANIONS = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)

_tidied: set[Path] = set()


def private_dir(path: Path | str) -> Path:
    """Make the folder (and missing parents) and make it owner-only."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    tighten(path)
    return path


def tighten(path: Path | str) -> bool:
    """Make an existing file 0600 or folder 0700; False when it is missing or not ours."""
    if not POSIX:
        return False
    try:
        return _tighten(path, os.stat(path, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _tighten(path: str | os.PathLike[str], mode: int) -> bool:
    """:func:`tighten` of a file whose mode (not following a link) is known."""
    if stat.S_ISLNK(mode):
        return False
    wanted = DIR_MODE if stat.S_ISDIR(mode) else FILE_MODE
    if stat.S_IMODE(mode) != wanted:
        os.chmod(path, wanted)
    return True


def create_private_file(path: Path | str) -> Path:
    """Make sure ``path`` exists and is owner-only, without touching its content. Called
    before SQLite creates a database there, so the database and its companions are private
    from their first byte."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return path


_FLAGS = {"w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
          "a": os.O_WRONLY | os.O_CREAT | os.O_APPEND,
          "x": os.O_WRONLY | os.O_CREAT | os.O_EXCL}


def open_private(path: Path | str, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """``open(path, mode)`` for writing ("w", "a", "x", binary or text), owner-only."""
    flags = _FLAGS[mode[0]] | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def refuse_special_target(path: Path) -> None:
    """An output replaces a regular file only: never a symbolic link (the file it points to
    would be left and the link lost), a folder, a device such as /dev/full, or a named pipe.
    Reports, action lists and log extracts all go through here."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return                      # nothing there yet (or not reachable: writing says so)
    if not stat.S_ISREG(mode):
        kind = (translate("files", "en symbolisk länk") if stat.S_ISLNK(mode)
                else translate("files", "en mapp") if stat.S_ISDIR(mode)
                else translate("files", "en namngiven pipe") if stat.S_ISFIFO(mode)
                else translate("files", "en enhetsfil"))
        raise InputError(translate(
            "files", "{path} är {kind}, inte en vanlig fil, och ersätts inte. "
            "Välj ett nytt filnamn i en vanlig mapp."
        ).format(path=path, kind=kind))


def write_private(path: Path | str, data: bytes | str) -> Path:
    """Write ``path`` whole or not at all, owner-only: beside the target (mkstemp makes the
    file 0600 whatever the umask), then moved into place. OSError is left to the caller; a
    link, device or pipe at ``path`` is refused (:func:`refuse_special_target`)."""
    path = Path(path)
    refuse_special_target(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(temp_name, path)
        temp_name = None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    tighten(path)
    return path


def copy_private(source: Path | str, target: Path | str) -> Path:
    """Copy a file's bytes (a damaged database kept aside, say) into an owner-only file."""
    target = Path(target)
    with open(source, "rb") as src, open_private(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
    return target


def database_files(db_path: Path) -> list[Path]:
    """The database file and the companions SQLite keeps beside it."""
    return [db_path, *(db_path.with_name(db_path.name + s) for s in _DB_COMPANIONS)]


def _tighten_tree(folder: Path) -> int:
    """:func:`tighten` the folder and everything in it (links are neither followed nor
    changed). With os.scandir, whose entries carry what a stat says: an archive of five years
    of daily exports is 1,250 files, walked at every start (pathlib's rglob and a stat each
    took 7 ms of it)."""
    if not POSIX or not folder.is_dir():
        return 0
    count = tighten(folder)
    folders = [folder]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    try:
                        mode = entry.stat(follow_symlinks=False).st_mode
                        count += _tighten(entry.path, mode)
                    except OSError:
                        continue
                    if stat.S_ISDIR(mode):
                        folders.append(Path(entry.path))
        except OSError:
            continue
    return count


def remove_staging(archive_dir: Path, *, older_than: float = STAGING_STALE_SECONDS) -> int:
    """Remove staging copies an interrupted import left in the archive; how many.

    Only those untouched for ``older_than`` seconds: another process (the app and a
    scheduled ``huddle import``) may be importing into the same archive right now."""
    removed = 0
    if not archive_dir.is_dir():
        return 0
    now = time.time()
    for leftover in archive_dir.glob(f"{STAGING_PREFIX}*"):
        try:
            if now - leftover.stat().st_mtime < older_than:
                continue
        except OSError:
            continue
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed += 1
    if removed:
        log.info("Removed %d staging copies left by an interrupted import in %s",
                 removed, archive_dir)
    return removed


def tidy_at_start(db_path: Path | str, *, force: bool = False) -> int:
    """Tighten every file Huddle keeps for the database at ``db_path`` (the database and its
    companions, the archive, the backups, copies made before a schema upgrade) and remove
    leftover import staging copies. Once per database and process unless ``force``. Returns
    how many files and folders are owner-only now. Never raises."""
    db_path = Path(db_path)
    if str(db_path) == ":memory:":
        return 0
    key = db_path.resolve()
    if key in _tidied and not force:
        return 0
    _tidied.add(key)
    count = 0
    try:
        archive, backups = archive_dir_for(db_path), backup_dir_for(db_path)
        remove_staging(archive)
        count += _tighten_tree(archive) + _tighten_tree(backups)
        paths: list[Path] = database_files(db_path)
        if db_path.parent.is_dir():
            paths += db_path.parent.glob(f"{db_path.stem}.fore-migrering-*")
            paths += (p for p in db_path.parent.glob(f".{db_path.name}.*")
                      if p.name.endswith(_PARTIAL_SUFFIXES))
        count += sum(tighten(path) for path in paths)
    except OSError as exc:
        log.warning("Could not tighten the files of %s: %s", db_path, exc)
    return count


def tidy_log_folder(folder: Path) -> int:
    """Make the log folder and every log file in it owner-only."""
    return _tighten_tree(folder)
