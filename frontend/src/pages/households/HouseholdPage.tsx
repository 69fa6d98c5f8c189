import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { householdQuery } from '../../api/households';
import { allMunicipalitiesQuery } from '../../api/municipalities';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { anchorKinds, createRequest, offersQuery, requestKeys, requestQueueQuery, requestReasons, urgencies, type RelocationRequest } from '../../api/relocationRequests';
import type { AnchorKind, RequestReason, Urgency } from '../../client';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { Fieldset } from '../../components/Fieldset';
import { Heading } from '../../components/Heading';
import { MultiSelectField } from '../../components/MultiSelectField';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { BadgeList } from '../../components/StatusBadge';
import { TextField } from '../../components/TextField';
import { PlaceSearchField } from '../../forms/PlaceSearchField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { today } from '../../i18n/dates';
import { useDateFormat } from '../../i18n/useDateFormat';
import { PlacementsSection } from '../placements/PlacementsSection';
import { usePageTitle } from '../../layout/usePageTitle';
import { useCurrentUser } from '../../auth/AuthProvider';
import { ConsentsSection } from '../referrals/ConsentsSection';
import { SendReferralSection } from '../referrals/SendReferralSection';
import { DaysLeft, RequestStatusBadge, UrgencyBadge } from '../requests/RequestBadges';
import { HouseholdSummary, OffersSection } from '../requests/RequestPage';
import { openStatuses } from '../requests/requestRules';
import { StatusLinkPanel } from '../requests/StatusLinkPanel';
import { EditHousehold } from './EditHousehold';
import { WithdrawRequest } from './WithdrawRequest';
import { editableInForm, emptyRequest, requestBody, validateRequest, type AnchorDraft, type RequestDraft, type RequestField } from './householdDraft';

/**
 * One household: who they are, their requests, answering an offer for them, its consents and
 * referrals. A household referred to the caller's organisation is shown to read only.
 */
