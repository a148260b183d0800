"""Writing a finished report to disk, whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from huddle.errors import KnownError
from huddle.i18n import translate
from huddle.private_files import refuse_special_target, write_private
from huddle.reports.period import MONTHLY, QUARTERLY, WEEKLY, YEARLY, Period

_FILE_PREFIXES = {WEEKLY: "veckosammanstallning", MONTHLY: "manadssammanstallning",
                  QUARTERLY: "kvartalssammanstallning", YEARLY: "arssammanstallning"}


def report_file_name(period: Period) -> str:
    """'manadssammanstallning-2026-11.pdf': the name a report is offered under."""
    return f"{_FILE_PREFIXES[period.kind]}-{period.key}.pdf"


def write_private_file(path: Path | str, data: bytes | str, failure: str) -> None:
    """Write a file that names patients whole or not at all, readable by the owner only
    (``huddle.private_files``); a failure becomes a :class:`KnownError` from ``failure``, a
    sentence with ``{path}`` and ``{reason}``."""
    path = Path(path)
    try:
        write_private(path, data)
    except OSError as exc:
        raise KnownError(failure.format(path=path, reason=exc.strerror or exc)) from exc


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_report_file(path: Path, data: bytes | str) -> None:
    """Write next to the target and move into place, so a reader never sees half a file.

    The file gets the user's normal file mode (``0666`` less the umask): a report holds no
    person, and one written into a shared folder is meant to be read there. A symbolic link,
    device or named pipe at ``path`` is refused, not replaced. A file held open by a PDF
    reader (Windows locks it) or a folder without write access is a failure the user can act
    on, so it becomes a :class:`KnownError`.
    """
    path = Path(path)
    refuse_special_target(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            temp_name = handle.name
            handle.write(payload)
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as exc:
        raise KnownError(translate(
            "reports", "Rapporten kunde inte sparas som {path} ({reason}). Stäng filen om "
            "den är öppen i ett annat program, eller välj en annan mapp."
        ).format(path=path, reason=exc.strerror or exc)) from exc
    finally:
        if temp_name is not None:
            Path(temp_name).unlink(missing_ok=True)
