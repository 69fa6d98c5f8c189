import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../api/organisations';
import { emptyOrganisationDraft, organisationCreateBody, organisationUpdateBody, validateOrganisation } from './organisationDraft';

const utrecht: Organisation = { id: 'org-1', name: 'Gemeente Utrecht', kind: 'municipality', municipalityCode: 'GM0344', contact: null, twoFactorRequired: false, safetyRegionCodes: null };

describe('validateOrganisation', () => {
  it('asks for a name and a kind', () => {
    expect(validateOrganisation(emptyOrganisationDraft)).toEqual({ name: { code: 'required' }, kind: { code: 'required' } });
  });

  it('asks a municipality for its municipality, and nobody else', () => {
    expect(validateOrganisation({ name: 'Gemeente Zeist', kind: 'municipality', municipalityCode: '', twoFactorRequired: false })).toEqual({
      municipalityCode: { code: 'required' },
    });
    expect(validateOrganisation({ name: 'Stichting Thuis', kind: 'partner', municipalityCode: '', twoFactorRequired: false })).toEqual({});
  });

  it('refuses a name longer than the API takes', () => {
    expect(validateOrganisation({ name: 'x'.repeat(201), kind: 'partner', municipalityCode: '', twoFactorRequired: false }).name).toEqual({ code: 'tooLong', max: 200 });
  });
});

describe('organisation bodies', () => {
  it('sends a trimmed name and no municipality when none is chosen', () => {
    expect(organisationCreateBody({ name: ' Stichting Thuis ', kind: 'partner', municipalityCode: '', twoFactorRequired: false })).toEqual({
      name: 'Stichting Thuis',
      kind: 'partner',
      municipalityCode: null,
    });
  });

  it('sends only what changed', () => {
    expect(organisationUpdateBody({ name: 'Gemeente Utrecht', kind: 'municipality', municipalityCode: 'GM0344', twoFactorRequired: false }, utrecht)).toEqual({});
    expect(organisationUpdateBody({ name: 'Gemeente Utrecht', kind: 'partner', municipalityCode: '', twoFactorRequired: true }, utrecht)).toEqual({
      kind: 'partner',
      municipalityCode: null,
      twoFactorRequired: true,
    });
  });
});
