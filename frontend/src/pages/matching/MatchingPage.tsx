import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingKeys, matchingRunQuery, matchingRunsQuery, startMatchingRun, type MatchingRun } from '../../api/matching';
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

const scoreFormat = { maximumFractionDigits: 3 } as const;
const percentFormat = { style: 'percent', maximumFractionDigits: 2 } as const;

/** The link that opens a proposal's offer form on its request page. */
export function proposalOfferLink(proposal: { requestId: string; placeType: string; placeId: string; placeName: string }): string {
  const params = new URLSearchParams({ placeType: proposal.placeType, placeId: proposal.placeId, placeName: proposal.placeName });
  return `/relocation-requests/${proposal.requestId}?${params.toString()}#candidates-heading`;
}

/** Batch matching: assigns places to every open request at once and explains each proposal. */
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
        {mutation.isPending && <Paragraph>{t('matching.running')}</Paragraph>}
        {mutation.isSuccess && <Paragraph>{t('matching.done', { count: mutation.data.assignedCount, requests: mutation.data.requestCount })}</Paragraph>}
      </div>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('matching.failed')} />}
      {shown.isError && <ProblemAlert error={shown.error} />}
      {shown.data && <RunResult run={shown.data} />}
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
              { id: 'requests', header: t('matching.requests'), cell: (run) => run.requestCount, numeric: true },
              { id: 'assigned', header: t('matching.assigned'), cell: (run) => run.assignedCount, numeric: true },
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
      <DataList
        items={[
          { key: 'requests', label: t('matching.requests'), value: run.requestCount },
          { key: 'assigned', label: t('matching.assigned'), value: run.assignedCount },
          { key: 'objective', label: t('matching.objective'), value: number.format(run.objective) },
          { key: 'bound', label: t('matching.upperBound'), value: number.format(run.upperBound) },
          { key: 'gap', label: t('matching.gap'), value: percent.format(Math.max(0, run.gap)) },
          { key: 'seconds', label: t('matching.seconds'), value: number.format(run.seconds) },
        ]}
      />
      <Paragraph>{t('matching.boundHint')}</Paragraph>
      {proposals.length === 0 ? (
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
