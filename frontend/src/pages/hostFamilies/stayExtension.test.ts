import { describe, expect, it } from 'vitest';
import { stayExtensionBody, validateStayExtension } from './stayExtension';

describe('a longer stay', () => {
  it('needs a later end than the current one, and a reason', () => {
    expect(validateStayExtension({ plannedEndOn: '', reason: '' }, '2026-06-01')).toEqual({ plannedEndOn: { code: 'required' }, reason: { code: 'required' } });
    expect(validateStayExtension({ plannedEndOn: '2026-06-01', reason: 'School' }, '2026-06-01')).toEqual({ plannedEndOn: { code: 'dateOrder' } });
    expect(validateStayExtension({ plannedEndOn: '2026-07-01', reason: '  ' }, '2026-06-01')).toEqual({ reason: { code: 'required' } });
    expect(validateStayExtension({ plannedEndOn: '2026-07-01', reason: 'Tot het einde van het schooljaar' }, '2026-06-01')).toEqual({});
  });

  it('sends the reason trimmed', () => {
    expect(stayExtensionBody({ plannedEndOn: '2026-07-01', reason: ' School ' })).toEqual({ plannedEndOn: '2026-07-01', reason: 'School' });
  });
});
