"""Reading the database in tests: rows as dicts, counts, one row by id.

The app reads through typed storage functions; tests check what was stored, table by table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def table_rows(db, table: str, where: str | None = "1", params: Sequence[Any] | None = (), *,
         order_by: str = "id", select: str = "*", limit: int | None = None) -> list[dict]:
    sql = f"SELECT {select} FROM [{table}] WHERE {where or '1'} ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = db.execute(sql, list(params or ()))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def table_row(db, table: str, row_id: int) -> dict:
    found = table_rows(db, table, "id = ?", [row_id])
    assert found, f"no row {row_id} in {table}"
    return found[0]


def table_count(db, table: str, where: str = "1", params: Sequence[Any] = ()) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}] WHERE {where}", list(params)).fetchone()[0]


def log_codes(db) -> list[tuple[str, int | None]]:
    """The access log as (what was done, patient): the code that starts each row's detail
    ('decision_created 12' -> 'decision_created'), oldest first."""
    result = []
    for detail, patient_id in db.execute(
            "SELECT detail, patient_id FROM access_log ORDER BY id").fetchall():
        code = (detail or "").replace(":", " ").split(" ")[0]
        result.append((code, patient_id))
    return result


def query(db, sql: str, params: Sequence[Any] = ()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
