import type { Organisation } from '../../api/organisations';
import type { OrganisationContact } from '../../client';
import { checkEmail, checkOptionalText, checkPhone, collect, type Invalids } from '../../forms/validation';

/** The contact as typed; every field may stay empty. */
export interface ContactDraft {
  name: string;
  phone: string;
  email: string;
  visitingAddress: string;
  openingHours: string;
}

export type ContactField = keyof ContactDraft;

/** Body paths of the API's field errors → the form's fields. */
export const contactFieldPaths: Readonly<Record<string, ContactField>> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  visitingAddress: 'visitingAddress',
  openingHours: 'openingHours',
};

export function contactDraftFrom(organisation: Organisation): ContactDraft {
  const contact = organisation.contact;
  return {
    name: contact?.name ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    visitingAddress: contact?.visitingAddress ?? '',
    openingHours: contact?.openingHours ?? '',
  };
}

/** As the API: a name of at most 200 characters, a phone number of digits, spaces, +, (, ) and -, an e-mail address, an address and hours of at most 300. */
export function validateContact(draft: ContactDraft): Invalids<ContactField> {
  return collect<ContactField>({
    name: checkOptionalText(draft.name, 200),
    phone: checkPhone(draft.phone),
    email: checkEmail(draft.email),
    visitingAddress: checkOptionalText(draft.visitingAddress, 300),
    openingHours: checkOptionalText(draft.openingHours, 300),
  });
}

/** The whole contact: an empty field is cleared. */
export function contactBody(draft: ContactDraft): OrganisationContact {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    name: value(draft.name),
    phone: value(draft.phone),
    email: value(draft.email),
    visitingAddress: value(draft.visitingAddress),
    openingHours: value(draft.openingHours),
  };
}

/** Whether households would find any way to reach the organisation. */
export function reachable(draft: ContactDraft): boolean {
  return draft.phone.trim() !== '' || draft.email.trim() !== '' || draft.visitingAddress.trim() !== '';
}
