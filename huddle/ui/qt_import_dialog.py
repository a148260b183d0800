"""The import dialog: runs an import and shows its result, asking the user when it must.

One dialog, several pages: choose the sheet of a workbook with more than one; map the columns
of a layout the app does not know (once: the mapping is remembered for that header); confirm
an export that would mark half the list gone; and the result, with every rejected row's line
and reason. The main window opens it with :func:`open_import` and refreshes the board on
:attr:`QtImportDialog.importFinished`.

The import itself runs in a worker thread on a connection of its own (``huddle.ui.qt_worker``):
the window keeps repainting, a progress bar counts the rows read, and Avbryt stops it with
nothing changed (the import's transaction is rolled back). Closing the dialog while it runs
cancels it too.

The preview for column mapping shows the *shape* of the values (``99999999-9999``,
``Xxxxx, Xxxxxx``), never the values: the file may hold patients with protected identity,
and which column says so is exactly what is not known yet.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.dates import date_text
from huddle.errors import KnownError
from huddle.ui.qt_forms import minimum_width
from huddle.ui.qt_worker import Report, Task, report_bug, run_in_background, with_database

if TYPE_CHECKING:
    # The importer (and the readers behind it) is imported by the worker thread, not here:
    # opening the dialog must not stall the window for the tenth of a second they cost.
    from huddle.storage.imports import (
        ImportProgress,
        ImportResult,
        ShrinkRefused,
        UnrecognisedLayout,
    )
    from huddle.storage.store import Store

# huddle.storage.imports.STAGE_HASH and STAGE_READ (checked by tests/ui/test_import_dialog.py)
STAGE_HASH = "hash"
STAGE_READ = "read"

# .ods is accepted for a drop so that the importer can say it is not supported.
IMPORTABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".ods")
_KEPT_WORDS = {"ja", "nej", "inskriven", "utskrivningsklar", "utskriven", "avbruten"}

log = logging.getLogger("huddle.import")


def mask_value(text: str, limit: int = 24) -> str:
    """The shape of a value: letters become x/X and digits 9; Ja/Nej and status words stay."""
    text = " ".join(text.split())
    if text.casefold() in _KEPT_WORDS:
        return text
    shape = "".join("9" if c.isdigit() else ("X" if c.isupper() else "x") if c.isalpha() else c
                    for c in text)
    return shape if len(shape) <= limit else shape[: limit - 1] + "…"


def dropped_file(mime: QMimeData) -> Path | None:
    """The first local file in a drop that the importer can read, else ``None``."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORTABLE_SUFFIXES:
                return path
    return None


def pick_import_file(parent: QWidget, start_dir: Path | None = None) -> Path | None:
    """Ask for an export file (a modal file picker; for the menu action, not for tests)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("qt_import_dialog", "Importera SAMSA-export"), str(start_dir or ""),
        QCoreApplication.translate("qt_import_dialog", "SAMSA-export (*.csv *.txt *.tsv *.xlsx *.xlsm);;Alla filer (*)"))
    return Path(name) if name else None


class _RejectedModel(QAbstractTableModel):
    """Rejected rows: line and reason. A model, so a file of 100 000 bad rows still opens."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = result.rejected
        self._titles = (self.tr("Rad"), self.tr("Orsak"))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self._rows[index.row()]
        return str(problem.line) if index.column() == 0 else problem.reason

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


