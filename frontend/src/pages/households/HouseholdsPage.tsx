import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { householdsQuery, type Household, type HouseholdListQuery } from '../../api/households';
import { requestQueueQuery, type RelocationRequest } from '../../api/relocationRequests';
import type { HouseholdSort } from '../../client';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BadgeList } from '../../components/StatusBadge';
import { TextField } from '../../components/TextField';
import { chosenSort, sortValues, useTableSorting } from '../../components/tableSorting';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { RequestStatusBadge } from '../requests/RequestBadges';

/** The sortable columns and their API sort keys. */
const sortKeys = { reference: 'reference', size: 'size' } as const;
const householdSorts = [...sortValues(sortKeys), 'createdAt', '-createdAt'] as HouseholdSort[];

/** The search and order in the URL, as the API's query. */
export function householdListQuery(params: URLSearchParams): HouseholdListQuery {
  const q = (params.get('q') ?? '').trim().slice(0, 60);
  return { ...(q ? { q } : {}), sort: chosenSort(householdSorts, params.get('sort'), '-createdAt'), limit: 200, offset: 0 };
}

/** The households a partner supports, with where their requests stand: searched and sorted. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const title = t('screens.households');
  usePageTitle(title);
  const languageName = useLanguageNames();
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = householdListQuery(searchParams);
  const households = useQuery(householdsQuery(listQuery));
  const currentSort = listQuery.sort ?? '-createdAt';

  function show(q: string, sort: string) {
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (sort !== '-createdAt') params.set('sort', sort);
    setSearchParams(params);
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    show(String(new FormData(event.currentTarget).get('q') ?? ''), currentSort);
  }

  const sorting = useTableSorting(sortKeys, currentSort, (sort) => show(listQuery.q ?? '', sort));
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
      <form key={searchParams.toString()} role="search" aria-label={t('households.filterLabel')} onSubmit={handleSearch} className="app-filters">
        <TextField label={t('households.filters.search')} description={t('households.filters.searchHint')} name="q" type="search" maxLength={60} defaultValue={listQuery.q ?? ''} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('households.filters.apply')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph role="status" className="app-results-status">
        {households.isPending
          ? t('app.loading')
          : households.data
            ? households.data.total === 0 && listQuery.q
              ? t('households.noMatches')
              : t('households.count', { count: households.data.total })
            : ''}
      </Paragraph>
      {households.isError && <ProblemAlert error={households.error} onRetry={() => void households.refetch()} />}
      {requests.isError && <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {households.data && households.data.items.length > 0 && (
        <DataTable<Household>
          caption={t('households.caption')}
          captionHidden
          rows={households.data.items}
          rowKey={(row) => row.id}
          busy={households.isFetching}
          sorting={sorting}
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
