"""`rustool init`: a new workspace for a county that validates clean from the start."""

from __future__ import annotations

from .scaffold import Created, Existing, create, planned_files

__all__ = ["Created", "Existing", "create", "planned_files"]
