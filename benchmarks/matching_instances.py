"""Seeded generator of realistic assignment instances (FORMAT.md shape) for the matching benchmark.

The model, in short:
- People and places cluster around towns of Zipf-like sizes on a unit square (the Netherlands).
- Households: sizes 1-7 skewed to 1-4; some have a pet or need wheelchair access; their anchor
  (work, school, informal carers) is where they live now.
- Places: host families (one household, 2-6 beds) and shelters (3-30 households, 10-120 beds), with
  a quality figure (facilities, community), pets allowed or not, wheelchair accessible or not.
- Hard constraints (applied before a pair becomes a candidate): the household fits in the beds,
  pets only where allowed, wheelchair users only in accessible places. Each household gets its
  nearest feasible places as candidates, between half of and all of ``max_candidates``.
- Score in [0, 1]: proximity to the anchor (dominant), place quality, how well the household
  uses the beds of a host family or the small-scale bonus of a small shelter, and a little noise
  for preferences the desk recorded. Popular (close, good) places are wanted by many households,
  which is what makes the assignment non-trivial.
- Market: the share of places that are shelters (they take several households each). With as many
  places as half the households:
  ``scarce`` (3 % shelters): places for about two thirds of the households, fewer beds than people;
  ``tight`` (8 % shelters): about one place per household and a fifth more beds than people, so
  nearly every place is needed and nearly every household can be placed;
  ``loose`` (20 % shelters): about twice the beds needed.
  Which pairs a matcher picks first matters most in the tight market: in the scarce one every place
  has many close suitors and the question is mostly who is left out, in the loose one there is
  room to spare.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHELTER_SHARE = {"scarce": 0.03, "loose": 0.20, "tight": 0.08}
"""Share of places that are shelters per market (a market's position seeds its instance, so new
markets go last and earlier instances stay the same)."""
MARKETS = [*SHELTER_SHARE, "bedlimited"]
"""``bedlimited`` (issue 15): bed limits bind. Households of 1-8 people; mostly host families with
1-5 beds taking one household; shelters (10 %) with 4-24 beds taking up to half as many households
as beds; demand concentrated in a few cities (five towns hold 80 % of the households) while
supply is spread evenly; 40 candidates each (``max_candidates`` is capped at 40)."""
BED_LIMITED_SIZE_WEIGHTS = np.array([0.20, 0.20, 0.17, 0.15, 0.11, 0.08, 0.05, 0.04])  # sizes 1..8
HOUSEHOLD_SIZE_WEIGHTS = np.array([0.27, 0.25, 0.20, 0.14, 0.07, 0.04, 0.03])  # sizes 1..7
HOST_BEDS_WEIGHTS = np.array([0.30, 0.25, 0.20, 0.15, 0.10])  # beds 2..6


@dataclass(frozen=True)
class MarketStats:
    """Capacity against demand, to print next to the results."""

    people: int
    beds: int
    households: int
    household_slots: int


def _towns(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    centres = rng.random((count, 2))
    weights = 1.0 / np.arange(1, count + 1) ** 0.9
    spreads = rng.uniform(0.01, 0.04, count)
    return centres, weights / weights.sum(), spreads


def _locate(rng, towns, count: int, rural_share: float) -> np.ndarray:
    centres, weights, spreads = towns
    town = rng.choice(len(weights), size=count, p=weights)
    points = centres[town] + rng.normal(size=(count, 2)) * spreads[town, None]
    rural = rng.random(count) < rural_share
    points[rural] = rng.random((int(rural.sum()), 2))
    return np.clip(points, 0.0, 1.0)


def generate(
    households: int, places: int, max_candidates: int, market: str, seed: int
) -> tuple[dict, MarketStats]:
    """Return an instance dict in FORMAT.md shape and its capacity figures."""
    rng = np.random.default_rng([seed, MARKETS.index(market)])
    towns = _towns(rng, 60)
    if market == "bedlimited":
        return _bed_limited(rng, towns, households, places, min(max_candidates, 40))

    size = rng.choice(np.arange(1, 8), size=households, p=HOUSEHOLD_SIZE_WEIGHTS)
    home = _locate(rng, towns, households, rural_share=0.1)
    has_pet = rng.random(households) < 0.12
    needs_access = rng.random(households) < 0.05

    shelter = rng.random(places) < SHELTER_SHARE[market]
    shelters = int(shelter.sum())
    beds = rng.choice(np.arange(2, 7), size=places, p=HOST_BEDS_WEIGHTS)
    max_households = np.ones(places, dtype=np.int64)
    shelter_beds = np.exp(rng.uniform(np.log(10), np.log(120), shelters)).astype(np.int64)
    beds[shelter] = shelter_beds
    # Family rooms hold 2-4 people, so a shelter's household limit follows from its beds.
    max_households[shelter] = np.clip(shelter_beds // rng.uniform(2.0, 4.0, shelters), 3, 30)
    place_at = _locate(rng, towns, places, rural_share=0.25)
    place_at[shelter] = _locate(rng, towns, shelters, rural_share=0.0)
    quality = rng.beta(2.0, 2.0, places)
    pets_ok = np.where(shelter, rng.random(places) < 0.5, rng.random(places) < 0.3)
    accessible = np.where(shelter, rng.random(places) < 0.6, rng.random(places) < 0.1)
    small_scale = np.clip(1.0 - beds / 120.0, 0.0, 1.0)

    wanted = rng.integers(max(1, max_candidates // 2), max_candidates + 1, size=households)
    cand_h, cand_p, cand_s = [], [], []
    chunk = 500
    for start in range(0, households, chunk):
        rows = np.arange(start, min(start + chunk, households))
        distance = np.hypot(
            home[rows, 0, None] - place_at[None, :, 0], home[rows, 1, None] - place_at[None, :, 1]
        )
        feasible = (
            (size[rows, None] <= beds[None, :])
            & (~has_pet[rows, None] | pets_ok[None, :])
            & (~needs_access[rows, None] | accessible[None, :])
        )
        distance[~feasible] = np.inf
        k = min(max_candidates, places)
        nearest = np.argpartition(distance, k - 1, axis=1)[:, :k]
        for row, h in enumerate(rows):
            near = nearest[row]
            d = distance[row, near]
            keep = near[np.isfinite(d)][np.argsort(d[np.isfinite(d)])][: wanted[h]]
            fit = np.where(
                shelter[keep],
                0.4 + 0.6 * small_scale[keep],
                1.0 - (beds[keep] - size[h]) / 5.0,
            )
            score = (
                0.50 * np.exp(-distance[row, keep] / 0.08)
                + 0.25 * quality[keep]
                + 0.15 * fit
                + 0.10 * rng.random(len(keep))
            )
            cand_h.append(np.full(len(keep), h))
            cand_p.append(keep)
            cand_s.append(np.round(np.clip(score, 0.0, 1.0), 4))

    hh = np.concatenate(cand_h)
    pp = np.concatenate(cand_p)
    ss = np.concatenate(cand_s)
    instance = {
        "households": [{"id": f"h{i}", "size": int(s)} for i, s in enumerate(size)],
        "places": [
            {"id": f"p{j}", "beds": int(b), "maxHouseholds": int(m)}
            for j, (b, m) in enumerate(zip(beds, max_households, strict=True))
        ],
        "candidates": [
            {"household": f"h{h}", "place": f"p{p}", "score": float(s)}
            for h, p, s in zip(hh.tolist(), pp.tolist(), ss.tolist(), strict=True)
        ],
    }
    stats = MarketStats(
        people=int(size.sum()),
        beds=int(beds.sum()),
        households=households,
        household_slots=int(max_households.sum()),
    )
    return instance, stats


def _bed_limited(rng, towns, households: int, places: int, candidates: int) -> tuple[dict, MarketStats]:
    centres, _, spreads = towns
    size = rng.choice(np.arange(1, 9), size=households, p=BED_LIMITED_SIZE_WEIGHTS)
    city_weights = np.zeros(len(centres))
    city_weights[:5] = [0.3, 0.2, 0.12, 0.1, 0.08]
    city_weights[5:] = 0.2 / (len(centres) - 5)
    town = rng.choice(len(centres), size=households, p=city_weights)
    home = np.clip(centres[town] + rng.normal(size=(households, 2)) * spreads[town, None], 0.0, 1.0)
    place_at = rng.random((places, 2))  # supply spread evenly
    shelter = rng.random(places) < 0.10
    beds = rng.integers(1, 6, size=places)
    beds[shelter] = rng.integers(4, 25, size=int(shelter.sum()))
    max_households = np.ones(places, dtype=np.int64)
    max_households[shelter] = np.maximum(1, beds[shelter] // 2)
    quality = rng.beta(2.0, 2.0, places)
    cand_h, cand_p, cand_s = [], [], []
    for start in range(0, households, 500):
        rows = np.arange(start, min(start + 500, households))
        distance = np.hypot(
            home[rows, 0, None] - place_at[None, :, 0], home[rows, 1, None] - place_at[None, :, 1]
        )
        distance[size[rows, None] > beds[None, :]] = np.inf
        k = min(candidates, places)
        nearest = np.argpartition(distance, k - 1, axis=1)[:, :k]
        for row, h in enumerate(rows):
            near = nearest[row][np.isfinite(distance[row, nearest[row]])]
            fit = size[h] / beds[near]
            score = (
                0.55 * np.exp(-distance[row, near] / 0.1)
                + 0.2 * quality[near]
                + 0.15 * fit
                + 0.10 * rng.random(len(near))
            )
            cand_h.append(np.full(len(near), h))
            cand_p.append(near)
            cand_s.append(np.round(np.clip(score, 0.0, 1.0), 4))
    instance = {
        "households": [{"id": f"h{i}", "size": int(s)} for i, s in enumerate(size)],
        "places": [
            {"id": f"p{j}", "beds": int(b), "maxHouseholds": int(m)}
            for j, (b, m) in enumerate(zip(beds, max_households, strict=True))
        ],
        "candidates": [
            {"household": f"h{h}", "place": f"p{p}", "score": float(s)}
            for h, p, s in zip(
                np.concatenate(cand_h).tolist(),
                np.concatenate(cand_p).tolist(),
                np.concatenate(cand_s).tolist(),
                strict=True,
            )
        ],
    }
    stats = MarketStats(
        people=int(size.sum()),
        beds=int(beds.sum()),
        households=households,
        household_slots=int(max_households.sum()),
    )
    return instance, stats
