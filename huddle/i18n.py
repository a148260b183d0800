"""Translation: two markers, one for Qt-free code and one for Qt code.

**Qt-free code** (domain, intake, storage, reports, commands, the CLI) marks its Swedish
strings with :func:`translate` ``("context", "…")``, which translates on the spot. A string
that is defined once and shown later — a value of a label table, a month name, a settings
label — is marked where it is written with :func:`tr_noop` ``("…")`` (returns its argument
unchanged) and shown through :func:`tr_label`, which translates it in the context "labels".
Stored data holds the Swedish source (or a code), never translated text: translate at display.

**Qt code** (``huddle/ui``) uses ``self.tr("…")`` in a QObject subclass (the context is the
class name) or ``QCoreApplication.translate("context", "…")`` elsewhere.

scripts/update_translations.py collects all of them (pyside6-lupdate for ``translate``,
``self.tr`` and ``QCoreApplication.translate``; an ast pass for ``tr_noop``). Without a
translator installed the Swedish source text is used; the UI installs
``QCoreApplication.translate`` at start-up so a ``.qm`` file for another language applies to
these strings too, without the domain importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Translator = Callable[[str, str], str]


class _Registry:
    translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    _Registry.translator = translator


def translate(context: str, text: str) -> str:
    if _Registry.translator is None:
        return text
    return _Registry.translator(context, text)


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation in the context "labels" and return it unchanged; show
    it later with :func:`tr_label`. Use it for strings defined once and shown later."""
    return text


def label_source(shown: str, sources: Iterable[str]) -> str:
    """The marked source string that ``shown`` is the translation of, or ``shown`` itself
    (free text): what to store when the user picked a translated label."""
    return next((source for source in sources if tr_label(source) == shown), shown)


def tr_label(text: str) -> str:
    """A string marked with :func:`tr_noop` (a label table's value, a month name …), in the
    user's language."""
    return translate("labels", text)
