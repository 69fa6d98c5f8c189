import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdKeys, type Household } from '../../api/households';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { consentPurposes, consentsQuery, organisationsQuery, recordConsent, referralKeys, withdrawConsent, type Consent } from '../../api/referrals';
import type { ConsentPurpose } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { today } from '../../i18n/dates';
import { useDateFormat } from '../../i18n/useDateFormat';
import { ConsentStatusBadge } from './ReferralBadges';
import { consentBody, consentCodeFields, consentFieldPaths, emptyConsent, localDay, validateConsent, type ConsentDraft, type ConsentField } from './sharingDrafts';

/**
 * The household's consents: which organisation may see it, for what, until when. Whoever has the
 * household in its care records and withdraws them; an organisation it is referred to reads its own.
 */
export function ConsentsSection({ household }: { household: Household }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const consents = useQuery(consentsQuery(household.id));
  const inCare = household.access === 'own_scope';
  const [notice, setNotice] = useState<string | null>(null);
  const withdrawal = useMutation({
    mutationFn: (consent: Consent) => withdrawConsent(household.id, consent.id),
    onSuccess: async () => {
      setNotice(t('consents.withdrawn'));
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });

  return (
    <section aria-labelledby="consents-heading">
      <Heading level={2} id="consents-heading">
        {t('consents.title')}
      </Heading>
      <Paragraph>{inCare ? t('consents.intro') : t('consents.ownOnly')}</Paragraph>
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {withdrawal.isError && <ProblemAlert error={withdrawal.error} title={t('consents.withdrawFailed')} />}
      {consents.isError && <ProblemAlert error={consents.error} />}
      {consents.data && consents.data.items.length === 0 && <Paragraph>{t('consents.none')}</Paragraph>}
      {consents.data && consents.data.items.length > 0 && (
        <DataTable
          caption={t('consents.caption')}
          captionHidden
          rows={consents.data.items}
          rowKey={(consent) => consent.id}
          columns={[
            { id: 'organisation', header: t('consents.organisation'), cell: (consent) => consent.organisationName, rowHeader: true },
            { id: 'purpose', header: t('consents.purpose'), cell: (consent) => t(`enums.consentPurpose.${consent.purpose}`) },
            {
              id: 'period',
              header: t('consents.period'),
              cell: (consent) => t('consents.periodValue', { from: formatDate.date(localDay(consent.validFrom)), until: formatDate.date(localDay(consent.validUntil)) }),
            },
            { id: 'status', header: t('consents.status'), cell: (consent) => <ConsentStatusBadge status={consent.status} /> },
            ...(inCare
              ? [
                  {
                    id: 'action',
                    header: t('consents.action'),
                    cell: (consent: Consent) =>
                      consent.status === 'active' || consent.status === 'scheduled' ? (
                        <Button
                          appearance="subtle"
                          busy={withdrawal.isPending && withdrawal.variables?.id === consent.id}
                          aria-label={t('consents.withdrawLabel', { organisation: consent.organisationName, purpose: t(`enums.consentPurpose.${consent.purpose}`) })}
                          onClick={() => {
                            setNotice(null);
                            withdrawal.mutate(consent);
                          }}
                        >
                          {t('consents.withdraw')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
      {inCare && <RecordConsentForm householdId={household.id} onRecorded={() => setNotice(t('consents.recorded'))} />}
    </section>
  );
}

function RecordConsentForm({ householdId, onRecorded }: { householdId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const organisations = useQuery(organisationsQuery());
  const [draft, setDraft] = useState<ConsentDraft>(() => emptyConsent(today()));
  const [invalids, setInvalids] = useState<Invalids<ConsentField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => recordConsent(householdId, consentBody(draft, today())),
    onSuccess: async () => {
      setDraft(emptyConsent(today()));
      await queryClient.invalidateQueries({ queryKey: referralKeys.consents(householdId) });
      onRecorded();
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, consentFieldPaths, consentCodeFields) : {};
  const errors: Partial<Record<string, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<ConsentDraft>) => setDraft((current) => ({ ...current, ...next }));
  const handleSubmit = validatedSubmit(mutation, () => validateConsent(draft, today()), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <form ref={form} noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-labelledby="record-consent-heading">
      <Heading level={3} id="record-consent-heading">
        {t('consents.formTitle')}
      </Heading>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('consents.failed')} formFields={Object.keys(consentFieldPaths)} />}
      <SelectField
        label={t('consents.organisation')}
        name="organisationId"
        required
        value={draft.organisationId}
        onChange={(event) => change({ organisationId: event.target.value })}
        error={errors.organisationId}
        options={[{ value: '', label: t('consents.chooseOrganisation') }, ...(organisations.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
      />
      <SelectField
        label={t('consents.purpose')}
        name="purpose"
        value={draft.purpose}
        onChange={(event) => change({ purpose: event.target.value as ConsentPurpose })}
        options={consentPurposes.map((value) => ({ value, label: t(`enums.consentPurpose.${value}`) }))}
      />
      <TextField label={t('consents.validFrom')} name="validFrom" type="date" required value={draft.validFrom} onChange={(event) => change({ validFrom: event.target.value })} error={errors.validFrom} />
      <TextField
        label={t('consents.validUntil')}
        description={t('consents.validUntilHint')}
        name="validUntil"
        type="date"
        required
        value={draft.validUntil}
        onChange={(event) => change({ validUntil: event.target.value })}
        error={errors.validUntil}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
          {t('consents.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
