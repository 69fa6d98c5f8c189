import { useId, type Key, type ReactNode } from 'react';
import { classNames } from './classNames';

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The cell that names the row: rendered as a row header. */
  rowHeader?: boolean;
}

/** Server-side sorting: which columns sort by which key (a leading `-` reverses it). */
export interface TableSorting {
  keys: Readonly<Record<string, string>>;
  current: string;
  onSort: (key: string) => void;
  /** The button's accessible name, e.g. "Sort by urgency". */
  label: (header: string) => string;
}

interface DataTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  busy?: boolean;
  /** For a table right under a heading that says the same: the caption is only read out. */
  captionHidden?: boolean;
  sorting?: TableSorting;
  /** Extra class names per row, e.g. to highlight an overdue one. */
  rowClassName?: (row: Row) => string | undefined;
}

function SortableHeader({ header, sortKey, sorting }: { header: string; sortKey: string; sorting: TableSorting }) {
  const ascending = sorting.current === sortKey;
  const descending = sorting.current === `-${sortKey}`;
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle app-sort-button"
      aria-label={sorting.label(header)}
      onClick={() => sorting.onSort(ascending ? `-${sortKey}` : sortKey)}
    >
      {header}
      <span aria-hidden="true" className="app-sort-button__icon">
        {ascending ? '▲' : descending ? '▼' : '↕'}
      </span>
    </button>
  );
}

/**
 * A table that scrolls sideways on narrow screens; the scroll area is keyboard-reachable. It is a
 * region landmark of its own unless its caption is hidden: then the section around it, named by the
 * heading that says the same, is the landmark, and a second one of that name would be noise.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, busy = false, captionHidden = false, sorting, rowClassName }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      role={captionHidden ? 'group' : 'region'}
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className={classNames('utrecht-table', 'utrecht-table--html-table', busy && 'utrecht-table--busy')} aria-busy={busy || undefined}>
        <caption id={captionId} className={classNames('utrecht-table__caption', captionHidden && 'app-visually-hidden')}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => {
              const sortKey = sorting?.keys[column.id];
              const sortState =
                sorting && sortKey ? (sorting.current === sortKey ? 'ascending' : sorting.current === `-${sortKey}` ? 'descending' : 'none') : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sortState}
                  className={classNames('utrecht-table__header-cell', column.numeric && 'utrecht-table__header-cell--numeric-column')}
                >
                  {sorting && sortKey ? <SortableHeader header={column.header} sortKey={sortKey} sorting={sorting} /> : column.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={classNames('utrecht-table__row', rowClassName?.(row))}>
              {columns.map((column) => {
                const className = classNames(
                  column.rowHeader ? 'utrecht-table__header-cell' : 'utrecht-table__cell',
                  column.numeric && 'utrecht-table__cell--numeric-data',
                );
                return column.rowHeader ? (
                  <th key={column.id} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
