"""Write the translation source for another language: resources/translations/huddle_<lang>.ts.

    .venv/bin/python scripts/update_translations.py en      # then translate it in Qt Linguist
    .venv/bin/python scripts/update_translations.py en --release   # and compile the .qm

Swedish is the source language. pyside6-lupdate collects ``self.tr("…")`` in the Qt code and
``translate("context", "…")`` in the Qt-free code. Values of the label tables (module-level
``*_LABELS``, month and weekday names, the F1 shortcut table …), shown through
``huddle.i18n.tr_label``, are collected here into the context "labels", since lupdate cannot
see through a dictionary. The app loads ``huddle_<locale>.qm`` at start-up.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "huddle"
OUT_DIR = ROOT / "resources" / "translations"
TABLE_NAME = re.compile(
    r"^[A-Z_]*(LABELS?|NAMES|ABBREVIATIONS|TITLES|DESCRIPTIONS|OUTCOMES|LINES|REASONS|ROLES|ENROLMENT|DECISIONS|"
    r"WEEKDAYS|MONTHS|DIALOG_KEYS|SHORTCUTS)$|^GROUP_[A-Z_]+$")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def _label_strings(node: ast.AST) -> list[str]:
    """Strings a label table shows: dict values, sequence items, and the label arguments
    of ``Shortcut(...)`` rows (not keys, codes or key names)."""
    found: list[str] = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        found.append(node.value)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            found += _label_strings(value)
    elif isinstance(node, ast.Tuple | ast.List):
        for item in node.elts:
            found += _label_strings(item)
    elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Shortcut":
        for argument in node.args[2:4]:
            found += _label_strings(argument)
    elif isinstance(node, ast.Call):  # e.g. dict(...) or a helper wrapping a table
        for argument in node.args:
            found += _label_strings(argument)
    return [text for text in found if re.search(r"[a-zåäö]", text)]


def label_table_strings(package: Path = PACKAGE) -> list[str]:
    strings: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for statement in tree.body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            if any(isinstance(t, ast.Name) and TABLE_NAME.match(t.id) for t in targets):
                strings.update(dict.fromkeys(_label_strings(value)))
    return list(strings)


def write_ts(language: str, out_dir: Path = OUT_DIR) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"huddle_{language}.ts"
    sources = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run([_tool("lupdate"), *sources, "-source-language", "sv_SE",
                    "-target-language", language, "-locations", "relative", "-no-obsolete",
                    "-ts", str(target)], check=True, capture_output=True)
    tree = ET.parse(target)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == "labels"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "labels"
    known = {m.findtext("source") for m in context.findall("message")}
    for text in label_table_strings():
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", help="target language, for example en or fi")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--release", action="store_true", help="also compile the .qm")
    args = parser.parse_args()
    ts = write_ts(args.language, args.out_dir)
    messages = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
    print(f"{ts}: {messages} strings")
    if args.release:
        print(release(ts))


if __name__ == "__main__":
    main()
