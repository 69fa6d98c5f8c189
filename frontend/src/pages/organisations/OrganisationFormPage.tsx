import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { organisationQuery, type Organisation } from '../../api/organisations';
import { AppLink } from '../../components/AppLink';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { OrganisationForm } from './OrganisationForm';
import type { OrganisationSavedState } from './OrganisationPage';
import { emptyOrganisationDraft, organisationDraftFrom } from './organisationDraft';

function useShowSaved() {
  const navigate = useNavigate();
  return (saved: Organisation, how: OrganisationSavedState['organisationSaved']) => {
    const state: OrganisationSavedState = { organisationSaved: how };
    void navigate(`/organisations/${saved.id}`, { state });
  };
}

/** A platform admin registers an organisation (at /organisations/new). */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisationForm.newTitle'));
  const showSaved = useShowSaved();
  return (
    <>
      <Paragraph>
        <AppLink to="/organisations">{t('organisations.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('organisationForm.newTitle')}</Heading>
      <Paragraph>{t('organisationForm.newIntro')}</Paragraph>
      <OrganisationForm initial={emptyOrganisationDraft} submitLabel={t('organisationForm.create')} onSaved={(saved) => showSaved(saved, 'created')} />
    </>
  );
}

/** A platform admin changes an organisation's name, kind or municipality (at /organisations/:id/edit). */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisationForm.editTitle'));
  const { organisationId = '' } = useParams();
  const organisation = useQuery(organisationQuery(organisationId));
  const showSaved = useShowSaved();
  return (
    <>
      <Paragraph>
        <AppLink to={`/organisations/${organisationId}`}>{t('organisationForm.backToOrganisation')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('organisationForm.editTitle')}</Heading>
      {organisation.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {organisation.isError && <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />}
      {organisation.data && (
        <OrganisationForm
          key={organisation.data.id}
          organisation={organisation.data}
          initial={organisationDraftFrom(organisation.data)}
          submitLabel={t('common.save')}
          onSaved={(saved) => showSaved(saved, 'updated')}
        />
      )}
    </>
  );
}
