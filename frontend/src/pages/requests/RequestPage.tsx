import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { oneOf } from '../../api/enums';
import { householdQuery, type Household } from '../../api/households';
import { offersQuery, requestQuery, type Offer, type RelocationRequest } from '../../api/relocationRequests';
import type { PlaceType } from '../../client';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BadgeList } from '../../components/StatusBadge';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { CandidatesPanel, type ChosenPlace } from './CandidatesPanel';
import { DeliveriesSection } from './DeliveriesSection';
import { ArrivalPanel } from '../placements/ArrivalPanel';
import { AssigneePanel } from './AssigneePanel';
import { OfferActions } from './OfferActions';
import { DaysLeft, OfferStatusBadge, RequestStatusBadge, UrgencyBadge } from './RequestBadges';
import { StatusLinkPanel } from './StatusLinkPanel';
import { Timeline } from './Timeline';
import { TransitionPanel } from './TransitionPanel';
import { useLiveRequest } from './useLiveRequest';
import type { MapPoint } from './AnchorsMap';

const AnchorsMap = lazy(() => import('./AnchorsMap'));
const placeTypes = ['shelter_unit', 'host_family'] as const satisfies readonly PlaceType[];

/** A place to offer, passed in the URL from a batch-matching proposal. */
function placeFromUrl(params: URLSearchParams): ChosenPlace | null {
  const placeType = oneOf(placeTypes, params.get('placeType'));
  const placeId = params.get('placeId');
  return placeType && placeId ? { placeType, placeId, placeName: params.get('placeName') ?? placeId } : null;
}

/** One relocation request for the desk: the household, the facts, the timeline, candidates and offers. */
export function RequestPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const request = useQuery(requestQuery(requestId));
  const { events, news } = useLiveRequest(requestId);
  const offers = useQuery(offersQuery(requestId));
  const household = useQuery({ ...householdQuery(request.data?.householdId ?? ''), enabled: Boolean(request.data) });
  const [chosen, setChosen] = useState<ChosenPlace | null>(() => placeFromUrl(searchParams));
  const [madeOffer, setMadeOffer] = useState<Offer | null>(null);
  const title = request.data ? t('request.title', { reason: t(`enums.requestReason.${request.data.reason}`) }) : t('screens.requests');
  usePageTitle(title);

  return (
    <>
      <Paragraph>
        <AppLink to="/relocation-requests">{t('request.backToQueue')}</AppLink>
      </Paragraph>
      {/* Always there, so that a screen reader hears what others changed while the page was open. */}
      <div role="status" aria-atomic="true">
        {news && (
          <div className="utrecht-alert utrecht-alert--info">
            <div className="utrecht-alert__content">
              <div className="utrecht-alert__message">
                <Paragraph>{news}</Paragraph>
              </div>
            </div>
          </div>
        )}
      </div>
      {request.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {request.isError && <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />}
      {request.data && (
        <>
          <Heading level={1}>{title}</Heading>
          <Paragraph>
            <BadgeList>
              <RequestStatusBadge status={request.data.status} />
              <UrgencyBadge urgency={request.data.urgency} />
              <DaysLeft date={request.data.mustMoveBy} />
            </BadgeList>
          </Paragraph>
          {madeOffer && (
            <Alert type="ok" role="status">
              <Paragraph>{t('request.offerMade')}</Paragraph>
            </Alert>
          )}
          <RequestFacts request={request.data} />
          {household.isError && <ProblemAlert error={household.error} />}
          {household.data && <HouseholdSummary household={household.data} />}
          {household.data && (
            <Paragraph>
              <AppLink to={`/referrals/households/${household.data.id}`}>{t('request.sharing')}</AppLink>
            </Paragraph>
          )}
          <Anchors request={request.data} />
          <TransitionPanel request={request.data} />
          <AssigneePanel request={request.data} />
          {request.data.status === 'accepted' && request.data.newPlacement && !request.data.newPlacement.resident && (
            <ArrivalPanel placement={request.data.newPlacement} />
          )}
          <OffersSection offers={offers.data?.items ?? []} error={offers.error} />
          {(['submitted', 'triaged', 'matching'] as const).some((status) => status === request.data.status) && (
            <CandidatesPanel
              request={request.data}
              chosen={chosen}
              onChoose={setChosen}
              onOfferMade={(offer) => {
                setChosen(null);
                setMadeOffer(offer);
              }}
            />
          )}
          <StatusLinkPanel requestId={request.data.id} contact={household.data?.contact} />
          <DeliveriesSection requestId={request.data.id} />
          <section aria-labelledby="timeline-heading">
            <Heading level={2} id="timeline-heading">
              {t('timeline.title')}
            </Heading>
            {events.isError && <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />}
            {events.data && <Timeline events={events.data.items} />}
          </section>
        </>
      )}
    </>
  );
}

