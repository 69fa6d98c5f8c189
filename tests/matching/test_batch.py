"""The batch path (arrays over a place table) and the explained per-pair path agree."""

import uuid
from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from api.matching.batch import PlaceTable, best_of, judge_all
from api.matching.candidates import _judge
from api.matching.scoring import Anchor, AnchorKind, Need, Place, Weights

TODAY = date(2026, 12, 1)
MUNICIPALITIES = ("GM0344", "GM0363", "GM0014", "GM0307")
LANGUAGES = ("nl", "en", "uk", "ar", "pl")
lat = st.floats(50.7, 53.6)
lon = st.floats(3.3, 7.2)
day = st.integers(-40, 200).map(lambda n: TODAY + timedelta(days=n))


@st.composite
def places(draw) -> Place:  # type: ignore[no-untyped-def]
    host = draw(st.booleans())
    return Place(
        place_type="host_family" if host else "shelter_unit",
        place_id=str(uuid.UUID(int=draw(st.integers(0, 2**64)))),
        name="p",
        municipality_code=draw(st.sampled_from(MUNICIPALITIES)),
        lat=draw(lat),
        lon=draw(lon),
        free_beds=draw(st.integers(-1, 12)),
        free_households=draw(st.integers(0, 3)),
        wheelchair=draw(st.booleans()),
        pets_allowed=draw(st.booleans()),
        accepts_children=draw(st.booleans()),
        families_only=draw(st.booleans()),
        women_only=draw(st.booleans()),
        safeguarded=draw(st.booleans()),
        accepting=draw(st.booleans()),
        suspended=draw(st.booleans()),
        available_from=draw(st.none() | day),
        available_until=draw(st.none() | day),
        languages=tuple(draw(st.lists(st.sampled_from(LANGUAGES), max_size=3))),
        small_scale=draw(st.booleans()),
        self_catering=draw(st.booleans()),
        visiting_rules=draw(st.sampled_from(["open", "daytime", "restricted"])),
        medical_support_nearby=draw(st.booleans()),
        special_needs_school_km=draw(st.none() | st.floats(0, 80)),
    )


@st.composite
def needs(draw) -> Need:  # type: ignore[no-untyped-def]
    move_on = draw(day)
    anchors = draw(
        st.lists(
            st.builds(
                Anchor,
                st.sampled_from(list(AnchorKind)),
                st.sampled_from(["a", "b"]),
                lat,
                lon,
            ),
            max_size=4,
        )
    )
    return Need(
        size=draw(st.integers(1, 8)),
        has_children=draw(st.booleans()),
        adult_men=draw(st.booleans()),
        wheelchair=draw(st.booleans()),
        pets=draw(st.booleans()),
        vulnerable=draw(st.booleans()),
        needs_informal_care=draw(st.booleans()),
        needs_self_catering=draw(st.booleans()),
        languages=tuple(draw(st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True))),
        move_on=move_on,
        stay_until=draw(st.none() | st.just(move_on + timedelta(days=30))),
        anchors=tuple(anchors),
        home_municipality=draw(st.none() | st.sampled_from(MUNICIPALITIES)),
        preferred_municipalities=tuple(draw(st.lists(st.sampled_from(MUNICIPALITIES), max_size=2))),
        max_distance_km=draw(st.none() | st.floats(1, 150)),
        days_until_deadline=draw(st.integers(0, 120)),
        emergency=draw(st.booleans()),
        medical_care=draw(st.booleans()),
        special_needs_education=draw(st.booleans()),
    )


def table_of(items: list[Place]) -> PlaceTable:
    # Host families' safeguarding comes from their vetting: vetted, not expired on the move date.
    return PlaceTable.of([(p, None, p.safeguarded, None) for p in items])


@settings(max_examples=150, deadline=None)
@given(needs(), st.lists(places(), min_size=1, max_size=25, unique_by=lambda p: p.place_id), st.data())
def test_batch_and_per_pair_paths_agree(need: Need, items: list[Place], data) -> None:  # type: ignore[no-untyped-def]
    table = table_of(items)
    vetoed_positions = data.draw(st.sets(st.integers(0, len(items) - 1)))
    vetoed_keys = {(items[i].place_type, uuid.UUID(items[i].place_id)) for i in vetoed_positions}
    index = np.arange(len(items))
    vetoed = np.isin(index, list(vetoed_positions))
    judged = judge_all(need, table, index, Weights(), vetoed)
    for i, place in enumerate(items):
        verdict = _judge(need, place, Weights(), vetoed_keys)
        assert judged.constraints.keys() == set(verdict.constraints_checked)
        assert sorted(n for n, ok in judged.constraints.items() if not ok[i]) == sorted(verdict.failed)
        assert abs(judged.score[i] - verdict.score) <= 1e-9
        assert bool(judged.possible[i]) == verdict.possible
    best = best_of(need, table, Weights(), vetoed_keys, limit=10)
    possible = [p for p in items if _judge(need, p, Weights(), vetoed_keys).possible]
    assert {c.place_id for c in best} <= {p.place_id for p in possible}
    assert len(best) == min(10, len(possible))
    assert [c.score for c in best] == sorted((c.score for c in best), reverse=True)
