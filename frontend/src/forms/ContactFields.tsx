import { useTranslation } from 'react-i18next';
import { Fieldset } from '../components/Fieldset';
import { TextField } from '../components/TextField';

export interface ContactDraft {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

interface ContactFieldsProps extends ContactDraft {
  legend: string;
  description?: string;
  onChange: (change: Partial<ContactDraft>) => void;
  errors: Partial<Record<keyof ContactDraft, string>>;
}

export function ContactFields({ legend, description, contactName, contactPhone, contactEmail, onChange, errors }: ContactFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} description={description}>
      <TextField
        label={t('forms.contactName')}
        name="contactName"
        autoComplete="off"
        value={contactName}
        onChange={(event) => onChange({ contactName: event.target.value })}
        error={errors.contactName}
      />
      <TextField
        label={t('forms.contactPhone')}
        name="contactPhone"
        type="tel"
        autoComplete="off"
        value={contactPhone}
        onChange={(event) => onChange({ contactPhone: event.target.value })}
        error={errors.contactPhone}
      />
      <TextField
        label={t('forms.contactEmail')}
        name="contactEmail"
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={contactEmail}
        onChange={(event) => onChange({ contactEmail: event.target.value })}
        error={errors.contactEmail}
      />
    </Fieldset>
  );
}

/** The API's contact object: null when nothing was filled in. */
export function contactBody({ contactName, contactPhone, contactEmail }: ContactDraft) {
  const contact = { name: contactName.trim() || null, phone: contactPhone.trim() || null, email: contactEmail.trim() || null };
  return contact.name || contact.phone || contact.email ? contact : null;
}

export function contactDraft(contact: { name: string | null; phone: string | null; email: string | null } | null): ContactDraft {
  return { contactName: contact?.name ?? '', contactPhone: contact?.phone ?? '', contactEmail: contact?.email ?? '' };
}

/** Where the API reports errors in a contact object, as form fields. */
export const contactFieldPaths = { 'contact.name': 'contactName', 'contact.phone': 'contactPhone', 'contact.email': 'contactEmail' } as const;
