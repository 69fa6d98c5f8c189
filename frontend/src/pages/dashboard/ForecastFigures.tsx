import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelocationForecast } from '../../api/reports';
import { Alert } from '../../components/Alert';
import { BarChart } from '../../components/BarChart';
import { DataTable } from '../../components/DataTable';
import { Paragraph } from '../../components/Paragraph';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useNumberFormat } from '../../i18n/useNumberFormat';

const integer: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

type Group = RelocationForecast['groups'][number];
type Week = Group['weeks'][number];

/** The forecast of one territory: a warning when places run short, the weeks as chart and table. */
export function TerritoryForecast({ forecast }: { forecast: RelocationForecast }) {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const date = useDateFormat();
  const weeks: Week[] = useMemo(() => {
    // All groups of the territory added up, week by week.
    const first = forecast.groups[0]?.weeks ?? [];
    return first.map((week, index) => ({
      ...week,
      endings: forecast.groups.reduce((sum, g) => sum + (g.weeks[index]?.endings ?? 0), 0),
      people: forecast.groups.reduce((sum, g) => sum + (g.weeks[index]?.people ?? 0), 0),
      withOpenRequest: forecast.groups.reduce((sum, g) => sum + (g.weeks[index]?.withOpenRequest ?? 0), 0),
      placeable: forecast.groups.reduce((sum, g) => sum + (g.weeks[index]?.placeable ?? 0), 0),
      shortfall: forecast.groups.reduce((sum, g) => sum + (g.weeks[index]?.shortfall ?? 0), 0),
    }));
  }, [forecast]);
  const flagged = forecast.groups.filter((g) => g.flagged);
  const starts = flagged.map((g) => g.shortfallStartsOn).filter((d): d is string => d !== null).sort();
  const categories = useMemo(() => weeks.map((w) => date.date(w.startsOn)), [weeks, date]);
  const series = useMemo(
    () => [
      { label: t('dashboard.forecast.endings'), values: weeks.map((w) => w.endings) },
      { label: t('dashboard.forecast.placeable'), values: weeks.map((w) => w.placeable) },
    ],
    [weeks, t],
  );
  if (weeks.length === 0 || weeks.every((w) => w.endings === 0)) {
    return <Paragraph>{t('dashboard.forecast.noEndings', { weeks: forecast.weeks })}</Paragraph>;
  }
  return (
    <>
      {starts.length > 0 ? (
        <Alert type="warning" role="status">
          {t('dashboard.forecast.shortfall', { date: date.date(starts[0]), count: weeks[weeks.length - 1]?.shortfall ?? 0 })}
        </Alert>
      ) : (
        <Alert type="ok" role="status">
          {t('dashboard.forecast.enough')}
        </Alert>
      )}
      <BarChart label={t('dashboard.forecast.chart')} categories={categories} series={series} />
      <DataTable
        caption={t('dashboard.forecast.table')}
        columns={[
          { id: 'week', header: t('dashboard.columns.week'), cell: (w: Week) => date.date(w.startsOn), rowHeader: true },
          { id: 'endings', header: t('dashboard.forecast.endings'), cell: (w: Week) => number.format(w.endings), numeric: true },
          { id: 'people', header: t('dashboard.columns.people'), cell: (w: Week) => number.format(w.people), numeric: true },
          { id: 'open', header: t('dashboard.forecast.withOpenRequest'), cell: (w: Week) => number.format(w.withOpenRequest), numeric: true },
          { id: 'placeable', header: t('dashboard.forecast.placeable'), cell: (w: Week) => number.format(w.placeable), numeric: true },
          { id: 'shortfall', header: t('dashboard.forecast.shortfallColumn'), cell: (w: Week) => number.format(w.shortfall), numeric: true },
        ]}
        rows={weeks}
        rowKey={(w) => w.startsOn}
      />
    </>
  );
}

/** The forecast per region: which regions run short, from when. */
export function RegionForecast({ forecast }: { forecast: RelocationForecast }) {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const date = useDateFormat();
  const groups = forecast.groups;
  const categories = useMemo(() => groups.map((g) => g.name ?? t('dashboard.unknown')), [groups, t]);
  const series = useMemo(
    () => [
      { label: t('dashboard.forecast.placeable'), values: groups.map((g) => g.weeks.reduce((s, w) => s + w.placeable, 0)) },
      { label: t('dashboard.forecast.shortfallColumn'), values: groups.map((g) => g.weeks[g.weeks.length - 1]?.shortfall ?? 0) },
    ],
    [groups, t],
  );
  if (groups.length === 0) return <Paragraph>{t('dashboard.forecast.noEndings', { weeks: forecast.weeks })}</Paragraph>;
  return (
    <>
      <Paragraph>{t('dashboard.forecast.flaggedRegions', { count: forecast.flaggedGroups })}</Paragraph>
      <BarChart label={t('dashboard.forecast.regionChart')} categories={categories} series={series} stacked horizontal />
      <DataTable
        caption={t('dashboard.forecast.regionTable')}
        columns={[
          { id: 'region', header: t('dashboard.columns.region'), cell: (g: Group) => g.name ?? t('dashboard.unknown'), rowHeader: true },
          { id: 'endings', header: t('dashboard.forecast.endings'), cell: (g: Group) => number.format(g.endings), numeric: true },
          { id: 'free', header: t('dashboard.columns.freePlaces'), cell: (g: Group) => number.format(g.freePlaces), numeric: true },
          {
            id: 'shortfall',
            header: t('dashboard.forecast.shortfallColumn'),
            cell: (g: Group) => number.format(g.weeks[g.weeks.length - 1]?.shortfall ?? 0),
            numeric: true,
          },
          {
            id: 'from',
            header: t('dashboard.forecast.shortfallFrom'),
            cell: (g: Group) => (g.shortfallStartsOn ? date.date(g.shortfallStartsOn) : '—'),
          },
        ]}
        rows={groups}
        rowKey={(g) => g.key ?? 'unknown'}
      />
    </>
  );
}
