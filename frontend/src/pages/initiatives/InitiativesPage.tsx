import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { oneOf } from '../../api/enums';
import { initiativesQuery, stages, type Initiative, type InitiativeListQuery } from '../../api/initiatives';
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
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { StageBadge } from './StageBadge';

const pageSize = 25;

/** The API query for a stage filter and page read from the URL. */
export function initiativeListQuery(params: URLSearchParams): InitiativeListQuery {
  const stage = oneOf(stages, params.get('stage'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { ...(stage ? { stage } : {}), limit: pageSize, offset: (page - 1) * pageSize };
}

/** The citizen initiatives in the municipality, by stage. */
export function InitiativesPage() {
  const { t } = useTranslation();
  const title = t('screens.initiatives');
  usePageTitle(title);
  const formatDate = useDateFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = initiativeListQuery(searchParams);
  const page = (listQuery.offset ?? 0) / pageSize + 1;
  const query = useQuery(initiativesQuery(listQuery));

  function show(stage: string, nextPage: number) {
    const params = new URLSearchParams();
    if (stage) params.set('stage', stage);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    show(String(new FormData(event.currentTarget).get('stage') ?? ''), 1);
  }

  const columns: Array<Column<Initiative>> = [
    {
      id: 'name',
      header: t('initiatives.columns.name'),
      cell: (row) => <AppLink to={`/citizen-initiatives/${row.id}`}>{row.name}</AppLink>,
      rowHeader: true,
    },
    { id: 'kind', header: t('initiatives.columns.kind'), cell: (row) => t(`enums.initiativeKind.${row.kind}`) },
    { id: 'stage', header: t('initiatives.columns.stage'), cell: (row) => <StageBadge stage={row.stage} /> },
    { id: 'plannedPlaces', header: t('initiatives.columns.plannedPlaces'), cell: (row) => row.plannedPlaces, numeric: true },
    { id: 'endsOn', header: t('initiatives.columns.endsOn'), cell: (row) => formatDate.date(row.endsOn) || t('common.notGiven') },
  ];

  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const status = !data
    ? query.isPending
      ? t('app.loading')
      : ''
    : data.total === 0
      ? listQuery.stage
        ? t('initiatives.noMatches')
        : t('initiatives.none')
      : t('initiatives.count', { count: data.total });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('initiatives.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/citizen-initiatives/new" appearance="primary-action">
          {t('initiatives.new')}
        </ButtonLink>
      </ButtonGroup>
      <form key={searchParams.toString()} aria-label={t('initiatives.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <SelectField
          label={t('initiatives.columns.stage')}
          name="stage"
          defaultValue={listQuery.stage ?? ''}
          options={[{ value: '', label: t('common.all') }, ...stages.map((stage) => ({ value: stage, label: t(`enums.stage.${stage}`) }))]}
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
          caption={t('initiatives.caption', { page, pages: pageCount })}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.id}
          busy={query.isFetching}
        />
      )}
      {data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={(next) => show(listQuery.stage ?? '', next)} />}
    </>
  );
}
