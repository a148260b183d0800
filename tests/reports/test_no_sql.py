"""The reports apply rules to rows storage hands them; no SQL is written in huddle/reports."""

import re
from pathlib import Path

import huddle.reports

SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b\s+[\w*(]|\.execute\(")


def test_no_module_under_reports_holds_sql():
    folder = Path(huddle.reports.__file__).parent
    offenders = [f"{path.name}:{number}"
                 for path in sorted(folder.glob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if SQL.search(line)]
    assert offenders == []
