import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  locationFilterFromParams,
  locationFilterToParams,
  locationKinds,
  locationListQuery,
  locationSorts,
  locationsQuery,
  locationStatuses,
  type LocationFilter,
  type ShelterLocation,
} from '../../api/places';
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
import { TextField } from '../../components/TextField';
import { chosenSort, useTableSorting } from '../../components/tableSorting';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { usePageTitle } from '../../layout/usePageTitle';
import { LocationBadges } from './LocationBadges';

const pageSize = 25;

/** The sortable columns and their API sort keys. */
const sortKeys = { name: 'name', capacity: 'capacity', available: 'freeBeds' } as const;

/** The label of each sort order (translation keys cannot start with "-"). */
const sortLabels = {
  name: 'name',
  '-name': 'nameDesc',
  createdAt: 'oldest',
  '-freeBeds': 'mostFreeBeds',
  freeBeds: 'fewestFreeBeds',
  '-capacity': 'largest',
  capacity: 'smallest',
  '-createdAt': 'newest',
} as const satisfies Record<LocationFilter['sort'], string>;

/** Reads the submitted filter form; a page change keeps the filters, a new filter starts at page 1. */
function filterFromForm(form: FormData): LocationFilter {
  const text = (name: string) => String(form.get(name) ?? '');
  const params = new URLSearchParams();
  for (const name of ['q', 'status', 'kind', 'smallScale', 'minFreeBeds', 'sort']) {
    const value = text(name).trim();
    if (value) params.set(name, value);
  }
  return locationFilterFromParams(params);
}

/** A municipality's shelter locations, with live occupancy, filtered and sorted. */
export function LocationsPage() {
  const { t } = useTranslation();
  const title = t('screens.locations');
  usePageTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = locationFilterFromParams(searchParams);
  const query = useQuery(locationsQuery(locationListQuery(filter, pageSize)));

  function show(next: LocationFilter) {
    setSearchParams(locationFilterToParams(next));
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    show(filterFromForm(new FormData(event.currentTarget)));
  }

  const sorting = useTableSorting(sortKeys, filter.sort, (sort) => show({ ...filter, sort: chosenSort(locationSorts, sort, 'name'), page: 1 }));

  const columns: Array<Column<ShelterLocation>> = [
    {
      id: 'name',
      header: t('locations.columns.name'),
      cell: (row) => <AppLink to={`/shelter-locations/${row.id}`}>{row.name}</AppLink>,
      rowHeader: true,
    },
    { id: 'municipality', header: t('forms.municipality'), cell: (row) => <MunicipalityName code={row.municipalityCode} /> },
    { id: 'kind', header: t('locations.columns.kind'), cell: (row) => t(`enums.locationKind.${row.kind}`) },
    { id: 'status', header: t('locations.columns.status'), cell: (row) => t(`enums.locationStatus.${row.status}`) },
    { id: 'capacity', header: t('locations.columns.capacity'), cell: (row) => row.capacity, numeric: true },
    { id: 'occupied', header: t('locations.columns.occupied'), cell: (row) => row.occupied, numeric: true },
    { id: 'available', header: t('locations.columns.available'), cell: (row) => row.available, numeric: true },
    { id: 'badges', header: t('locations.columns.notes'), cell: (row) => <LocationBadges location={row} /> },
  ];

  const data = query.data;
  const pageCount = data ? pageCountFor(data.total, pageSize) : 1;
  const filtered = filter.status || filter.kind || filter.smallScale !== undefined || filter.minFreeBeds || filter.q;
  const status = !data
    ? query.isPending
      ? t('app.loading')
      : ''
    : data.total === 0
      ? filtered
        ? t('locations.noMatches')
        : t('locations.none')
      : t('locations.count', { count: data.total });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('locations.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/shelter-locations/new" appearance="primary-action">
          {t('locations.registerSmallScale')}
        </ButtonLink>
      </ButtonGroup>
      <form
        key={searchParams.toString()}
        aria-label={t('locations.filterLabel')}
        onSubmit={handleFilter}
        className="app-filters"
      >
        <TextField label={t('locations.filters.search')} description={t('locations.filters.searchHint')} name="q" type="search" maxLength={100} defaultValue={filter.q ?? ''} />
        <SelectField
          label={t('locations.filters.status')}
          name="status"
          defaultValue={filter.status ?? ''}
          options={[{ value: '', label: t('common.all') }, ...locationStatuses.map((value) => ({ value, label: t(`enums.locationStatus.${value}`) }))]}
        />
        <SelectField
          label={t('locations.filters.kind')}
          name="kind"
          defaultValue={filter.kind ?? ''}
          options={[{ value: '', label: t('common.all') }, ...locationKinds.map((value) => ({ value, label: t(`enums.locationKind.${value}`) }))]}
        />
        <SelectField
          label={t('locations.filters.smallScale')}
          name="smallScale"
          defaultValue={filter.smallScale === undefined ? '' : filter.smallScale ? 'yes' : 'no'}
          options={[
            { value: '', label: t('common.all') },
            { value: 'yes', label: t('locations.filters.smallScaleOnly') },
            { value: 'no', label: t('locations.filters.largeOnly') },
          ]}
        />
        <TextField
          label={t('locations.filters.minFreeBeds')}
          name="minFreeBeds"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={filter.minFreeBeds ?? ''}
        />
        <SelectField
          label={t('locations.filters.sort')}
          name="sort"
          defaultValue={filter.sort}
          options={locationSorts.map((value) => ({ value, label: t(`locations.sort.${sortLabels[value]}`) }))}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('locations.filters.apply')}
          </Button>
          {filtered && <Button onClick={() => setSearchParams(new URLSearchParams())}>{t('locations.filters.clear')}</Button>}
        </ButtonGroup>
      </form>
      <Paragraph role="status" className="app-results-status">
        {status}
      </Paragraph>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <DataTable
          caption={t('locations.caption', { page: filter.page, pages: pageCount })}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.id}
          busy={query.isFetching}
          sorting={sorting}
        />
      )}
      {data && pageCount > 1 && <Pagination page={filter.page} pageCount={pageCount} onPageChange={(page) => show({ ...filter, page })} />}
    </>
  );
}
