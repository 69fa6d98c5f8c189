import { useTranslation } from 'react-i18next';
import type { PasswordLink } from '../../api/users';
import { Paragraph } from '../../components/Paragraph';
import { ShownOnce } from '../../components/ShownOnce';
import { useDateFormat } from '../../i18n/useDateFormat';

/** The address of a password link in this app (the token travels after '#', so it is never sent to a server). */
export function passwordLinkUrl(link: PasswordLink, origin = window.location.origin): string {
  return `${origin}${link.path}`;
}

/** A new invitation or reset link, shown this once, with until when it works. */
export function PasswordLinkShown({ link, purpose }: { link: PasswordLink; purpose: 'invite' | 'reset' }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <ShownOnce
      notice={t(`passwordLink.once.${purpose}`)}
      label={t('passwordLink.url')}
      name="passwordLinkUrl"
      value={passwordLinkUrl(link)}
      copyLabel={t('passwordLink.copy')}
      copiedMessage={t('passwordLink.copied')}
    >
      <Paragraph>{t('passwordLink.expires', { when: formatDate.dateTime(link.expiresAt) })}</Paragraph>
    </ShownOnce>
  );
}
