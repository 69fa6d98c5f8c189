"""Making the offers of a selection of a run's proposals in one action.

Each proposal goes through the single-offer path (api.offers.service.make_offer: the same
permission, scope, status, notice, place and room checks, under the request's row lock) inside its
own savepoint, so a refused proposal leaves nothing behind and the others still go ahead. The
requests are locked in id order, so two desks offering overlapping selections at once cannot
deadlock. A proposal offered before (an open or accepted offer of that place to that request) is
reported as such: asking twice makes each offer once.
"""

import uuid
from datetime import date

from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.core.config import Settings
from api.core.errors import Conflict, ProblemError, Unprocessable
from api.matching.models import (
    MatchingProposal,
    MatchingRun,
    ProposalOfferOutcome,
    ProposalOfferOutcomeKind,
    ProposalOffersCreate,
    ProposalOffersResult,
    RunStatus,
)
from api.offers.models import Offer, OfferCreate, OfferStatus
from api.offers.service import make_offer
from api.placements.models import PlaceType
from api.relocation.service import get_request, lock_request

Outcome = ProposalOfferOutcomeKind


def _offered_before(session: Session, proposal: MatchingProposal) -> Offer | None:
    unit = proposal.place_type == PlaceType.SHELTER_UNIT.value
    place = Offer.shelter_unit_id if unit else Offer.host_family_id
    return session.exec(
        select(Offer)
        .where(
            Offer.request_id == proposal.request_id,
            col(place) == proposal.place_id,
            col(Offer.status).in_([OfferStatus.OPEN.value, OfferStatus.ACCEPTED.value]),
        )
        .order_by(col(Offer.created_at).desc())
    ).first()


def _offer_one(
    session: Session,
    principal: Principal,
    proposal: MatchingProposal,
    data: ProposalOffersCreate,
    settings: Settings,
    today: date,
) -> ProposalOfferOutcome:
    """One proposal's offer, in a savepoint: made, made before, or refused (and nothing written)."""
    request_id = proposal.request_id
    try:
        with session.begin_nested():
            lock_request(session, get_request(session, principal, request_id).id)
            before = _offered_before(session, proposal)
            if before is not None:
                return ProposalOfferOutcome(
                    request_id=request_id, outcome=Outcome.ALREADY_OFFERED, offer_id=before.id
                )
            offer = make_offer(
                session,
                principal,
                request_id,
                OfferCreate.model_validate(
                    {
                        "placeType": proposal.place_type,
                        "placeId": proposal.place_id,
                        "moveOn": data.move_on,
                        "respondBy": data.respond_by,
                    }
                ),
                settings,
                today,
            )
            return ProposalOfferOutcome(request_id=request_id, outcome=Outcome.CREATED, offer_id=offer.id)
    except ProblemError as problem:
        return _refused(request_id, problem)


def _refused(request_id: uuid.UUID, problem: ProblemError) -> ProposalOfferOutcome:
    return ProposalOfferOutcome(
        request_id=request_id,
        outcome=Outcome.REFUSED,
        status=problem.status,
        code=problem.code,
        detail=problem.detail,
    )


def offer_proposals(
    session: Session,
    principal: Principal,
    matching_run: MatchingRun,
    data: ProposalOffersCreate,
    settings: Settings,
    today: date,
) -> ProposalOffersResult:
    """The offers of the run's proposals for DATA's requests, each checked as a single offer."""
    if matching_run.status != RunStatus.DONE.value:
        raise Conflict(
            f"The run is {matching_run.status}; only a finished run's proposals can be offered.",
            code="run-not-done",
        )
    wanted = list(dict.fromkeys(data.request_ids))
    proposals = {
        p.request_id: p
        for p in session.exec(
            select(MatchingProposal).where(
                MatchingProposal.run_id == matching_run.id, col(MatchingProposal.request_id).in_(wanted)
            )
        )
    }
    outcomes: dict[uuid.UUID, ProposalOfferOutcome] = {}
    for request_id in sorted(wanted):
        proposal = proposals.get(request_id)
        if proposal is None:
            outcomes[request_id] = _refused(
                request_id,
                Unprocessable("The run made no proposal for this request.", code="not-a-proposal"),
            )
            continue
        outcomes[request_id] = _offer_one(session, principal, proposal, data, settings, today)
    items = [outcomes[r] for r in wanted]
    return ProposalOffersResult(
        items=items,
        created=sum(i.outcome == Outcome.CREATED for i in items),
        already_offered=sum(i.outcome == Outcome.ALREADY_OFFERED for i in items),
        refused=sum(i.outcome == Outcome.REFUSED for i in items),
    )
