import { describe, expect, it } from 'vitest';
import { closeBody, validateClose } from './closeIncident';

describe('closing an incident', () => {
  it('needs an outcome and a note', () => {
    expect(validateClose({ outcome: '', note: ' ' })).toEqual({ outcome: { code: 'required' }, note: { code: 'required' } });
    expect(validateClose({ outcome: 'unfounded', note: 'Nagegaan met beide partijen.' })).toEqual({});
  });

  it('sends the outcome and the trimmed note', () => {
    expect(closeBody({ outcome: 'subject_removed', note: ' Gastgezin gestopt. ' })).toEqual({ outcome: 'subject_removed', note: 'Gastgezin gestopt.' });
  });
});
