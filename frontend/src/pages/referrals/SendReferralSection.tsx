import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Household } from '../../api/households';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { consentPurposes, consentsQuery, organisationsQuery, referralKeys, referralsQuery, sendReferral, type Organisation } from '../../api/referrals';
import type { CurrentUser } from '../../api/auth';
import { useCurrentUser } from '../../auth/AuthProvider';
import type { ConsentPurpose, ReferralKind } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { useDateFormat } from '../../i18n/useDateFormat';
import { ReferralsTable } from './ReferralsTable';
import {
  emptyReferral,
  localDay,
  referralBody,
  referralCodeFields,
  referralFieldPaths,
  usableConsents,
  validateReferral,
  type ReferralDraft,
  type ReferralField,
} from './sharingDrafts';

const supportingKinds = new Set(['partner', 'operator']);

/** The API's rule: the supporting organisation transfers its household; a desk one that has none. */
export function mayTransfer(user: CurrentUser, household: Household): boolean {
  if (user.role === 'admin') return true;
  if (household.supportingOrganisationId === null) return user.role === 'desk';
  return household.supportingOrganisationId === user.organisationId;
}

/** Who a referral can go to: not the sender, not the supporter; a transfer only to a partner or operator. */
export function receivers(organisations: readonly Organisation[], user: CurrentUser, household: Household, kind: ReferralKind): Organisation[] {
  return organisations.filter(
    (organisation) =>
      organisation.id !== user.organisationId &&
      organisation.id !== household.supportingOrganisationId &&
      (kind === 'referral' || supportingKinds.has(organisation.kind)),
  );
}

/** Referring (sharing) or transferring a household in the caller's care, citing the household's consent. */
export function SendReferralSection({ household }: { household: Household }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const organisations = useQuery(organisationsQuery());
  const consents = useQuery(consentsQuery(household.id));
  const sent = useQuery(referralsQuery({ householdId: household.id }));
  const [draft, setDraft] = useState<ReferralDraft>(emptyReferral);
  const [invalids, setInvalids] = useState<Invalids<ReferralField>>({});
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => sendReferral(referralBody(draft, household.id)),
    onSuccess: async () => {
      setDraft(emptyReferral());
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, referralFieldPaths, referralCodeFields) : {};
  const errors: Partial<Record<string, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<ReferralDraft>) => {
    setDone(false);
    setDraft((current) => ({ ...current, ...next, consentId: next.consentId ?? '' }));
  };
  const handleSubmit = validatedSubmit(mutation, () => validateReferral(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());
  const transferable = mayTransfer(user, household);
  const choices = receivers(organisations.data?.items ?? [], user, household, draft.kind);
  const citable = usableConsents(consents.data?.items ?? [], draft);

  return (
    <section aria-labelledby="send-referral-heading">
      <Heading level={2} id="send-referral-heading">
        {t('referrals.sendTitle')}
      </Heading>
      <Paragraph>{t('referrals.sendIntro')}</Paragraph>
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{t('referrals.sentNote')}</Paragraph>
        </Alert>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('referrals.sendFailed')} formFields={Object.keys(referralFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        {transferable && (
          <RadioGroupField
            legend={t('referrals.kindLegend')}
            name="kind"
            value={draft.kind}
            onChange={(kind) => change({ kind: kind as ReferralKind, toOrganisationId: '' })}
            options={[
              { value: 'referral', label: t('referrals.kindReferral') },
              { value: 'transfer', label: t('referrals.kindTransfer') },
            ]}
          />
        )}
        <SelectField
          label={t('referrals.receiver')}
          name="toOrganisationId"
          required
          value={draft.toOrganisationId}
          onChange={(event) => change({ toOrganisationId: event.target.value })}
          error={errors.toOrganisationId}
          options={[{ value: '', label: t('consents.chooseOrganisation') }, ...choices.map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
        />
        {draft.kind === 'transfer' ? (
          <Paragraph>{t('referrals.transferPurpose')}</Paragraph>
        ) : (
          <SelectField
            label={t('consents.purpose')}
            name="purpose"
            value={draft.purpose}
            onChange={(event) => change({ purpose: event.target.value as ConsentPurpose })}
            options={consentPurposes.filter((value) => value !== 'ongoing_support').map((value) => ({ value, label: t(`enums.consentPurpose.${value}`) }))}
          />
        )}
        {draft.toOrganisationId && citable.length === 0 ? (
          <Alert type="warning" role="status">
            <Paragraph>{t('referrals.noConsent')}</Paragraph>
          </Alert>
        ) : (
          <SelectField
            label={t('referrals.consent')}
            name="consentId"
            required
            value={draft.consentId}
            onChange={(event) => setDraft((current) => ({ ...current, consentId: event.target.value }))}
            error={errors.consentId}
            options={[
              { value: '', label: t('referrals.chooseConsent') },
              ...citable.map((consent) => ({
                value: consent.id,
                label: `${consent.organisationName}, ${t(`enums.consentPurpose.${consent.purpose}`)}: ${t('referrals.consentOption', { date: formatDate.date(localDay(consent.validUntil)) })}`,
              })),
            ]}
          />
        )}
        <TextAreaField
          label={t('referrals.messageLabel')}
          description={t('referrals.messageHint')}
          name="message"
          value={draft.message}
          onChange={(event) => setDraft((current) => ({ ...current, message: event.target.value }))}
          error={errors.message}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('referrals.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Heading level={3}>{t('referrals.ofHousehold')}</Heading>
      {sent.isError && <ProblemAlert error={sent.error} />}
      {sent.data && sent.data.items.length === 0 && <Paragraph>{t('referrals.noneOfHousehold')}</Paragraph>}
      {sent.data && sent.data.items.length > 0 && <ReferralsTable caption={t('referrals.ofHousehold')} referrals={sent.data.items} />}
    </section>
  );
}
