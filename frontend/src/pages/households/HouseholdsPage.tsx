import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { householdsQuery, type Household } from '../../api/households';
import { requestQueueQuery, type RelocationRequest } from '../../api/relocationRequests';
import { AppLink } from '../../components/AppLink';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BadgeList } from '../../components/StatusBadge';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { RequestStatusBadge } from '../requests/RequestBadges';

/** The households a partner supports, with where their requests stand. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const title = t('screens.households');
  usePageTitle(title);
  const languageName = useLanguageNames();
  const households = useQuery(householdsQuery({ limit: 200, offset: 0 }));
  const requests = useQuery(requestQueueQuery({}));
  const byHousehold = new Map<string, RelocationRequest[]>();
  for (const request of requests.data?.items ?? []) byHousehold.set(request.householdId, [...(byHousehold.get(request.householdId) ?? []), request]);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('households.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/households/new" appearance="primary-action">
          {t('households.register')}
        </ButtonLink>
      </ButtonGroup>
      <Paragraph role="status" className="app-results-status">
        {households.isPending ? t('app.loading') : households.data ? t('households.count', { count: households.data.total }) : ''}
      </Paragraph>
      {households.isError && <ProblemAlert error={households.error} onRetry={() => void households.refetch()} />}
      {requests.isError && <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {households.data && households.data.items.length > 0 && (
        <DataTable<Household>
          caption={t('households.caption')}
          captionHidden
          rows={households.data.items}
          rowKey={(row) => row.id}
          columns={[
            { id: 'reference', header: t('households.columns.reference'), cell: (row) => <AppLink to={`/households/${row.id}`}>{row.reference}</AppLink>, rowHeader: true },
            { id: 'size', header: t('household.size'), cell: (row) => row.size, numeric: true },
            { id: 'language', header: t('household.preferredLanguage'), cell: (row) => languageName(row.preferredLanguage) },
            {
              id: 'requests',
              header: t('households.columns.requests'),
              cell: (row) => {
                const own = byHousehold.get(row.id) ?? [];
                return own.length === 0 ? (
                  t('households.noRequest')
                ) : (
                  <BadgeList>
                    {own.map((request) => (
                      <RequestStatusBadge key={request.id} status={request.status} />
                    ))}
                  </BadgeList>
                );
              },
            },
          ]}
        />
      )}
    </>
  );
}
