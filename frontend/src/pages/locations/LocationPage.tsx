import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { locationQuery, unitsQuery, type ShelterLocation, type ShelterUnit } from '../../api/places';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataList } from '../../components/DataList';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BadgeList, StatusBadge } from '../../components/StatusBadge';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { ContactDetails } from '../../components/ContactDetails';
import { useCurrentUser } from '../../auth/AuthProvider';
import { PlacementsSection } from '../placements/PlacementsSection';
import { ClosingPanel } from './ClosingPanel';
import { LocationBadges } from './LocationBadges';
import type { SavedState } from './LocationEditPage';
import type { RegisteredState } from './NewLocationPage';
import { unitFeatures } from './unitFeatures';
import { UnitForm } from './UnitForm';

function isRegisteredState(state: unknown): state is RegisteredState {
  return typeof state === 'object' && state !== null && (state as Partial<RegisteredState>).registered === true;
}

function isSavedState(state: unknown): state is SavedState {
  return typeof state === 'object' && state !== null && (state as Partial<SavedState>).saved === true;
}

/** The roles that may change (and close) a location; the API scopes them to their own. */
const editors = new Set(['admin', 'municipality', 'partner']);

/** One location: its details, live occupancy, units and residents, with forms to add and change units and to close. */
export function LocationPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { locationId = '' } = useParams();
  const routerState: unknown = useLocation().state;
  const location = useQuery(locationQuery(locationId));
  const units = useQuery(unitsQuery(locationId));
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  usePageTitle(location.data?.name ?? t('screens.locations'));

  const registered = isRegisteredState(routerState) ? routerState : null;

  function saved(unit: ShelterUnit, added: boolean) {
    setEditing(null);
    setNotice(added ? t('units.added', { name: unit.name }) : t('units.updated', { name: unit.name }));
    void units.refetch();
    void location.refetch();
  }

  return (
    <>
      <Paragraph>
        <AppLink to="/shelter-locations">{t('locations.backToList')}</AppLink>
      </Paragraph>
      {location.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {location.isError && <ProblemAlert error={location.error} onRetry={() => void location.refetch()} />}
      {location.data && (
        <>
          <Heading level={1}>{location.data.name}</Heading>
          <LocationBadges location={location.data} />
          {registered && (
            <Alert type={registered.failedUnits.length > 0 ? 'warning' : 'ok'} role="status">
              <Paragraph>{t('location.registered')}</Paragraph>
              {registered.failedUnits.map((failed) => (
                <Paragraph key={failed.name}>{t('location.unitFailed', { name: failed.name, message: failed.message })}</Paragraph>
              ))}
            </Alert>
          )}
          {isSavedState(routerState) && (
            <Alert type="ok" role="status">
              <Paragraph>{t('location.saved')}</Paragraph>
            </Alert>
          )}
          {location.data.suspended && (
            <Alert type="warning" role="status">
              <Paragraph>{t('location.suspendedNotice')}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <ButtonLink to={`/shelter-locations/${locationId}/edit`}>{t('location.edit')}</ButtonLink>
          </ButtonGroup>
          <Occupancy location={location.data} />
          <LocationDetails location={location.data} />
        </>
      )}
      <section aria-labelledby="units-heading">
        <Heading level={2} id="units-heading">
          {t('units.title')}
        </Heading>
        <Paragraph role="status" className="app-results-status">
          {notice}
        </Paragraph>
        {units.isError && <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />}
        {units.data && units.data.items.length === 0 && <Paragraph>{t('units.none')}</Paragraph>}
        {units.data && units.data.items.length > 0 && (
          <UnitsTable units={units.data.items} busy={units.isFetching} onEdit={(unit) => setEditing(unit.id)} />
        )}
        {editing !== null &&
          units.data?.items
            .filter((unit) => unit.id === editing)
            .map((unit) => (
              <UnitForm key={unit.id} locationId={locationId} unit={unit} onSaved={(updated) => saved(updated, false)} onCancel={() => setEditing(null)} />
            ))}
        {location.data && <UnitForm locationId={locationId} onSaved={(added) => saved(added, true)} />}
      </section>
      {location.data && (
        <PlacementsSection
          query={{ shelterLocationId: locationId, status: 'active' }}
          name="household"
          title={t('placements.residentsTitle')}
          empty={t('placements.noResidents')}
        />
      )}
      {location.data && editors.has(role) && <ClosingPanel locationId={locationId} units={units.data?.items ?? []} closed={location.data.status === 'closed'} />}
    </>
  );
}

function Occupancy({ location }: { location: ShelterLocation }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="occupancy-heading">
      <Heading level={2} id="occupancy-heading">
        {t('location.occupancy')}
      </Heading>
      <Paragraph>{t('location.occupancyHint')}</Paragraph>
      <DataList
        items={[
          { key: 'capacity', label: t('locations.columns.capacity'), value: location.capacity },
          { key: 'occupied', label: t('locations.columns.occupied'), value: location.occupied },
          { key: 'available', label: t('locations.columns.available'), value: location.available },
        ]}
      />
    </section>
  );
}

function LocationDetails({ location }: { location: ShelterLocation }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const languageName = useLanguageNames();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <section aria-labelledby="details-heading">
      <Heading level={2} id="details-heading">
        {t('location.details')}
      </Heading>
      <DataList
        items={[
          { key: 'kind', label: t('locationForm.kind'), value: t(`enums.locationKind.${location.kind}`) },
          { key: 'status', label: t('locationForm.status'), value: t(`enums.locationStatus.${location.status}`) },
          { key: 'municipality', label: t('forms.municipality'), value: <MunicipalityName code={location.municipalityCode} /> },
          { key: 'address', label: t('locationForm.address'), value: location.address },
          { key: 'coordinates', label: t('forms.coordinates'), value: `${location.lat}, ${location.lon}` },
          { key: 'opensOn', label: t('locationForm.opensOn'), value: formatDate.date(location.opensOn) || t('common.notGiven') },
          { key: 'closesOn', label: t('locationForm.closesOn'), value: formatDate.date(location.closesOn) || t('common.notGiven') },
          { key: 'selfCatering', label: t('locationForm.selfCatering'), value: yesNo(location.selfCatering) },
          { key: 'hasStaff', label: t('locationForm.hasStaff'), value: yesNo(location.hasStaff) },
          { key: 'visitingRules', label: t('locationForm.visitingRules'), value: t(`enums.visitingRules.${location.visitingRules}`) },
          {
            key: 'languages',
            label: t('locationForm.languagesSpoken'),
            value: location.languagesSpoken.map(languageName).join(', ') || t('common.notGiven'),
          },
          { key: 'contact', label: t('locationForm.contact'), value: <ContactDetails contact={location.contact} /> },
        ]}
      />
    </section>
  );
}

