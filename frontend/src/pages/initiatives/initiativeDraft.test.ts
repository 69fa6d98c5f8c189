import { describe, expect, it } from 'vitest';
import { emptyInitiativeDraft, emptyPermit, emptyRisk, emptySupportNeed, initiativeCreateBody, initiativeFieldPaths, validateInitiative } from './initiativeDraft';

const draft = { ...emptyInitiativeDraft('GM0344'), name: 'Mantelzorgwoningen Smit', plannedPlaces: '16' };

describe('initiative dossier form', () => {
  it('needs a name and a number of places from 1 to 500', () => {
    expect(validateInitiative(emptyInitiativeDraft('GM0344'))).toEqual({ name: { code: 'required' }, plannedPlaces: { code: 'wholeNumber', min: 1, max: 500 } });
    expect(validateInitiative(draft)).toEqual({});
  });

  it('checks each row under the name the API gives its fields', () => {
    const withRows = { ...draft, permits: [emptyPermit()], risks: [{ ...emptyRisk(), description: 'Huurrecht' }], supportNeeds: [emptySupportNeed()] };
    expect(validateInitiative(withRows)).toEqual({ 'permits.0.kind': { code: 'required' }, 'supportNeeds.0': { code: 'required' } });
    expect(initiativeFieldPaths(withRows)).toMatchObject({ 'permits.0.kind': 'permits.0.kind', 'risks.0.owner': 'risks.0.owner', 'supportNeeds.0': 'supportNeeds.0', 'initiator.email': 'contactEmail' });
  });

  it('sends risks with their owner and lists without the form keys', () => {
    const body = initiativeCreateBody({ ...draft, risks: [{ ...emptyRisk(), description: ' Huurrecht ', owner: 'landlord' }], supportNeeds: [{ ...emptySupportNeed(), text: 'Juridisch advies' }] });
    expect(body).toMatchObject({ municipalityCode: 'GM0344', plannedPlaces: 16, risks: [{ description: 'Huurrecht', owner: 'landlord' }], supportNeeds: ['Juridisch advies'], initiator: null });
  });
});
