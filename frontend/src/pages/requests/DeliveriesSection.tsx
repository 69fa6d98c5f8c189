import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationsQuery, type RequestNotification } from '../../api/relocationRequests';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDateFormat } from '../../i18n/useDateFormat';

/** How a message fared, in words: "Sent by e-mail, 3 Dec 2026, 10:02" or "Not sent by SMS: …". */
export function useDeliveryText(): (notification: RequestNotification) => string {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (notification) => {
    const channel = t(`deliveries.channels.${notification.channel}`);
    const [latest] = notification.attempts;
    switch (notification.status) {
      case 'pending':
        if (!latest) return t('deliveries.outcome.pending', { channel });
        break;
      case 'sending':
        return t('deliveries.outcome.sending', { channel });
      case 'cancelled':
        return t('deliveries.outcome.cancelled');
      case 'sent': {
        const sent = t('deliveries.outcome.sent', { channel, date: formatDate.dateTime(latest?.attemptedAt ?? notification.sentAt) });
        return latest?.via === 'mailbox' ? `${sent} ${t('deliveries.outcome.mailbox')}` : sent;
      }
      case 'failed':
        break;
    }
    const failed = t('deliveries.outcome.failed', { channel, error: latest?.error ?? '' });
    const next = latest?.retryAt ? t('deliveries.outcome.retry', { date: formatDate.dateTime(latest.retryAt) }) : t('deliveries.outcome.gaveUp');
    return `${failed} ${next}`;
  };
}

/** The request's delivery log: each message to the household and its organisation, and how it fared. */
export function DeliveriesSection({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const notifications = useQuery(notificationsQuery(requestId));
  const outcome = useDeliveryText();
  return (
    <section aria-labelledby="deliveries-heading">
      <Heading level={2} id="deliveries-heading">
        {t('deliveries.title')}
      </Heading>
      {notifications.isError && <ProblemAlert error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {notifications.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {notifications.data && notifications.data.items.length === 0 && <Paragraph>{t('deliveries.none')}</Paragraph>}
      {notifications.data && notifications.data.items.length > 0 && (
        <DataTable
          caption={t('deliveries.title')}
          captionHidden
          rows={notifications.data.items}
          rowKey={(notification) => notification.id}
          columns={[
            { id: 'when', header: t('deliveries.when'), cell: (notification) => formatDate.dateTime(notification.createdAt), rowHeader: true },
            { id: 'message', header: t('deliveries.message'), cell: (notification) => t(`deliveries.kinds.${notification.kind}`) },
            { id: 'recipient', header: t('deliveries.recipient'), cell: (notification) => t(`deliveries.recipients.${notification.recipientType}`) },
            { id: 'outcome', header: t('deliveries.outcome.header'), cell: outcome },
          ]}
        />
      )}
    </section>
  );
}
