import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKeys, organisationQuery, setOrganisationContact, type Organisation } from '../../api/organisations';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { useCurrentUser } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ContactDetails } from '../../components/ContactDetails';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { contactBody, contactDraftFrom, contactFieldPaths, reachable, validateContact, type ContactDraft, type ContactField } from './organisationContactDraft';

/**
 * An organisation administrator keeps the contact up to date that the status page of every
 * household the organisation supports names (at /organisation-contact, for their own organisation).
 */
export function OrganisationContactPage() {
  const { t } = useTranslation();
  const title = t('screens.organisationContact');
  usePageTitle(title);
  const me = useCurrentUser();
  const organisation = useQuery(organisationQuery(me.organisationId));

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('organisationContact.intro')}</Paragraph>
      {organisation.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {organisation.isError && <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />}
      {organisation.data && <ContactForm key={organisation.data.id} organisation={organisation.data} />}
    </>
  );
}

function ContactForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<ContactDraft>(() => contactDraftFrom(organisation));
  const [invalids, setInvalids] = useState<Invalids<ContactField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => setOrganisationContact(organisation.id, contactBody(draft)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(organisationKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, contactFieldPaths) : {};
  const errors: Partial<Record<ContactField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<ContactDraft>) => {
    mutation.reset();
    setDraft((current) => ({ ...current, ...next }));
  };
  const handleSubmit = validatedSubmit(mutation, () => validateContact(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());
  const shown = mutation.data?.contact ?? organisation.contact;

  return (
    <>
      <Paragraph>
        {t('organisationContact.organisation')}: <strong>{organisation.name}</strong>
      </Paragraph>
      <Heading level={2}>{t('organisationContact.currentTitle')}</Heading>
      <Paragraph>
        <ContactDetails contact={shown} />
      </Paragraph>
      {!shown && (
        <Alert type="warning" role="status">
          <Paragraph>{t('organisationContact.none')}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{t('organisationContact.formTitle')}</Heading>
      {mutation.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('organisationContact.saved')}</Paragraph>
        </Alert>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('organisationContact.saveFailed')} formFields={Object.keys(contactFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form" aria-label={t('organisationContact.formTitle')}>
        <TextField
          label={t('organisationContact.name')}
          description={t('organisationContact.nameHint')}
          name="name"
          autoComplete="off"
          value={draft.name}
          onChange={(event) => change({ name: event.target.value })}
          error={errors.name}
        />
        <TextField
          label={t('organisationContact.phone')}
          description={t('organisationContact.phoneHint')}
          name="phone"
          type="tel"
          autoComplete="off"
          value={draft.phone}
          onChange={(event) => change({ phone: event.target.value })}
          error={errors.phone}
        />
        <TextField
          label={t('organisationContact.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(event) => change({ email: event.target.value })}
          error={errors.email}
        />
        <TextField
          label={t('organisationContact.visitingAddress')}
          description={t('organisationContact.visitingAddressHint')}
          name="visitingAddress"
          autoComplete="off"
          value={draft.visitingAddress}
          onChange={(event) => change({ visitingAddress: event.target.value })}
          error={errors.visitingAddress}
        />
        <TextField
          label={t('organisationContact.openingHours')}
          description={t('organisationContact.openingHoursHint')}
          name="openingHours"
          autoComplete="off"
          value={draft.openingHours}
          onChange={(event) => change({ openingHours: event.target.value })}
          error={errors.openingHours}
        />
        {!reachable(draft) && <Paragraph>{t('organisationContact.unreachableHint')}</Paragraph>}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
