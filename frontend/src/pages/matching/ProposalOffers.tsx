import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingKeys, offerProposals, type Proposal, type ProposalOutcome } from '../../api/matching';
import { knownProblemCodes } from '../../api/describeProblem';
import { requestKeys } from '../../api/relocationRequests';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { today } from '../../i18n/dates';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { earliestMoveOn, minNoticeDays } from '../requests/offerDraft';
import { shortRequest } from './UnassignedList';

const scoreFormat = { maximumFractionDigits: 3 } as const;

/** What happened to one proposal's offer, in the interface's language (never the API's English detail). */
export function outcomeText(outcome: ProposalOutcome, t: TFunction): string {
  if (outcome.outcome !== 'refused') return t(`matching.offers.outcomes.${outcome.outcome}`);
  const code = outcome.code ?? '';
  const reason = knownProblemCodes.includes(code) ? String(t(`problems.${code}` as never)) : t('problemMessages.unknown', { status: outcome.status ?? 0 });
  return t('matching.offers.outcomes.refused', { reason });
}

interface ProposalOffersProps {
  runId: string;
  proposals: readonly Proposal[];
  /** Today, for tests. */
  now?: string;
}

/**
 * The run's proposals with a checkbox each: the desk picks some, sets one move date, confirms, and
 * the API makes each offer as if it was made on its request; the outcome shows per proposal.
 */
export function ProposalOffers({ runId, proposals, now = today() }: ProposalOffersProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatDate = useDateFormat();
  const number = useNumberFormat(scoreFormat);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [moveOn, setMoveOn] = useState(() => earliestMoveOn(now));
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => offerProposals(runId, { requestIds: proposals.map((p) => p.requestId).filter((id) => selected.has(id)), moveOn }),
    onSettled: () => setConfirming(false),
    onSuccess: async () => {
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
      await queryClient.invalidateQueries({ queryKey: matchingKeys.run(runId) });
    },
  });
  const outcomes = new Map((mutation.data?.items ?? []).map((item) => [item.requestId, item]));
  const allSelected = proposals.length > 0 && proposals.every((p) => selected.has(p.requestId));
  const toggle = (requestId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(requestId);
      else next.delete(requestId);
      return next;
    });
  const ask = () => {
    setMissing(selected.size === 0);
    if (selected.size > 0) setConfirming(true);
  };
  const title = t('matching.offers.title');

  return (
    <section aria-labelledby="proposal-offers-heading">
      <Heading level={3} id="proposal-offers-heading">
        {title}
      </Heading>
      <Paragraph>{t('matching.offers.intro')}</Paragraph>
      <CheckboxField
        label={t('matching.offers.selectAll')}
        checked={allSelected}
        onChange={(event) => setSelected(event.currentTarget.checked ? new Set(proposals.map((p) => p.requestId)) : new Set())}
      />
      <DataTable
        caption={t('matching.offers.caption')}
        rows={proposals}
        rowKey={(proposal) => proposal.requestId}
        columns={[
          {
            id: 'select',
            header: t('matching.offers.select'),
            cell: (proposal) => (
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-label={t('matching.offers.selectOne', { place: proposal.placeName, request: shortRequest(proposal.requestId) })}
                checked={selected.has(proposal.requestId)}
                onChange={(event) => toggle(proposal.requestId, event.currentTarget.checked)}
              />
            ),
          },
          { id: 'request', header: t('matching.offers.request'), cell: (proposal) => shortRequest(proposal.requestId), rowHeader: true },
          { id: 'place', header: t('matching.offers.place'), cell: (proposal) => proposal.placeName },
          { id: 'score', header: t('matching.offers.score'), cell: (proposal) => number.format(proposal.score), numeric: true },
          {
            id: 'outcome',
            header: t('matching.offers.outcome'),
            cell: (proposal) => {
              const outcome = outcomes.get(proposal.requestId);
              return outcome ? outcomeText(outcome, t) : '–';
            },
          },
        ]}
      />
      <TextField
        type="date"
        label={t('matching.offers.moveOn')}
        description={t('matching.offers.moveOnHint', { days: minNoticeDays })}
        value={moveOn}
        min={now}
        required
        onChange={(event) => setMoveOn(event.currentTarget.value)}
      />
      <div aria-live="polite" className="app-live">
        {missing && <Paragraph>{t('matching.offers.noneSelected')}</Paragraph>}
        {mutation.data && (
          <Paragraph>
            {t('matching.offers.summary', { created: mutation.data.created, already: mutation.data.alreadyOffered, refused: mutation.data.refused })}
          </Paragraph>
        )}
      </div>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('matching.offers.failed')} />}
      {confirming ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('matching.offers.confirm', { count: selected.size, date: formatDate.date(moveOn) })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
              {t('matching.offers.confirmButton')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('matching.offers.back')}</Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <ButtonGroup>
          <Button appearance="primary-action" onClick={ask}>
            {t('matching.offers.make')}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
