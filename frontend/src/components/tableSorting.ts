import { useTranslation } from 'react-i18next';
import type { TableSorting } from './DataTable';

/**
 * Server-side sorting of a list, shared by every list page: the columns' sort keys, both ways
 * (`name`, `-name` reversed: the API's `?sort=`), and the DataTable's sortable headers with
 * `aria-sort` and a "Sort by …" label.
 */
export function sortValues(keys: Readonly<Record<string, string>>): string[] {
  return Object.values(keys).flatMap((key) => [key, `-${key}`]);
}

/** SORT when it is one of VALUES, else FALLBACK. */
export function chosenSort<S extends string>(values: readonly S[], sort: string | null, fallback: S): S {
  return values.find((value) => value === sort) ?? fallback;
}

export function useTableSorting(keys: Readonly<Record<string, string>>, current: string, onSort: (sort: string) => void): TableSorting {
  const { t } = useTranslation();
  return { keys, current, onSort, label: (header) => t('table.sortBy', { column: header }) };
}
