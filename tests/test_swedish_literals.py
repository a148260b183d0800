"""No new Swedish text bypasses translation: a string literal in huddle/ with Swedish letters or
words must sit in a translation call or marker (``translate``, ``self.tr``,
``QCoreApplication.translate``, ``tr_noop``), or be a docstring, a log line for IT, SQL, data
(the export formats in intake/, the fictional demo) or a known offender in
tests/swedish_literals_baseline.txt. Fixing an offender: wrap it, then delete its baseline line."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "huddle"
BASELINE = Path(__file__).resolve().parent / "swedish_literals_baseline.txt"

SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|inte|finns|för|ska|eller|skriv|välj|saknas|vid|till|som|med|av|"
                     r"ett|är|visa|dag|dagar|kl|alla|ingen|inga|beslut|spara|stäng|avbryt)\b",
                     re.IGNORECASE)
TRANSLATION_CALLS = {"translate", "tr", "tr_noop"}
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|ALTER|DROP|PRAGMA)\b|\bFROM\b|\bWHERE\b")
# Swedish that is data, not text for the user: the export and list formats read by intake/, the
# fictional demo's content, the patterns that find Swedish dates and names in free text, and the
# regional CSV, whose labels are Swedish in every language by contract (see its docstring).
DATA = ("huddle/intake/", "huddle/demo/", "huddle/reports/scrub.py", "huddle/reports/regional.py")
# Swedish codes stored in the access log and the health-centre aliases read from exports.
CODES = {"huddle/domain/access.py": {"avstämning", "säkerhetskopia", "ändra", "åtgärdslista", "visa",
                                     "skriv ut"},
         "huddle/domain/frequent.py": {"vårdcentral"}, "huddle/storage/audit.py": {"okänd"}}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_log_call(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr in LOG_CALLS
            and "log" in ast.unparse(func.value).lower())


def _text(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{…}"
                       for part in node.values)
    assert isinstance(node, ast.Constant)
    return node.value


def offenders(package: Path = PACKAGE, root: Path = ROOT) -> Counter[str]:
    found: Counter[str] = Counter()

    def visit(node: ast.AST, where: str) -> None:
        if isinstance(node, ast.Call) and (_name(node.func) in TRANSLATION_CALLS
                                           or _is_log_call(node)):
            visit(node.func, where)
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            body = node.body
            if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                body = body[1:]  # the docstring
            for child in ast.iter_child_nodes(node):
                if child in body or not isinstance(child, ast.stmt):
                    visit(child, where)
            return
        if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant)
                                               and isinstance(node.value, str)):
            text = _text(node)
            if (SWEDISH.search(text) and not SQL.search(text)
                    and text not in CODES.get(where, ())):
                found[f"{where}: {' '.join(text.split())[:70]}"] += 1
            return
        for child in ast.iter_child_nodes(node):
            visit(child, where)

    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(root).as_posix()
        if not where.startswith(DATA):
            visit(ast.parse(path.read_text(encoding="utf-8")), where)
    return found


def _baseline() -> Counter[str]:
    lines = BASELINE.read_text(encoding="utf-8").splitlines() if BASELINE.exists() else []
    return Counter(line for line in lines if line and not line.startswith("#"))


def test_the_check_finds_a_swedish_literal_and_skips_translated_ones(tmp_path):
    package = tmp_path / "huddle"
    package.mkdir()
    (package / "m.py").write_text(
        '"""Modul för tavlan."""\n'
        'from huddle.i18n import translate\n'
        'def f(log):\n'
        '    """Gör något."""\n'
        '    log.info("Import klar för %s", 1)\n'
        '    ok = translate("ctx", "Välj en rad")\n'
        '    return ok + "Skriv ditt namn"\n', encoding="utf-8")
    assert offenders(package, tmp_path) == {"huddle/m.py: Skriv ditt namn": 1}


def test_no_new_swedish_literal_outside_translation():
    new = offenders() - _baseline()
    assert not new, ("Swedish text outside translation (wrap it in translate()/self.tr(), or add "
                     "it to tests/swedish_literals_baseline.txt with a reason):\n"
                     + "\n".join(sorted(new)))
