import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { locationQuery, placesKeys, updateLocation, type ShelterLocation } from '../../api/places';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { LocationBasicsFields, LocationPracticalFields } from './LocationFields';
import {
  locationCodeFields,
  locationDraftFrom,
  locationFieldPaths,
  locationLabels,
  locationUpdateBody,
  validateLocation,
  type LocationDraft,
  type LocationField,
} from './locationDraft';

/** What the location page is told after its details were changed. */
export interface SavedState {
  saved: true;
}

export function LocationEditPage() {
  const { t } = useTranslation();
  const { locationId = '' } = useParams();
  const location = useQuery(locationQuery(locationId));
  usePageTitle(t('locationEdit.title'));
  return (
    <>
      <Paragraph>
        <AppLink to={`/shelter-locations/${locationId}`}>{t('locationEdit.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('locationEdit.title')}</Heading>
      {location.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {location.isError && <ProblemAlert error={location.error} onRetry={() => void location.refetch()} />}
      {location.data && <LocationEditForm key={location.data.id} location={location.data} />}
    </>
  );
}

function LocationEditForm({ location }: { location: ShelterLocation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<LocationDraft>(() => locationDraftFrom(location));
  const [invalids, setInvalids] = useState<Invalids<LocationField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => updateLocation(location.id, locationUpdateBody(draft)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placesKeys.locations });
      const state: SavedState = { saved: true };
      void navigate(`/shelter-locations/${location.id}`, { state });
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, locationFieldPaths, locationCodeFields, { labels: locationLabels(t) }) : {};
  const errors = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<LocationDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateLocation(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('locationEdit.failed')} formFields={Object.keys(locationFieldPaths)} labels={locationLabels(t)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <Heading level={2}>{t('newLocation.steps.basics')}</Heading>
        <LocationBasicsFields draft={draft} onChange={change} errors={errors} municipalityFixed />
        <Heading level={2}>{t('newLocation.steps.practical')}</Heading>
        <LocationPracticalFields draft={draft} onChange={change} errors={errors} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