function RequestFacts({ request }: { request: RelocationRequest }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <section aria-labelledby="facts-heading">
      <Heading level={2} id="facts-heading">
        {t('request.facts')}
      </Heading>
      <DataList
        items={[
          { key: 'reason', label: t('request.reason'), value: t(`enums.requestReason.${request.reason}`) },
          { key: 'urgency', label: t('requests.columns.urgency'), value: t(`enums.urgency.${request.urgency}`) },
          { key: 'mustMoveBy', label: t('requests.columns.mustMoveBy'), value: formatDate.date(request.mustMoveBy) },
          {
            key: 'nextStep',
            label: t('requests.columns.nextStep'),
            value: request.nextStep
              ? `${t(`enums.nextStep.${request.nextStep}`)}${request.nextStepExpectedOn ? ` (${t('timeline.expected', { date: formatDate.date(request.nextStepExpectedOn) })})` : ''}`
              : t('common.none'),
          },
          {
            key: 'preferred',
            label: t('request.preferredMunicipalities'),
            value:
              request.preferredMunicipalities.length === 0
                ? t('common.notGiven')
                : request.preferredMunicipalities.map((code, index) => (
                    <span key={code}>
                      {index > 0 && ', '}
                      <MunicipalityName code={code} />
                    </span>
                  )),
          },
          { key: 'maxDistance', label: t('request.maxDistance'), value: request.maxDistanceKm === null ? t('common.notGiven') : t('request.km', { km: request.maxDistanceKm }) },
          {
            key: 'current',
            label: t('request.currentPlacement'),
            value: request.currentPlacement ? (
              <>
                {request.currentPlacement.placeName} ({t(`enums.placeType.${request.currentPlacement.placeType}`)}, <MunicipalityName code={request.currentPlacement.municipalityCode} />)
              </>
            ) : (
              t('common.notGiven')
            ),
          },
          ...(request.notes === null ? [] : [{ key: 'notes', label: t('request.notes'), value: request.notes }]),
        ]}
      />
    </section>
  );
}

/** Size, age bands, languages and needs; restricted fields only when the API showed them. */
export function HouseholdSummary({ household }: { household: Household }) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const needs = (['wheelchair', 'medicalCare', 'pets', 'specialNeedsEducation', 'informalCare', 'informalChildcare', 'selfCatering', 'womenAndChildrenOnly'] as const).filter(
    (need) => household.needs[need],
  );
  return (
    <section aria-labelledby="household-heading">
      <Heading level={2} id="household-heading">
        {t('household.title', { reference: household.reference })}
      </Heading>
      <DataList
        items={[
          { key: 'size', label: t('household.size'), value: t('household.sizeValue', { count: household.size, adults: household.adults, children: household.children }) },
          {
            key: 'ages',
            label: t('household.ageBands'),
            value: household.members.length === 0 ? t('common.notGiven') : household.members.map((member) => t(`enums.ageBand.${member.ageBand}`)).join(', '),
          },
          { key: 'languages', label: t('household.languages'), value: household.languages.map(languageName).join(', ') || t('common.notGiven') },
          { key: 'preferred', label: t('household.preferredLanguage'), value: languageName(household.preferredLanguage) },
          // Classified: null for a role whose work does not need it (a municipality).
          ...(household.legalStatus ? [{ key: 'legal', label: t('household.legalStatus'), value: t(`enums.legalStatus.${household.legalStatus}`) }] : []),
          {
            key: 'needs',
            label: t('household.needs'),
            value: needs.length === 0 ? t('common.none') : needs.map((need) => (need === 'pets' && household.needs.petDetails ? `${t('household.need.pets')} (${household.needs.petDetails})` : t(`household.need.${need}`))).join(', '),
          },
          ...(household.restrictedFieldsShown
            ? [
                { key: 'vulnerable', label: t('household.vulnerable'), value: household.vulnerable ? t('common.yes') : t('common.no') },
                { key: 'details', label: t('household.details'), value: household.needs.details ?? t('common.notGiven') },
              ]
            : []),
        ]}
      />
      <Paragraph>{household.restrictedFieldsShown ? t('household.restrictedShown') : t('household.restrictedHidden')}</Paragraph>
    </section>
  );
}

