import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobsOverviewQuery, type ScheduledJob, type WorkQueue } from '../../api/jobs';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';
import type nl from '../../i18n/nl.json';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { usePageTitle } from '../../layout/usePageTitle';

type JobStatus = keyof typeof nl.jobs.statuses;
const countFormat: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const statusTones: Record<string, BadgeTone> = { succeeded: 'safe', ok: 'safe', running: 'active', failed: 'danger', error: 'danger', skipped: 'neutral' };

/** A run's outcome in words (its code for one added since), coloured by how it went. */
function RunStatus({ status }: { status: string | null }) {
  const { t } = useTranslation();
  if (!status) return <>{t('jobs.neverRun')}</>;
  return <StatusBadge tone={statusTones[status] ?? 'neutral'}>{t(`jobs.statuses.${status as JobStatus}`, { defaultValue: status })}</StatusBadge>;
}

/** The worker's scheduled jobs (last and next run, failures) and the depth of each queue (platform admins). */
export function JobsPage() {
  const { t } = useTranslation();
  const title = t('screens.jobs');
  usePageTitle(title);
  const formatDate = useDateFormat();
  const number = useNumberFormat(countFormat);
  const query = useQuery(jobsOverviewQuery());
  const data = query.data;

  const jobColumns: Array<Column<ScheduledJob>> = [
    { id: 'name', header: t('jobs.columns.name'), cell: (row) => <code>{row.name}</code>, rowHeader: true },
    { id: 'schedule', header: t('jobs.columns.schedule'), cell: (row) => <code>{row.schedule}</code> },
    { id: 'lastRunAt', header: t('jobs.columns.lastRunAt'), cell: (row) => formatDate.dateTime(row.lastRunAt) || t('jobs.neverRun') },
    { id: 'lastStatus', header: t('jobs.columns.lastStatus'), cell: (row) => <RunStatus status={row.lastStatus} /> },
    { id: 'lastError', header: t('jobs.columns.lastError'), cell: (row) => (row.lastError ? <span className="app-long-text">{row.lastError}</span> : '') },
    {
      id: 'consecutiveFailures',
      header: t('jobs.columns.consecutiveFailures'),
      cell: (row) => (row.consecutiveFailures > 0 ? <StatusBadge tone="danger">{number.format(row.consecutiveFailures)}</StatusBadge> : number.format(row.consecutiveFailures)),
      numeric: true,
    },
    {
      id: 'nextRunAt',
      header: t('jobs.columns.nextRunAt'),
      cell: (row) => (row.runningOn ? t('jobs.runningOn', { worker: row.runningOn }) : formatDate.dateTime(row.nextRunAt) || t('jobs.notPlanned')),
    },
  ];
  const queueColumns: Array<Column<WorkQueue>> = [
    { id: 'kind', header: t('jobs.columns.kind'), cell: (row) => <code>{row.kind}</code>, rowHeader: true },
    { id: 'queued', header: t('jobs.columns.queued'), cell: (row) => number.format(row.queued), numeric: true },
    { id: 'running', header: t('jobs.columns.running'), cell: (row) => number.format(row.running), numeric: true },
    {
      id: 'failed',
      header: t('jobs.columns.failed'),
      cell: (row) => (row.failed > 0 ? <StatusBadge tone="danger">{number.format(row.failed)}</StatusBadge> : number.format(row.failed)),
      numeric: true,
    },
    { id: 'oldestQueuedAt', header: t('jobs.columns.oldestQueuedAt'), cell: (row) => formatDate.dateTime(row.oldestQueuedAt) || t('jobs.emptyQueue') },
  ];
  const failing = data ? data.jobs.filter((job) => job.lastStatus === 'failed').length + data.queues.filter((queue) => queue.failed > 0).length : 0;

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('jobs.intro')}</Paragraph>
      {query.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <>
          {failing > 0 && (
            <Alert type="warning" role="status">
              <Paragraph>{t('jobs.failing', { count: failing })}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button busy={query.isFetching} onClick={() => void query.refetch()}>
              {t('jobs.refresh')}
            </Button>
          </ButtonGroup>
          <section aria-labelledby="jobs-heading">
            <Heading level={2} id="jobs-heading">
              {t('jobs.scheduledTitle')}
            </Heading>
            {data.jobs.length === 0 ? (
              <Paragraph>{t('jobs.noJobs')}</Paragraph>
            ) : (
              <DataTable caption={t('jobs.scheduledTitle')} captionHidden columns={jobColumns} rows={data.jobs} rowKey={(row) => row.name} />
            )}
          </section>
          <section aria-labelledby="queues-heading">
            <Heading level={2} id="queues-heading">
              {t('jobs.queuesTitle')}
            </Heading>
            {data.queues.length === 0 ? (
              <Paragraph>{t('jobs.noQueues')}</Paragraph>
            ) : (
              <DataTable caption={t('jobs.queuesTitle')} captionHidden columns={queueColumns} rows={data.queues} rowKey={(row) => row.kind} />
            )}
          </section>
        </>
      )}
    </>
  );
}
