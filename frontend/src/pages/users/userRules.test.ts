import { describe, expect, it } from 'vitest';
import type { User } from '../../api/users';
import { assignableRoles, emptyInviteDraft, inviteBody, userChangeBody, validateInvite } from './userRules';

const desk: User = {
  id: 'user-1',
  email: 'dirk@desk.nl',
  fullName: 'Dirk Desk',
  role: 'desk',
  organisationId: 'org-1',
  isOrganisationAdmin: false,
  isActive: true,
  twoFactorEnabled: false,
};

describe('assignableRoles', () => {
  it('offers the roles that fit the organisation', () => {
    expect(assignableRoles('partner', false)).toEqual(['partner', 'host']);
    expect(assignableRoles('municipality', false)).toEqual(['municipality']);
    expect(assignableRoles('operator', false)).toEqual(['partner']);
  });

  it('lets only a platform admin grant the admin role', () => {
    expect(assignableRoles('relocation_desk', false)).not.toContain('admin');
    expect(assignableRoles('relocation_desk', true)).toEqual(['desk', 'admin']);
  });
});

describe('invitations', () => {
  it('asks for e-mail, name, organisation and role', () => {
    expect(validateInvite(emptyInviteDraft(''))).toEqual({
      email: { code: 'required' },
      fullName: { code: 'required' },
      organisationId: { code: 'required' },
      role: { code: 'required' },
    });
    expect(validateInvite({ ...emptyInviteDraft('org-1'), email: 'geen adres', fullName: 'A', role: 'desk' })).toEqual({ email: { code: 'email' } });
  });

  it('sends no password: the user chooses one through the link', () => {
    const body = inviteBody({ email: ' nieuw@desk.nl ', fullName: ' Nina Nieuw ', organisationId: 'org-1', role: 'desk', isOrganisationAdmin: true });
    expect(body).toEqual({ email: 'nieuw@desk.nl', fullName: 'Nina Nieuw', organisationId: 'org-1', role: 'desk', isOrganisationAdmin: true });
    expect('password' in body).toBe(false);
  });
});

describe('userChangeBody', () => {
  it('sends only what changed', () => {
    expect(userChangeBody({ fullName: 'Dirk Desk', role: 'desk', isOrganisationAdmin: false }, desk)).toEqual({});
    expect(userChangeBody({ fullName: 'Dirk de Desk ', role: 'desk', isOrganisationAdmin: true }, desk)).toEqual({
      fullName: 'Dirk de Desk',
      isOrganisationAdmin: true,
    });
  });
});
