"""The report as PDF for the diarium: the HTML report typeset by WeasyPrint.

WeasyPrint is an optional extra (``rustool[pdf]``): it needs Pango from the system. It is
given the HTML as a string with no base URL and a URL fetcher that refuses everything, so
a report never reaches for a file or the network (the page is self-contained anyway).
"""

from __future__ import annotations

from typing import Any


class PdfUnavailable(Exception):
    """WeasyPrint (or its system libraries) cannot be loaded."""


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the report loads nothing from outside ({url[:60]})")


def render(html: str) -> bytes:
    """PDF bytes of HTML, tagged (headings, tables, lists as structure) with the document
    language from ``<html lang>``."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:  # OSError: Pango missing from the system
        raise PdfUnavailable(str(exc)) from None
    document = weasyprint.HTML(string=html, url_fetcher=_no_fetching)
    data = document.write_pdf(pdf_tags=True)
    assert data is not None
    return bytes(data)
