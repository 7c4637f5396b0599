"""The tjänsteskrivelse as a Word document (python-docx): the ärende part of the report as
plain, editable text with real headings (Rubrik 1, 2) and tables, for the secretary to
finish in Word and file in the diarium system."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from docx import Document
from docx.shared import Pt

Context = dict[str, Any]
Label = Callable[..., str]


def render(context: Context, lang: str) -> bytes:
    """The .docx bytes for CONTEXT (which has a ``case``), in LANG."""
    from .. import numbers
    from .labels import label

    def t(key: str, **fields: Any) -> str:
        return label(key, lang, **fields)

    def kr(value: Any) -> str:
        return numbers.kronor(value, lang)

    def pct(value: Any) -> str:
        return numbers.percent(value, lang, 0)

    case = context["case"]
    doc = Document()
    doc.core_properties.title = case["subject"]
    doc.core_properties.subject = case["case_number"]
    doc.core_properties.author = case["officer"]["name"]
    doc.core_properties.language = lang
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(t("case.kicker"))
    doc.add_heading(case["subject"], level=1)
    _meta(doc, case, context, t)
    if case["illustrative"]:
        doc.add_paragraph(t("case.illustrative"))
    doc.add_heading(t("case.proposals"), level=2)
    for proposal in case["proposals"]:
        doc.add_paragraph(proposal, style="List Number")
    if case["summary"]:
        doc.add_heading(t("case.summary"), level=2)
        doc.add_paragraph(case["summary"])
    if case["background"] or case["events"]:
        doc.add_heading(t("case.background"), level=2)
        if case["background"]:
            doc.add_paragraph(case["background"])
        if case["events"]:
            doc.add_heading(t("case.events"), level=3)
            for event in case["events"]:
                doc.add_paragraph(event, style="List Bullet")
    if case["assessments"]:
        doc.add_heading(t("case.assessment"), level=2)
        rows = [
            [f"{a['goal']} {a['name'] or ''}".strip(), t("case.level." + a["level"]), a["text"]]
            for a in case["assessments"]
        ]
        _table(doc, [t("col.goal_id"), t("col.level"), t("col.assessment")], rows)
    _money(doc, context["money"], case, t, kr, pct)
    doc.add_heading(t("case.attachments"), level=2)
    for item in [t("case.attachment_report"), *case["attachments"]]:
        doc.add_paragraph(item, style="List Bullet")
    if case["recipients"]:
        doc.add_heading(t("case.recipients"), level=3)
        for item in case["recipients"]:
            doc.add_paragraph(item, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _meta(doc: Any, case: Context, context: Context, t: Label) -> None:
    officer = ", ".join(
        v
        for v in (case["officer"]["name"], case["officer"]["title"], case["officer"]["email"])
        if v
    )
    rows = [
        [t("case.board"), case["board"]],
        [t("case.meeting"), case["meeting"]],
        [t("case.number"), case["case_number"]],
        [t("case.officer"), officer],
    ]
    if context.get("period"):
        rows.append([t("case.period"), context["period"]["period"]])
    _table(doc, None, rows)


def _money(doc: Any, money: Context, case: Context, t: Label, kr: Label, pct: Label) -> None:
    doc.add_heading(t("money"), level=2)
    if not money["with_budget"]:
        doc.add_paragraph(t("money.none"))
    else:
        doc.add_paragraph(
            t(
                "money.intro",
                budget=kr(money["budget_kr"]),
                count=money["with_budget"],
                spent=kr(money["spent_kr"]),
                linked_share=pct(money["linked_share"]),
                without=money["without_budget"],
            )
        )
        rows = [
            [
                line["key"] or t("money.not_stated"),
                str(line["count"]),
                kr(line["budget_kr"]),
                kr(line["spent_kr"]),
            ]
            for line in money["by_funding"]
        ]
        rows.append(
            [
                t("col.total"),
                str(money["with_budget"]),
                kr(money["budget_kr"]),
                kr(money["spent_kr"]),
            ]
        )
        doc.add_paragraph(t("money.by_funding"))
        _table(doc, [t("col.key"), t("col.count"), t("col.budget"), t("col.spent")], rows)
    if case["economy"]:
        doc.add_paragraph(case["economy"])


def _table(doc: Any, head: list[str] | None, rows: list[list[str]]) -> None:
    width = len(head) if head else len(rows[0])
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    if head:
        cells = table.add_row().cells
        for cell, text in zip(cells, head, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
