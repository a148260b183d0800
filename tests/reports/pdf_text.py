"""Reading a report back the way a person would: the text of each page."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space (no-break spaces too) made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text().replace("\u00a0", " "))
            for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))
