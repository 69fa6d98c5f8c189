import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vettingDecisionsQuery, type VettingDecision } from '../../api/hostFamilies';
import { DataTable, type Column } from '../../components/DataTable';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { useDateFormat } from '../../i18n/useDateFormat';

/** Every vetting decision, newest first: what was checked, when, by whom, and its second check. */
export function VettingHistory({ hostFamilyId }: { hostFamilyId: string }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const decisions = useQuery(vettingDecisionsQuery(hostFamilyId));
  const checks = (decision: VettingDecision) =>
    (
      [
        ['vogCheckedOn', decision.vogCheckedOn],
        ['homeVisitOn', decision.homeVisitOn],
        ['referencesCheckedOn', decision.referencesCheckedOn],
        ['idCheckedOn', decision.idCheckedOn],
      ] as const
    )
      .filter(([, on]) => on)
      .map(([check, on]) => t(`vetting.history.check`, { check: t(`vetting.${check}`), date: formatDate.date(on) }))
      .join('; ') || t('common.notGiven');
  const person = (ref: VettingDecision['decidedBy']) =>
    ref ? [ref.fullName, ref.organisationName].filter(Boolean).join(', ') : t('vetting.history.unknown');

  const columns: Column<VettingDecision>[] = [
    { id: 'decidedAt', header: t('vetting.history.decidedAt'), cell: (d) => formatDate.dateTime(d.decidedAt), rowHeader: true },
    {
      id: 'status',
      header: t('vetting.status'),
      cell: (d) => (
        <>
          {t(`enums.vettingStatus.${d.status}`)}
          {d.inEffect && (
            <>
              {' '}
              <StatusBadge tone="active">{t('vetting.history.inEffect')}</StatusBadge>
            </>
          )}
        </>
      ),
    },
    { id: 'checks', header: t('vetting.history.checks'), cell: checks },
    { id: 'expiresOn', header: t('vetting.expiresOn'), cell: (d) => formatDate.date(d.expiresOn) || t('common.notGiven') },
    { id: 'decidedBy', header: t('vetting.history.decidedBy'), cell: (d) => person(d.decidedBy) },
    {
      id: 'review',
      header: t('vetting.history.review'),
      cell: (d) =>
        d.review.status === 'not_required'
          ? t('enums.reviewStatus.not_required')
          : [t(`enums.reviewStatus.${d.review.status}`), d.review.reviewedBy ? person(d.review.reviewedBy) : null].filter(Boolean).join(': '),
    },
    { id: 'note', header: t('vetting.note'), cell: (d) => (d.note ? <span className="app-long-text">{d.note}</span> : '') },
  ];

  if (decisions.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (decisions.isError) return <ProblemAlert error={decisions.error} onRetry={() => void decisions.refetch()} />;
  if (decisions.data.items.length === 0) return <Paragraph>{t('vetting.history.empty')}</Paragraph>;
  return <DataTable caption={t('vetting.history.title')} captionHidden columns={columns} rows={decisions.data.items} rowKey={(d) => d.id} />;
}
