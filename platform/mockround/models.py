"""Every model module, imported together so that the metadata is complete."""

from __future__ import annotations


def import_all() -> None:
    import mockround.events.models
    import mockround.problems.models
    import mockround.rounds.models
    import mockround.submissions.models  # noqa: F401
