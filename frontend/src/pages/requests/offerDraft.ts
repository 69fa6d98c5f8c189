import type { OfferCreate, PlaceType, Urgency } from '../../client';
import { type Invalid, type Invalids, checkRequired, collect } from '../../forms/validation';

/** Days between making an offer and the move: the API's default minimum notice period. */
export const minNoticeDays = 7;

export interface OfferDraft {
  moveOn: string;
  overrideNotice: boolean;
  noticeOverrideReason: string;
}

export type OfferField = 'moveOn' | 'noticeOverrideReason';

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return moved.toISOString().slice(0, 10);
}

/** The earliest move date the notice period allows; an emergency may move today (with a reason). */
export function earliestMoveOn(today: string): string {
  return addDays(today, minNoticeDays);
}

/**
 * The move date to propose: the date the candidates were checked for when the API gave one,
 * else the earliest the notice period allows.
 */
export function emptyOffer(today: string, checkedFor?: string): OfferDraft {
  const earliest = earliestMoveOn(today);
  return { moveOn: checkedFor && checkedFor >= earliest ? checkedFor : earliest, overrideNotice: false, noticeOverrideReason: '' };
}

export function validateOffer(draft: OfferDraft, urgency: Urgency, today: string): Invalids<OfferField> {
  const overriding = urgency === 'emergency' && draft.overrideNotice;
  let moveOn: Invalid | undefined = checkRequired(draft.moveOn, 10);
  if (!moveOn && draft.moveOn < today) moveOn = { code: 'notInPast' };
  else if (!moveOn && !overriding && draft.moveOn < earliestMoveOn(today)) moveOn = { code: 'noticePeriod', min: minNoticeDays };
  return collect({
    moveOn,
    noticeOverrideReason: overriding ? checkRequired(draft.noticeOverrideReason, 2000) : undefined,
  });
}

export function offerBody(draft: OfferDraft, placeType: PlaceType, placeId: string, urgency: Urgency): OfferCreate {
  const overriding = urgency === 'emergency' && draft.overrideNotice && draft.noticeOverrideReason.trim() !== '';
  return { placeType, placeId, moveOn: draft.moveOn, ...(overriding ? { noticeOverrideReason: draft.noticeOverrideReason.trim() } : {}) };
}

export const offerFieldPaths = { moveOn: 'moveOn', noticeOverrideReason: 'noticeOverrideReason' } as const satisfies Record<string, OfferField>;
export const offerCodeFields = { 'notice-period': 'moveOn', 'date-in-past': 'moveOn', 'notice-override-not-allowed': 'noticeOverrideReason' } as const;
