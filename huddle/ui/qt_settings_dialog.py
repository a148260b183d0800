"""The settings dialog, made from the declarations in :mod:`huddle.domain.settings`: one group
box per group, one field per setting chosen by its kind, the Swedish label beside it.

Values are read and checked by the domain (:func:`~huddle.domain.settings.parse_value`) and
stored by :func:`~huddle.storage.settings.save_settings`, which checks them again with the
rules between settings; the first refusal is shown on the error line and nothing is stored.
Opened with ``open()``; ``saved`` when the changes are stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.settings import (
    KIND_BOOL,
    KIND_FLOAT,
    KIND_INT,
    SPECS,
    SettingError,
    Settings,
    SettingSpec,
    format_value,
    parse_value,
)
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.settings import load_settings, save_settings
from huddle.ui.qt_forms import error_label, fit_to_screen, save_cancel_buttons

if TYPE_CHECKING:
    from huddle.storage.store import Store

PREFERRED_SIZE = (940, 720)
SPIN_LIMIT = 1_000_000_000
LABEL_COLUMN = 460    # px; longer labels wrap
TEXT_FIELD = 240      # px; the least a text field keeps


class QtSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, db: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings: Settings = load_settings(db)
        self.fields: dict[str, QWidget] = {}
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Inställningar"))

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Inställningarna gäller den här vårdcentralens databas. "
                               "Håll muspekaren över ett fält för att se standardvärdet."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        page = QWidget(self.scroll)
        page_layout = QVBoxLayout(page)
        self.group_boxes: dict[str, QGroupBox] = {}
        labels: list[QLabel] = []
        for group in dict.fromkeys(spec.group for spec in SPECS):
            box = QGroupBox(tr_label(group), page)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in (s for s in SPECS if s.group == group):
                field = self._field(spec, box)
                self.fields[spec.key] = field
                if spec.kind == KIND_BOOL:
                    form.addRow(field)
                else:
                    label = QLabel(tr_label(spec.label) + ":", box)
                    label.setBuddy(field)
                    labels.append(label)
                    form.addRow(label, field)
            self.group_boxes[group] = box
            page_layout.addWidget(box)
        # One label column for every group box, so the fields line up down the page; a label
        # longer than the column wraps (a longer language) instead of squeezing its field.
        label_width = min(max(label.sizeHint().width() for label in labels), LABEL_COLUMN)
        for label in labels:
            label.setWordWrap(True)
            label.setMinimumWidth(label_width)
        page_layout.addStretch(1)
        self.scroll.setWidget(page)
        layout.addWidget(self.scroll, 1)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        fit_to_screen(self, *PREFERRED_SIZE)

    # ----------------------------------------------------------------- fields
    def _field(self, spec: SettingSpec, parent: QWidget) -> QWidget:
        value = getattr(self.settings, spec.key)
        if spec.kind == KIND_INT:
            field: QWidget = QSpinBox(parent)
            field.setRange(*self._bounds(spec))
            field.setValue(value)
        elif spec.kind == KIND_FLOAT:
            field = QDoubleSpinBox(parent)
            field.setDecimals(2 if (spec.maximum or 0) <= 1 else 1)
            field.setSingleStep(0.05 if (spec.maximum or 0) <= 1 else 1)
            field.setRange(*self._bounds(spec))
            field.setValue(value)
        elif spec.kind == KIND_BOOL:
            field = QCheckBox(tr_label(spec.label), parent)
            field.setChecked(value)
        else:
            field = QLineEdit(format_value(spec, value), parent)
            field.setMinimumWidth(TEXT_FIELD)
        if isinstance(field, QAbstractSpinBox):
            field.setMaximumWidth(160)
        field.setObjectName(spec.key)
        field.setAccessibleName(tr_label(spec.label))
        field.setToolTip(self.tr("{key} – standard: {default}").format(
            key=spec.key, default=format_value(spec, spec.default) or "–"))
        return field

    @staticmethod
    def _bounds(spec: SettingSpec) -> tuple[float, float]:
        low = spec.minimum if spec.minimum is not None else -SPIN_LIMIT
        high = spec.maximum if spec.maximum is not None else SPIN_LIMIT
        return (int(low), int(high)) if spec.kind == KIND_INT else (low, high)

    def value_of(self, spec: SettingSpec) -> Any:
        """The value a field holds, read and checked by the domain (SettingError if not)."""
        field = self.fields[spec.key]
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox | QDoubleSpinBox):
            return parse_value(spec, str(field.value()))
        return parse_value(spec, field.text())

    # ----------------------------------------------------------------- saving
    def _show_error(self, message: str, key: str | None = None) -> None:
        self.error_label.setText(message)
        if key is not None:
            field = self.fields[key]
            self.scroll.ensureWidgetVisible(field)
            field.setFocus()

    def accept(self) -> None:
        changed: dict[str, Any] = {}
        for spec in SPECS:
            try:
                value = self.value_of(spec)
            except SettingError as err:
                self._show_error(err.message, spec.key)
                return
            if value != getattr(self.settings, spec.key):
                changed[spec.key] = value
        if changed:
            try:
                self.settings = save_settings(self.db, **changed)
            except KnownError as err:
                self._show_error(err.message)
                return
            self.saved.emit()
        self.error_label.clear()
        super().accept()
