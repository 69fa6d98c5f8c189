import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { oneOf } from '../../api/enums';
import { organisationKinds, organisationsQuery, type Organisation, type OrganisationListQuery } from '../../api/organisations';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import type { Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { ListResults } from '../../components/ListResults';
import { pageFromParams } from '../../components/Pagination';
import { Paragraph } from '../../components/Paragraph';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { usePageTitle } from '../../layout/usePageTitle';

const pageSize = 25;

/** The API query for the filters and page in the URL. */
export function organisationListQuery(params: URLSearchParams): OrganisationListQuery {
  const kind = oneOf(organisationKinds, params.get('kind'));
  const q = params.get('q')?.trim();
  const page = pageFromParams(params);
  return { ...(kind ? { kind } : {}), ...(q ? { q } : {}), limit: pageSize, offset: (page - 1) * pageSize };
}

/** Every organisation on the platform (platform admins): municipalities, desks, partners and operators. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const title = t('screens.organisations');
  usePageTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = organisationListQuery(searchParams);
  const page = (listQuery.offset ?? 0) / pageSize + 1;
  const query = useQuery(organisationsQuery(listQuery));

  function show(filters: { kind: string; q: string }, nextPage: number) {
    const params = new URLSearchParams();
    if (filters.kind) params.set('kind', filters.kind);
    if (filters.q) params.set('q', filters.q);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    show({ kind: String(form.get('kind') ?? ''), q: String(form.get('q') ?? '').trim() }, 1);
  }

  const columns: Array<Column<Organisation>> = [
    { id: 'name', header: t('organisations.columns.name'), cell: (row) => <AppLink to={`/organisations/${row.id}`}>{row.name}</AppLink>, rowHeader: true },
    { id: 'kind', header: t('organisations.columns.kind'), cell: (row) => t(`enums.organisationKind.${row.kind}`) },
    {
      id: 'municipality',
      header: t('forms.municipality'),
      cell: (row) => (row.municipalityCode ? <MunicipalityName code={row.municipalityCode} /> : t('common.notGiven')),
    },
  ];

  const filtered = Boolean(listQuery.kind || listQuery.q);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/organisations/new" appearance="primary-action">
          {t('organisations.register')}
        </ButtonLink>
      </ButtonGroup>
      <form key={searchParams.toString()} aria-label={t('organisations.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <TextField label={t('organisations.filters.q')} name="q" type="search" autoComplete="off" defaultValue={listQuery.q ?? ''} />
        <SelectField
          label={t('organisations.columns.kind')}
          name="kind"
          defaultValue={listQuery.kind ?? ''}
          options={[{ value: '', label: t('common.all') }, ...organisationKinds.map((kind) => ({ value: kind, label: t(`enums.organisationKind.${kind}`) }))]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('locations.filters.apply')}
          </Button>
        </ButtonGroup>
      </form>
      <ListResults
        query={query}
        page={page}
        pageSize={pageSize}
        caption={(current, pages) => t('organisations.caption', { page: current, pages })}
        columns={columns}
        rowKey={(row) => row.id}
        empty={filtered ? t('organisations.noMatches') : t('organisations.none')}
        found={(count) => t('organisations.count', { count })}
        onPageChange={(next) => show({ kind: listQuery.kind ?? '', q: listQuery.q ?? '' }, next)}
      />
    </>
  );
}
