"""Today's SAMSA export for the demo database, written by the tests (all people fictional),
small or as large as a regional export."""

from __future__ import annotations

from pathlib import Path

from tests.dbtools import query

HEADER = ("Ärende-ID;Personnummer;Namn;Skyddad identitet;Sjukhus;Avdelning;Inskrivningsdatum;"
          "Planerat utskrivningsdatum;Utskrivningsklar;Utskrivningsdatum;Status;Hemkommun;"
          "Vårdcentral;Samtycke;Senast ändrad")
# A fictional patient, admitted on the demo's day; the personnummer is Luhn-valid.
ROW = ("S-2026-999001;19400317-9878;Testsson, Åsa;Nej;Södra Älvsborgs sjukhus Borås;Medicin 4;"
       "2026-11-23 07:10;2026-11-27;;;Inskriven;Mark;Skene vårdcentral;Ja;2026-11-23 07:30")
# Another health centre's case: read, counted and not kept.
OTHER = ("S-2025-{n:07d};19400317-9878;Andersson, Karin;Nej;Alingsås lasarett;Medicin 2;"
         "2026-11-20 08:00;2026-11-25;;;Inskriven;Alingsås;Alingsås Ängabo vårdcentral;Ja;"
         "2026-11-22 09:00")


def todays_export(tmp_path: Path, db, *, other_rows: int = 0) -> Path:
    """Every case the demo's last snapshot had, ``other_rows`` rows of another health
    centre, and one new admission (Testsson, Åsa)."""
    rows = [HEADER]
    for case in query(db,
            "SELECT c.samsa_id, p.personnummer, p.name, c.admitted_at, c.pud, c.ready_at, "
            "c.discharged_at, c.status FROM cases c JOIN patients p ON p.id = c.patient_id "
            "WHERE c.gone_at IS NULL"):
        pnr = case["personnummer"]
        rows.append(";".join([
            case["samsa_id"], f"{pnr[:8]}-{pnr[8:]}", case["name"] or "", "Nej", "", "",
            case["admitted_at"].replace("T", " "), case["pud"] or "",
            (case["ready_at"] or "").replace("T", " "),
            (case["discharged_at"] or "").replace("T", " "), case["status"], "Mark",
            "Skene vårdcentral", "", ""]))
    rows.extend(OTHER.format(n=n) for n in range(other_rows))
    rows.append(ROW)
    path = tmp_path / "samsa-idag.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    return path
