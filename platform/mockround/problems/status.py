"""Authors' status of each problem, bank and round: the last check's findings, kept for the author page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.orm import Session

from mockround.core.db import utcnow
from mockround.problems.catalog import item_of, item_path
from mockround.problems.findings import Finding
from mockround.problems.loader import Catalog, content_version
from mockround.problems.models import AuthoringStatus


def record_check(session: Session, root: Path, catalog: Catalog, findings: list[Finding]) -> int:
    """Store each checked item's findings and status (passed, warnings, failed); returns how many."""
    by_item: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        key = item_of(root, Path(finding.path))
        if key is not None:
            by_item.setdefault(key, []).append(finding)
    versions = {(kind, slug): content_version(item) for kind, slug, item in catalog.entries()}
    checked = set(versions) | set(by_item)
    now = utcnow()
    for kind, slug in checked:
        found = by_item.get((kind, slug), [])
        status = session.get(AuthoringStatus, (kind, slug))
        if status is None:
            status = AuthoringStatus(kind=kind, slug=slug, path=str(item_path(root, kind, slug)))
            session.add(status)
        status.checked_version = versions.get((kind, slug))
        status.check_status = (
            "failed" if any(f.severity == "error" for f in found) else "warnings" if found else "passed"
        )
        status.findings = [dataclasses.asdict(f) for f in found]
        status.checked_at = now
    return len(checked)
