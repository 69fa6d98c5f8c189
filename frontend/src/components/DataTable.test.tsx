import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { queueFilter, requestLabel } from '../pages/requests/RequestsPage';
import { DataTable } from './DataTable';

const rows = [{ id: 'a', name: 'Alpha', beds: 2 }];
const columns = [
  { id: 'name', header: 'Naam', cell: (row: (typeof rows)[number]) => row.name, rowHeader: true },
  { id: 'beds', header: 'Bedden', cell: (row: (typeof rows)[number]) => row.beds, numeric: true },
];

describe('sortable tables', () => {
  it('says the order on the column header and asks for the reverse when clicked again', () => {
    const onSort = vi.fn();
    render(
      <DataTable
        caption="Plaatsen"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        sorting={{ keys: { name: 'name' }, current: 'name', onSort, label: (header) => `Sorteer op ${header}` }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Sorteer op Naam' }).closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: 'Bedden' }).getAttribute('aria-sort')).toBeNull(); // not sortable
    fireEvent.click(screen.getByRole('button', { name: 'Sorteer op Naam' }));
    expect(onSort).toHaveBeenCalledWith('-name');
  });

  it('reads search, mine, overdue and a known sort from the queue URL, and names requests by reference', () => {
    const filter = queueFilter(new URLSearchParams('q=7k3m&mine=1&overdue=1&sort=-urgency'));
    expect(filter).toMatchObject({ q: '7k3m', mine: true, overdue: true, sort: '-urgency' });
    expect(queueFilter(new URLSearchParams('sort=password')).sort).toBe('mustMoveBy');
    expect(requestLabel({ householdReference: 'HH-7K3M9Q2P' }, 'Veiligheid')).toBe('HH-7K3M9Q2P · Veiligheid');
  });
});
