"""Every string the app translates at run time can be found in the translation source, under the
context the app looks it up with (no Qt needed: the code and the .ts are read as text)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "huddle"
TS = ROOT / "resources" / "translations" / "huddle_en.ts"


class Lookup(NamedTuple):
    where: str
    context: str | None   # None: not known until run time, so it can never be collected
    text: str | None      # None: not a literal, so lupdate cannot collect it


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def lookups(package: Path = PACKAGE) -> list[Lookup]:
    """``translate("ctx", "…")``, ``QCoreApplication.translate("ctx", "…")`` and ``self.tr("…")``
    (the context is the class the call is written in; PySide6 looks it up along the MRO)."""
    found: list[Lookup] = []

    def visit(node: ast.AST, path: Path, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Lambda):  # the translator installed at start-up
                continue
            if isinstance(child, ast.ClassDef):
                visit(child, path, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                name = func.id if isinstance(func, ast.Name) else (
                    func.attr if isinstance(func, ast.Attribute) else "")
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                if name == "translate" and len(child.args) >= 2:
                    found.append(Lookup(where, _literal(child.args[0]), _literal(child.args[1])))
                elif name == "tr" and isinstance(func, ast.Attribute):
                    on_self = isinstance(func.value, ast.Name) and func.value.id == "self"
                    found.append(Lookup(where, cls if on_self else None,
                                        _literal(child.args[0])))
            visit(child, path, cls)

    for path in sorted(package.rglob("*.py")):
        if path.name == "i18n.py":  # the translate() function itself
            continue
        visit(ast.parse(path.read_text(encoding="utf-8")), path, None)
    return found


def _messages() -> set[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.findall("context") for message in context.findall("message")}


def test_the_scan_sees_all_three_kinds_of_lookup():
    contexts = {lookup.context for lookup in lookups()}
    assert {"board", "QtBoard", "qt_forms"} <= contexts


def test_every_context_and_text_looked_up_at_run_time_is_in_the_translation_source():
    messages = _messages()
    contexts = {context for context, _ in messages}
    unknown = [lookup for lookup in lookups()
               if lookup.context is None or lookup.text is None
               or lookup.context not in contexts or (lookup.context, lookup.text) not in messages]
    assert not unknown, "\n".join(f"{lookup.where}: context {lookup.context!r}, text {lookup.text!r}"
                                  for lookup in unknown)
