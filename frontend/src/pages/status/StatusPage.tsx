import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { acceptFromStatusPage, declineFromStatusPage, reportConcern, statusKeys, statusPageQuery, type HouseholdStatus, type StatusLanguage } from '../../api/statusPage';
import type { StatusPageOffer, StatusPageOrganisation } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ContactDetails } from '../../components/ContactDetails';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SkipLink } from '../../components/SkipLink';
import { TextAreaField } from '../../components/TextAreaField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkRequired } from '../../forms/validation';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { interfaceLanguage, isStatusLanguage, requestedLanguage, statusLanguageNames, switcherLanguages } from './statusLanguage';

/**
 * The household's own status page (no login): where its request stands, what happened, what
 * comes next and when, and the offer it can accept or decline, in its own language.
 */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = requestedLanguage(searchParams);
  const query = useQuery({ ...statusPageQuery(token, asked), retry: false });
  const [choseRussian, setChoseRussian] = useState(false);
  const pageLanguage: StatusLanguage | null = query.data?.language ?? asked;
  usePageTitle(t('statusPage.title'));

  // A link that ended names the household's language: say so in words it reads.
  const endedIn = query.error instanceof ApiError ? query.error.problem.extensions?.language : undefined;
  useEffect(() => {
    if (asked !== null || typeof endedIn !== 'string' || !isStatusLanguage(endedIn)) return;
    const wanted = interfaceLanguage(endedIn);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
  }, [endedIn, asked, i18n]);

  useEffect(() => {
    if (!query.data) return;
    if (query.data.language === 'ru' && asked === null) setChoseRussian(true);
    const wanted = interfaceLanguage(query.data.language);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
  }, [query.data, asked, i18n]);

  function switchTo(language: StatusLanguage) {
    const params = new URLSearchParams(searchParams);
    params.set('lang', language);
    setSearchParams(params, { replace: true });
  }

  return (
    <div className="utrecht-page-layout app-layout app-status">
      <SkipLink targetId="main">{t('app.skipLink')}</SkipLink>
      <header className="utrecht-page-header app-header">
        <div className="app-header__content">
          <span className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('statusPage.tagline')}</span>
          </span>
          <div className="utrecht-button-group language-switcher" role="group" aria-label={t('language.label')}>
            {switcherLanguages(choseRussian).map((language) => (
              <Button key={language} appearance="subtle" lang={language} aria-pressed={pageLanguage === language} onClick={() => switchTo(language)}>
                {statusLanguageNames[language]}
              </Button>
            ))}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="utrecht-page-body app-main">
        <div className="utrecht-page-body__content app-main__content">
          <Heading level={1}>{t('statusPage.title')}</Heading>
          {query.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
          {query.isError && <StatusError error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && <StatusContent token={token} page={query.data} />}
        </div>
      </main>
    </div>
  );
}

function StatusError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    const organisation = organisationOf(error.problem.extensions?.contact);
    return (
      <Alert type="warning" role="alert">
        {organisation ? (
          <>
            <Paragraph>
              {t(error.problem.type.endsWith('/status-link-expired') ? 'statusPage.expired' : 'statusPage.ended', {
                name: organisation.name,
              })}
            </Paragraph>
            <Paragraph>
              <ContactDetails contact={organisation.contact} />
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t('statusPage.notFound')}</Paragraph>
        )}
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 429) {
    return (
      <Alert type="warning" role="alert">
        <Paragraph>{t('statusPage.tooMany')}</Paragraph>
      </Alert>
    );
  }
  return <ProblemAlert error={error} onRetry={onRetry} />;
}

/** The organisation a status link that ended still names (its problem's `contact` member). */
function organisationOf(value: unknown): StatusPageOrganisation | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, contact } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  return { name, contact: typeof contact === 'object' && contact !== null ? (contact as StatusPageOrganisation['contact']) : null };
}

