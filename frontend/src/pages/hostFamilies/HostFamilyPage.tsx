import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { hostFamilyQuery } from '../../api/hostFamilies';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { HostFamilyDetails } from './HostFamilyDetails';
import { VettingBadge } from './VettingBadge';
import { VettingForm } from './VettingForm';

/** What the host family page is told after the family was registered or changed. */
export interface HostFamilySavedState {
  hostFamilySaved: 'created' | 'updated';
}

function savedState(state: unknown): HostFamilySavedState | null {
  return typeof state === 'object' && state !== null && 'hostFamilySaved' in state ? (state as HostFamilySavedState) : null;
}

/** One host family: the offer, its contact (when the API shares it) and its vetting. */
export function HostFamilyPage() {
  const { t } = useTranslation();
  const { hostFamilyId = '' } = useParams();
  const saved = savedState(useLocation().state);
  const hostFamily = useQuery(hostFamilyQuery(hostFamilyId));
  const formatDate = useDateFormat();
  const [vettingSaved, setVettingSaved] = useState(false);
  usePageTitle(hostFamily.data?.displayName ?? t('screens.hostFamilies'));
  const vetting = hostFamily.data?.vetting;

  return (
    <>
      <Paragraph>
        <AppLink to="/host-families">{t('hostFamilies.backToList')}</AppLink>
      </Paragraph>
      {hostFamily.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {hostFamily.isError && <ProblemAlert error={hostFamily.error} onRetry={() => void hostFamily.refetch()} />}
      {hostFamily.data && vetting && (
        <>
          <Heading level={1}>{hostFamily.data.displayName}</Heading>
          {saved && (
            <Alert type="ok" role="status">
              <Paragraph>{t(`hostFamily.saved.${saved.hostFamilySaved}`)}</Paragraph>
            </Alert>
          )}
          {hostFamily.data.suspended && (
            <Alert type="warning" role="status">
              <Paragraph>{t('hostFamily.suspendedNotice')}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <ButtonLink to={`/host-families/${hostFamilyId}/edit`}>{t('hostFamily.edit')}</ButtonLink>
          </ButtonGroup>
          <section aria-labelledby="offer-heading">
            <Heading level={2} id="offer-heading">
              {t('hostFamily.offer')}
            </Heading>
            <HostFamilyDetails hostFamily={hostFamily.data} voice="partner" />
          </section>
          <section aria-labelledby="vetting-heading">
            <Heading level={2} id="vetting-heading">
              {t('vetting.title')}
            </Heading>
            <DataList
              items={[
                { key: 'status', label: t('vetting.current'), value: <VettingBadge vetting={vetting} /> },
                { key: 'vog', label: t('vetting.vogCheckedOn'), value: formatDate.date(vetting.vogCheckedOn) || t('common.notGiven') },
                { key: 'homeVisit', label: t('vetting.homeVisitOn'), value: formatDate.date(vetting.homeVisitOn) || t('common.notGiven') },
                { key: 'references', label: t('vetting.referencesCheckedOn'), value: formatDate.date(vetting.referencesCheckedOn) || t('common.notGiven') },
                { key: 'expires', label: t('vetting.expiresOn'), value: formatDate.date(vetting.expiresOn) || t('common.notGiven') },
              ]}
            />
            {vettingSaved && (
              <Alert type="ok" role="status">
                <Paragraph>{t('vetting.saved')}</Paragraph>
              </Alert>
            )}
            <Heading level={3}>{t('vetting.formTitle')}</Heading>
            <VettingForm key={`${vetting.status}-${vetting.expiresOn}`} hostFamily={hostFamily.data} onSaved={() => setVettingSaved(true)} />
          </section>
        </>
      )}
    </>
  );
}
