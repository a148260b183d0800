"""Write the translation source for another language: resources/translations/huddle_<lang>.ts.

    .venv/bin/python scripts/update_translations.py en      # then translate it in Qt Linguist
    .venv/bin/python scripts/update_translations.py en --release   # and compile the .qm

Swedish is the source language. pyside6-lupdate collects ``self.tr("…")`` and
``QCoreApplication.translate("context", "…")`` in the Qt code and ``translate("context", "…")``
in the Qt-free code. Strings marked with ``huddle.i18n.tr_noop("…")`` (label tables, month
names, the F1 shortcut table …) and shown through ``tr_label`` are collected here, by the
marker's name, into the context "labels". The app loads ``huddle_<locale>.qm`` at start-up.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "huddle"
OUT_DIR = ROOT / "resources" / "translations"
MARKER = "tr_noop"


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def label_table_strings(package: Path = PACKAGE) -> list[str]:
    """The strings marked with ``tr_noop("…")``, in source order."""
    strings: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        calls = [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Call) and getattr(node.func, "id", "") == MARKER
                 and node.args and isinstance(node.args[0], ast.Constant)
                 and isinstance(node.args[0].value, str)]
        for call in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
            strings[call.args[0].value] = None
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
