import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usersQuery, type User, type UserListQuery } from '../../api/users';
import { useCurrentUser } from '../../auth/AuthProvider';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import type { Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { ListResults } from '../../components/ListResults';
import { pageFromParams } from '../../components/Pagination';
import { Paragraph } from '../../components/Paragraph';
import { TextField } from '../../components/TextField';
import { OrganisationField, OrganisationName } from '../../forms/OrganisationField';
import { usePageTitle } from '../../layout/usePageTitle';
import { TwoFactorStatus } from './TwoFactorStatus';
import { UserBadges } from './UserBadges';

const pageSize = 25;

/** The API query for the filters and page in the URL (the API keeps others to their own organisation). */
export function userListQuery(params: URLSearchParams): UserListQuery {
  const q = params.get('q')?.trim();
  const organisationId = params.get('organisationId');
  const page = pageFromParams(params);
  return { ...(q ? { q } : {}), ...(organisationId ? { organisationId } : {}), limit: pageSize, offset: (page - 1) * pageSize };
}

/** The users a platform admin manages (all), or an organisation admin (their own organisation's). */
export function UsersPage() {
  const { t } = useTranslation();
  const title = t('screens.users');
  usePageTitle(title);
  const me = useCurrentUser();
  const platformAdmin = me.role === 'admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const listQuery = userListQuery(searchParams);
  const page = (listQuery.offset ?? 0) / pageSize + 1;
  const query = useQuery(usersQuery(listQuery));

  function show(filters: { q: string; organisationId: string }, nextPage: number) {
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    if (filters.organisationId) params.set('organisationId', filters.organisationId);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  }

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    show({ q: String(form.get('q') ?? '').trim(), organisationId: String(form.get('organisationId') ?? '') }, 1);
  }

  const columns: Array<Column<User>> = [
    { id: 'name', header: t('users.columns.name'), cell: (row) => <AppLink to={`/users/${row.id}`}>{row.fullName}</AppLink>, rowHeader: true },
    { id: 'email', header: t('users.columns.email'), cell: (row) => row.email },
    { id: 'role', header: t('users.columns.role'), cell: (row) => t(`roles.${row.role}`) },
    ...(platformAdmin ? [{ id: 'organisation', header: t('users.columns.organisation'), cell: (row: User) => <OrganisationName id={row.organisationId} /> }] : []),
    { id: 'status', header: t('users.columns.status'), cell: (row) => <UserBadges user={row} /> },
    { id: 'twoFactor', header: t('users.columns.twoFactor'), cell: (row) => <TwoFactorStatus user={row} /> },
  ];

  const filtered = Boolean(listQuery.q || listQuery.organisationId);
  const newUserPath = listQuery.organisationId ? `/users/new?organisationId=${encodeURIComponent(listQuery.organisationId)}` : '/users/new';

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{platformAdmin ? t('users.introAdmin') : t('users.introOrganisationAdmin')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to={newUserPath} appearance="primary-action">
          {t('users.invite')}
        </ButtonLink>
      </ButtonGroup>
      <form key={searchParams.toString()} aria-label={t('users.filterLabel')} onSubmit={handleFilter} className="app-filters">
        <TextField label={t('users.filters.q')} name="q" type="search" autoComplete="off" defaultValue={listQuery.q ?? ''} />
        {platformAdmin && (
          <OrganisationField
            label={t('users.columns.organisation')}
            name="organisationId"
            defaultValue={listQuery.organisationId ?? ''}
            emptyLabel={t('users.filters.allOrganisations')}
          />
        )}
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
        caption={(current, pages) => t('users.caption', { page: current, pages })}
        columns={columns}
        rowKey={(row) => row.id}
        empty={filtered ? t('users.noMatches') : t('users.none')}
        found={(count) => t('users.count', { count })}
        onPageChange={(next) => show({ q: listQuery.q ?? '', organisationId: listQuery.organisationId ?? '' }, next)}
      />
    </>
  );
}
