import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { incidentsQuery, type Incident, type IncidentListQuery } from '../../api/incidents';
import type { Severity } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { pageCountFor, Pagination } from '../../components/Pagination';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { CloseIncidentForm } from './CloseIncidentForm';
import { SubjectName } from './SubjectName';

const pageSize = 25;
const severityTones: Record<Severity, BadgeTone> = { low: 'neutral', medium: 'warning', high: 'danger', critical: 'danger' };

/** The API query for the status filter (open by default) and page in the URL. */
export function incidentListQuery(params: URLSearchParams): IncidentListQuery {
  const status = params.get('status');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    ...(status === 'all' ? {} : status === 'closed' ? { status: 'closed' } : { status: 'open' }),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}

/** Safeguarding reports: open ones first, each with its subject and severity, and a close form. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const title = t('screens.incidents');
  usePageTitle(title);
  const formatDate = useDateFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = incidentListQuery(searchParams);
  const statusFilter = listQuery.status ?? 'all';
  const page = (listQuery.offset ?? 0) / pageSize + 1;
  const query = useQuery(incidentsQuery(listQuery));
  const [closing, setClosing] = useState<Incident | null>(null);
  const [closed, setClosed] = useState<Incident | null>(null);

  function show(status: string, nextPage: number) {
    const params = new URLSearchParams();
    if (status !== 'open') params.set('status', status);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    show(String(new FormData(event.currentTarget).get('status') ?? 'open'), 1);
  }

  const columns: Array<Column<Incident>> = [
    { id: 'subject', header: t('incidents.columns.subject'), cell: (row) => <SubjectName incident={row} />, rowHeader: true },
    {
      id: 'severity',
      header: t('incidents.columns.severity'),
      cell: (row) => <StatusBadge tone={severityTones[row.severity]}>{t(`enums.severity.${row.severity}`)}</StatusBadge>,
    },
    { id: 'reportedAt', header: t('incidents.columns.reportedAt'), cell: (row) => formatDate.dateTime(row.reportedAt) },
    { id: 'description', header: t('incidents.columns.description'), cell: (row) => <span className="app-long-text">{row.description}</span> },
    {
      id: 'status',
      header: t('incidents.columns.status'),
      cell: (row) =>
        row.status === 'open' ? (
          <StatusBadge tone="warning">{t('incidents.open')}</StatusBadge>
        ) : (
          <>
            <StatusBadge tone="inactive">{row.outcome ? t(`enums.outcome.${row.outcome}`) : t('incidents.closed')}</StatusBadge>
            {row.outcomeNote && <span className="app-long-text"> {row.outcomeNote}</span>}
          </>
        ),
    },
    {
      id: 'actions',
      header: t('units.columns.actions'),
      cell: (row) =>
        row.status === 'open' ? (
          <Button appearance="subtle" onClick={() => setClosing(row)}>
            {t('incidents.closeButton')}
            <span className="app-visually-hidden">
              {' '}
              <SubjectName incident={row} />
            </span>
          </Button>
        ) : null,
    },
  ];

  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const status = !data ? (query.isPending ? t('app.loading') : '') : data.total === 0 ? t(`incidents.none.${statusFilter}`) : t('incidents.count', { count: data.total });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('incidents.intro')}</Paragraph>
      <form key={searchParams.toString()} aria-label={t('incidents.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <SelectField
          label={t('incidents.columns.status')}
          name="status"
          defaultValue={statusFilter}
          options={[
            { value: 'open', label: t('incidents.filters.open') },
            { value: 'closed', label: t('incidents.filters.closed') },
            { value: 'all', label: t('common.all') },
          ]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('locations.filters.apply')}
          </Button>
        </ButtonGroup>
      </form>
      {closed && (
        <Alert type="ok" role="status">
          <Paragraph>{t('incidents.closedNotice', { outcome: closed.outcome ? t(`enums.outcome.${closed.outcome}`) : '' })}</Paragraph>
        </Alert>
      )}
      <Paragraph role="status" className="app-results-status">
        {status}
      </Paragraph>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <DataTable
          caption={t('incidents.caption', { page, pages: pageCount })}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.id}
          busy={query.isFetching}
        />
      )}
      {data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={(next) => show(statusFilter, next)} />}
      {closing && (
        <CloseIncidentForm
          key={closing.id}
          incident={closing}
          onCancel={() => setClosing(null)}
          onClosed={(incident) => {
            setClosing(null);
            setClosed(incident);
          }}
        />
      )}
    </>
  );
}
