import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/referrals';
import { DataTable, type Column } from '../../components/DataTable';
import { useDateFormat } from '../../i18n/useDateFormat';
import { ReferralStatusBadge } from './ReferralBadges';

/** What became of a referral, in words: the decline's reason, why it ended, or the sender's reason to take it back. */
export function ReferralOutcome({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const note = referral.endReason
    ? t('referrals.endedBecause', { reason: t(`enums.referralEndReason.${referral.endReason}`) })
    : (referral.declineReason ?? referral.revokeReason);
  return (
    <>
      <ReferralStatusBadge status={referral.status} />
      {note ? <> {note}</> : null}
    </>
  );
}

/** Referrals in a table: household, from, to, kind and purpose, outcome, date; an optional action per row. */
export function ReferralsTable({ caption, referrals, action }: { caption: string; referrals: readonly Referral[]; action?: (referral: Referral) => ReactNode }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const columns: Column<Referral>[] = [
    { id: 'household', header: t('referrals.household'), cell: (referral) => referral.householdReference, rowHeader: true },
    { id: 'from', header: t('referrals.from'), cell: (referral) => referral.fromOrganisationName },
    { id: 'to', header: t('referrals.to'), cell: (referral) => referral.toOrganisationName },
    {
      id: 'kind',
      header: t('referrals.kind'),
      cell: (referral) => `${t(`enums.referralKind.${referral.kind}`)}: ${t(`enums.consentPurpose.${referral.purpose}`)}`,
    },
    { id: 'status', header: t('referrals.answer'), cell: (referral) => <ReferralOutcome referral={referral} /> },
    { id: 'sentAt', header: t('referrals.sentAt'), cell: (referral) => formatDate.dateTime(referral.sentAt) },
    ...(action ? [{ id: 'action', header: t('consents.action'), cell: action }] : []),
  ];
  return <DataTable caption={caption} captionHidden rows={referrals} rowKey={(referral) => referral.id} columns={columns} />;
}
