import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Role } from '../../api/auth';
import { organisationQuery } from '../../api/organisations';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { issuePasswordLink, resetTwoFactor, updateUser, userKeys, userQuery, type User } from '../../api/users';
import { useCurrentUser } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { OrganisationName } from '../../forms/OrganisationField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { OrganisationAdminField } from './OrganisationAdminField';
import { PasswordLinkShown } from './PasswordLinkShown';
import { TwoFactorStatus } from './TwoFactorStatus';
import { UserBadges } from './UserBadges';
import { assignableRoles, inviteFieldPaths, userChangeBody, userChangeDraftFrom, userCodeFields, validateUserChange, type UserChangeDraft, type UserChangeField } from './userRules';

/** One user: who they are, their role, whether they can log in, and a new password link. */
export function UserPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useQuery(userQuery(userId));
  usePageTitle(user.data?.fullName ?? t('screens.users'));

  return (
    <>
      <Paragraph>
        <AppLink to="/users">{t('users.backToList')}</AppLink>
      </Paragraph>
      {user.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {user.isError && <ProblemAlert error={user.error} onRetry={() => void user.refetch()} />}
      {user.data && <UserDetails user={user.data} />}
    </>
  );
}

function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const audit = (query: string) => `/audit-log?${query}`;
  return (
    <>
      <Heading level={1}>{user.fullName}</Heading>
      <UserBadges user={user} />
      <DataList
        items={[
          { key: 'email', label: t('users.columns.email'), value: user.email },
          { key: 'role', label: t('users.columns.role'), value: t(`roles.${user.role}`) },
          { key: 'organisation', label: t('users.columns.organisation'), value: <OrganisationName id={user.organisationId} /> },
          { key: 'organisationAdmin', label: t('users.organisationAdmin'), value: user.isOrganisationAdmin ? t('common.yes') : t('common.no') },
          { key: 'twoFactor', label: t('users.columns.twoFactor'), value: <TwoFactorStatus user={user} /> },
        ]}
      />
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <AppLink to={audit(`actorUserId=${user.id}`)}>{t('user.auditBy')}</AppLink>
        </li>
        <li className="utrecht-unordered-list__item">
          <AppLink to={audit(`subjectType=user&subjectId=${user.id}`)}>{t('user.auditAbout')}</AppLink>
        </li>
      </ul>
      <UserChangeForm key={user.id} user={user} />
      <AccessPanel user={user} isMe={user.id === me.id} />
      <PasswordPanel user={user} />
      {user.twoFactorEnabled && user.id !== me.id && <TwoFactorResetPanel user={user} />}
    </>
  );
}

/** A lost phone and lost recovery codes: the administrator clears the second factor, after a confirm. */
function TwoFactorResetPanel({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => resetTwoFactor(user.id),
    onSuccess: (updated) => queryClient.setQueryData(userKeys.one(user.id), updated),
    onSettled: () => setConfirming(false),
  });
  return (
    <section aria-labelledby="user-two-factor-heading">
      <Heading level={2} id="user-two-factor-heading">
        {t('user.twoFactorResetTitle')}
      </Heading>
      <Paragraph>{t('user.twoFactorResetIntro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} />}
      {confirming ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('user.twoFactorResetConfirm', { name: user.fullName })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
              {t('user.twoFactorResetButton')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <ButtonGroup>
          <Button onClick={() => setConfirming(true)}>{t('user.twoFactorResetButton')}</Button>
        </ButtonGroup>
      )}
    </section>
  );
}

/** Name, role (those that fit the organisation) and organisation administration. */
function UserChangeForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const organisation = useQuery(organisationQuery(user.organisationId));
  const [draft, setDraft] = useState<UserChangeDraft>(() => userChangeDraftFrom(user));
  const [invalids, setInvalids] = useState<Invalids<UserChangeField>>({});
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const roles = organisation.data ? assignableRoles(organisation.data.kind, me.role === 'admin') : [user.role];

  const mutation = useMutation({
    mutationFn: () => updateUser(user.id, userChangeBody(draft, user)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      setSaved(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, inviteFieldPaths, userCodeFields) : {};
  const errors: Partial<Record<UserChangeField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<UserChangeDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...next }));
  };
  const handleSubmit = validatedSubmit(mutation, () => validateUserChange(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <section aria-labelledby="user-change-heading">
      <Heading level={2} id="user-change-heading">
        {t('user.changeTitle')}
      </Heading>
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>{t('user.saved')}</Paragraph>
        </Alert>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('user.changeFailed')} formFields={['fullName', 'role', 'isOrganisationAdmin']} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField label={t('userForm.fullName')} name="fullName" autoComplete="off" value={draft.fullName} onChange={(event) => change({ fullName: event.target.value })} error={errors.fullName} />
        <SelectField
          label={t('userForm.role')}
          name="role"
          value={draft.role}
          onChange={(event) => change({ role: event.target.value as Role })}
          options={(roles.includes(user.role) ? roles : [user.role, ...roles]).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={errors.role}
        />
        <OrganisationAdminField checked={draft.isOrganisationAdmin} onChange={(isOrganisationAdmin) => change({ isOrganisationAdmin })} />
        <ButtonGroup>
          <Button type="submit" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Deactivating stops every login at once; reactivating lets the user log in again. */
function AccessPanel({ user, isMe }: { user: User; isMe: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (isActive: boolean) => updateUser(user.id, { isActive }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
  return (
    <section aria-labelledby="user-access-heading">
      <Heading level={2} id="user-access-heading">
        {t('user.accessTitle')}
      </Heading>
      <Paragraph>{user.isActive ? t('user.activeNow') : t('user.deactivatedNow')}</Paragraph>
      {mutation.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{mutation.data.isActive ? t('user.reactivated') : t('user.deactivatedDone')}</Paragraph>
        </Alert>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('user.accessFailed')} />}
      {isMe ? (
        <Paragraph>{t('user.notYourself')}</Paragraph>
      ) : (
        <ButtonGroup>
          <Button busy={mutation.isPending} onClick={() => mutation.mutate(!user.isActive)}>
            {user.isActive ? t('user.deactivate') : t('user.reactivate')}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}

/** A reset: after confirming, the current password and logins stop, and a new link is shown once. */
function PasswordPanel({ user }: { user: User }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: () => issuePasswordLink(user.id), onSettled: () => setConfirming(false) });
  return (
    <section aria-labelledby="user-password-heading">
      <Heading level={2} id="user-password-heading">
        {t('user.passwordTitle')}
      </Heading>
      <Paragraph>{t('user.passwordIntro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('user.passwordFailed')} />}
      {mutation.data && <PasswordLinkShown link={mutation.data} purpose="reset" />}
      {!user.isActive ? (
        <Paragraph>{t('user.passwordNeedsActive')}</Paragraph>
      ) : confirming ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('user.passwordConfirm', { name: user.fullName })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
              {t('user.passwordConfirmButton')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <ButtonGroup>
          <Button onClick={() => setConfirming(true)}>{mutation.data ? t('user.passwordAgain') : t('user.passwordReset')}</Button>
        </ButtonGroup>
      )}
    </section>
  );
}
