import { useTranslation } from 'react-i18next';
import type { ContactPublic } from '../client';

/** An organisation's contact also says where and when households can come by. */
type ShownContact = ContactPublic & { visitingAddress?: string | null; openingHours?: string | null };

/** A contact person with phone and e-mail as links (and where and when to come by); "not given" when there is none. */
export function ContactDetails({ contact }: { contact: ShownContact | null }) {
  const { t } = useTranslation();
  if (!contact) return <>{t('common.notGiven')}</>;
  return (
    <span className="app-contact">
      {contact.name && <span>{contact.name}</span>}
      {contact.phone && (
        <a className="utrecht-link utrecht-link--html-a utrecht-link--telephone" href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>
          {contact.phone}
        </a>
      )}
      {contact.email && (
        <a className="utrecht-link utrecht-link--html-a" href={`mailto:${contact.email}`}>
          {contact.email}
        </a>
      )}
      {contact.visitingAddress && <span>{contact.visitingAddress}</span>}
      {contact.openingHours && <span>{contact.openingHours}</span>}
    </span>
  );
}

