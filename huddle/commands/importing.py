"""``huddle import FILE``: import a SAMSA export (or another list the app knows).

Exit codes: 0 when the file was read (rejected rows included, and a file imported before);
2 when it could not be read, is older than the latest SAMSA export imported, or the database
could not be written (message on stderr); 3 when the shrink guard refused a suspiciously short
export (nothing imported).

The command line, the menu and drag-and-drop all call :func:`import_file` with the same
defaults: without ``--as-of`` the export's own "Utdrag …" line says what moment it describes
(else now), and an export older than the latest SAMSA import is refused.
"""

from __future__ import annotations

import argparse
import sys

from huddle.commands.common import (
    add_db_option,
    db_path,
    open_configured,
    optional_moment,
    print_json,
)
from huddle.i18n import tr_label, tr_noop, translate
from huddle.storage.imports import ImportResult, ShrinkRefused, import_file

EXIT_SHRINK_REFUSED = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help=translate("cli", "importera en SAMSA-export eller en CFS-, besöks- eller samtyckeslista (CSV eller Excel)"),
        description=translate("cli", "Importerar en export ur SAMSA (eller en CFS-, besöks- eller samtyckeslista; sorten känns igen på rubrikraden). Bara "
                    "vårdcentralens egna patienter sparas. Tidpunkten exporten beskriver tas "
                    "från dess egen rad \"Utdrag …\", annars gäller nu. En SAMSA-export som är "
                    "äldre än den senast importerade vägras (slutkod 2), precis som i appen."))
    parser.add_argument("file", metavar="FIL", help=translate("cli", "exportfilen (.csv, .txt eller .xlsx)"))
    add_db_option(parser)
    parser.add_argument("--as-of", metavar=translate("cli", "ÅÅÅÅ-MM-DDTHH:MM"),
                        help=translate("cli", "tidpunkten exporten beskriver (standard: exportens egen rad "
                             "\"Utdrag …\", annars nu); en SAMSA-export äldre än den senast "
                             "importerade vägras"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "skriv resultatet som JSON"))
    parser.add_argument("--allow-shrink", action="store_true",
                        help=translate("cli", "importera även om exporten har under hälften så många ärenden "
                             "som förra gången"))
    parser.add_argument("--sheet", metavar="NAMN",
                        help=translate("cli", "bladet i en Excel-arbetsbok (standard: det första)"))
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    as_of = optional_moment(args.as_of)  # None: the export's own moment, else now
    db = open_configured(args)
    try:
        result = import_file(db, args.file, as_of=as_of, allow_shrink=args.allow_shrink,
                             sheet=args.sheet, db_path=db_path(args))
    except ShrinkRefused as refused:
        print(f"huddle: {refused.message}", file=sys.stderr)
        return EXIT_SHRINK_REFUSED
    finally:
        db.conn.close()
    if args.json:
        print_json(result.to_json())
    else:
        print(summary_text(result))
    return 0


KIND_COUNT_LINES = {
    "cfs": tr_noop("  CFS-skattningar: {new} nya, {unchanged} fanns redan."),
    "visits": tr_noop("  Besök: {new} nya, {unchanged} fanns redan."),
    "consent": tr_noop("  Samtycken: {new} registrerade, {unchanged} fanns redan eller är "
                       "äldre än vårdcentralens."),
}
KIND_OTHER_LABELS = {
    "cfs": tr_noop("andra vårdcentraler"),
    "visits": tr_noop("ej i registret och inte mångsökare"),
    "consent": tr_noop("andra vårdcentraler"),
}


def summary_text(result: ImportResult) -> str:
    if result.already_imported:
        return translate("import", "{name} är redan importerad ({when}); inget ändrades.").format(
            name=result.file_name, when=(result.imported_before_at or "")[:16].replace("T", " "))
    lines = [
        (translate("import", "{name}: {rows} rad läst ({read_as}).") if result.rows_read == 1
         else translate("import", "{name}: {rows} rader lästa ({read_as}).")).format(
            name=result.file_name, rows=result.rows_read, read_as=result.read_as),
        translate("import", "  Godtagna {accepted}, avvisade {rejected}, andra vårdcentraler {other}, "
           "dubbletter {duplicates}.").format(
            accepted=result.accepted, rejected=len(result.rejected), other=result.other_vc,
            duplicates=result.duplicates),
        translate("import", "  Ärenden: {new} nya, {updated} ändrade, {unchanged} oförändrade, {gone} borta ur "
           "exporten.").format(new=result.new_cases, updated=result.updated_cases,
                               unchanged=result.unchanged_cases, gone=result.gone_cases),
    ]
    if result.kind in KIND_COUNT_LINES:  # CFS and visits lists count other things
        lines[1] = lines[1].replace(translate("import", "andra vårdcentraler"), tr_label(KIND_OTHER_LABELS[result.kind]))
        lines[2] = tr_label(KIND_COUNT_LINES[result.kind]).format(
            new=result.new_cases, unchanged=result.unchanged_cases)
    if result.rejected:
        lines.append(translate("import", "Avvisade rader:"))
        lines += [translate("import", "  Rad {line}: {reason}").format(line=p.line, reason=p.reason)
                  for p in result.rejected]
    return "\n".join(lines)
