/** The `{items, total}` envelope of every list the API returns. */
export interface ApiPage<T> {
  items: T[];
  total: number;
}

/** The API's largest page. */
export const maxPageSize = 200;

/**
 * Every item of a paged list, page by page, up to `limit` items: for short reference lists that
 * a form offers as choices (municipalities, a municipality's locations).
 */
export async function fetchAllPages<T>(
  fetchPage: (query: { limit: number; offset: number }) => Promise<ApiPage<T>>,
  limit = 2000,
): Promise<ApiPage<T>> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < Math.min(total, limit)) {
    const page = await fetchPage({ limit: maxPageSize, offset: items.length });
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0) break;
  }
  return { items, total };
}

/** The offset of the next page after `pages`, or undefined when all `total` items are loaded. */
export function nextOffset<Page extends ApiPage<unknown>>(lastPage: Page, pages: readonly Page[]): number | undefined {
  const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
  return loaded < lastPage.total ? loaded : undefined;
}
