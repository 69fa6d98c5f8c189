import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiKeyKeys, apiKeysQuery, revokeApiKey, type ApiKey } from '../../api/apiKeys';
import { useCurrentUser } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import type { Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { ListResults } from '../../components/ListResults';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { OrganisationField, OrganisationName } from '../../forms/OrganisationField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { NewApiKeyForm } from './NewApiKeyForm';

const pageSize = 25;

/**
 * An organisation's API keys (for its integrations): make one with chosen scopes, see when each was
 * last used, revoke one. Organisation admins manage their own organisation's; a platform admin
 * chooses the organisation.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const title = t('screens.apiKeys');
  usePageTitle(title);
  const me = useCurrentUser();
  const platformAdmin = me.role === 'admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const organisationId = (platformAdmin && searchParams.get('organisationId')) || me.organisationId;

  function chooseOrganisation(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('organisationId') ?? '');
    setSearchParams(chosen ? new URLSearchParams({ organisationId: chosen }) : new URLSearchParams());
  }

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('apiKeys.intro')}</Paragraph>
      {platformAdmin && (
        <form key={organisationId} aria-label={t('apiKeys.chooseOrganisationLabel')} onSubmit={chooseOrganisation} className="app-filters">
          <OrganisationField label={t('users.columns.organisation')} defaultValue={organisationId} emptyLabel={t('apiKeys.ownOrganisation')} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action">
              {t('apiKeys.show')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      <Paragraph>
        {t('apiKeys.organisation')}: <strong><OrganisationName id={organisationId} /></strong>
      </Paragraph>
      <NewApiKeyForm key={organisationId} organisationId={organisationId} />
      <ApiKeyList key={`list-${organisationId}`} organisationId={organisationId} />
    </>
  );
}

function ApiKeyList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [page, setPage] = useState(1);
  const query = useQuery(apiKeysQuery(organisationId, { limit: pageSize, offset: (page - 1) * pageSize }));
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [revoked, setRevoked] = useState<ApiKey | null>(null);

  const columns: Array<Column<ApiKey>> = [
    { id: 'name', header: t('apiKeys.columns.name'), cell: (row) => row.name, rowHeader: true },
    { id: 'prefix', header: t('apiKeys.columns.prefix'), cell: (row) => <code>{row.prefix}…</code> },
    { id: 'scopes', header: t('apiKeys.columns.scopes'), cell: (row) => <span className="app-long-text">{row.scopes.join(', ')}</span> },
    { id: 'createdAt', header: t('apiKeys.columns.createdAt'), cell: (row) => formatDate.dateTime(row.createdAt) },
    { id: 'lastUsedAt', header: t('apiKeys.columns.lastUsedAt'), cell: (row) => (row.lastUsedAt ? formatDate.dateTime(row.lastUsedAt) : t('apiKeys.neverUsed')) },
    {
      id: 'status',
      header: t('apiKeys.columns.status'),
      cell: (row) =>
        row.revokedAt ? (
          <StatusBadge tone="inactive">{t('apiKeys.revokedOn', { when: formatDate.dateTime(row.revokedAt) })}</StatusBadge>
        ) : (
          <StatusBadge tone="active">{t('apiKeys.active')}</StatusBadge>
        ),
    },
    {
      id: 'actions',
      header: t('units.columns.actions'),
      cell: (row) =>
        row.revokedAt ? null : (
          <Button appearance="subtle" onClick={() => setRevoking(row)}>
            {t('apiKeys.revoke')} <span className="app-visually-hidden">{row.name}</span>
          </Button>
        ),
    },
  ];

  return (
    <section aria-labelledby="api-keys-heading">
      <Heading level={2} id="api-keys-heading">
        {t('apiKeys.listTitle')}
      </Heading>
      {revoked && (
        <Alert type="ok" role="status">
          <Paragraph>{t('apiKeys.revokedNotice', { name: revoked.name })}</Paragraph>
        </Alert>
      )}
      <ListResults
        query={query}
        page={page}
        pageSize={pageSize}
        caption={() => t('apiKeys.listTitle')}
        captionHidden
        columns={columns}
        rowKey={(row) => row.id}
        empty={t('apiKeys.none')}
        found={(count) => t('apiKeys.count', { count })}
        onPageChange={setPage}
      />
      {revoking && (
        <RevokeConfirmation
          key={revoking.id}
          organisationId={organisationId}
          apiKey={revoking}
          onCancel={() => setRevoking(null)}
          onRevoked={(key) => {
            setRevoking(null);
            setRevoked(key);
          }}
        />
      )}
    </section>
  );
}

interface RevokeConfirmationProps {
  organisationId: string;
  apiKey: ApiKey;
  onCancel: () => void;
  onRevoked: (apiKey: ApiKey) => void;
}

/** Asks before revoking: an integration that uses the key stops working at once, for good. */
function RevokeConfirmation({ organisationId, apiKey, onCancel, onRevoked }: RevokeConfirmationProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const mutation = useMutation({
    mutationFn: () => revokeApiKey(organisationId, apiKey.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.of(organisationId) });
      onRevoked(apiKey);
    },
  });
  return (
    <section className="app-subform" aria-labelledby="revoke-api-key-heading">
      <Heading level={3} id="revoke-api-key-heading" ref={heading} tabIndex={-1}>
        {t('apiKeys.revokeTitle', { name: apiKey.name })}
      </Heading>
      <Paragraph>{t('apiKeys.revokeWarning')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('apiKeys.revokeFailed')} />}
      <ButtonGroup>
        <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('apiKeys.revokeConfirm')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </section>
  );
}