function UnitsTable({ units, busy, onEdit }: { units: readonly ShelterUnit[]; busy: boolean; onEdit: (unit: ShelterUnit) => void }) {
  const { t } = useTranslation();
  const columns: Array<Column<ShelterUnit>> = [
    { id: 'name', header: t('unitForm.name'), cell: (unit) => unit.name, rowHeader: true },
    { id: 'beds', header: t('unitForm.beds'), cell: (unit) => unit.beds, numeric: true },
    { id: 'maxHouseholds', header: t('units.columns.maxHouseholds'), cell: (unit) => unit.maxHouseholds, numeric: true },
    { id: 'features', header: t('units.columns.features'), cell: (unit) => unitFeatures(unit, t) },
    {
      id: 'status',
      header: t('unitForm.status'),
      cell: (unit) => (
        <BadgeList>
          <StatusBadge tone={unit.status === 'available' ? 'active' : unit.status === 'blocked' ? 'warning' : 'inactive'}>
            {t(`enums.unitStatus.${unit.status}`)}
          </StatusBadge>
          {unit.suspended && <StatusBadge tone="danger">{t('badges.suspended')}</StatusBadge>}
        </BadgeList>
      ),
    },
    { id: 'occupied', header: t('locations.columns.occupied'), cell: (unit) => unit.occupied, numeric: true },
    { id: 'available', header: t('locations.columns.available'), cell: (unit) => unit.available, numeric: true },
    {
      id: 'actions',
      header: t('units.columns.actions'),
      cell: (unit) => (
        <Button appearance="subtle" onClick={() => onEdit(unit)}>
          {t('units.edit', { name: unit.name })}
        </Button>
      ),
    },
  ];
  return <DataTable caption={t('units.caption')} captionHidden columns={columns} rows={units} rowKey={(unit) => unit.id} busy={busy} />;
}
