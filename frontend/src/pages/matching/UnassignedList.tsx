import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { unassignedQuery, type Unassigned } from '../../api/matching';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { useConstraintLabel } from '../requests/ExplanationView';

const scoreFormat = { maximumFractionDigits: 3 } as const;

/** A request id as the run result shows it: its first eight characters. */
export function shortRequest(requestId: string): string {
  return requestId.slice(0, 8);
}

/** Why the run left a request without a proposal, in the interface's language. */
export function unassignedReason(item: Unassigned, t: TFunction, constraintLabel: (name: string) => string, formatScore: (value: number) => string): string {
  const place = item.placeName ?? t(`enums.placeType.${item.placeType ?? 'shelter_unit'}`);
  switch (item.reason) {
    case 'no_feasible_place':
      return item.constraint == null
        ? t('matching.unassigned.reasons.no_place_at_all')
        : t('matching.unassigned.reasons.no_feasible_place', { constraint: constraintLabel(item.constraint), excluded: item.excludedCount ?? 0, examined: item.examinedCount ?? 0 });
    case 'outcompeted': {
      const difference = item.scoreDifference ?? 0;
      const key = difference > 0 ? 'outcompeted_higher' : difference < 0 ? 'outcompeted_lower' : 'outcompeted_equal';
      return t(`matching.unassigned.reasons.${key}`, { place, request: shortRequest(item.takenByRequestId ?? ''), points: formatScore(Math.abs(difference)) });
    }
    case 'within_gap':
      return t('matching.unassigned.reasons.within_gap', { place });
    case 'no_longer_open':
      return t('matching.unassigned.reasons.no_longer_open');
  }
}

/** The requests a finished run left without a proposal, each with the reason. */
export function UnassignedList({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const query = useQuery(unassignedQuery(runId));
  const constraintLabel = useConstraintLabel();
  const score = useNumberFormat(scoreFormat);
  const title = t('matching.unassigned.title');
  return (
    <section aria-labelledby="unassigned-heading">
      <Heading level={3} id="unassigned-heading">
        {title}
      </Heading>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && <Paragraph>{t('matching.unassigned.none')}</Paragraph>}
      {query.data && query.data.items.length > 0 && (
        <>
          <DataTable
            caption={title}
            captionHidden
            rows={query.data.items}
            rowKey={(item) => item.requestId}
            columns={[
              { id: 'request', header: t('matching.unassigned.request'), cell: (item) => shortRequest(item.requestId), rowHeader: true },
              { id: 'reason', header: t('matching.unassigned.reason'), cell: (item) => unassignedReason(item, t, constraintLabel, score.format) },
            ]}
          />
          {query.data.total > query.data.items.length && (
            <Paragraph>{t('matching.unassigned.more', { shown: query.data.items.length, total: query.data.total })}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
