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


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.floats(51.8, 52.4), st.floats(4.6, 5.4)), min_size=1, max_size=60),
    st.lists(st.tuples(st.floats(51.9, 52.3), st.floats(4.7, 5.3)), min_size=1, max_size=4),
    st.integers(1, 40),
    st.floats(0.02, 0.4),
    st.integers(1, 3),
)
def test_a_table_of_the_places_in_a_box_finds_what_the_whole_table_finds_or_says_it_cannot(
    spots, centres, count, margin, units
) -> None:  # type: ignore[no-untyped-def]
    """A part ranks against the places in its box: when nearest_checked says its answer is complete,
    it is the whole table's (places at the same spot, like a location's units, taken in id order)."""
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
    whole = table_of(items)
    box = (
        min(c[0] for c in centres) - margin,
        min(c[1] for c in centres) - margin,
        max(c[0] for c in centres) + margin,
        max(c[1] for c in centres) + margin,
    )
    inside = [p for p in items if box[0] <= p.lat <= box[2] and box[1] <= p.lon <= box[3]]
    part = table_of(inside)
    part.bounds = box
    found, complete = part.nearest_checked(centres, count)
    expected = {whole.hex_ids[i] for i in whole.nearest(centres, count).tolist()}
    if complete:
        assert {part.hex_ids[i] for i in found.tolist()} == expected
