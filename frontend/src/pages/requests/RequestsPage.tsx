import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { oneOf } from '../../api/enums';
import { allMunicipalitiesQuery } from '../../api/municipalities';
import { requestQueueQuery, requestStatuses, urgencies, type RelocationRequest } from '../../api/relocationRequests';
import type { RequestSort } from '../../client';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { chosenSort, sortValues, useTableSorting } from '../../components/tableSorting';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { DaysLeft, RequestStatusBadge, UrgencyBadge } from './RequestBadges';
import { requestMunicipalities, type QueueFilter } from './requestRules';

/** How often the queue asks for changes while it is visible (React Query pauses it while hidden). */
export const QUEUE_REFRESH_MS = 30_000;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const sortKeys = { request: 'createdAt', urgency: 'urgency', mustMoveBy: 'mustMoveBy', status: 'status' } as const;
const requestSorts = sortValues(sortKeys);

/** The queue's filters, read from the URL. */
export function queueFilter(params: URLSearchParams): QueueFilter & { sort: string } {
  const before = params.get('before') ?? '';
  const municipality = params.get('municipality') ?? '';
  const q = (params.get('q') ?? '').trim().slice(0, 40);
  const sort = params.get('sort') ?? '';
  return {
    status: oneOf(requestStatuses, params.get('status')),
    urgency: oneOf(urgencies, params.get('urgency')),
    mustMoveBefore: datePattern.test(before) ? before : undefined,
    municipalityCode: /^GM\d{4}$/.test(municipality) ? municipality : undefined,
    q: q || undefined,
    mine: params.get('mine') === '1',
    overdue: params.get('overdue') === '1',
    sort: chosenSort(requestSorts, sort, 'mustMoveBy'),
  };
}

/** A short, unique name for a request in a list: its household's reference and its reason. */
export function requestLabel(request: Pick<RelocationRequest, 'householdReference'>, reason: string): string {
  return `${request.householdReference} · ${reason}`;
}

/** The desk's queue: every request, the nearest must-move-by first, with urgency and days left. */
export function RequestsPage() {
  const { t } = useTranslation();
  const title = t('screens.requests');
  usePageTitle(title);
  const formatDate = useDateFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = queueFilter(searchParams);
  const query = useQuery({
    ...requestQueueQuery({
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.urgency ? { urgency: filter.urgency } : {}),
      ...(filter.mustMoveBefore ? { mustMoveBefore: filter.mustMoveBefore } : {}),
      ...(filter.municipalityCode ? { municipalityCode: filter.municipalityCode } : {}),
      ...(filter.q ? { q: filter.q } : {}),
      ...(filter.mine ? { assignee: 'me' } : {}),
      ...(filter.overdue ? { overdue: true } : {}),
      sort: filter.sort as RequestSort,
    }),
    // Others work the queue too: it refreshes itself while the tab is visible.
    refetchInterval: QUEUE_REFRESH_MS,
  });
  const municipalities = useQuery(allMunicipalitiesQuery());
  const rows = query.data?.items ?? [];

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const name of ['q', 'status', 'urgency', 'before', 'municipality', 'mine', 'overdue']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) params.set(name, value);
    }
    if (filter.sort !== 'mustMoveBy') params.set('sort', filter.sort);
    setSearchParams(params);
  }

  function sortBy(sort: string) {
    const params = new URLSearchParams(searchParams);
    params.set('sort', sort);
    setSearchParams(params);
  }

  const sorting = useTableSorting(sortKeys, filter.sort, sortBy);

  const columns: Array<Column<RelocationRequest>> = [
    {
      id: 'request',
      header: t('requests.columns.request'),
      cell: (row) => <AppLink to={`/relocation-requests/${row.id}`}>{requestLabel(row, t(`enums.requestReason.${row.reason}`))}</AppLink>,
      rowHeader: true,
    },
    { id: 'urgency', header: t('requests.columns.urgency'), cell: (row) => <UrgencyBadge urgency={row.urgency} /> },
    {
      id: 'mustMoveBy',
      header: t('requests.columns.mustMoveBy'),
      cell: (row) => (
        <>
          {formatDate.date(row.mustMoveBy)} <DaysLeft date={row.mustMoveBy} />
          {row.overdue && <span className="app-visually-hidden"> ({t('requests.overdue')})</span>}
        </>
      ),
    },
    { id: 'status', header: t('requests.columns.status'), cell: (row) => <RequestStatusBadge status={row.status} /> },
    {
      id: 'nextStep',
      header: t('requests.columns.nextStep'),
      cell: (row) =>
        row.nextStep ? `${t(`enums.nextStep.${row.nextStep}`)}${row.nextStepExpectedOn ? ` (${formatDate.date(row.nextStepExpectedOn)})` : ''}` : t('common.none'),
    },
    {
      id: 'municipality',
      header: t('requests.columns.municipality'),
      cell: (row) => {
        const code = requestMunicipalities(row)[0];
        return code ? <MunicipalityName code={code} /> : t('common.notGiven');
      },
    },
    { id: 'assignee', header: t('requests.columns.assignee'), cell: (row) => row.assignee?.fullName ?? t('requests.unassigned') },
  ];

  const status = query.isPending ? t('app.loading') : query.data ? (rows.length === 0 ? t('requests.none') : t('requests.count', { count: rows.length })) : '';

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('requests.intro')}</Paragraph>
      <form key={searchParams.toString()} aria-label={t('requests.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <TextField label={t('requests.filters.search')} description={t('requests.filters.searchHint')} name="q" type="search" maxLength={40} defaultValue={filter.q ?? ''} />
        <SelectField
          label={t('requests.columns.urgency')}
          name="urgency"
          defaultValue={filter.urgency ?? ''}
          options={[{ value: '', label: t('common.all') }, ...urgencies.map((value) => ({ value, label: t(`enums.urgency.${value}`) }))]}
        />
        <TextField label={t('requests.filters.before')} name="before" type="date" defaultValue={filter.mustMoveBefore ?? ''} />
        <SelectField
          label={t('requests.columns.status')}
          name="status"
          defaultValue={filter.status ?? ''}
          options={[{ value: '', label: t('common.all') }, ...requestStatuses.map((value) => ({ value, label: t(`enums.requestStatus.${value}`) }))]}
        />
        <SelectField
          label={t('requests.columns.municipality')}
          name="municipality"
          defaultValue={filter.municipalityCode ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...(municipalities.data?.items ?? []).map((municipality) => ({ value: municipality.code, label: `${municipality.name} (${municipality.code})` })),
          ]}
        />
        <CheckboxField label={t('requests.filters.mine')} name="mine" value="1" defaultChecked={filter.mine} />
        <CheckboxField label={t('requests.filters.overdue')} name="overdue" value="1" defaultChecked={filter.overdue} />
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
      {rows.length > 0 && (
        <DataTable
          caption={t('requests.caption')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          busy={query.isFetching}
          sorting={sorting}
          rowClassName={(row) => (row.overdue ? 'app-row--overdue' : undefined)}
        />
      )}
    </>
  );
}
