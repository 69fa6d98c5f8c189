import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { placementsQuery, type Placement, type PlacementListQuery } from '../../api/placements';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';
import { useDateFormat } from '../../i18n/useDateFormat';

interface PlacementsSectionProps {
  /** Which placements: of a location (who lives there) or of a household (where it lived). */
  query: PlacementListQuery;
  /** The column that says who or where: the household (on a place's page) or the place. */
  name: 'household' | 'place';
  title: string;
  empty: string;
}

/** A stay in words: living there since, arriving on, left on, did not come, or the move fell through. */
export function PlacementStage({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [tone, key, date]: [BadgeTone, 'living' | 'arriving' | Placement['status'], string | null] = placement.resident
    ? ['active', 'living', placement.arrivedOn]
    : placement.status === 'active'
      ? ['warning', 'arriving', placement.startsOn]
      : [placement.status === 'ended' ? 'inactive' : 'neutral', placement.status, placement.endedOn];
  return <StatusBadge tone={tone}>{t(`placements.stage.${key}`, { date: formatDate.date(date) })}</StatusBadge>;
}

/** Placements per place or per household, as the caller may see them. */
export function PlacementsSection({ query, name, title, empty }: PlacementsSectionProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const placements = useQuery(placementsQuery({ limit: 100, ...query }));
  const columns: Column<Placement>[] = [
    name === 'household'
      ? { id: 'household', header: t('placements.household'), cell: (p) => `${p.householdReference} (${t('placements.beds', { count: p.beds })})`, rowHeader: true }
      : { id: 'place', header: t('placements.place'), cell: (p) => p.placeName, rowHeader: true },
    ...(name === 'household' ? [{ id: 'unit', header: t('placements.unit'), cell: (p: Placement) => p.placeName }] : []),
    { id: 'stage', header: t('placements.stageHeader'), cell: (p) => <PlacementStage placement={p} /> },
    { id: 'plannedEnd', header: t('placements.plannedEnd'), cell: (p) => formatDate.date(p.plannedEndOn) || t('common.notGiven') },
  ];
  return (
    <section aria-labelledby={`placements-${name}-heading`}>
      <Heading level={2} id={`placements-${name}-heading`}>
        {title}
      </Heading>
      {placements.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {placements.isError && <ProblemAlert error={placements.error} onRetry={() => void placements.refetch()} />}
      {placements.data && placements.data.items.length === 0 && <Paragraph>{empty}</Paragraph>}
      {placements.data && placements.data.items.length > 0 && (
        <DataTable caption={title} captionHidden columns={columns} rows={placements.data.items} rowKey={(p) => p.id} busy={placements.isFetching} />
      )}
    </section>
  );
}
