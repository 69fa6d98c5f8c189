import { useTranslation } from 'react-i18next';
import type { OfferStatus, RequestStatus, Urgency } from '../../client';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';
import { today } from '../../i18n/dates';
import { daysUntil } from './requestRules';

const statusTones: Record<RequestStatus, BadgeTone> = {
  submitted: 'warning',
  triaged: 'warning',
  matching: 'active',
  offered: 'active',
  accepted: 'safe',
  moved: 'safe',
  closed: 'inactive',
  cancelled: 'inactive',
};

const urgencyTones: Record<Urgency, BadgeTone> = { emergency: 'danger', high: 'warning', normal: 'neutral' };

const offerTones: Record<OfferStatus, BadgeTone> = { open: 'active', accepted: 'safe', declined: 'inactive', withdrawn: 'inactive' };

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={statusTones[status]}>{t(`enums.requestStatus.${status}`)}</StatusBadge>;
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return <StatusBadge tone={urgencyTones[urgency]}>{t(`enums.urgency.${urgency}`)}</StatusBadge>;
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={offerTones[status]}>{t(`enums.offerStatus.${status}`)}</StatusBadge>;
}

/** "12 days left", "today", "3 days overdue": the deadline in words, red when it is near. */
export function DaysLeft({ date, now = today() }: { date: string; now?: string }) {
  const { t } = useTranslation();
  const days = daysUntil(date, now);
  const tone: BadgeTone = days < 0 ? 'danger' : days <= 7 ? 'danger' : days <= 14 ? 'warning' : 'neutral';
  const text = days < 0 ? t('requests.daysOverdue', { count: -days }) : days === 0 ? t('requests.dueToday') : t('requests.daysLeft', { count: days });
  return <StatusBadge tone={tone}>{text}</StatusBadge>;
}
