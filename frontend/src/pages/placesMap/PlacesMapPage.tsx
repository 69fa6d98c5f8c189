import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { freeHostFamiliesQuery, type HostFamily } from '../../api/hostFamilies';
import { freeLocationsQuery, type ShelterLocation } from '../../api/places';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BadgeList, StatusBadge } from '../../components/StatusBadge';
import { usePageTitle } from '../../layout/usePageTitle';
import { VettingBadge } from '../hostFamilies/VettingBadge';
import { toMapPlaces, type MapPlace } from './mapPlaces';

/** Leaflet is loaded only when the map is shown. */
const PlacesMap = lazy(() => import('./PlacesMap'));

/** Places are loaded a page at a time, most free beds first. */
const pageSize = 100;

/** The map of places with free beds, and the same places as a table (a map alone is not accessible). */
export function PlacesMapPage() {
  const { t } = useTranslation();
  const title = t('screens.placesMap');
  usePageTitle(title);

  const locations = useInfiniteQuery(freeLocationsQuery(pageSize));
  const hostFamilies = useInfiniteQuery(freeHostFamiliesQuery(pageSize));

  const loadedLocations = useMemo<ShelterLocation[]>(() => locations.data?.pages.flatMap((page) => page.items) ?? [], [locations.data]);
  const loadedHosts = useMemo<HostFamily[]>(() => hostFamilies.data?.pages.flatMap((page) => page.items) ?? [], [hostFamilies.data]);
  const places = useMemo(() => toMapPlaces(loadedLocations, loadedHosts), [loadedLocations, loadedHosts]);
  const totalLocations = locations.data?.pages[0]?.total ?? 0;
  const totalHosts = hostFamilies.data?.pages[0]?.total ?? 0;

  const describe = useCallback(
    (place: MapPlace) =>
      t('placesMap.markerLabel', {
        name: place.name,
        type: t(`placesMap.type.${place.type}`),
        beds: t('placesMap.freeBeds', { count: place.freeBeds }),
      }),
    [t],
  );

  const columns: Array<Column<MapPlace>> = [
    { id: 'name', header: t('placesMap.columns.name'), cell: (place) => place.name, rowHeader: true },
    {
      id: 'type',
      header: t('placesMap.columns.type'),
      cell: (place) => (place.location ? `${t('placesMap.type.location')}: ${t(`enums.locationKind.${place.location.kind}`)}` : t('placesMap.type.hostFamily')),
    },
    { id: 'municipality', header: t('placesMap.columns.municipality'), cell: (place) => place.municipalityCode },
    { id: 'freeBeds', header: t('placesMap.columns.freeBeds'), cell: (place) => place.freeBeds, numeric: true },
    {
      id: 'status',
      header: t('placesMap.columns.status'),
      cell: (place) => (
        <BadgeList>
          {place.location && <StatusBadge>{t(`enums.locationStatus.${place.location.status}`)}</StatusBadge>}
          {place.location?.smallScale && <StatusBadge tone="safe">{t('badges.smallScale')}</StatusBadge>}
          {place.hostFamily && <VettingBadge vetting={place.hostFamily.vetting} />}
          {place.suspended && <StatusBadge tone="danger">{t('badges.suspended')}</StatusBadge>}
        </BadgeList>
      ),
    },
    { id: 'coordinates', header: t('forms.coordinates'), cell: (place) => `${place.lat}, ${place.lon}` },
  ];

  const loading = locations.isPending || hostFamilies.isPending;
  const status = loading
    ? t('app.loading')
    : t('placesMap.status', {
        locations: t('placesMap.locationsShown', { count: loadedLocations.length, total: totalLocations }),
        hosts: t('placesMap.hostsShown', { count: loadedHosts.length, total: totalHosts }),
      });

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('placesMap.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="#places-table">
          {t('placesMap.skipToTable')}
        </a>
      </Paragraph>
      {locations.isError && <ProblemAlert error={locations.error} title={t('placesMap.locationsFailed')} onRetry={() => void locations.refetch()} />}
      {hostFamilies.isError && <ProblemAlert error={hostFamilies.error} title={t('placesMap.hostsFailed')} onRetry={() => void hostFamilies.refetch()} />}
      <div className="app-map-layout">
        <div className="app-map-layout__map">
          <Suspense fallback={<div className="app-map app-map--plain" />}>
            <PlacesMap places={places} label={t('placesMap.mapLabel')} describe={describe} />
          </Suspense>
          <ul className="app-map-legend" aria-label={t('placesMap.legend')}>
            <li>
              <span className="app-map-marker app-map-marker--location app-map-legend__symbol" aria-hidden="true" />
              {t('placesMap.legendLocation')}
            </li>
            <li>
              <span className="app-map-marker app-map-marker--hostFamily app-map-legend__symbol" aria-hidden="true" />
              {t('placesMap.legendHostFamily')}
            </li>
          </ul>
        </div>
        <div className="app-map-layout__list" id="places-table" tabIndex={-1}>
          <Paragraph role="status" className="app-results-status">
            {status}
          </Paragraph>
          {!loading && places.length === 0 && <Paragraph>{t('placesMap.none')}</Paragraph>}
          {places.length > 0 && (
            <DataTable
              caption={t('placesMap.caption')}
              columns={columns}
              rows={places}
              rowKey={(place) => place.key}
              busy={locations.isFetching || hostFamilies.isFetching}
            />
          )}
          <ButtonGroup>
            {locations.hasNextPage && (
              <Button busy={locations.isFetchingNextPage} onClick={() => void locations.fetchNextPage()}>
                {t('placesMap.moreLocations', { size: pageSize })}
              </Button>
            )}
            {hostFamilies.hasNextPage && (
              <Button busy={hostFamilies.isFetchingNextPage} onClick={() => void hostFamilies.fetchNextPage()}>
                {t('placesMap.moreHosts', { size: pageSize })}
              </Button>
            )}
          </ButtonGroup>
        </div>
      </div>
    </>
  );
}
