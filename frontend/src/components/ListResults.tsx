import type { UseQueryResult } from '@tanstack/react-query';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiPage } from '../api/paging';
import { DataTable, type Column } from './DataTable';
import { pageCountFor, Pagination } from './Pagination';
import { Paragraph } from './Paragraph';
import { ProblemAlert } from './ProblemAlert';

interface ListResultsProps<Row> {
  query: UseQueryResult<ApiPage<Row>>;
  page: number;
  pageSize: number;
  /** The table's caption for a page, e.g. "Users, page 1 of 3". */
  caption: (page: number, pages: number) => string;
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => Key;
  /** What the status line says when nothing is found. */
  empty: string;
  /** What it says when something is: how many. */
  found: (total: number) => string;
  onPageChange: (page: number) => void;
  /** For a list right under a heading that names it (see DataTable). */
  captionHidden?: boolean;
}

/**
 * One page of a list the API pages: a status line that screen readers hear (loading, how many, or
 * none), the API's problem with a retry, the table, and previous/next.
 */
export function ListResults<Row>({ query, page, pageSize, caption, columns, rowKey, empty, found, onPageChange, captionHidden = false }: ListResultsProps<Row>) {
  const { t } = useTranslation();
  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const status = !data ? (query.isPending ? t('app.loading') : '') : data.total === 0 ? empty : found(data.total);
  return (
    <>
      <Paragraph role="status" className="app-results-status">
        {status}
      </Paragraph>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <DataTable caption={caption(page, pageCount)} captionHidden={captionHidden} columns={columns} rows={data.items} rowKey={rowKey} busy={query.isFetching} />
      )}
      {data && pageCount > 1 && <Pagination page={page} pageCount={pageCount} onPageChange={onPageChange} />}
    </>
  );
}
