import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelMatchingRun, isRunActive, matchingKeys, matchingRunQuery, matchingRunsQuery, startMatchingRun, type MatchingRun } from '../../api/matching';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { ExplanationView } from '../requests/ExplanationView';
import { ProposalOffers } from './ProposalOffers';
import { UnassignedList } from './UnassignedList';

const scoreFormat = { maximumFractionDigits: 3 } as const;
const percentFormat = { style: 'percent', maximumFractionDigits: 2 } as const;

/** The link that opens a proposal's offer form on its request page. */
export function proposalOfferLink(proposal: { requestId: string; placeType: string; placeId: string; placeName: string }): string {
  const params = new URLSearchParams({ placeType: proposal.placeType, placeId: proposal.placeId, placeName: proposal.placeName });
  return `/relocation-requests/${proposal.requestId}?${params.toString()}#candidates-heading`;
}

/** Batch matching: queues a run that assigns places to every open request at once; shows its
 * progress while a worker ranks and solves (polling), then each proposal explained. */
export function MatchingPage() {
  const { t } = useTranslation();
  const title = t('screens.matching');
  usePageTitle(title);
  const queryClient = useQueryClient();
  const formatDate = useDateFormat();
  const runs = useQuery(matchingRunsQuery());
  const [shownRunId, setShownRunId] = useState<string | null>(null);
  const shown = useQuery({ ...matchingRunQuery(shownRunId ?? ''), enabled: shownRunId !== null });
  const mutation = useMutation({
    mutationFn: startMatchingRun,
    onSuccess: async (run) => {
      queryClient.setQueryData(matchingKeys.run(run.id), run);
      setShownRunId(run.id);
      await queryClient.invalidateQueries({ queryKey: [...matchingKeys.runs, 'list'] });
    },
  });
  const cancel = useMutation({
    mutationFn: cancelMatchingRun,
    onSuccess: async (run) => {
      queryClient.setQueryData(matchingKeys.run(run.id), run);
      await queryClient.invalidateQueries({ queryKey: [...matchingKeys.runs, 'list'] });
    },
  });
  const startedId = mutation.data?.id;
  const started = startedId !== undefined && shown.data?.id === startedId ? shown.data : undefined;
  const startedStatus = started?.status;
  useEffect(() => {
    // The list shows the run's final figures once it is finished.
    if (startedStatus !== undefined && !isRunActive({ status: startedStatus })) {
      void queryClient.invalidateQueries({ queryKey: [...matchingKeys.runs, 'list'] });
    }
  }, [startedStatus, queryClient]);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('matching.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('matching.start')}
        </Button>
      </ButtonGroup>
      <div aria-live="polite" className="app-live">
        {mutation.isPending && <Paragraph>{t('matchingRuns.queueing')}</Paragraph>}
        {started?.status === 'done' && (
          <Paragraph>{t('matching.done', { count: started.assignedCount ?? 0, requests: started.requestCount })}</Paragraph>
        )}
        {started?.status === 'failed' && <Paragraph>{t('matching.failed')}</Paragraph>}
        {started?.status === 'cancelled' && <Paragraph>{t('matchingRuns.cancelled')}</Paragraph>}
      </div>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('matching.failed')} />}
      {cancel.isError && <ProblemAlert error={cancel.error} />}
      {shown.isError && <ProblemAlert error={shown.error} />}
      {shown.data && isRunActive(shown.data) && (
        <RunProgress run={shown.data} cancelling={cancel.isPending} onCancel={() => cancel.mutate(shown.data.id)} />
      )}
      {shown.data && !isRunActive(shown.data) && <RunResult run={shown.data} />}
      <section aria-labelledby="runs-heading">
        <Heading level={2} id="runs-heading">
          {t('matching.earlierRuns')}
        </Heading>
        {runs.isError && <ProblemAlert error={runs.error} onRetry={() => void runs.refetch()} />}
        {runs.data && runs.data.items.length === 0 && <Paragraph>{t('matching.noRuns')}</Paragraph>}
        {runs.data && runs.data.items.length > 0 && (
          <DataTable
            caption={t('matching.earlierRuns')}
            captionHidden
            rows={runs.data.items}
            rowKey={(run) => run.id}
            columns={[
              { id: 'when', header: t('matching.when'), cell: (run) => formatDate.dateTime(run.createdAt), rowHeader: true },
              { id: 'status', header: t('matchingRuns.status'), cell: (run) => t(`matchingRuns.statuses.${run.status}`) },
              { id: 'requests', header: t('matching.requests'), cell: (run) => run.requestCount, numeric: true },
              { id: 'assigned', header: t('matching.assigned'), cell: (run) => run.assignedCount ?? '–', numeric: true },
              {
                id: 'show',
                header: t('matching.proposals'),
                cell: (run) => (
                  <Button appearance="subtle" aria-pressed={shownRunId === run.id} onClick={() => setShownRunId(run.id)}>
                    {t('matching.show', { when: formatDate.dateTime(run.createdAt) })}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

/** A run a worker has not finished: its status, a progress bar of the requests ranked, and cancel. */
function RunProgress({ run, cancelling, onCancel }: { run: MatchingRun; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const total = Math.max(run.requestCount, 1);
  const share = Math.round((100 * Math.min(run.progress, total)) / total);
  const label = t('matchingRuns.progressLabel');
  return (
    <section aria-labelledby="run-heading">
      <Heading level={2} id="run-heading">
        {t('matchingRuns.title', { when: formatDate.dateTime(run.createdAt) })}
      </Heading>
      <Paragraph>{t(`matchingRuns.statuses.${run.status}`)}</Paragraph>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={run.requestCount}
        aria-valuenow={run.progress}
        aria-valuetext={t('matchingRuns.progress', { progress: run.progress, total: run.requestCount })}
        className="app-progress"
      >
        <div className="app-progress__bar" style={{ width: `${share}%` }} />
      </div>
      <Paragraph>{t('matchingRuns.progress', { progress: run.progress, total: run.requestCount })}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action" busy={cancelling} onClick={onCancel}>
          {t('matchingRuns.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

function RunResult({ run }: { run: MatchingRun }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const number = useNumberFormat(scoreFormat);
  const percent = useNumberFormat(percentFormat);
  const proposals = run.proposals ?? [];
  return (
    <section aria-labelledby="run-heading">
      <Heading level={2} id="run-heading">
        {t('matching.runTitle', { when: formatDate.dateTime(run.createdAt) })}
      </Heading>
      {run.status !== 'done' ? (
        <>
          <Paragraph>{t(`matchingRuns.statuses.${run.status}`)}</Paragraph>
          {run.error && <Paragraph>{t('matchingRuns.error', { error: run.error })}</Paragraph>}
        </>
      ) : (
        <>
          <DataList
            items={[
              { key: 'requests', label: t('matching.requests'), value: run.requestCount },
              { key: 'assigned', label: t('matching.assigned'), value: run.assignedCount ?? 0 },
              { key: 'objective', label: t('matching.objective'), value: number.format(run.objective ?? 0) },
              { key: 'bound', label: t('matching.upperBound'), value: number.format(run.upperBound ?? 0) },
              { key: 'gap', label: t('matching.gap'), value: percent.format(Math.max(0, run.gap ?? 0)) },
              { key: 'ranking', label: t('matchingRuns.rankingSeconds'), value: number.format(run.rankingSeconds ?? 0) },
              { key: 'solving', label: t('matchingRuns.solvingSeconds'), value: number.format(run.solvingSeconds ?? 0) },
              { key: 'seconds', label: t('matching.seconds'), value: number.format(run.seconds ?? 0) },
            ]}
          />
          <Paragraph>{t('matching.boundHint')}</Paragraph>
          {proposals.length > 0 && <ProposalOffers key={run.id} runId={run.id} proposals={proposals} />}
          <UnassignedList runId={run.id} />
        </>
      )}
      {run.status !== 'done' ? null : proposals.length === 0 ? (
        <Paragraph>{t('matching.noProposals')}</Paragraph>
      ) : (
        <ol className="app-candidates">
          {proposals.map((proposal) => (
            <li key={`${proposal.requestId}-${proposal.placeId}`} className="app-candidate">
              <article aria-labelledby={`proposal-${proposal.requestId}`}>
                <Heading level={3} id={`proposal-${proposal.requestId}`}>
                  {t('matching.proposal', { place: proposal.placeName, request: proposal.requestId.slice(0, 8) })}
                </Heading>
                <DataList
                  items={[
                    { key: 'score', label: t('candidates.score'), value: number.format(proposal.score) },
                    { key: 'type', label: t('candidates.type'), value: t(`enums.placeType.${proposal.placeType}`) },
                  ]}
                />
                <ExplanationView explanation={proposal.explanation} placeName={proposal.placeName} />
                <Paragraph>
                  <AppLink to={proposalOfferLink(proposal)}>{t('matching.makeOffer', { place: proposal.placeName })}</AppLink>
                </Paragraph>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
