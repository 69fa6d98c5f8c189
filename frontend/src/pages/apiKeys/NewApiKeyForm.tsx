import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeyKeys, apiKeyScopesQuery, createApiKey } from '../../api/apiKeys';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Fieldset } from '../../components/Fieldset';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ShownOnce } from '../../components/ShownOnce';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { apiKeyBody, apiKeyCodeFields, apiKeyFieldPaths, emptyApiKeyDraft, toggleScope, validateApiKey, type ApiKeyDraft, type ApiKeyField } from './apiKeyDraft';
import { useScopeLabel } from './ScopeLabel';

/**
 * Makes an API key for one of the organisation's integrations, with only the scopes its role may
 * hold; the key is shown once, to copy into the integration's secret store.
 */
export function NewApiKeyForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const scopeLabel = useScopeLabel();
  const allowed = useQuery(apiKeyScopesQuery(organisationId));
  const [draft, setDraft] = useState<ApiKeyDraft>(emptyApiKeyDraft);
  const [invalids, setInvalids] = useState<Invalids<ApiKeyField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => createApiKey(organisationId, apiKeyBody(draft)),
    onSuccess: async () => {
      setDraft(emptyApiKeyDraft);
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.of(organisationId) });
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, apiKeyFieldPaths, apiKeyCodeFields) : {};
  const errors: Partial<Record<ApiKeyField, string>> = { ...serverErrors, ...messages(invalids) };
  const handleSubmit = validatedSubmit(mutation, () => validateApiKey(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <section aria-labelledby="new-api-key-heading">
      <Heading level={2} id="new-api-key-heading">
        {t('apiKeys.newTitle')}
      </Heading>
      {mutation.data && (
        <ShownOnce
          notice={t('apiKeys.once', { name: mutation.data.name })}
          label={t('apiKeys.key')}
          name="apiKey"
          value={mutation.data.key}
          copyLabel={t('apiKeys.copy')}
          copiedMessage={t('apiKeys.copied')}
        />
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('apiKeys.createFailed')} formFields={Object.keys(apiKeyFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          label={t('apiKeys.name')}
          description={t('apiKeys.nameHint')}
          name="name"
          autoComplete="off"
          value={draft.name}
          onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
          error={errors.name}
        />
        {allowed.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
        {allowed.isError && <ProblemAlert error={allowed.error} onRetry={() => void allowed.refetch()} />}
        {allowed.data && (
          <Fieldset legend={t('apiKeys.scopes')} description={t('apiKeys.scopesHint', { role: t(`roles.${allowed.data.role}`) })} error={errors.scopes}>
            {[...allowed.data.scopes]
              .sort((a, b) => scopeLabel(a).localeCompare(scopeLabel(b)))
              .map((scope) => (
                <CheckboxField
                  key={scope}
                  label={`${scopeLabel(scope)} (${scope})`}
                  name="scopes"
                  value={scope}
                  checked={draft.scopes.includes(scope)}
                  onChange={(event) => setDraft((current) => ({ ...current, scopes: toggleScope(current.scopes, scope, event.target.checked) }))}
                />
              ))}
          </Fieldset>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('apiKeys.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
