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

``HUDDLE_LANG=pseudo`` installs a pseudo-locale (:func:`pseudo`): every translated string comes
out about 40 % longer, accented and in «…», so text that bypasses translation stands out and
layouts that cannot take a longer language break where you can see them
(scripts/screenshot_dialogs.py).
"""

from __future__ import annotations

import re
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


PSEUDO_LANGUAGE = "pseudo"
_ACCENTED = str.maketrans("aeiouyAEIOUYcnszCNSZ", "áéíóúýÁÉÍÓÚÝçñšžÇÑŠŽ")
# Left as they are: format fields, HTML tags and entities, Qt's %1 arguments.
_KEEP = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[a-z]+;|%\d")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale: accented, about 40 % longer, in «…»."""
    if not text.strip():
        return text
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts += [text[last:kept.start()].translate(_ACCENTED), kept.group()]
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(1, round(len(text) * 0.4) - 2)
    return f"«{''.join(parts)}{padding}»"
