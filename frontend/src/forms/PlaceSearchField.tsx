import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeSearchMinLength, placeSearchQuery, type Place } from '../api/placeSearch';
import { Combobox } from '../components/Combobox';

/** How long typing must pause before the search is asked (ms). */
export const placeSearchDelayMs = 250;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

interface PlaceSearchFieldProps {
  label: string;
  name: string;
  description?: string | undefined;
  /** Called with the place picked: the caller fills in its coordinates (and label). */
  onSelect: (place: Place) => void;
}

/**
 * Finds a place by name, address or postcode and hands its coordinates to the form, so nobody
 * types latitude and longitude. The API searches the municipality register, or PDOK Locatieserver
 * where the platform switched it on (and says so when PDOK could not be reached).
 */
export function PlaceSearchField({ label, name, description, onSelect }: PlaceSearchFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState('');
  const debounced = useDebounced(text, placeSearchDelayMs);
  const search = useQuery(placeSearchQuery(debounced));
  const places = text.trim().length >= placeSearchMinLength ? (search.data?.items ?? []) : [];
  const options = places.map((place, index) => ({
    id: String(index),
    label: place.label,
    detail: [t(`placeSearch.kind.${place.kind}`), place.kind !== 'municipality' ? place.municipalityName : null].filter(Boolean).join(' · '),
  }));

  let status: string | undefined;
  if (text.trim().length < placeSearchMinLength) status = undefined;
  else if (search.isFetching || debounced !== text) status = t('placeSearch.searching');
  else if (search.isError) status = t('placeSearch.failed');
  else if (places.length === 0) status = t('placeSearch.noMatches');
  else status = t('placeSearch.matches', { count: places.length });
  const fallback = search.data?.addressSearchFailed && text.trim().length >= placeSearchMinLength;

  return (
    <div className="app-place-search">
      <Combobox
        label={label}
        name={name}
        description={description}
        text={text}
        onTextChange={(next) => {
          setText(next);
          setPicked('');
        }}
        options={options}
        onPick={(option) => {
          const place = places[Number(option.id)];
          if (!place) return;
          onSelect(place);
          setText(place.label);
          setPicked(t('placeSearch.picked', { label: place.label }));
        }}
        status={status}
      />
      {fallback && <p className="utrecht-paragraph app-field-status">{t('placeSearch.fallback')}</p>}
      {search.isError && text.trim().length >= placeSearchMinLength && <p className="utrecht-paragraph app-field-status">{t('placeSearch.failed')}</p>}
      <p role="status" className="utrecht-paragraph app-field-status">
        {picked}
      </p>
    </div>
  );
}
