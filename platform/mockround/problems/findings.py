"""What `problems check` reports: one finding per thing an author must fix, located in its file."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Finding:
    path: str
    message: str
    severity: str = "error"  # error | warning
    # Where in the file, counted from 1, when known.
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The path with its line and column, in the form editors and terminals link to."""
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}" + (f":{self.column}" if self.column is not None else "")
