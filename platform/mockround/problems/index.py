"""What random draws choose from: each problem's and question's tags, difficulty and kind, by item key."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from mockround.grading.job import ProblemKind
from mockround.problems.schema import Bank, Difficulty, Pool, Problem, SectionKind

Meta = dict[str, Any]


def meta_of(item: BaseModel) -> Meta | None:
    """Kept beside a version's data, so that a draw never reads a problem's tests."""
    if isinstance(item, Problem):
        spec = item.spec
        return {
            "tags": spec.tags,
            "difficulty": spec.difficulty.value,
            "kind": spec.kind.value,
            "languages": spec.languages,
            # The SQL engines an SQL problem runs on: a server without them never draws it.
            "engines": [engine.value for engine in spec.sql.engines] if spec.sql else None,
        }
    if isinstance(item, Bank):
        return {
            "questions": [
                {
                    "id": question.id,
                    "kind": question.kind,
                    "tags": question.tags,
                    "difficulty": question.difficulty.value,
                    "options": len(getattr(question, "options", [])),
                }
                for question in item.questions
            ]
        }
    return None


def question_meta(banks: dict[str, Meta]) -> dict[str, tuple[str, Meta]]:
    """Every question of these banks by its key `bank/question-id`: (bank slug, the question's meta)."""
    return {
        f"{slug}/{question['id']}": (slug, question)
        for slug, meta in banks.items()
        for question in meta.get("questions", [])
    }


def candidates(kind: SectionKind, pool: Pool, problems: dict[str, Meta], banks: dict[str, Meta]) -> list[str]:
    """The item keys a draw from `pool` may pick, in a stable order."""
    if kind is SectionKind.CODING:
        return [
            slug
            for slug, meta in sorted(problems.items())
            if pool.admits(
                meta.get("tags", []),
                Difficulty(meta.get("difficulty", "medium")),
                problem_kind=ProblemKind(meta.get("kind", "stdio")),
            )
        ]
    return [
        key
        for key, (slug, question) in sorted(question_meta(banks).items())
        if question["kind"] == kind.question_kind
        and pool.admits(question["tags"], Difficulty(question["difficulty"]), bank=slug)
    ]
