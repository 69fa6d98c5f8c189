import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hostFamiliesQuery, type HostFamily, type HostFamilyListQuery } from '../../api/hostFamilies';
import type { HostSort } from '../../client';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { pageCountFor, Pagination } from '../../components/Pagination';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { BadgeList, StatusBadge } from '../../components/StatusBadge';
import { TextField } from '../../components/TextField';
import { chosenSort, sortValues, useTableSorting } from '../../components/tableSorting';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { VettingBadge } from './VettingBadge';

const pageSize = 25;
/** The sortable columns and their API sort keys. */
const sortKeys = { name: 'displayName', window: 'availableUntil', freeBeds: 'freeBeds' } as const;
const hostSorts = [...sortValues(sortKeys), 'createdAt', '-createdAt'] as HostSort[];

/** The API query for the filters and page in the URL. */
export function hostFamilyListQuery(params: URLSearchParams): HostFamilyListQuery {
  const vetted = params.get('vetted');
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    ...(vetted === 'yes' ? { vetted: true } : vetted === 'no' ? { vetted: false } : {}),
    ...(q ? { q } : {}),
    sort: chosenSort(hostSorts, params.get('sort'), 'displayName'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}

/** The host families a partner organisation supports, with vetting, window and free beds. */
export function HostFamiliesPage() {
  const { t } = useTranslation();
  const title = t('screens.hostFamilies');
  usePageTitle(title);
  const formatDate = useDateFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = hostFamilyListQuery(searchParams);
  const page = (listQuery.offset ?? 0) / pageSize + 1;
  const query = useQuery(hostFamiliesQuery(listQuery));
  const vettedFilter = listQuery.vetted === undefined || listQuery.vetted === null ? '' : listQuery.vetted ? 'yes' : 'no';

  const currentSort = listQuery.sort ?? 'displayName';

  function show(vetted: string, q: string, sort: string, nextPage: number) {
    const params = new URLSearchParams();
    if (vetted) params.set('vetted', vetted);
    if (q.trim()) params.set('q', q.trim());
    if (sort && sort !== 'displayName') params.set('sort', sort);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    show(String(form.get('vetted') ?? ''), String(form.get('q') ?? ''), currentSort, 1);
  }

  const sorting = useTableSorting(sortKeys, currentSort, (sort) => show(vettedFilter, listQuery.q ?? '', sort, 1));

  const columns: Array<Column<HostFamily>> = [
    {
      id: 'name',
      header: t('hostFamilies.columns.name'),
      cell: (row) => <AppLink to={`/host-families/${row.id}`}>{row.displayName}</AppLink>,
      rowHeader: true,
    },
    { id: 'municipality', header: t('forms.municipality'), cell: (row) => <MunicipalityName code={row.municipalityCode} /> },
    { id: 'vetting', header: t('hostFamilies.columns.vetting'), cell: (row) => <VettingBadge vetting={row.vetting} /> },
    {
      id: 'window',
      header: t('hostFamilies.columns.window'),
      cell: (row) => t('hostFamilies.windowValue', { from: formatDate.date(row.availableFrom), until: formatDate.date(row.availableUntil) }),
    },
    { id: 'freeBeds', header: t('hostFamilies.columns.freeBeds'), cell: (row) => t('hostFamilies.freeOf', { free: row.available, beds: row.beds }), numeric: true },
    {
      id: 'notes',
      header: t('hostFamilies.columns.notes'),
      cell: (row) =>
        row.suspended ? (
          <BadgeList>
            <StatusBadge tone="danger">{t('badges.suspended')}</StatusBadge>
          </BadgeList>
        ) : null,
    },
  ];

  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const status = !data
    ? query.isPending
      ? t('app.loading')
      : ''
    : data.total === 0
      ? vettedFilter || listQuery.q
        ? t('hostFamilies.noMatches')
        : t('hostFamilies.none')
      : t('hostFamilies.count', { count: data.total });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('hostFamilies.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/host-families/new" appearance="primary-action">
          {t('hostFamilies.register')}
        </ButtonLink>
      </ButtonGroup>
      <form key={searchParams.toString()} aria-label={t('hostFamilies.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <TextField label={t('hostFamilies.filters.search')} description={t('hostFamilies.filters.searchHint')} name="q" type="search" maxLength={100} defaultValue={listQuery.q ?? ''} />
        <SelectField
          label={t('hostFamilies.filters.vetted')}
          name="vetted"
          defaultValue={vettedFilter}
          options={[
            { value: '', label: t('common.all') },
            { value: 'yes', label: t('hostFamilies.filters.vettedOnly') },
            { value: 'no', label: t('hostFamilies.filters.notVetted') },
          ]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('locations.filters.apply')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph role="status" className="app-results-status">
        {status}
      </Paragraph>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <DataTable
          caption={t('hostFamilies.caption', { page, pages: pageCount })}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.id}
          busy={query.isFetching}
          sorting={sorting}
        />
      )}
      {data && pageCount > 1 && (
        <Pagination page={page} pageCount={pageCount} onPageChange={(next) => show(vettedFilter, listQuery.q ?? '', currentSort, next)} />
      )}
    </>
  );
}
