"""Each report's figures computed in Python from the scenario's objects, by the documented rules."""

import math
from collections import Counter, defaultdict
from datetime import date, timedelta

from api.core.authorization import Role
from api.reference.models import Municipality
from tests.reports.scenario import MUNICIPALITIES, Scenario

OPEN = ("submitted", "triaged", "matching", "offered", "accepted")
NOT_PLACED = ("submitted", "triaged", "matching", "offered")


class Scope:
    """The rows a caller may read, as the places, hosts and households services define them."""

    def __init__(
        self, role: Role, organisation_id, municipality_code: str | None, s: Scenario, regions=None
    ) -> None:
        self.role, self.organisation_id, self.code, self.s = role, organisation_id, municipality_code, s
        self.regions = regions  # a desk's working area; None: national

    def in_area(self, code: str) -> bool:
        return self.regions is None or MUNICIPALITIES[code][0] in self.regions

    def location(self, location) -> bool:
        if self.role == Role.DESK:
            return self.in_area(location.municipality_code)
        if self.role == Role.ADMIN:
            return True
        if self.role == Role.MUNICIPALITY:
            return location.municipality_code == self.code
        return location.operator_organisation_id == self.organisation_id

    def host(self, host) -> bool:
        if self.role == Role.DESK:
            return self.in_area(host.municipality_code)
        if self.role == Role.ADMIN:
            return True
        if self.role == Role.MUNICIPALITY:
            return host.municipality_code == self.code
        return host.organisation_id == self.organisation_id

    def household(self, household_id) -> bool:
        if self.role == Role.DESK and self.regions is not None:
            # The scenario's requests have no anchors nor preferences, and desks registered none of
            # its households: a regional desk sees those placed in its regions.
            return any(
                p.household_id == household_id
                and p.status == "active"
                and self.in_area(self.s.place_municipality(p))
                for p in self.s.placements
            )
        if self.role in (Role.ADMIN, Role.DESK):
            return True
        if self.role == Role.PARTNER:
            return self.s.households[household_id].supporting_organisation_id == self.organisation_id
        return any(
            p.household_id == household_id
            and p.status == "active"
            and self.s.place_municipality(p) == self.code
            for p in self.s.placements
        )


def holds_on(p, on: date) -> bool:
    if p.starts_on > on:
        return False
    if p.ended_on is not None:
        return p.ended_on > on
    return p.status == "active" and (p.planned_end_on is None or p.planned_end_on >= on)


def location_counts(location, on: date) -> bool:
    if location.status == "closed" or (
        location.status == "planned" and not (location.opens_on and location.opens_on <= on)
    ):
        return False
    return (location.opens_on is None or location.opens_on <= on) and (
        location.closes_on is None or location.closes_on > on
    )


def area_key(code: str, group_by: str, names: dict[str, Municipality]) -> str:
    region, province = MUNICIPALITIES[code]
    return {"municipality": code, "safetyRegion": region, "province": province}[group_by]


def occupancy(s: Scenario, scope: Scope, group_by: str, on: date, max_beds: int = 50) -> dict:
    groups: dict = defaultdict(Counter)
    for location in s.locations:
        if not (scope.location(location) and location_counts(location, on)):
            continue
        if group_by in ("municipality", "safetyRegion", "province"):
            key = area_key(location.municipality_code, group_by, {})
        elif group_by == "kind":
            key = location.kind
        else:
            key = "small" if location.capacity_beds <= max_beds else "large"
        g = groups[key]
        g["locations"] += 1
        for unit in (u for u in s.units if u.location_id == location.id):
            held = [p for p in s.placements if p.shelter_unit_id == unit.id and holds_on(p, on)]
            occupied = sum(p.beds for p in held)
            g["beds"] += unit.beds if unit.status != "closed" else 0
            g["blocked"] += unit.beds if unit.status == "blocked" else 0
            g["occupied"] += occupied
            g["free"] += max(unit.beds - occupied, 0) if unit.status == "available" else 0
            g["households"] += len(held)
    for host in s.hosts:
        if not (
            scope.host(host)
            and host.available_from <= on <= host.available_until
            and host.vetting_status != "rejected"
        ):
            continue
        key = (
            area_key(host.municipality_code, group_by, {})
            if group_by in ("municipality", "safetyRegion", "province")
            else None
        )
        held = [p for p in s.placements if p.host_family_id == host.id and holds_on(p, on)]
        g = groups[key]
        g["hostFamilies"] += 1
        g["hostFamilyBeds"] += host.beds
        g["hostFamilyOccupied"] += sum(p.beds for p in held)
        g["hostFamilyHouseholds"] += len(held)
    return groups


def scale_flows(s: Scenario, scope: Scope, on: date, period_days: int, max_beds: int = 50) -> dict:
    since = on - timedelta(days=period_days)
    flows = {k: Counter() for k in ("small", "large")}
    stays: dict = defaultdict(list)

    def scale_of(location) -> str:
        return "small" if location.capacity_beds <= max_beds else "large"

    for p in s.placements:
        if p.shelter_unit_id and p.ended_on and since < p.ended_on <= on:
            location = s.location_of(p.shelter_unit_id)
            if scope.location(location):
                flows[scale_of(location)]["moves_out"] += 1
                stays[scale_of(location)].append((p.ended_on - p.starts_on).days)
    for incident in s.incidents:
        if since < incident.reported_at.date() <= on:
            location = (
                s.location_of(incident.subject_id)
                if incident.subject_type == "shelter_unit"
                else next(loc for loc in s.locations if loc.id == incident.subject_id)
            )
            if scope.location(location):
                flows[scale_of(location)]["incidents"] += 1
    for offer in s.offers:
        if offer.status == "declined" and since < offer.responded_at.date() <= on:
            location = s.location_of(offer.shelter_unit_id)
            if scope.location(location):
                flows[scale_of(location)]["offers_declined"] += 1
    averages = {k: (round(sum(v) / len(v), 1) if v else None) for k, v in stays.items()}
    return {k: (flows[k], averages.get(k)) for k in flows}


