import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { hostFamilyQuery } from '../../api/hostFamilies';
import { useCurrentUser } from '../../auth/AuthProvider';
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
import { HostAccountPanel } from './HostAccountPanel';
import { HostFamilyDetails } from './HostFamilyDetails';
import { HostStays } from './HostStays';
import { VettingBadge } from './VettingBadge';
import { VettingForm } from './VettingForm';
import { VettingHistory } from './VettingHistory';
import { VettingReviewPanel } from './VettingReviewPanel';

/** Who may record a vetting decision, review one (four-eyes), and extend a stay: the API's roles. */
const vetters = new Set(['admin', 'partner']);
const reviewers = new Set(['admin', 'desk', 'municipality']);
const extenders = new Set(['admin', 'desk']);
/** Who invites the host family to its own screens: its managing partner (the API checks which). */
const inviters = new Set(['admin', 'partner']);

/** What the host family page is told after the family was registered or changed. */
export interface HostFamilySavedState {
  hostFamilySaved: 'created' | 'updated';
}

function savedState(state: unknown): HostFamilySavedState | null {
  return typeof state === 'object' && state !== null && 'hostFamilySaved' in state ? (state as HostFamilySavedState) : null;
}

/** One host family: the offer, its contact (when the API shares it), who stays there, and its vetting with its history. */
export function HostFamilyPage() {
  const { t } = useTranslation();
  const { hostFamilyId = '' } = useParams();
  const saved = savedState(useLocation().state);
  const hostFamily = useQuery(hostFamilyQuery(hostFamilyId));
  const formatDate = useDateFormat();
  const [vettingSaved, setVettingSaved] = useState(false);
  const { role } = useCurrentUser();
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
                { key: 'id', label: t('vetting.idCheckedOn'), value: formatDate.date(vetting.idCheckedOn) || t('common.notGiven') },
                { key: 'expires', label: t('vetting.expiresOn'), value: formatDate.date(vetting.expiresOn) || t('common.notGiven') },
                ...(vetting.renewalDueOn ? [{ key: 'renewal', label: t('vetting.renewalDueOn'), value: formatDate.date(vetting.renewalDueOn) }] : []),
              ]}
            />
            {vetting.awaitingReview && (
              <Alert type="info" role="status">
                <Paragraph>{t('vetting.awaitingReview')}</Paragraph>
              </Alert>
            )}
            {vetting.awaitingReview && reviewers.has(role) && <VettingReviewPanel hostFamily={hostFamily.data} decisionId={vetting.awaitingReview} />}
            {vettingSaved && (
              <Alert type="ok" role="status">
                <Paragraph>{t('vetting.saved')}</Paragraph>
              </Alert>
            )}
            {vetters.has(role) && (
              <>
                <Heading level={3}>{t('vetting.formTitle')}</Heading>
                <VettingForm key={`${vetting.status}-${vetting.expiresOn}-${vetting.awaitingReview}`} hostFamily={hostFamily.data} onSaved={() => setVettingSaved(true)} />
              </>
            )}
            <Heading level={3}>{t('vetting.history.title')}</Heading>
            <VettingHistory hostFamilyId={hostFamilyId} />
          </section>
          <HostStays hostFamilyId={hostFamilyId} voice="partner" canExtend={extenders.has(role)} />
          {inviters.has(role) && <HostAccountPanel hostFamily={hostFamily.data} />}
        </>
      )}
    </>
  );
}
