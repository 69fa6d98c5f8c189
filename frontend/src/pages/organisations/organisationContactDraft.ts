import type { Organisation } from '../../api/organisations';
import type { Contact } from '../../client';
import { checkEmail, checkOptionalText, checkPhone, collect, type Invalids } from '../../forms/validation';

/** The contact as typed; every field may stay empty. */
export interface ContactDraft {
  name: string;
  phone: string;
  email: string;
}

export type ContactField = keyof ContactDraft;

/** Body paths of the API's field errors → the form's fields. */
export const contactFieldPaths: Readonly<Record<string, ContactField>> = { name: 'name', phone: 'phone', email: 'email' };

export function contactDraftFrom(organisation: Organisation): ContactDraft {
  return { name: organisation.contact?.name ?? '', phone: organisation.contact?.phone ?? '', email: organisation.contact?.email ?? '' };
}

/** As the API: a name of at most 200 characters, a phone number of digits, spaces, +, (, ) and -, an e-mail address. */
export function validateContact(draft: ContactDraft): Invalids<ContactField> {
  return collect<ContactField>({
    name: checkOptionalText(draft.name, 200),
    phone: checkPhone(draft.phone),
    email: checkEmail(draft.email),
  });
}

/** The whole contact: an empty field is cleared. */
export function contactBody(draft: ContactDraft): Contact {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return { name: value(draft.name), phone: value(draft.phone), email: value(draft.email) };
}

/** Whether households would find any way to reach the organisation. */
export function reachable(draft: ContactDraft): boolean {
  return draft.phone.trim() !== '' || draft.email.trim() !== '';
}