def requests(s: Scenario, scope: Scope, on: date, period_days: int) -> dict:
    since, until = on - timedelta(days=period_days), on
    in_scope = [r for r in s.requests if scope.household(r.household_id)]
    out: dict = {"open": 0, "overdue": 0, "matrix": Counter(), "desks": defaultdict(Counter),
                 "moved_hours": [], "offers": Counter(), "desk_offers": defaultdict(Counter),
                 "reasons": Counter()}  # fmt: skip

    def desk_of(request):
        triage = sorted((e for e in s.events if e.request_id == request.id and e.to_status == "triaged"),
                        key=lambda e: e.occurred_at)  # fmt: skip
        return str(triage[0].actor_organisation_id) if triage else None

    for r in in_scope:
        if r.status in OPEN:
            out["open"] += 1
            out["matrix"][(r.status, r.urgency)] += 1
            overdue = r.status in NOT_PLACED and r.must_move_by < on
            out["overdue"] += overdue
            out["desks"][desk_of(r)]["open"] += 1
            out["desks"][desk_of(r)]["overdue"] += overdue
        moves = sorted(e.occurred_at for e in s.events if e.request_id == r.id and e.to_status == "moved")
        if moves and since < moves[0].date() <= until:
            out["moved_hours"].append(math.floor((moves[0] - r.created_at).total_seconds() / 3600))
        for offer in (o for o in s.offers if o.request_id == r.id and since < o.created_at.date() <= until):
            out["offers"][offer.status] += 1
            out["desk_offers"][str(offer.made_by_organisation_id)][offer.status] += 1
            if offer.status == "declined":
                out["reasons"][offer.decline_reason.strip().lower()] += 1
        out["moves_this_week"] = out.get("moves_this_week", 0) + sum(
            o.request_id == r.id and o.status == "accepted" and on <= o.move_on <= on + timedelta(days=6)
            for o in s.offers
        )
    return out


def percentile_days(hours: list[int], fraction: float) -> float | None:
    if not hours:
        return None
    ordered = sorted(hours)
    rank = max(1, math.ceil(len(ordered) * fraction))
    return round(ordered[rank - 1] / 24, 1)


def forecast(s: Scenario, scope: Scope, group_by: str, start: date, weeks: int) -> tuple[dict, dict]:
    """(endings per (group, week index) as Counter(endings, people, withOpenRequest),
    free places per group as Counter(places, beds)). By kind: the location's, or 'host_family'."""

    def group_of(code: str, kind: str) -> str:
        return kind if group_by == "kind" else area_key(code, group_by, {})

    last = start + timedelta(days=7 * weeks - 1)
    open_households = {r.household_id for r in s.requests if r.status in OPEN}
    endings: dict = defaultdict(Counter)
    for p in s.placements:
        if p.status != "active":
            continue
        if p.shelter_unit_id:
            location = s.location_of(p.shelter_unit_id)
            if not scope.location(location):
                continue
            candidates, code = [p.planned_end_on, location.closes_on], location.municipality_code
            kind = location.kind
        else:
            host = next(h for h in s.hosts if h.id == p.host_family_id)
            if not scope.host(host):
                continue
            candidates, code = [p.planned_end_on, host.available_until], host.municipality_code
            kind = "host_family"
        ends = min((d for d in candidates if d is not None), default=None)
        if ends is None or ends > last:
            continue
        week = (max(ends, start) - start).days // 7
        row = endings[(group_of(code, kind), week)]
        row["endings"] += 1
        row["people"] += p.beds
        row["withOpenRequest"] += p.household_id in open_households
    free: dict = defaultdict(Counter)
    for unit in s.units:
        location = next(loc for loc in s.locations if loc.id == unit.location_id)
        held = [p for p in s.placements if p.shelter_unit_id == unit.id and holds_on(p, start)]
        spare = unit.beds - sum(p.beds for p in held)
        if (scope.location(location) and unit.status == "available" and location_counts(location, start)
                and (location.closes_on is None or location.closes_on > last) and spare > 0
                and len(held) < unit.max_households):  # fmt: skip
            free[group_of(location.municipality_code, location.kind)].update(places=1, beds=spare)
    for host in s.hosts:
        held = [p for p in s.placements if p.host_family_id == host.id and holds_on(p, start)]
        spare = host.beds - sum(p.beds for p in held)
        if (scope.host(host) and host.vetting_status == "vetted" and host.available_from <= start
                and host.available_until > last and spare > 0 and len(held) < host.max_households
                and (host.vetting_expires_on is None or host.vetting_expires_on > last)):  # fmt: skip
            free[group_of(host.municipality_code, "host_family")].update(places=1, beds=spare)
    return endings, free
