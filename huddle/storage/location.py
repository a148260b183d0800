"""Where a database file lies: on a network file system, or where it cannot be written.

SQLite's own guidance is not to keep a database on a network file system: write-ahead
logging needs shared memory that only one machine can give, and the file locks of SMB and NFS
are not reliable, so two PCs (or one PC and a hiccup of the network) can damage the file.
Recent SQLite cannot tell that a mapped drive letter is remote, so Huddle asks the operating
system: on Linux the file system type of the mount the file lies on (``/proc/self/mounts``),
on Windows the drive type (``GetDriveTypeW`` is ``DRIVE_REMOTE`` for a mapped drive, and a
UNC path ``\\\\server\\share`` is remote by itself).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from huddle.i18n import translate

MOUNTS_FILE = Path("/proc/self/mounts")
# File system types that lie on another machine.
NETWORK_TYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "glusterfs", "ceph",
    "fuse.glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "vboxsf", "prl_fs", "vmhgfs",
    "fuse.vmhgfs-fuse",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    """/proc/self/mounts writes a space in a mount point as \\040 (octal escapes)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _linux_fs_type(path: Path, mounts_text: str) -> str | None:
    """The type of the mount that holds ``path``: the longest mount point above it."""
    best, best_type = -1, None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, best_type = len(point), fields[2]
    return best_type


def _existing_folder(path: Path) -> Path:
    """The nearest folder of ``path`` that exists (the database may not exist yet)."""
    path = path.absolute()
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder.resolve()


def network_file_system(path: Path | str) -> str | None:
    """The name of the network file system ``path`` lies on ("cifs", "nfs4", "nätverksenhet"
    on Windows), or None for a local disk (or when it cannot be told)."""
    path = Path(path)
    if str(path) == ":memory:":
        return None
    if sys.platform == "win32":
        return _windows_remote(path)
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # not Linux (macOS): no reliable way here; docs/IT.md says what to do
    kind = _linux_fs_type(_existing_folder(path), mounts)
    if kind is None:
        return None
    return kind if kind.lower() in NETWORK_TYPES else None


def _windows_remote(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path.absolute())
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return translate("location", "nätverksenhet (UNC)")
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    return translate("location", "nätverksenhet") if kind == DRIVE_REMOTE else None


def read_only_reason(path: Path | str) -> str | None:
    """Why an existing database cannot be written ("filen", "mappen"), or None."""
    path = Path(path)
    if str(path) == ":memory:" or not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(path.parent, os.W_OK):
        return "folder"
    return None