function Anchors({ request }: { request: RelocationRequest }) {
  const { t } = useTranslation();
  const points = useMemo<MapPoint[]>(
    () =>
      request.anchors.map((anchor, index) => ({
        key: `${index}`,
        lat: anchor.lat,
        lon: anchor.lon,
        mark: String(index + 1),
        text: `${index + 1}. ${t(`enums.anchorKind.${anchor.kind}`)}${anchor.label ? `: ${anchor.label}` : ''}`,
        kind: 'anchor',
      })),
    [request.anchors, t],
  );
  return (
    <section aria-labelledby="anchors-heading">
      <Heading level={2} id="anchors-heading">
        {t('anchors.title')}
      </Heading>
      {points.length === 0 ? (
        <Paragraph>{t('anchors.none')}</Paragraph>
      ) : (
        <div className="app-anchors">
          <Suspense fallback={<div className="app-map app-map--small app-map--plain" />}>
            <AnchorsMap points={points} label={t('anchors.mapLabel')} />
          </Suspense>
          <ol className="utrecht-ordered-list">
            {points.map((point) => (
              <li key={point.key} className="utrecht-ordered-list__item">
                {point.text.replace(/^\d+\. /, '')}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

interface OffersSectionProps {
  offers: readonly Offer[];
  error: unknown;
  /** The desk may withdraw; a partner answers for the household. */
  canWithdraw?: boolean;
  /** False for a household only referred to the caller's organisation: it reads, it does not answer. */
  canAnswer?: boolean;
}

/** The offers made for the request, newest first, with the open one's answer buttons. */
export function OffersSection({ offers, error, canWithdraw = true, canAnswer = true }: OffersSectionProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const open = offers.find((offer) => offer.status === 'open');
  return (
    <section aria-labelledby="offers-heading">
      <Heading level={2} id="offers-heading">
        {t('offers.title')}
      </Heading>
      {error ? <ProblemAlert error={error} /> : null}
      {offers.length === 0 ? (
        <Paragraph>{t('offers.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('offers.title')}
          captionHidden
          rows={offers}
          rowKey={(offer) => offer.id}
          columns={[
            {
              id: 'place',
              header: t('candidates.place'),
              cell: (offer) => (
                <>
                  {offer.placeName} (<MunicipalityName code={offer.municipalityCode} />)
                </>
              ),
              rowHeader: true,
            },
            { id: 'status', header: t('requests.columns.status'), cell: (offer) => <OfferStatusBadge status={offer.status} /> },
            { id: 'moveOn', header: t('offers.moveOn'), cell: (offer) => formatDate.date(offer.moveOn) },
            { id: 'respondBy', header: t('offers.respondBy'), cell: (offer) => formatDate.date(offer.respondBy) },
            {
              id: 'reason',
              header: t('offers.reason'),
              cell: (offer) => offer.declineReason ?? offer.withdrawReason ?? offer.noticeOverrideReason ?? '',
            },
          ]}
        />
      )}
      {open && canAnswer && (
        <>
          <Paragraph>{t('offers.openIntro', { date: formatDate.date(open.respondBy) })}</Paragraph>
          <OfferActions offer={open} canWithdraw={canWithdraw} />
        </>
      )}
    </section>
  );
}
