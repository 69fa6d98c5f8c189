import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { auditEventsQuery, type AuditEvent } from '../../api/audit';
import { usersQuery } from '../../api/users';
import { useCurrentUser } from '../../auth/AuthProvider';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import type { Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { ListResults } from '../../components/ListResults';
import { pageFromParams } from '../../components/Pagination';
import { Paragraph } from '../../components/Paragraph';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { OrganisationField } from '../../forms/OrganisationField';
import type nl from '../../i18n/nl.json';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  auditActions,
  auditEventQuery,
  auditFiltersFrom,
  auditPageSize,
  auditSearchParams,
  auditSubjectTypes,
  describeDetails,
  type AuditFilters,
} from './auditFilters';

type SubjectType = keyof typeof nl.audit.subjectTypes;
type Action = keyof typeof nl.audit.actions;

/** The words for a subject type and an action; their codes for ones added since. */
function useAuditWords() {
  const { t } = useTranslation();
  return {
    subjectType: (code: string) => t(`audit.subjectTypes.${code as SubjectType}`, { defaultValue: code }),
    action: (code: string) => t(`audit.actions.${code as Action}`, { defaultValue: code }),
  };
}

/** Choices for a filter, with the one in the URL kept even when it is not among them. */
function choices(all: string, codes: readonly string[], current: string, word: (code: string) => string): SelectOption[] {
  const known = current && !codes.includes(current) ? [...codes, current] : codes;
  return [{ value: '', label: all }, ...known.map((code) => ({ value: code, label: word(code) }))];
}

/**
 * Who read or changed what, newest first. A platform admin reads every organisation's events and the
 * platform's own; an organisation admin those of their own organisation (the API decides).
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const title = t('screens.auditLog');
  usePageTitle(title);
  const me = useCurrentUser();
  const platformAdmin = me.role === 'admin';
  const words = useAuditWords();
  const formatDate = useDateFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = auditFiltersFrom(searchParams);
  const page = pageFromParams(searchParams);
  const query = useQuery(auditEventsQuery(auditEventQuery(filters, page)));
  // Whose people can be chosen as actor: the organisation filtered on, or one's own.
  const peopleOf = platformAdmin ? filters.organisationId : me.organisationId;
  const people = useQuery({ ...usersQuery({ organisationId: peopleOf, limit: 200 }), enabled: peopleOf !== '' });

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: keyof AuditFilters) => String(form.get(name) ?? '').trim();
    const next: AuditFilters = {
      organisationId: platformAdmin ? read('organisationId') : '',
      actorUserId: read('actorUserId'),
      subjectType: read('subjectType'),
      subjectId: read('subjectId'),
      action: read('action'),
      from: read('from'),
      until: read('until'),
    };
    setSearchParams(auditSearchParams(next, 1));
  }

  const actorOptions: SelectOption[] = [
    { value: '', label: t('audit.filters.anyone') },
    ...(people.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.fullName} (${user.email})` })),
  ];
  if (filters.actorUserId && !actorOptions.some((option) => option.value === filters.actorUserId)) {
    actorOptions.push({ value: filters.actorUserId, label: t('audit.filters.chosenPerson') });
  }

  const columns: Array<Column<AuditEvent>> = [
    { id: 'occurredAt', header: t('audit.columns.occurredAt'), cell: (row) => formatDate.dateTime(row.occurredAt), rowHeader: true },
    { id: 'actor', header: t('audit.columns.actor'), cell: (row) => <Actor event={row} /> },
    { id: 'action', header: t('audit.columns.action'), cell: (row) => words.action(row.action) },
    {
      id: 'subject',
      header: t('audit.columns.subject'),
      cell: (row) => (
        <>
          {words.subjectType(row.subjectType)}
          {row.subjectId && (
            <>
              {' '}
              <AppLink to={`/audit-log?${auditSearchParams({ ...filters, subjectType: row.subjectType, subjectId: row.subjectId }, 1).toString()}`}>
                <code>{row.subjectId.slice(0, 8)}</code>
                <span className="app-visually-hidden"> {t('audit.onlyAboutThis')}</span>
              </AppLink>
            </>
          )}
        </>
      ),
    },
    { id: 'details', header: t('audit.columns.details'), cell: (row) => <span className="app-long-text">{describeDetails(row.details)}</span> },
  ];

  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{platformAdmin ? t('audit.introAdmin') : t('audit.introOrganisationAdmin')}</Paragraph>
      <form key={searchParams.toString()} aria-label={t('audit.filterLabel')} onSubmit={handleFilter} className="app-filters">
        {platformAdmin && (
          <OrganisationField label={t('audit.filters.organisation')} defaultValue={filters.organisationId} emptyLabel={t('audit.filters.allOrganisations')} />
        )}
        <SelectField
          label={t('audit.filters.actor')}
          description={platformAdmin && !filters.organisationId ? t('audit.filters.actorHint') : undefined}
          name="actorUserId"
          defaultValue={filters.actorUserId}
          options={actorOptions}
          key={people.isSuccess ? 'people' : 'loading'}
        />
        <SelectField label={t('audit.filters.action')} name="action" defaultValue={filters.action} options={choices(t('audit.filters.anyAction'), auditActions, filters.action, words.action)} />
        <SelectField
          label={t('audit.filters.subjectType')}
          name="subjectType"
          defaultValue={filters.subjectType}
          options={choices(t('audit.filters.anySubject'), auditSubjectTypes, filters.subjectType, words.subjectType)}
        />
        <TextField label={t('audit.filters.subjectId')} description={t('audit.filters.subjectIdHint')} name="subjectId" autoComplete="off" spellCheck={false} defaultValue={filters.subjectId} />
        <TextField label={t('audit.filters.from')} name="from" type="date" defaultValue={filters.from} />
        <TextField label={t('audit.filters.until')} name="until" type="date" defaultValue={filters.until} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('locations.filters.apply')}
          </Button>
        </ButtonGroup>
      </form>
      <ListResults
        query={query}
        page={page}
        pageSize={auditPageSize}
        caption={(current, pages) => t('audit.caption', { page: current, pages })}
        columns={columns}
        rowKey={(row) => row.id}
        empty={filtered ? t('audit.noMatches') : t('audit.none')}
        found={(count) => t('audit.count', { count })}
        onPageChange={(next) => setSearchParams(auditSearchParams(filters, next))}
      />
    </>
  );
}

/** What a user does before they are signed in: the event names no actor, its subject is the user. */
const selfServiceActions = new Set(['login', 'logout', 'set_password']);

/** Who did it: a user (linked to their page), an organisation's API key, the user themselves, or the platform. */
function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (event.actorUserId) return <AppLink to={`/users/${event.actorUserId}`}>{event.actorName ?? t('audit.unknownUser')}</AppLink>;
  if (event.actorApiKeyId) return <>{t('audit.apiKeyActor', { name: event.actorName ?? '' })}</>;
  if (event.subjectType === 'user' && event.subjectId && selfServiceActions.has(event.action)) {
    return <AppLink to={`/users/${event.subjectId}`}>{t('audit.theUserThemselves')}</AppLink>;
  }
  return <>{t('audit.platform')}</>;
}
