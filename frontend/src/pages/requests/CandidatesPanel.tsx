import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidatesQuery, type Candidate, type Offer, type RelocationRequest } from '../../api/relocationRequests';
import type { PlaceType } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { leadingTerms } from './candidateSummary';
import { isTermName, termDetail } from './explanation';
import { ExplanationView, FailedConstraints } from './ExplanationView';
import { OfferForm } from './OfferForm';

const scoreFormat = { maximumFractionDigits: 3 } as const;
const detailFormat = { maximumFractionDigits: 2 } as const;
/** Candidates shown at first; the rest one click away, so the page stays short. */
export const FIRST_CANDIDATES = 5;

export interface ChosenPlace {
  placeType: PlaceType;
  placeId: string;
  placeName: string;
}

interface CandidatesPanelProps {
  request: RelocationRequest;
  chosen: ChosenPlace | null;
  onChoose: (place: ChosenPlace | null) => void;
  onOfferMade: (offer: Offer) => void;
}

/** The places that fit, best first, each with why; the places a hard constraint excludes, with which. */
export function CandidatesPanel({ request, chosen, onChoose, onOfferMade }: CandidatesPanelProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const number = useNumberFormat(scoreFormat);
  const query = useQuery(candidatesQuery(request.id));
  const [showAll, setShowAll] = useState(false);
  const canOffer = request.status === 'matching';
  const data = query.data;
  const chosenElsewhere = chosen && data && !data.items.some((candidate) => candidate.placeId === chosen.placeId);
  // A place chosen from a batch proposal is never hidden behind "show all".
  const chosenRank = chosen && data ? data.items.findIndex((candidate) => candidate.placeId === chosen.placeId) : -1;
  const expanded = showAll || chosenRank >= FIRST_CANDIDATES;

  function offerForm(place: ChosenPlace) {
    return (
      <OfferForm
        key={place.placeId}
        requestId={request.id}
        urgency={request.urgency}
        placeType={place.placeType}
        placeId={place.placeId}
        placeName={place.placeName}
        checkedFor={data?.moveOn}
        onCancel={() => onChoose(null)}
        onMade={onOfferMade}
      />
    );
  }

  return (
    <section aria-labelledby="candidates-heading">
      <Heading level={2} id="candidates-heading">
        {t('candidates.title')}
      </Heading>
      {query.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <>
          <Paragraph>{t('candidates.intro', { date: formatDate.date(data.moveOn) })}</Paragraph>
          {!canOffer && <Paragraph>{t('candidates.notMatching')}</Paragraph>}
          {canOffer && chosenElsewhere && offerForm(chosen)}
          {data.items.length === 0 && <Paragraph>{t('candidates.none')}</Paragraph>}
          <ol className="app-candidates">
            {data.items.slice(0, expanded ? undefined : FIRST_CANDIDATES).map((candidate, index) => (
              <li key={candidate.placeId} className="app-candidate">
                <CandidateCard candidate={candidate} rank={index + 1} score={number.format(candidate.score)} />
                {canOffer &&
                  (chosen?.placeId === candidate.placeId ? (
                    offerForm(chosen)
                  ) : (
                    <ButtonGroup>
                      <Button
                        appearance={index === 0 ? 'primary-action' : 'secondary-action'}
                        onClick={() => onChoose({ placeType: candidate.placeType, placeId: candidate.placeId, placeName: candidate.name })}
                      >
                        {t('candidates.offer', { place: candidate.name })}
                      </Button>
                    </ButtonGroup>
                  ))}
              </li>
            ))}
          </ol>
          {!expanded && data.items.length > FIRST_CANDIDATES && (
            <ButtonGroup>
              <Button onClick={() => setShowAll(true)}>{t('candidates.showAll', { count: data.items.length })}</Button>
            </ButtonGroup>
          )}
          <Heading level={3} id="excluded-heading">
            {t('candidates.excludedTitle')}
          </Heading>
          {data.excluded.length === 0 ? (
            <Paragraph>{t('candidates.noneExcluded')}</Paragraph>
          ) : (
            <DataTable
              caption={t('candidates.excludedTitle')}
              captionHidden
              rows={data.excluded}
              rowKey={(candidate) => candidate.placeId}
              columns={[
                { id: 'place', header: t('candidates.place'), cell: (candidate) => candidate.name, rowHeader: true },
                { id: 'type', header: t('candidates.type'), cell: (candidate) => t(`enums.placeType.${candidate.placeType}`) },
                { id: 'why', header: t('candidates.why'), cell: (candidate) => <FailedConstraints names={candidate.explanation.failedConstraints ?? []} /> },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}

/** One line on why a candidate ranks where it does: the terms that earn it most points. */
function useLeadingLine(): (candidate: Candidate) => string {
  const { t } = useTranslation();
  const number = useNumberFormat(detailFormat);
  const languageName = useLanguageNames();
  return (candidate) => {
    const leading = leadingTerms(candidate.explanation.terms);
    if (leading.length === 0) return t('candidates.leadingNone');
    const terms = leading.map((term) => {
      const name = isTermName(term.name) ? t(`explanation.terms.${term.name}`) : term.name;
      const detail = termDetail(term, t, number.format, languageName);
      return detail ? `${name} (${detail})` : name;
    });
    return t('candidates.leading', { terms: terms.join(', ') });
  };
}

/**
 * A candidate in a few lines: rank and place, its score and key facts, and why it ranks here;
 * the full explanation (every term, every condition met) on demand.
 */
function CandidateCard({ candidate, rank, score }: { candidate: Candidate; rank: number; score: string }) {
  const { t } = useTranslation();
  const leadingLine = useLeadingLine();
  return (
    <article aria-labelledby={`candidate-${candidate.placeId}`}>
      <Heading level={3} id={`candidate-${candidate.placeId}`}>
        {t('candidates.rank', { rank, place: candidate.name })}
      </Heading>
      <Paragraph>
        <span className="app-candidate__facts">
          <span>
            {t('candidates.score')} {score}
          </span>
          <span>{t(`enums.placeType.${candidate.placeType}`)}</span>
          <span>
            <MunicipalityName code={candidate.municipalityCode} />
          </span>
          <span>{t('candidates.beds', { count: candidate.freeBeds })}</span>
        </span>
      </Paragraph>
      <Paragraph>{leadingLine(candidate)}</Paragraph>
      <details className="app-disclosure">
        <summary>{t('candidates.details', { place: candidate.name })}</summary>
        <ExplanationView explanation={candidate.explanation} placeName={candidate.name} />
      </details>
    </article>
  );
}
