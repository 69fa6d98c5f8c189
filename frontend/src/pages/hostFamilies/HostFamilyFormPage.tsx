import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { hostFamilyQuery, type HostFamily } from '../../api/hostFamilies';
import { useOwnOrganisation } from '../../auth/useOwnOrganisation';
import { AppLink } from '../../components/AppLink';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { LoadingPage } from '../LoadingPage';
import type { HostFamilySavedState } from './HostFamilyPage';
import { HostFamilyForm } from './HostFamilyForm';
import { emptyHostFamilyDraft, hostFamilyDraftFrom } from './hostFamilyDraft';

function useShowSaved() {
  const navigate = useNavigate();
  return (saved: HostFamily, how: HostFamilySavedState['hostFamilySaved']) => {
    const state: HostFamilySavedState = { hostFamilySaved: how };
    void navigate(`/host-families/${saved.id}`, { state });
  };
}

/** A partner registers a host family it supports (at /host-families/new). */
export function NewHostFamilyPage() {
  const { t } = useTranslation();
  usePageTitle(t('hostFamilyForm.newTitle'));
  const organisation = useOwnOrganisation();
  const showSaved = useShowSaved();
  if (organisation.isPending) return <LoadingPage />;
  return (
    <>
      <Paragraph>
        <AppLink to="/host-families">{t('hostFamilies.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('hostFamilyForm.newTitle')}</Heading>
      <Paragraph>{t('hostFamilyForm.newIntro')}</Paragraph>
      <HostFamilyForm
        initial={emptyHostFamilyDraft(organisation.data?.municipalityCode ?? '')}
        municipalityFixed={false}
        voice="partner"
        submitLabel={t('hostFamilyForm.create')}
        onSaved={(saved) => showSaved(saved, 'created')}
      />
    </>
  );
}

/** A partner changes a host family's offer (at /host-families/:id/edit). */
export function EditHostFamilyPage() {
  const { t } = useTranslation();
  usePageTitle(t('hostFamilyForm.editTitle'));
  const { hostFamilyId = '' } = useParams();
  const hostFamily = useQuery(hostFamilyQuery(hostFamilyId));
  const showSaved = useShowSaved();
  return (
    <>
      <Paragraph>
        <AppLink to={`/host-families/${hostFamilyId}`}>{t('hostFamilyForm.backToFamily')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('hostFamilyForm.editTitle')}</Heading>
      {hostFamily.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {hostFamily.isError && <ProblemAlert error={hostFamily.error} onRetry={() => void hostFamily.refetch()} />}
      {hostFamily.data && (
        <HostFamilyForm
          key={hostFamily.data.id}
          hostFamily={hostFamily.data}
          initial={hostFamilyDraftFrom(hostFamily.data)}
          municipalityFixed
          voice="partner"
          submitLabel={t('common.save')}
          onSaved={(saved) => showSaved(saved, 'updated')}
        />
      )}
    </>
  );
}