/** The page's content; texts from the API are in the page's language, marked as such. */
export function StatusContent({ token, page }: { token: string; page: HouseholdStatus }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [answered, setAnswered] = useState<Decision | null>(null);
  const thanks = useRef<HTMLDivElement>(null);

  // The thank-you replaces the buttons just pressed: bring it (and the focus) into view.
  useEffect(() => {
    if (!answered) return;
    thanks.current?.focus();
    thanks.current?.scrollIntoView?.({ block: 'start' });
  }, [answered]);

  return (
    <div lang={page.language}>
      {answered && (
        <div ref={thanks} tabIndex={-1} className="app-status__thanks">
          <Alert type="ok" role="status">
            <Paragraph lead>{answered === 'accept' ? t('statusPage.accepted') : t('statusPage.declined')}</Paragraph>
          </Alert>
        </div>
      )}
      <section aria-labelledby="status-now-heading" className="app-status__block">
        <Heading level={2} id="status-now-heading">
          {t('statusPage.now')}
        </Heading>
        <Paragraph lead>{page.statusText}</Paragraph>
        <Paragraph>{t('statusPage.mustMoveBy', { date: formatDate.date(page.mustMoveBy) })}</Paragraph>
      </section>
      {page.nextStepText && (
        <section aria-labelledby="status-next-heading" className="app-status__block">
          <Heading level={2} id="status-next-heading">
            {t('statusPage.next')}
          </Heading>
          <Paragraph lead>{page.nextStepText}</Paragraph>
          {page.nextStepExpectedOn && <Paragraph>{t('statusPage.expected', { date: formatDate.date(page.nextStepExpectedOn) })}</Paragraph>}
        </section>
      )}
      {page.offer && <OfferBlock token={token} page={page} offer={page.offer} onAnswered={setAnswered} />}
      {page.supportingOrganisation && <HelpBlock organisation={page.supportingOrganisation} />}
      {(page.status === 'accepted' || page.status === 'moved') && <ConcernBlock token={token} language={page.language} />}
      <section aria-labelledby="status-timeline-heading" className="app-status__block">
        <Heading level={2} id="status-timeline-heading">
          {t('statusPage.timeline')}
        </Heading>
        <ol className="app-status__timeline">
          {page.timeline.map((event, index) => (
            <li key={`${event.occurredAt}-${index}`}>
              <span className="app-status__when">{formatDate.date(event.occurredAt.slice(0, 10))}</span> {event.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

type Decision = 'accept' | 'decline';

/** A placed household says something is not right where it lives; the report carries no name. */
function ConcernBlock({ token, language }: { token: string; language: StatusLanguage }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({ mutationFn: () => reportConcern(token, language, description.trim(), urgent) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!description.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate();
  }

  return (
    <section aria-labelledby="status-concern-heading" className="app-status__block">
      <Heading level={2} id="status-concern-heading">
        {t('statusPage.concern.title')}
      </Heading>
      {mutation.data ? (
        <Alert type="ok" role="status">
          <Paragraph lang={language}>{mutation.data.text}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Paragraph>{t('statusPage.concern.intro')}</Paragraph>
          {mutation.isError && <ProblemAlert error={mutation.error} title={t('statusPage.concern.failed')} />}
          <TextAreaField
            label={t('statusPage.concern.description')}
            name="concern"
            required
            maxLength={2000}
            value={description}
            error={missing && !description.trim() ? t('validation.required') : undefined}
            onChange={(event) => setDescription(event.target.value)}
          />
          <CheckboxField label={t('statusPage.concern.urgent')} name="urgent" checked={urgent} onChange={(event) => setUrgent(event.target.checked)} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
              {t('statusPage.concern.send')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** Whom the household can ask: the organisation that supports it, always shown. */
function HelpBlock({ organisation }: { organisation: StatusPageOrganisation }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-help-heading" className="app-status__block">
      <Heading level={2} id="status-help-heading">
        {t('statusPage.help')}
      </Heading>
      <Paragraph>{t('statusPage.helpBody', { name: organisation.name })}</Paragraph>
      <Paragraph>
        <ContactDetails contact={organisation.contact} />
      </Paragraph>
    </section>
  );
}

/** Once the household accepted: where the place is, how to get in, and whom to call on arrival. */
function ArrivalBlock({ offer }: { offer: StatusPageOffer }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-arrival-heading" className="app-status__arrival">
      <Heading level={3} id="status-arrival-heading">
        {t('statusPage.arrival')}
      </Heading>
      <DataList
        items={[
          { key: 'address', label: t('statusPage.address'), value: offer.address ?? t('statusPage.addressFollows') },
          {
            key: 'instructions',
            label: t('statusPage.instructions'),
            value: offer.arrivalInstructions ? <span className="app-long-text">{offer.arrivalInstructions}</span> : t('statusPage.instructionsFollow'),
          },
          { key: 'contact', label: t('statusPage.arrivalContact'), value: <ContactDetails contact={offer.contact} /> },
        ]}
      />
    </section>
  );
}

interface OfferBlockProps {
  token: string;
  page: HouseholdStatus;
  offer: StatusPageOffer;
  onAnswered: (decision: Decision) => void;
}

function OfferBlock({ token, page, offer, onAnswered }: OfferBlockProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const languageName = useLanguageNames();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const open = offer.status === 'open';

  const mutation = useMutation({
    mutationFn: (chosen: Decision) =>
      chosen === 'accept' ? acceptFromStatusPage(token, offer.id, page.language) : declineFromStatusPage(token, offer.id, page.language, reason.trim()),
    onSuccess: (updated, chosen) => {
      queryClient.setQueriesData({ queryKey: statusKeys.token(token) }, updated);
      setDecision(null);
      onAnswered(chosen);
    },
  });

  useEffect(() => {
    if (decision) heading.current?.focus();
  }, [decision]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision || mutation.isPending) return;
    if (decision === 'decline') {
      const invalid = checkRequired(reason, 2000);
      setReasonError(invalid ? messages({ reason: invalid }).reason : undefined);
      if (invalid) return;
    }
    mutation.mutate(decision);
  }

  return (
    <section aria-labelledby="status-offer-heading" className="app-status__block app-status__offer">
      <Heading level={2} id="status-offer-heading">
        {open ? t('statusPage.offerOpen') : t('statusPage.offerAccepted')}
      </Heading>
      <Paragraph lead>{offer.description}</Paragraph>
      <DataList
        items={[
          { key: 'where', label: t('statusPage.where'), value: offer.municipalityName },
          { key: 'beds', label: t('statusPage.beds'), value: offer.beds },
          { key: 'moveOn', label: t('statusPage.moveOn'), value: formatDate.date(offer.moveOn) },
          ...(open ? [{ key: 'respondBy', label: t('statusPage.respondBy'), value: formatDate.date(offer.respondBy) }] : []),
          { key: 'until', label: t('statusPage.until'), value: offer.stayEndsOn ? formatDate.date(offer.stayEndsOn) : t('statusPage.noEnd') },
          { key: 'languages', label: t('statusPage.languages'), value: offer.languagesSpoken.map(languageName).join(', ') || t('common.notGiven') },
        ]}
      />
      {!open && <ArrivalBlock offer={offer} />}
      {offer.facts.length > 0 && (
        <ul className="utrecht-unordered-list">
          {offer.facts.map((fact) => (
            <li key={fact.code} className="utrecht-unordered-list__item">
              {fact.text}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <Paragraph>{t('statusPage.decide', { date: formatDate.date(offer.respondBy) })}</Paragraph>
          <Paragraph>{t('statusPage.noPenalty')}</Paragraph>
          {mutation.isError && <ProblemAlert error={mutation.error} title={t('statusPage.answerFailed')} />}
          {decision === null ? (
            <ButtonGroup label={t('statusPage.yourAnswer')}>
              <Button appearance="primary-action" onClick={() => setDecision('accept')}>
                {t('statusPage.accept')}
              </Button>
              <Button onClick={() => setDecision('decline')}>{t('statusPage.decline')}</Button>
            </ButtonGroup>
          ) : (
            <form noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-labelledby="status-decision-heading">
              <Heading level={3} id="status-decision-heading" ref={heading} tabIndex={-1}>
                {decision === 'accept' ? t('statusPage.confirmAcceptTitle') : t('statusPage.confirmDeclineTitle')}
              </Heading>
              {decision === 'accept' && <Paragraph>{t('statusPage.acceptHint', { date: formatDate.date(offer.moveOn) })}</Paragraph>}
              {decision === 'decline' && (
                <TextAreaField
                  label={t('statusPage.declineReason')}
                  description={t('statusPage.declineReasonHint')}
                  name="reason"
                  required
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  error={reasonError}
                />
              )}
              <ButtonGroup>
                <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
                  {decision === 'accept' ? t('statusPage.confirmAccept') : t('statusPage.confirmDecline')}
                </Button>
                <Button onClick={() => setDecision(null)}>{t('statusPage.back')}</Button>
              </ButtonGroup>
            </form>
          )}
        </>
      )}
    </section>
  );
}
