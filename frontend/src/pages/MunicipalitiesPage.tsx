import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { municipalitiesQuery, type Municipality } from '../api/municipalities';
import { DataTable, type Column } from '../components/DataTable';
import { Heading } from '../components/Heading';
import { pageCountFor, Pagination } from '../components/Pagination';
import { Paragraph } from '../components/Paragraph';
import { ProblemAlert } from '../components/ProblemAlert';
import { SearchForm } from '../components/SearchForm';
import { useNumberFormat } from '../i18n/useNumberFormat';
import { usePageTitle } from '../layout/usePageTitle';

const pageSize = 25;
const coordinateFormat: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The municipalities reference list: searchable by name, paged, with the filter in the URL. */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const title = t('screens.municipalities');
  usePageTitle(title);
  const coordinate = useNumberFormat(coordinateFormat);
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const page = pageFrom(searchParams.get('page'));
  const query = useQuery(municipalitiesQuery({ q, limit: pageSize, offset: (page - 1) * pageSize }));

  function show(next: { q: string; page: number }) {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.page > 1) params.set('page', String(next.page));
    setSearchParams(params);
  }

  const columns: Array<Column<Municipality>> = [
    { id: 'name', header: t('municipalities.columns.name'), cell: (row) => row.name, rowHeader: true },
    { id: 'code', header: t('municipalities.columns.code'), cell: (row) => row.code },
    { id: 'province', header: t('municipalities.columns.province'), cell: (row) => row.province },
    { id: 'lat', header: t('municipalities.columns.lat'), cell: (row) => coordinate.format(row.lat), numeric: true },
    { id: 'lon', header: t('municipalities.columns.lon'), cell: (row) => coordinate.format(row.lon), numeric: true },
  ];

  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const status = !data
    ? query.isPending
      ? t('app.loading')
      : ''
    : data.total === 0 && q
      ? t('municipalities.noResults', { query: q })
      : t('municipalities.count', { count: data.total });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('municipalities.intro')}</Paragraph>
      <SearchForm
        key={q}
        formLabel={t('municipalities.searchFormLabel')}
        label={t('municipalities.searchLabel')}
        buttonLabel={t('municipalities.search')}
        defaultValue={q}
        onSearch={(value) => show({ q: value, page: 1 })}
      />
      <Paragraph role="status" className="app-results-status">
        {status}
      </Paragraph>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <DataTable
          caption={t('municipalities.caption', { page, pages: pageCount })}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.code}
          busy={query.isFetching}
        />
      )}
      {data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={(next) => show({ q, page: next })} />}
    </>
  );
}
