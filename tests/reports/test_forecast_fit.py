"""The counted fit (api.reports.forecast.placeable_per_day) against the greedy fit it replaced,
kept here as the reference: each ending household, day by day and largest first, takes the
smallest free place that fits it, one household per place."""

import bisect
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from api.reports.forecast import placeable_per_day

START = date(2026, 1, 5)


def greedy_placeable_per_day(places: dict[int, int], endings: list[tuple[date, int, int]]) -> dict[date, int]:
    sizes = sorted(places)
    counts = [places[s] for s in sizes]
    by_day: dict[date, list[tuple[int, int]]] = {}
    for day, size, households in endings:
        by_day.setdefault(day, []).append((size, households))
    placed = {}
    for day in sorted(by_day):
        placed[day] = 0
        for size, wanted in sorted(by_day[day], reverse=True):
            at = bisect.bisect_left(sizes, size)
            given = 0
            while given < wanted and at < len(sizes):
                used = min(counts[at], wanted - given)
                counts[at] -= used
                given += used
                if counts[at] == 0:
                    del sizes[at], counts[at]
                else:
                    at += 1
            placed[day] += given
    return placed


free_places = st.dictionaries(st.integers(1, 12), st.integers(1, 6), max_size=6)
endings = st.lists(
    st.tuples(
        st.integers(0, 30).map(lambda d: START + timedelta(days=d)), st.integers(1, 10), st.integers(1, 5)
    ),
    max_size=25,
)


@settings(max_examples=2000, deadline=None)
@given(free_places, endings)
def test_the_counted_fit_places_as_the_greedy_fit_does(places, ending_rows) -> None:
    assert placeable_per_day(places, ending_rows) == greedy_placeable_per_day(places, ending_rows)


def test_a_small_household_may_take_the_only_large_place_a_later_large_one_needed() -> None:
    day1, day2 = START, START + timedelta(days=1)
    places = {2: 1, 4: 1}
    rows = [(day1, 1, 1), (day1, 2, 1), (day2, 3, 1)]  # 2→2, 1→4: the 3 of the next day finds none
    assert placeable_per_day(places, rows) == {day1: 2, day2: 0}
    assert greedy_placeable_per_day(places, rows) == {day1: 2, day2: 0}
