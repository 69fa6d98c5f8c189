import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { organisationQuery } from '../../api/organisations';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { inviteUser, issuePasswordLink, userKeys, type PasswordLink, type User } from '../../api/users';
import { useCurrentUser } from '../../auth/AuthProvider';
import type { Role } from '../../api/auth';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { OrganisationField, OrganisationName } from '../../forms/OrganisationField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { OrganisationAdminField } from './OrganisationAdminField';
import { PasswordLinkShown } from './PasswordLinkShown';
import { assignableRoles, emptyInviteDraft, inviteBody, inviteFieldPaths, userCodeFields, validateInvite, type InviteDraft, type InviteField } from './userRules';

interface Invited {
  user: User;
  /** Null when the user was made but the link was not: it can be made again on their page. */
  link: PasswordLink | null;
  linkError?: unknown;
}

/**
 * Invites a colleague (at /users/new): the account is made without a password, and the invitation
 * link, shown once, lets them choose their own. A platform admin chooses the organisation; an
 * organisation admin invites into their own.
 */
export function NewUserPage() {
  const { t } = useTranslation();
  usePageTitle(t('userForm.title'));
  const me = useCurrentUser();
  const platformAdmin = me.role === 'admin';
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<InviteDraft>(() => emptyInviteDraft(platformAdmin ? (searchParams.get('organisationId') ?? '') : me.organisationId));
  const [invalids, setInvalids] = useState<Invalids<InviteField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const organisation = useQuery({ ...organisationQuery(draft.organisationId), enabled: draft.organisationId !== '' });
  const roles = organisation.data ? assignableRoles(organisation.data.kind, platformAdmin) : [];

  const mutation = useMutation({
    mutationFn: async (): Promise<Invited> => {
      const user = await inviteUser(inviteBody(draft));
      try {
        return { user, link: await issuePasswordLink(user.id) };
      } catch (linkError) {
        return { user, link: null, linkError };
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, inviteFieldPaths, userCodeFields) : {};
  const errors: Partial<Record<InviteField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<InviteDraft>) => setDraft((current) => ({ ...current, ...next }));
  const handleSubmit = validatedSubmit(mutation, () => validateInvite(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  const back = (
    <Paragraph>
      <AppLink to="/users">{t('users.backToList')}</AppLink>
    </Paragraph>
  );

  if (mutation.data) {
    const { user, link, linkError } = mutation.data;
    return (
      <>
        {back}
        <Heading level={1}>{t('userForm.invitedTitle', { name: user.fullName })}</Heading>
        {link ? (
          <PasswordLinkShown link={link} purpose="invite" />
        ) : (
          <ProblemAlert error={linkError} title={t('userForm.linkFailed')} />
        )}
        <Paragraph>
          <AppLink to={`/users/${user.id}`}>{t('userForm.openUser', { name: user.fullName })}</AppLink>
        </Paragraph>
        <ButtonGroup>
          <Button
            onClick={() => {
              mutation.reset();
              setDraft(emptyInviteDraft(draft.organisationId));
            }}
          >
            {t('userForm.inviteAnother')}
          </Button>
        </ButtonGroup>
      </>
    );
  }

  return (
    <>
      {back}
      <Heading level={1}>{t('userForm.title')}</Heading>
      <Paragraph>{t('userForm.intro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('userForm.failed')} formFields={Object.keys(inviteFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          label={t('userForm.email')}
          name="email"
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={draft.email}
          onChange={(event) => change({ email: event.target.value })}
          error={errors.email}
        />
        <TextField label={t('userForm.fullName')} name="fullName" autoComplete="off" value={draft.fullName} onChange={(event) => change({ fullName: event.target.value })} error={errors.fullName} />
        {platformAdmin ? (
          <OrganisationField
            label={t('users.columns.organisation')}
            value={draft.organisationId}
            onChange={(organisationId) => change({ organisationId, role: '' })}
            emptyLabel={t('userForm.chooseOrganisation')}
            error={errors.organisationId}
          />
        ) : (
          <DataList items={[{ key: 'organisation', label: t('users.columns.organisation'), value: <OrganisationName id={draft.organisationId} /> }]} />
        )}
        <SelectField
          label={t('userForm.role')}
          description={t('userForm.roleHint')}
          name="role"
          value={draft.role}
          onChange={(event) => change({ role: event.target.value as Role | '' })}
          options={[{ value: '', label: draft.organisationId ? t('userForm.chooseRole') : t('userForm.chooseOrganisationFirst') }, ...roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
          error={errors.role}
        />
        <OrganisationAdminField checked={draft.isOrganisationAdmin} onChange={(isOrganisationAdmin) => change({ isOrganisationAdmin })} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('userForm.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