export function HouseholdPage({ back }: { back?: { to: string; label: string } }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { householdId = '' } = useParams();
  const household = useQuery(householdQuery(householdId));
  const requests = useQuery(requestQueueQuery({ householdId }));
  const [created, setCreated] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [withdrawn, setWithdrawn] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  usePageTitle(household.data ? t('household.title', { reference: household.data.reference }) : t('screens.households'));
  const hasOpenRequest = (requests.data?.items ?? []).some((request) => openStatuses.includes(request.status));
  const inCare = household.data?.access === 'own_scope';
  const mayRequest = inCare && user.role !== 'municipality';
  const mayEdit = mayRequest && household.data !== undefined && editableInForm(household.data);

  return (
    <>
      <Paragraph>
        <AppLink to={back?.to ?? '/households'}>{back?.label ?? t('households.backToList')}</AppLink>
      </Paragraph>
      {household.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {household.isError && <ProblemAlert error={household.error} onRetry={() => void household.refetch()} />}
      {household.data && (
        <>
          <Heading level={1}>{t('household.title', { reference: household.data.reference })}</Heading>
          {!inCare && (
            <Alert type="info" role="status">
              <Paragraph>{t('household.sharedWithYou')}</Paragraph>
            </Alert>
          )}
          {saved && (
            <Alert type="ok" role="status">
              <Paragraph>{t('householdForm.saved')}</Paragraph>
            </Alert>
          )}
          {editing ? (
            <EditHousehold
              household={household.data}
              onDone={(done) => {
                setEditing(false);
                setSaved(done);
                requestAnimationFrame(() => editButton.current?.focus());
              }}
            />
          ) : (
            <>
              <HouseholdSummary household={household.data} />
              {mayEdit && (
                <ButtonGroup>
                  <Button
                    ref={editButton}
                    onClick={() => {
                      setEditing(true);
                      setSaved(false);
                    }}
                  >
                    {t('householdForm.edit')}
                  </Button>
                </ButtonGroup>
              )}
            </>
          )}
          <section aria-labelledby="requests-heading">
            <Heading level={2} id="requests-heading">
              {t('households.requestsTitle')}
            </Heading>
            {created && (
              <Alert type="ok" role="status">
                <Paragraph>{t('requestForm.created')}</Paragraph>
              </Alert>
            )}
            {withdrawn && (
              <Alert type="ok" role="status">
                <Paragraph>{t('withdrawRequest.done')}</Paragraph>
              </Alert>
            )}
            {requests.isError && <ProblemAlert error={requests.error} />}
            {requests.data && requests.data.items.length === 0 && <Paragraph>{t('households.noRequest')}</Paragraph>}
            {requests.data?.items.map((request) => <HouseholdRequest key={request.id} request={request} canAnswer={inCare} canChange={mayRequest} onWithdrawn={() => setWithdrawn(true)} />)}
          </section>
          {mayRequest && !hasOpenRequest && requests.data && <NewRequestForm householdId={householdId} onCreated={() => { setCreated(true); setWithdrawn(false); }} />}
          <ConsentsSection household={household.data} />
          {inCare && <SendReferralSection household={household.data} />}
          <PlacementsSection query={{ householdId }} name="place" title={t('placements.householdTitle')} empty={t('placements.noPlacements')} />
        </>
      )}
    </>
  );
}

function HouseholdRequest({ request, canAnswer, canChange, onWithdrawn }: { request: RelocationRequest; canAnswer: boolean; canChange: boolean; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const offers = useQuery(offersQuery(request.id));
  return (
    <article className="app-candidate" aria-label={t(`enums.requestReason.${request.reason}`)}>
      <Paragraph>
        <BadgeList>
          <RequestStatusBadge status={request.status} />
          <UrgencyBadge urgency={request.urgency} />
          <DaysLeft date={request.mustMoveBy} />
        </BadgeList>
      </Paragraph>
      <DataList
        items={[
          { key: 'reason', label: t('request.reason'), value: t(`enums.requestReason.${request.reason}`) },
          { key: 'mustMoveBy', label: t('requests.columns.mustMoveBy'), value: formatDate.date(request.mustMoveBy) },
          {
            key: 'next',
            label: t('requests.columns.nextStep'),
            value: request.nextStep
              ? `${t(`enums.nextStep.${request.nextStep}`)}${request.nextStepExpectedOn ? ` (${t('timeline.expected', { date: formatDate.date(request.nextStepExpectedOn) })})` : ''}`
              : t('common.none'),
          },
        ]}
      />
      <OffersSection offers={offers.data?.items ?? []} error={offers.error} canWithdraw={false} canAnswer={canAnswer} />
      {canChange && openStatuses.includes(request.status) && (
        <>
          <WithdrawRequest request={request} onWithdrawn={onWithdrawn} />
          <StatusLinkPanel requestId={request.id} />
        </>
      )}
    </article>
  );
}

function NewRequestForm({ householdId, onCreated }: { householdId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const municipalities = useQuery(allMunicipalitiesQuery());
  const [draft, setDraft] = useState<RequestDraft>(emptyRequest);
  const [invalids, setInvalids] = useState<Invalids<RequestField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => createRequest(requestBody(draft, householdId)),
    onSuccess: async () => {
      setDraft(emptyRequest());
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
      onCreated();
    },
    onError: () => focusFirstInvalid(),
  });
  const fieldPaths = { mustMoveBy: 'mustMoveBy', maxDistanceKm: 'maxDistanceKm' } as const;
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, fieldPaths) : {};
  const errors: Partial<Record<string, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<RequestDraft>) => setDraft((current) => ({ ...current, ...next }));
  const changeAnchor = (index: number, next: Partial<AnchorDraft>) =>
    change({ anchors: draft.anchors.map((anchor, position) => (position === index ? { ...anchor, ...next } : anchor)) });

  const handleSubmit = validatedSubmit(mutation, () => validateRequest(draft, today()), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <section aria-labelledby="new-request-heading">
      <Heading level={2} id="new-request-heading">
        {t('requestForm.title')}
      </Heading>
      <Paragraph>{t('requestForm.intro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('requestForm.failed')} formFields={Object.keys(fieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <SelectField
          label={t('request.reason')}
          name="reason"
          value={draft.reason}
          onChange={(event) => change({ reason: event.target.value as RequestReason })}
          options={requestReasons.map((value) => ({ value, label: t(`enums.requestReason.${value}`) }))}
        />
        <SelectField
          label={t('requests.columns.urgency')}
          name="urgency"
          value={draft.urgency}
          onChange={(event) => change({ urgency: event.target.value as Urgency })}
          options={urgencies.map((value) => ({ value, label: t(`enums.urgency.${value}`) }))}
        />
        <TextField label={t('requests.columns.mustMoveBy')} name="mustMoveBy" type="date" required value={draft.mustMoveBy} onChange={(event) => change({ mustMoveBy: event.target.value })} error={errors.mustMoveBy} />
        {draft.anchors.map((anchor, index) => (
          <Fieldset key={index} legend={t('requestForm.anchorLegend', { number: index + 1 })}>
            <SelectField
              label={t('requestForm.anchorKind')}
              name={`anchors.${index}.kind`}
              value={anchor.kind}
              onChange={(event) => changeAnchor(index, { kind: event.target.value as AnchorKind })}
              options={anchorKinds.map((value) => ({ value, label: t(`enums.anchorKind.${value}`) }))}
            />
            <PlaceSearchField
              label={t('placeSearch.label')}
              description={t('placeSearch.hint')}
              name={`anchors.${index}.place`}
              onSelect={(place) => changeAnchor(index, { lat: String(place.lat), lon: String(place.lon), municipalityCode: place.municipalityCode, ...(anchor.label.trim() === '' ? { label: place.label.slice(0, 200) } : {}) })}
            />
            <TextField label={t('requestForm.anchorLabel')} name={`anchors.${index}.label`} value={anchor.label} onChange={(event) => changeAnchor(index, { label: event.target.value })} error={errors[`anchors.${index}.label`]} />
            <TextField label={t('forms.lat')} name={`anchors.${index}.lat`} inputMode="decimal" value={anchor.lat} onChange={(event) => changeAnchor(index, { lat: event.target.value, municipalityCode: null })} error={errors[`anchors.${index}.lat`]} />
            <TextField label={t('forms.lon')} name={`anchors.${index}.lon`} inputMode="decimal" value={anchor.lon} onChange={(event) => changeAnchor(index, { lon: event.target.value, municipalityCode: null })} error={errors[`anchors.${index}.lon`]} />
            <ButtonGroup>
              <Button appearance="subtle" onClick={() => change({ anchors: draft.anchors.filter((_, position) => position !== index) })}>
                {t('requestForm.removeAnchor', { number: index + 1 })}
              </Button>
            </ButtonGroup>
          </Fieldset>
        ))}
        <ButtonGroup>
          <Button onClick={() => change({ anchors: [...draft.anchors, { kind: 'work', label: '', lat: '', lon: '' }] })}>{t('requestForm.addAnchor')}</Button>
        </ButtonGroup>
        <MultiSelectField
          label={t('request.preferredMunicipalities')}
          description={t('requestForm.preferredHint')}
          name="preferredMunicipalities"
          value={draft.preferredMunicipalities}
          onChange={(preferredMunicipalities) => change({ preferredMunicipalities })}
          options={(municipalities.data?.items ?? []).map((municipality) => ({ value: municipality.code, label: municipality.name }))}
        />
        <TextField label={t('request.maxDistance')} name="maxDistanceKm" inputMode="numeric" value={draft.maxDistanceKm} onChange={(event) => change({ maxDistanceKm: event.target.value })} error={errors.maxDistanceKm} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('requestForm.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