class QtImportDialog(QDialog):
    """Imports ``path`` into ``db``; :meth:`start` begins (``open_import`` calls it)."""

    importFinished = Signal(object)  # noqa: N815 - the ImportResult, also when already imported

    def __init__(self, db: Store, path: Path | str, *,
                 db_path: Path | None = None, as_of: datetime | None = None,
                 board_day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.db_path = db_path
        self.as_of = as_of
        self.board_day = board_day  # the window's day: its CFS lane is prepared afterwards
        self.sheet: str | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self._unknown: UnrecognisedLayout | None = None
        self.setWindowTitle(self.tr("Importera SAMSA-export"))
        self.setMinimumHeight(480)
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("Fil: {name}").format(name=self.path.name), self)
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.busy_page = self._busy_page()
        self.cancelled_page = self._cancelled_page()
        self.error_page, self.error_label = self._error_page()
        self.sheet_page = self._sheet_page()
        self.shrink_page = self._shrink_page()
        self.mapping_page = self._mapping_page()
        self.result_page = self._result_page()
        minimum_width(self, 720)

    # ------------------------------------------------------------------ flow
    def start(self) -> None:
        """Ask for the sheet of a workbook with several, else import straight away."""
        if self.path.suffix.lower() in (".xlsx", ".xlsm") and self.sheet is None:
            try:
                from huddle.intake.table import list_sheets

                sheets = list_sheets(self.path)
            except KnownError as err:
                self._show_error(err.message)
                return
            if len(sheets) > 1:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(sheets)
                self.pages.setCurrentWidget(self.sheet_page)
                self.sheet_combo.setFocus()
                return
        self.run_import()

    def run_import(self, *, allow_shrink: bool = False) -> None:
        """Start the import in a worker thread; the pages follow its signals."""
        db_path = self.db_path or self.db.path
        if db_path is None:
            raise ValueError("the import runs on a connection of its own: a database file")
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importerar …"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.pages.setCurrentWidget(self.busy_page)
        self.cancel_button.setFocus()
        path, as_of, sheet, archive_for = self.path, self.as_of, self.sheet, self.db_path

        board_day = self.board_day or (as_of or datetime.now()).date()

        def work(store: Store, report: Report) -> ImportResult:
            from huddle.storage.imports import import_file

            result = import_file(store, path, as_of=as_of, sheet=sheet,
                                 allow_shrink=allow_shrink, db_path=archive_for,
                                 progress=report)
            if not result.already_imported:
                prepare_board_after_import(store, board_day)
            return result

        self.task = run_in_background(with_database(db_path, work), name="huddle-import")
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_imported)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)

    def is_importing(self) -> bool:
        return self.task is not None and self.task.is_running()

    def cancel_import(self) -> None:
        """Avbryt: the import stops at its next step and nothing is changed."""
        if self.task is None:
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Avbryter …"))

    def done(self, result: int) -> None:  # noqa: D102 - closing (Esc, Stäng, ×) cancels too
        if self.is_importing():
            self.task.cancel()
        super().done(result)

    def _on_progress(self, step: ImportProgress) -> None:
        if step.stage == STAGE_HASH:
            self.progress.setRange(0, 1000)
            self.progress.setValue(step.done * 1000 // max(step.total, 1))
            self.progress_label.setText(self.tr("Läser filen …"))
        elif step.stage == STAGE_READ:
            if step.total:
                self.progress.setRange(0, step.total)
                self.progress.setValue(min(step.done, step.total))
            else:
                self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("{n} rader lästa").format(
                n=f"{step.done:,}".replace(",", "\u00a0")))
        else:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Sparar i databasen …"))

    def _on_imported(self, result: ImportResult) -> None:
        self.task = None
        self.result = result
        self._show_result(result)
        self.importFinished.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.task = None
        from huddle.storage.imports import ShrinkRefused, UnrecognisedLayout

        if isinstance(error, ShrinkRefused):
            self._show_shrink(error)
        elif isinstance(error, UnrecognisedLayout):
            self._show_mapping(error)
        elif isinstance(error, KnownError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Ett oväntat fel inträffade; inget har importerats."))
            report_bug(error)

    def _on_cancelled(self) -> None:
        self.task = None
        self.pages.setCurrentWidget(self.cancelled_page)
        self.cancelled_close.setFocus()

    # ------------------------------------------------------------------ pages
    def _busy_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("importProgressText")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Importens förlopp"))
        box.addWidget(self.progress_label)
        box.addWidget(self.progress)
        note = QLabel(self.tr("Importen körs i bakgrunden; tavlan uppdateras när den är "
                              "klar. Avbryt lämnar databasen som den var."), page)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(note)
        box.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        box.addLayout(self._buttons(page, self.cancel_button))
        self.pages.addWidget(page)
        return page

    def _cancelled_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        title = QLabel(self.tr("Importen avbröts"), page)
        title.setObjectName("cancelledTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 700;")
        box.addWidget(title)
        box.addWidget(QLabel(self.tr("Inget har ändrats i databasen."), page))
        box.addStretch(1)
        self.cancelled_close = self._close_button()
        box.addLayout(self._buttons(page, self.cancelled_close))
        self.pages.addWidget(page)
        return page

    def _buttons(self, page: QWidget, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setParent(page)
            row.addWidget(button)
        return row

    def _close_button(self) -> QPushButton:
        button = QPushButton(self.tr("Stäng"))
        button.clicked.connect(self.accept)
        return button

    def _error_page(self) -> tuple[QWidget, QLabel]:
        page = QWidget(self)
        box = QVBoxLayout(page)
        title = QLabel(self.tr("Filen kunde inte importeras"), page)
        title.setStyleSheet("font-size: 18px; font-weight: 700; color: #b00020;")
        label = QLabel(page)
        label.setObjectName("importError")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(title)
        box.addWidget(label)
        box.addWidget(QLabel(self.tr("Inget har ändrats i databasen."), page))
        box.addStretch(1)
        box.addLayout(self._buttons(page, self._close_button()))
        self.pages.addWidget(page)
        return page, label

    def _sheet_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        text = QLabel(self.tr("Arbetsboken har flera blad. Välj bladet med SAMSA-listan:"), page)
        text.setWordWrap(True)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setAccessibleName(self.tr("Blad"))
        box.addWidget(text)
        box.addWidget(self.sheet_combo)
        box.addStretch(1)
        self.sheet_button = QPushButton(self.tr("Importera bladet"))
        self.sheet_button.setDefault(True)
        self.sheet_button.clicked.connect(self._sheet_chosen)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        box.addLayout(self._buttons(page, cancel, self.sheet_button))
        self.pages.addWidget(page)
        return page

    def _sheet_chosen(self) -> None:
        self.sheet = self.sheet_combo.currentText()
        self.run_import()

    def _shrink_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        title = QLabel(self.tr("Exporten verkar avkortad"), page)
        title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.shrink_label = QLabel(page)
        self.shrink_label.setObjectName("shrinkText")
        self.shrink_label.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(self.shrink_label)
        box.addStretch(1)
        self.shrink_confirm = QPushButton(self.tr("Importera ändå"))
        self.shrink_confirm.clicked.connect(lambda: self.run_import(allow_shrink=True))
        self.shrink_cancel = QPushButton(self.tr("Avbryt"))
        self.shrink_cancel.setDefault(True)
        self.shrink_cancel.clicked.connect(self.reject)
        box.addLayout(self._buttons(page, self.shrink_confirm, self.shrink_cancel))
        self.pages.addWidget(page)
        return page

    def _show_shrink(self, refused: ShrinkRefused) -> None:
        self.shrink_label.setText(self.tr(
            "Filen innehåller bara {now} ärenden, mot {previous} i förra importen. Om den "
            "importeras markeras {missing} ärenden som borta ur SAMSA.\n\nDet brukar betyda att "
            "exporten blev avbruten. Ta helst en ny export. Välj \"Importera ändå\" bara om "
            "listan verkligen har krympt så mycket. Inget har importerats ännu."
        ).format(now=refused.now, previous=refused.previous, missing=refused.missing))
        self.pages.setCurrentWidget(self.shrink_page)
        self.shrink_cancel.setFocus()

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Kolumnerna i filen känns inte igen. Ange vilken kolumn i filen som motsvarar "
            "vilken uppgift; de med * måste anges. Kopplingen sparas och används automatiskt "
            "för filer med samma rubrikrad. Exemplen visar bara formen på värdena "
            "(9 = siffra, x = bokstav)."), page)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.preview = QTableWidget(page)
        self.preview.setObjectName("mappingPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(170)
        box.addWidget(self.preview)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        holder = QWidget(scroll)
        self.mapping_form = QFormLayout(holder)
        scroll.setWidget(holder)
        box.addWidget(scroll, 1)
        self.mapping_error = QLabel(page)
        self.mapping_error.setStyleSheet("color: #b00020; font-weight: 700;")
        self.mapping_error.setWordWrap(True)
        box.addWidget(self.mapping_error)
        self.mapping_save = QPushButton(self.tr("Spara kopplingen och importera"))
        self.mapping_save.setDefault(True)
        self.mapping_save.clicked.connect(self._save_mapping)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        box.addLayout(self._buttons(page, cancel, self.mapping_save))
        self.mapping_combos: dict[str, QComboBox] = {}
        self.pages.addWidget(page)
        return page

    def _show_mapping(self, unknown: UnrecognisedLayout) -> None:
        self._unknown = unknown
        self.preview.clear()
        self.preview.setColumnCount(len(unknown.header))
        self.preview.setHorizontalHeaderLabels(unknown.header)
        self.preview.setRowCount(len(unknown.preview))
        for r, cells in enumerate(unknown.preview):
            for c in range(len(unknown.header)):
                value = cells[c] if c < len(cells) else ""
                self.preview.setItem(r, c, QTableWidgetItem(mask_value(value)))
        self.preview.resizeColumnsToContents()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        columns = sorted(unknown.layout.columns, key=lambda c: not c.required)
        for column in columns:
            combo = QComboBox()
            combo.addItem(self.tr("(ingen)"), None)
            for name in unknown.header:
                combo.addItem(name, name)
            suggested = unknown.suggestion.get(column.label)
            if suggested is not None:
                combo.setCurrentIndex(combo.findData(suggested))
            combo.setAccessibleName(column.label)
            label = f"{column.label} *" if column.required else column.label
            self.mapping_form.addRow(label, combo)
            self.mapping_combos[column.label] = combo
        self.mapping_error.clear()
        self.pages.setCurrentWidget(self.mapping_page)

    def _save_mapping(self) -> None:
        unknown = self._unknown
        if unknown is None:
            return
        chosen: dict[str, str] = {}
        for label, combo in self.mapping_combos.items():
            source = combo.currentData()
            if source is None:
                continue
            if source in chosen:
                self.mapping_error.setText(self.tr(
                    "Kolumnen {source} är vald både för {first} och {second}. Välj en kolumn "
                    "per uppgift.").format(source=source, first=chosen[source], second=label))
                return
            chosen[source] = label
        try:
            from huddle.storage.imports import save_column_mapping

            save_column_mapping(self.db, unknown.layout.kind, unknown.header, chosen)
        except KnownError as err:
            self.mapping_error.setText(err.message)
            return
        self.sheet = unknown.sheet
        self.run_import()

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.result_title = QLabel(page)
        self.result_title.setObjectName("resultTitle")
        self.result_title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.result_title.setWordWrap(True)
        box.addWidget(self.result_title)
        self.result_detail = QLabel(page)
        self.result_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.result_detail.setWordWrap(True)
        box.addWidget(self.result_detail)
        self.numbers_box = QWidget(page)
        grid = QGridLayout(self.numbers_box)
        grid.setContentsMargins(0, 8, 0, 0)
        self.numbers: dict[str, QLabel] = {}
        self.number_names: dict[str, QLabel] = {}
        self._samsa_labels: dict[str, str] = {}
        labels = [
            ("rows_read", self.tr("Rader lästa")),
            ("accepted", self.tr("Godtagna")),
            ("rejected", self.tr("Avvisade")),
            ("other_vc", self.tr("Andra vårdcentraler (sparas inte)")),
            ("duplicates", self.tr("Dubbletter (äldre rader av samma ärende)")),
            ("new_cases", self.tr("Nya ärenden")),
            ("updated_cases", self.tr("Ändrade ärenden")),
            ("unchanged_cases", self.tr("Oförändrade ärenden")),
            ("gone_cases", self.tr("Borta ur exporten")),
        ]
        for n, (key, text) in enumerate(labels):
            name = QLabel(text, self.numbers_box)
            value = QLabel(self.numbers_box)
            value.setObjectName(f"result_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setStyleSheet("font-weight: 700;")
            column = 0 if n < 5 else 3
            grid.addWidget(name, n % 5, column)
            grid.addWidget(value, n % 5, column + 1)
            self.numbers[key] = value
            self.number_names[key] = name
        grid.setColumnMinimumWidth(2, 32)
        grid.setColumnStretch(5, 1)
        box.addWidget(self.numbers_box)
        self.rejected_title = QLabel(page)
        self.rejected_title.setStyleSheet("font-weight: 700; margin-top: 8px;")
        box.addWidget(self.rejected_title)
        self.rejected_view = QTableView(page)
        self.rejected_view.setObjectName("rejectedRows")
        self.rejected_view.verticalHeader().hide()
        self.rejected_view.setWordWrap(True)
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.rejected_view, 100)
        box.addStretch(1)  # takes the room when there is no list of rejected rows
        self.result_close = self._close_button()
        self.result_close.setDefault(True)
        box.addLayout(self._buttons(page, self.result_close))
        self.pages.addWidget(page)
        return page

    def _show_result(self, result: ImportResult) -> None:
        when = date_text(result.as_of, date.today()) if result.as_of else ""
        if result.already_imported:
            before = date_text(datetime.fromisoformat(result.imported_before_at[:16]),
                               date.today()) if result.imported_before_at else "–"
            self.result_title.setText(self.tr("Filen är redan importerad"))
            self.result_detail.setText(self.tr(
                "{name} importerades {when}. Inget har ändrats.").format(
                    name=result.file_name, when=before))
        else:
            self.result_title.setText(self.tr("Importen är klar"))
            self.result_detail.setText(self.tr(
                "{name} – läget {when}. Läst som {read_as}.").format(
                    name=result.file_name, when=when, read_as=result.read_as))
        self.numbers_box.setVisible(not result.already_imported)
        self._label_counts(result.kind)
        data = result.to_json()
        for key, label in self.numbers.items():
            value = data[key]
            label.setText(str(len(value) if isinstance(value, list) else value))
        self.rejected_view.setModel(_RejectedModel(result, self))
        if result.already_imported:
            self.rejected_title.clear()
            self.rejected_view.hide()
        elif result.rejected:
            self.rejected_title.setText(self.tr(
                "Avvisade rader ({n}) – rätta dem i SAMSA eller i filen; övriga rader är "
                "importerade:").format(n=len(result.rejected)))
            self.rejected_view.show()
        else:
            self.rejected_title.setText(self.tr("Inga rader avvisades."))
            self.rejected_view.hide()
        self.pages.setCurrentWidget(self.result_page)
        minimum_width(self, 720)   # the numbers and names just filled in may need more room
        self.result_close.setFocus()

    def _label_counts(self, kind: str) -> None:
        """A CFS list or a visits list counts scores or visits, not SAMSA cases."""
        if not self._samsa_labels:
            self._samsa_labels = {k: label.text() for k, label in self.number_names.items()}
        things = {"cfs": self.tr("skattningar"), "visits": self.tr("besök"),
                  "consent": self.tr("samtycken")}.get(kind)
        other = {"visits": self.tr("Ej i registret, inte mångsökare (sparas inte)")}
        for key, label in self.number_names.items():
            label.setText(self._samsa_labels[key])
            label.show()
            self.numbers[key].show()
        if things is None:
            return
        self.number_names["new_cases"].setText(self.tr("Nya {things}").format(things=things))
        self.number_names["unchanged_cases"].setText(
            self.tr("Fanns redan ({things})").format(things=things))
        self.number_names["duplicates"].setText(self.tr("Dubbletter i filen"))
        if kind in other:
            self.number_names["other_vc"].setText(other[kind])
        for key in ("updated_cases", "gone_cases"):
            self.number_names[key].hide()
            self.numbers[key].hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.pages.setCurrentWidget(self.error_page)


def prepare_board_after_import(store: Store, day: date) -> None:
    """The board's CFS lane worked out again in the import's worker thread once the import
    is stored: the window's refresh that follows then finds it current, instead of looking
    at every scored patient of a large centre on the GUI thread (an export changes
    thousands). Derived data only: the import stands whatever happens here."""
    from huddle.storage.board_data import prepare_board

    try:
        prepare_board(store, day)
    except Exception:  # noqa: BLE001 - the window works it out itself then
        log.warning("the board was not prepared after the import", exc_info=True)


def open_import(parent: QWidget | None, db: Store, path: Path | str, *,
                db_path: Path | None = None, as_of: datetime | None = None,
                board_day: date | None = None) -> QtImportDialog:
    """Open the import dialog for ``path`` (window-modal, not blocking) and start it.

    Connect to ``importFinished`` to refresh the board. The dialog deletes itself on close.
    """
    dialog = QtImportDialog(db, path, db_path=db_path, as_of=as_of, board_day=board_day,
                            parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    QTimer.singleShot(0, dialog.start)
    return dialog
