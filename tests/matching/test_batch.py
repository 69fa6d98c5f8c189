"""The batch path (arrays over a place table) and the explained per-pair path agree."""

import uuid
from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from api.matching.batch import (
    PlaceTable,
    _unit_vectors,
    best_indices,
    best_many,
    best_of,
    judge_all,
    judge_pairs,
)
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


PLACE = dict(
    place_type="shelter_unit",
    name="p",
    municipality_code="GM0344",
    free_beds=2,
    free_households=1,
    wheelchair=False,
    pets_allowed=False,
    accepts_children=True,
    families_only=False,
    women_only=False,
    safeguarded=True,
    accepting=True,
    suspended=False,
    available_from=None,
    available_until=None,
    languages=("nl",),
    small_scale=True,
    self_catering=False,
    visiting_rules="open",
    medical_support_nearby=False,
    special_needs_school_km=None,
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


def _nearest_one_centre_at_a_time(table: PlaceTable, centres: list, count: int) -> set[str]:
    """The nearest places as they were found before searches were batched: per centre, one k-d
    tree query, and places at the last distance taken in id order, one row at a time."""
    found = set()
    for lat, lon in centres:
        distance, index = table.tree.query(_unit_vectors(np.array([lat]), np.array([lon])), k=len(table))
        distance, index = distance.reshape(-1), index.reshape(-1)
        last = distance[min(count, len(table)) - 1]
        closer = index[distance < last]
        level = sorted(index[distance == last].tolist(), key=lambda i: table.hex_ids[i])
        found |= {table.hex_ids[i] for i in [*closer.tolist(), *level[: count - len(closer)]]}
    return found


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.floats(51.8, 52.4), st.floats(4.6, 5.4)), min_size=1, max_size=60),
    st.lists(
        st.lists(st.tuples(st.floats(51.9, 52.3), st.floats(4.7, 5.3)), max_size=4), min_size=1, max_size=5
    ),
    st.integers(1, 40),
    st.integers(1, 3),
)
def test_searches_together_find_the_nearest_places_each_finds_alone(spots, searches, count, units) -> None:  # type: ignore[no-untyped-def]
    """Places at one spot (a location's units) are at the same distance: at the cut, those come in
    id order, whichever searches are batched together."""
    items = [
        Place(
            **{
                **PLACE,
                "place_id": str(uuid.UUID(int=(7919 * (i * units + u)) % 2**64)),
                "lat": lat,
                "lon": lon,
            }
        )
        for i, (lat, lon) in enumerate(spots)
        for u in range(units)
    ]
    table = table_of(items)
    owner, index = table.nearest_many(searches, count)
    for s, centres in enumerate(searches):
        found = {table.hex_ids[i] for i in index[owner == s].tolist()}
        assert found == (
            _nearest_one_centre_at_a_time(table, centres, count) if centres else set(table.hex_ids)
        )
        assert found == {table.hex_ids[i] for i in table.nearest(centres, count).tolist()}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(needs(), min_size=1, max_size=5),
    st.lists(places(), min_size=1, max_size=60, unique_by=lambda p: p.place_id),
    st.integers(1, 12),
    st.data(),
)
def test_needs_judged_together_get_what_each_gets_alone(needs_list, items, limit, data) -> None:  # type: ignore[no-untyped-def]
    """A chunk's needs are judged as one set of pairs: each pair's verdicts and score are those of
    its need judged alone, to the last bit, and so are each need's best places."""
    table = table_of(items)
    vetoed = [
        {
            (items[i].place_type, uuid.UUID(items[i].place_id))
            for i in data.draw(st.sets(st.integers(0, len(items) - 1)))
        }
        for _ in needs_list
    ]
    owner = np.repeat(np.arange(len(needs_list)), len(items))
    index = np.tile(np.arange(len(items)), len(needs_list))
    declined = np.array(
        [
            (items[i].place_type, uuid.UUID(items[i].place_id)) in vetoed[k]
            for k, i in zip(owner.tolist(), index.tolist(), strict=True)
        ]
    )
    together = judge_pairs(needs_list, owner, table, index, Weights(), declined)
    for k, need in enumerate(needs_list):
        alone = judge_all(need, table, np.arange(len(items)), Weights(), declined[owner == k])
        mine = owner == k
        assert together.score[mine].tobytes() == alone.score.tobytes()
        assert together.possible[mine].tolist() == alone.possible.tolist()
        for name, passed in alone.constraints.items():
            assert together.constraints[name][mine].tolist() == passed.tolist(), name
    best = best_many(needs_list, table, Weights(), vetoed, limit)
    for need, keys, (rows, scores) in zip(needs_list, vetoed, best, strict=True):
        rows_alone, scores_alone = best_indices(need, table, Weights(), keys, limit)
        assert rows.tolist() == rows_alone.tolist() and scores.tobytes() == scores_alone.tobytes()
