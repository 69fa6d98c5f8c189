import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityQuery } from '../api/municipalities';
import type { Place } from '../api/placeSearch';
import { ApiError, describeProblem } from '../api/problem';
import { Button } from '../components/Button';
import { Fieldset } from '../components/Fieldset';
import { Paragraph } from '../components/Paragraph';
import { TextField } from '../components/TextField';
import { PlaceSearchField } from './PlaceSearchField';

export interface Coordinates {
  lat: string;
  lon: string;
}

interface CoordinatesFieldsProps extends Coordinates {
  onChange: (coordinates: Coordinates) => void;
  /** Offers "use the municipality's centre" when known. */
  municipalityCode: string;
  errors: { lat?: string | undefined; lon?: string | undefined };
  /** Offers a search by address or place name that fills the coordinates (and tells the caller the place). */
  onPlaceFound?: ((place: Place) => void) | undefined;
}

/** Latitude and longitude, with a helper that fills in the centre of the municipality. */
export function CoordinatesFields({ lat, lon, onChange, municipalityCode, errors, onPlaceFound }: CoordinatesFieldsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  async function fillCentre() {
    setBusy(true);
    try {
      const municipality = await queryClient.fetchQuery(municipalityQuery(municipalityCode));
      onChange({ lat: String(municipality.lat), lon: String(municipality.lon) });
      setNotice(t('forms.centreUsed', { name: municipality.name }));
    } catch (error) {
      setNotice(error instanceof ApiError ? describeProblem(error.problem, t).message : t('errors.title'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Fieldset legend={t('forms.coordinates')} description={t('forms.coordinatesHint')}>
      {onPlaceFound && (
        <PlaceSearchField
          label={t('placeSearch.label')}
          description={t('placeSearch.hint')}
          name="placeSearch"
          onSelect={(place) => {
            onChange({ lat: String(place.lat), lon: String(place.lon) });
            setNotice('');
            onPlaceFound(place);
          }}
        />
      )}
      <TextField
        label={t('forms.lat')}
        name="lat"
        inputMode="decimal"
        autoComplete="off"
        value={lat}
        onChange={(event) => onChange({ lat: event.target.value, lon })}
        error={errors.lat}
      />
      <TextField
        label={t('forms.lon')}
        name="lon"
        inputMode="decimal"
        autoComplete="off"
        value={lon}
        onChange={(event) => onChange({ lat, lon: event.target.value })}
        error={errors.lon}
      />
      <Button busy={busy} unavailable={municipalityCode === ''} onClick={() => void fillCentre()}>
        {t('forms.useCentre')}
      </Button>
      <Paragraph role="status" className="app-field-status">
        {notice}
      </Paragraph>
    </Fieldset>
  );
}
