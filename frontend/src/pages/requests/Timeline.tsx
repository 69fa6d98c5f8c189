import { useTranslation } from 'react-i18next';
import type { RelocationEvent } from '../../api/relocationRequests';
import { DataTable } from '../../components/DataTable';
import { Paragraph } from '../../components/Paragraph';
import { useDateFormat } from '../../i18n/useDateFormat';

/** What happened, in plain words: "Offer accepted (by the household)". */
export function useEventText(): (event: RelocationEvent) => string {
  const { t } = useTranslation();
  return (event) => {
    const what =
      event.kind === 'status_changed'
        ? t('timeline.statusChanged', { status: t(`enums.requestStatus.${event.toStatus}`) })
        : t(`timeline.kinds.${event.kind}`);
    return `${what} (${t(`timeline.actors.${event.actor.type}`)})`;
  };
}

/** The request's timeline, oldest first, with the next step each change set. */
export function Timeline({ events }: { events: readonly RelocationEvent[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const text = useEventText();
  if (events.length === 0) return <Paragraph>{t('timeline.none')}</Paragraph>;
  return (
    <DataTable
      caption={t('timeline.title')}
      captionHidden
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        { id: 'when', header: t('timeline.when'), cell: (event) => formatDate.dateTime(event.occurredAt), rowHeader: true },
        { id: 'what', header: t('timeline.what'), cell: text },
        {
          id: 'next',
          header: t('timeline.nextStep'),
          cell: (event) =>
            event.nextStep
              ? `${t(`enums.nextStep.${event.nextStep}`)}${event.nextStepExpectedOn ? ` (${t('timeline.expected', { date: formatDate.date(event.nextStepExpectedOn) })})` : ''}`
              : t('common.none'),
        },
        { id: 'note', header: t('timeline.note'), cell: (event) => event.note ?? '' },
      ]}
    />
  );
}
