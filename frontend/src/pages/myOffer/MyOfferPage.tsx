import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamiliesQuery, type HostFamily } from '../../api/hostFamilies';
import { useCurrentUser } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { HostFamilyDetails } from '../hostFamilies/HostFamilyDetails';
import { HostFamilyForm } from '../hostFamilies/HostFamilyForm';
import { emptyHostFamilyDraft, hostFamilyDraftFrom } from '../hostFamilies/hostFamilyDraft';
import { HostStays } from '../hostFamilies/HostStays';
import { VettingBadge } from '../hostFamilies/VettingBadge';
import { MyReports } from './MyReports';
import { ReportProblemForm } from './ReportProblemForm';

/** A host's own offer: register it, keep it up to date, see who is coming, report a problem and follow it. */
export function MyOfferPage() {
  const { t } = useTranslation();
  const title = t('screens.myOffer');
  usePageTitle(title);
  const user = useCurrentUser();
  // For a host the API returns only their own host family.
  const offers = useQuery({ ...hostFamiliesQuery({ limit: 1 }), enabled: user.role === 'host' });
  const [notice, setNotice] = useState<'registered' | 'updated' | null>(null);

  if (user.role !== 'host') {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Alert type="info" role="status">
          <Paragraph>{t('myOffer.onlyHosts')}</Paragraph>
          <Paragraph>
            <AppLink to="/host-families">{t('screens.hostFamilies')}</AppLink>
          </Paragraph>
        </Alert>
      </>
    );
  }

  const offer = offers.data?.items[0];
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {offers.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {offers.isError && <ProblemAlert error={offers.error} onRetry={() => void offers.refetch()} />}
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{t(`myOffer.${notice}`)}</Paragraph>
        </Alert>
      )}
      {offers.data && !offer && (
        <>
          <Paragraph lead>{t('myOffer.registerIntro')}</Paragraph>
          <Paragraph>{t('myOffer.vettingIntro')}</Paragraph>
          <Heading level={2}>{t('myOffer.registerTitle')}</Heading>
          <HostFamilyForm
            initial={emptyHostFamilyDraft('')}
            municipalityFixed={false}
            voice="host"
            submitLabel={t('myOffer.register')}
            onSaved={() => setNotice('registered')}
          />
        </>
      )}
      {offer && <Offer key={offer.id} offer={offer} onUpdated={() => setNotice('updated')} />}
    </>
  );
}

function Offer({ offer, onUpdated }: { offer: HostFamily; onUpdated: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Paragraph lead>{t('myOffer.intro')}</Paragraph>
      {offer.suspended && (
        <Alert type="warning" role="status">
          <Paragraph>{t('myOffer.suspended')}</Paragraph>
        </Alert>
      )}
      <HostStays hostFamilyId={offer.id} voice="host" canExtend={false} />
      <section aria-labelledby="vetting-heading">
        <Heading level={2} id="vetting-heading">
          {t('myOffer.vettingTitle')}
        </Heading>
        <Paragraph>
          <VettingBadge vetting={offer.vetting} />
        </Paragraph>
        <Paragraph>{offer.vetting.isVetted ? t('myOffer.vettedBody') : t('myOffer.notVettedBody')}</Paragraph>
      </section>
      <section aria-labelledby="offer-heading">
        <Heading level={2} id="offer-heading">
          {t('myOffer.offerTitle', { name: offer.displayName })}
        </Heading>
        {editing ? (
          <HostFamilyForm
            hostFamily={offer}
            initial={hostFamilyDraftFrom(offer)}
            municipalityFixed
            voice="host"
            submitLabel={t('common.save')}
            onSaved={() => {
              setEditing(false);
              onUpdated();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <HostFamilyDetails hostFamily={offer} voice="host" />
            <ButtonGroup>
              <Button appearance="primary-action" onClick={() => setEditing(true)}>
                {t('myOffer.change')}
              </Button>
            </ButtonGroup>
          </>
        )}
      </section>
      <ReportProblemForm hostFamilyId={offer.id} />
      <MyReports />
    </>
  );
}
