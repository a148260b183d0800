"""The log file: where it goes, that it rotates, that a second setup does not double lines."""

from __future__ import annotations

import logging
from pathlib import Path

from huddle import __version__
from huddle.logs import active_log_file, setup_logging


def test_log_file_gets_version_and_messages_once(tmp_path: Path, clean_huddle_logger) -> None:
    path = setup_logging(directory=tmp_path / "logg")
    assert setup_logging(directory=tmp_path / "logg") == path
    logging.getLogger("huddle.storage.backup").info("backup written")
    for handler in clean_huddle_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"Huddle {__version__} started" in text
    assert text.count("backup written") == 1
    assert active_log_file() == path.resolve()


def test_log_rotates(tmp_path: Path, clean_huddle_logger, monkeypatch) -> None:
    import huddle.logs

    monkeypatch.setattr(huddle.logs, "MAX_BYTES", 2000)
    path = setup_logging(directory=tmp_path)
    for i in range(200):
        logging.getLogger("huddle").info("line %d %s", i, "x" * 50)
    assert path.stat().st_size <= 2000
    assert (tmp_path / "huddle.log.1").exists()
    assert len(list(tmp_path.glob("huddle.log.*"))) <= 5


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path, clean_huddle_logger,
                                                     capsys) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    assert setup_logging(directory=blocker / "logg") is None
    assert "Loggfilen" in capsys.readouterr().err


def test_log_lines_and_tracebacks_carry_no_identity_number(tmp_path: Path,
                                                           clean_huddle_logger) -> None:
    path = setup_logging(directory=tmp_path / "logg")
    log = logging.getLogger("huddle.storage.imports")
    log.warning("Row rejected: %s", "19400101-0001")
    log.warning("Bare digits 194001010001, short form 400101-0001, a phone 0701234567")
    try:
        int("19400101-0001")
    except ValueError:
        log.exception("Unexpected")
    log.info("Kept at fore-aterstallning-20261122-101500.sqlite (import 12, 3 rows, "
             "sha256 9f2c81e4)")
    for handler in clean_huddle_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")

    for leak in ("19400101", "400101-0001", "194001010001", "0701234567"):
        assert leak not in text
    assert "Row rejected: ######\n" in text
    assert "Bare digits ######, short form ######, a phone ######\n" in text
    assert "Traceback" in text and "ValueError" in text
    # What IT needs stays: file names with their time stamps, ids and counts.
    assert "fore-aterstallning-20261122-101500.sqlite (import 12, 3 rows" in text
