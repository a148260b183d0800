"""Translation for text made outside Qt.

Qt-free code (board reasons, reports, command-line messages) marks its Swedish strings with
:func:`translate`. Without a translator installed the Swedish source text is used; the UI
installs ``QCoreApplication.translate`` at start-up so a ``.qm`` file for another language
applies to these strings too, without the domain importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


class _Registry:
    translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    _Registry.translator = translator


def translate(context: str, text: str) -> str:
    if _Registry.translator is None:
        return text
    return _Registry.translator(context, text)



def tr_label(text: str) -> str:
    """A value from one of the app's label tables (module-level ``*_LABELS``, ``LABELS``,
    month and weekday names …), in the user's language. scripts/update_translations.py
    collects those tables into the context "labels" of the translation source."""
    return translate("labels", text)
