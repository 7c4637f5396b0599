"""Excel in and out: plans as workbooks in the units' template, and back into the YAML.

export: table.py (what a sheet shows) → xlsx_write.py or csvio.py.
import: safety.py and xlsx_read.py (or csvio.py) → sheet.py and cells.py (the table, as
text) → changes.py or followup.py (what differs from the YAML) → apply.py and edit.py
(spliced into the text) → importer.py (checked, validated, located at the cells).
"""

from __future__ import annotations

from .exporter import Exported, ExportProblem, export
from .importer import Options, Outcome, PlanResult, import_file

__all__ = [
    "ExportProblem",
    "Exported",
    "Options",
    "Outcome",
    "PlanResult",
    "export",
    "import_file",
]
