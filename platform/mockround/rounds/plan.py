"""What an attempt is given: each section's fixed items and random draws, shuffled, at pinned versions.

The plan is made once, when the attempt starts, and stored with it: reloading the page, re-judging or
editing the problems later never changes which items, in which order, at which versions, it was given.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.errors import NotFound
from mockround.problems import catalog, index
from mockround.problems.catalog import Listing
from mockround.problems.schema import Pool, RoundSpec, Section, SectionKind


class _Offer:
    """Every current problem and bank question, by item key, at its current version."""

    def __init__(
        self,
        problems: list[Listing],
        banks: dict[str, tuple[Listing, index.Meta]],
        sql_engines: frozenset[str],
    ) -> None:
        self.problems = {listing.slug: listing for listing in problems}
        # What draws may pick: not an SQL problem this server cannot judge (a fixed one stays, and its page
        # says where it runs).
        self.drawable = {
            slug: listing.meta
            for slug, listing in self.problems.items()
            if not listing.meta.get("engines") or sql_engines & set(listing.meta["engines"])
        }
        self.banks = banks
        self.questions = index.question_meta({slug: meta for slug, (_listing, meta) in banks.items()})

    @classmethod
    async def current(cls, session: AsyncSession, sql_engines: frozenset[str]) -> _Offer:
        banks = {}
        for bank in await catalog.current_listing(session, "bank"):
            meta = bank.meta or index.meta_of(await catalog.pinned_bank(session, bank.slug, bank.version))
            banks[bank.slug] = (bank, meta or {})
        return cls(await catalog.current_listing(session, "problem"), banks, sql_engines)

    def candidates(self, kind: SectionKind, pool: Pool) -> list[str]:
        return index.candidates(
            kind, pool, self.drawable, {slug: meta for slug, (_l, meta) in self.banks.items()}
        )

    def item(self, kind: SectionKind, key: str, section: Section, rng: random.Random) -> dict[str, Any]:
        if kind is SectionKind.CODING:
            problem = self.problems.get(key)
            if problem is None:
                raise NotFound(f"No problem called {key!r} is available on this server.")
            return {"key": key, "kind": "problem", "slug": key, "version": problem.version}
        found = self.questions.get(key)
        if found is None:
            raise NotFound(f"No question {key!r} is available on this server.")
        slug, question = found
        item = {
            "key": key,
            "kind": "question",
            "slug": slug,
            "version": self.banks[slug][0].version,
            "question": question["id"],
        }
        if section.shuffle_options and question["options"]:
            # The order the options are shown in; answers keep the bank's own indexes.
            item["order"] = rng.sample(range(question["options"]), question["options"])
        return item


async def make_plan(
    session: AsyncSession,
    spec: RoundSpec,
    rng: random.Random | None = None,
    sql_engines: frozenset[str] = frozenset({"sqlite"}),
) -> dict[str, Any]:
    """`sql_engines`: where this server can run SQL problems; draws skip those it cannot judge."""
    rng = rng or random.SystemRandom()
    offer = await _Offer.current(session, sql_engines)
    taken = {key for section in spec.sections for key in section.items}
    sections = []
    for section in spec.sections:
        keys = list(section.items)
        for pool in section.draw:
            candidates = [key for key in offer.candidates(section.kind, pool) if key not in taken]
            if len(candidates) < pool.count:
                raise NotFound(
                    f"This round cannot be started: section {section.title!r} draws {pool.count} items "
                    f"from {pool.describe()}, and only {len(candidates)} are available on this server."
                )
            chosen = rng.sample(candidates, pool.count)
            taken.update(chosen)
            keys += chosen
        if section.shuffle:
            rng.shuffle(keys)
        sections.append(
            {
                "title": section.title,
                "kind": section.kind.value,
                "points_per_item": section.points_per_item,
                "minutes": section.minutes,
                "layout": section.layout.value,
                "items": [offer.item(section.kind, key, section, rng) for key in keys],
            }
        )
    return {
        "title": spec.title,
        "results": spec.results.value,
        "navigation": spec.navigation.value,
        "duration_minutes": spec.duration_minutes,
        "sections": sections,
    }
