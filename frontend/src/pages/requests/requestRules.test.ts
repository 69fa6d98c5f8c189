import { describe, expect, it } from 'vitest';
import type { RelocationRequest } from '../../api/relocationRequests';
import { daysUntil, requestMunicipalities } from './requestRules';

function request(id: string, mustMoveBy: string, municipalityCode: string | null): RelocationRequest {
  return {
    id,
    householdId: 'h',
    householdReference: 'HH-7K3M9Q2P',
    reason: 'host_stay_ending',
    urgency: 'normal',
    mustMoveBy,
    status: 'matching',
    anchors: municipalityCode ? [{ kind: 'current_home', label: null, lat: 52, lon: 5, municipalityCode }] : [],
    preferredMunicipalities: [],
    maxDistanceKm: null,
    currentPlacement: null,
    newPlacement: null,
    nextStep: null,
    nextStepExpectedOn: null,
    allowedTransitions: ['cancelled'],
    notes: null,
    overdue: false,
    assignee: null,
    createdAt: '',
    updatedAt: '',
    statusChangedAt: '',
    closedAt: null,
  };
}

describe('request rules', () => {
  it('counts days left, negative when overdue', () => {
    expect(daysUntil('2026-04-10', '2026-03-30')).toBe(11);
    expect(daysUntil('2026-03-28', '2026-03-30')).toBe(-2);
  });

  it('names the municipalities a request concerns, anchors before wishes, each once', () => {
    const row = { ...request('a', '2026-04-01', 'GM0344'), preferredMunicipalities: ['GM0363', 'GM0344'] };
    expect(requestMunicipalities(row)).toEqual(['GM0344', 'GM0363']);
    expect(requestMunicipalities(request('b', '2026-04-01', null))).toEqual([]);
  });
});
