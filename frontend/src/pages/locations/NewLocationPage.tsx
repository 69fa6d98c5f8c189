import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createLocation, createUnit, placesKeys } from '../../api/places';
import { ApiError, describeProblem, formErrorsFromProblem, problemSentences } from '../../api/problem';
import { useCurrentUser } from '../../auth/AuthProvider';
import { useOwnOrganisation } from '../../auth/useOwnOrganisation';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { LoadingPage } from '../LoadingPage';
import { LocationBasicsFields, LocationPracticalFields } from './LocationFields';
import {
  emptyLocationDraft,
  emptyUnitDraft,
  locationCodeFields,
  locationCreateBody,
  locationFieldPaths,
  locationLabels,
  unitBody,
  type LocationDraft,
  type UnitDraft,
} from './locationDraft';
import { firstStepWithError, isValid, steps, validateStep, type Step, type StepInvalids } from './newLocationSteps';
import { unitFeatures } from './unitFeatures';
import { UnitFields } from './UnitFields';

/** What the location page is told after registering: units that could not be added, with why. */
export interface RegisteredState {
  registered: true;
  failedUnits: Array<{ name: string; message: string }>;
}

interface KeyedUnit {
  key: number;
  draft: UnitDraft;
}

const noInvalids: StepInvalids = { location: {}, units: [] };

/** Registers a (small-scale) location in a few short steps, ending with a review. */
export function NewLocationPage() {
  const { t } = useTranslation();
  usePageTitle(t('newLocation.title'));
  const user = useCurrentUser();
  const organisation = useOwnOrganisation();
  if (user.role === 'municipality') {
    if (organisation.isPending) return <LoadingPage />;
    if (organisation.isError) return <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  const ownCode = user.role === 'municipality' ? (organisation.data?.municipalityCode ?? null) : null;
  return <NewLocationForm ownMunicipalityCode={ownCode} />;
}

function NewLocationForm({ ownMunicipalityCode }: { ownMunicipalityCode: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [stepIndex, setStepIndex] = useState(0);
  const [location, setLocation] = useState<LocationDraft>(() => emptyLocationDraft(ownMunicipalityCode ?? ''));
  const [units, setUnits] = useState<KeyedUnit[]>([{ key: 0, draft: emptyUnitDraft() }]);
  const [invalids, setInvalids] = useState<StepInvalids>(noInvalids);
  const nextUnitKey = useRef(1);
  const form = useRef<HTMLFormElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const step = steps[stepIndex] as Step;

  // A new step is announced by moving focus to its heading, as a new page would be.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    stepHeading.current?.focus();
  }, [stepIndex]);

  function goTo(next: Step) {
    moved.current = true;
    setStepIndex(steps.indexOf(next));
  }

  const mutation = useMutation({
    mutationFn: async () => {
      const created = await createLocation(locationCreateBody(location));
      const failedUnits: RegisteredState['failedUnits'] = [];
      const unitLabels = { name: t('unitForm.name'), beds: t('unitForm.beds'), maxHouseholds: t('unitForm.maxHouseholds'), status: t('unitForm.status') };
      // The location exists now: a unit that fails is reported on its page, where it can be added again.
      for (const { draft } of units) {
        try {
          await createUnit(created.id, unitBody(draft));
        } catch (error) {
          failedUnits.push({ name: draft.name, message: error instanceof ApiError ? problemSentences(describeProblem(error.problem, t, { labels: unitLabels })) : t('errors.title') });
        }
      }
      return { created, failedUnits };
    },
    onSuccess: async ({ created, failedUnits }) => {
      await queryClient.invalidateQueries({ queryKey: placesKeys.locations });
      const state: RegisteredState = { registered: true, failedUnits };
      void navigate(`/shelter-locations/${created.id}`, { state });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const errors = formErrorsFromProblem(error.problem, t, locationFieldPaths, locationCodeFields, { labels: locationLabels(t) });
      const target = firstStepWithError(errors, []);
      if (target) goTo(target);
      focusFirstInvalid();
    },
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, locationFieldPaths, locationCodeFields, { labels: locationLabels(t) }) : {};
  const locationErrors = { ...serverErrors, ...messages(invalids.location) };

  function changeLocation(change: Partial<LocationDraft>) {
    setLocation((current) => ({ ...current, ...change }));
  }

  function changeUnit(key: number, change: Partial<UnitDraft>) {
    setUnits((current) => current.map((unit) => (unit.key === key ? { ...unit, draft: { ...unit.draft, ...change } } : unit)));
  }

  function addUnit() {
    setUnits((current) => [...current, { key: nextUnitKey.current++, draft: emptyUnitDraft() }]);
  }

  function removeUnit(key: number) {
    setUnits((current) => current.filter((unit) => unit.key !== key));
    setInvalids(noInvalids);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateStep(step, location, units.map((unit) => unit.draft));
    setInvalids(found);
    if (!isValid(found)) {
      const target = firstStepWithError(found.location, found.units);
      if (target && target !== step) goTo(target);
      focusFirstInvalid();
      return;
    }
    if (step === 'review') mutation.mutate();
    else goTo(steps[stepIndex + 1] as Step);
  }

  function goBack() {
    setInvalids(noInvalids);
    goTo(steps[stepIndex - 1] as Step);
  }

  return (
    <>
      <Paragraph>
        <AppLink to="/shelter-locations">{t('locations.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('newLocation.title')}</Heading>
      <Paragraph>{t('newLocation.intro')}</Paragraph>
      <ol className="app-steps" aria-label={t('newLocation.stepsLabel')}>
        {steps.map((name, index) => (
          <li
            key={name}
            className="app-steps__item"
            aria-current={index === stepIndex ? 'step' : undefined}
            data-done={index < stepIndex || undefined}
          >
            {t(`newLocation.steps.${name}`)}
          </li>
        ))}
      </ol>
      <Heading level={2} ref={stepHeading} tabIndex={-1} className="app-step-heading">
        {t('newLocation.stepHeading', { number: stepIndex + 1, count: steps.length, title: t(`newLocation.steps.${step}`) })}
      </Heading>
      {mutation.isError && (
        <ProblemAlert error={mutation.error} title={t('newLocation.failed')} formFields={Object.keys(locationFieldPaths)} labels={locationLabels(t)} />
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        {step === 'basics' && (
          <LocationBasicsFields draft={location} onChange={changeLocation} errors={locationErrors} municipalityFixed={ownMunicipalityCode !== null} />
        )}
        {step === 'practical' && <LocationPracticalFields draft={location} onChange={changeLocation} errors={locationErrors} />}
        {step === 'units' && (
          <>
            <Paragraph>{t('newLocation.unitsIntro')}</Paragraph>
            {units.map((unit, index) => (
              <section key={unit.key} className="app-subform" aria-labelledby={`unit-${unit.key}-heading`}>
                <Heading level={3} id={`unit-${unit.key}-heading`}>
                  {t('newLocation.unitHeading', { number: index + 1 })}
                </Heading>
                <UnitFields draft={unit.draft} onChange={(change) => changeUnit(unit.key, change)} errors={messages(invalids.units[index] ?? {})} />
                <Button appearance="subtle" onClick={() => removeUnit(unit.key)}>
                  {t('newLocation.removeUnit', { number: index + 1 })}
                </Button>
              </section>
            ))}
            {units.length === 0 && <Paragraph>{t('newLocation.noUnits')}</Paragraph>}
            <Button onClick={addUnit}>{units.length === 0 ? t('newLocation.addUnit') : t('newLocation.addAnotherUnit')}</Button>
          </>
        )}
        {step === 'review' && <Review location={location} units={units.map((unit) => unit.draft)} onChange={goTo} />}
        <ButtonGroup>
          {stepIndex > 0 && <Button onClick={goBack}>{t('newLocation.previous')}</Button>}
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {step === 'review' ? (mutation.isPending ? t('newLocation.submitting') : t('newLocation.submit')) : t('newLocation.next')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function Review({
  location,
  units,
  onChange,
}: {
  location: LocationDraft;
  units: readonly UnitDraft[];
  onChange: (step: Step) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const languageName = useLanguageNames();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const orDash = (value: string) => value.trim() || t('common.notGiven');
  const contact = [location.contactName, location.contactPhone, location.contactEmail].map((part) => part.trim()).filter(Boolean).join(', ');
  return (
    <>
      <Paragraph>{t('newLocation.reviewIntro')}</Paragraph>
      <section className="app-review-section" aria-labelledby="review-basics">
        <Heading level={3} id="review-basics">
          {t('newLocation.steps.basics')}
        </Heading>
        <DataList
          items={[
            { key: 'name', label: t('locationForm.name'), value: orDash(location.name) },
            { key: 'kind', label: t('locationForm.kind'), value: t(`enums.locationKind.${location.kind}`) },
            { key: 'municipality', label: t('forms.municipality'), value: <MunicipalityName code={location.municipalityCode} /> },
            { key: 'address', label: t('locationForm.address'), value: orDash(location.address) },
            { key: 'coordinates', label: t('forms.coordinates'), value: `${location.lat}, ${location.lon}` },
          ]}
        />
        <Button appearance="subtle" onClick={() => onChange('basics')}>
          {t('newLocation.change', { section: t('newLocation.steps.basics') })}
        </Button>
      </section>
      <section className="app-review-section" aria-labelledby="review-practical">
        <Heading level={3} id="review-practical">
          {t('newLocation.steps.practical')}
        </Heading>
        <DataList
          items={[
            { key: 'status', label: t('locationForm.status'), value: t(`enums.locationStatus.${location.status}`) },
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
            { key: 'contact', label: t('locationForm.contact'), value: orDash(contact) },
          ]}
        />
        <Button appearance="subtle" onClick={() => onChange('practical')}>
          {t('newLocation.change', { section: t('newLocation.steps.practical') })}
        </Button>
      </section>
      <section className="app-review-section" aria-labelledby="review-units">
        <Heading level={3} id="review-units">
          {t('newLocation.steps.units')}
        </Heading>
        {units.length === 0 ? (
          <Paragraph>{t('newLocation.noUnits')}</Paragraph>
        ) : (
          <DataTable
            caption={t('newLocation.unitsCaption')}
            rows={units.map((unit, index) => ({ ...unit, index }))}
            rowKey={(unit) => unit.index}
            columns={[
              { id: 'name', header: t('unitForm.name'), cell: (unit) => unit.name, rowHeader: true },
              { id: 'beds', header: t('unitForm.beds'), cell: (unit) => unit.beds, numeric: true },
              { id: 'maxHouseholds', header: t('unitForm.maxHouseholds'), cell: (unit) => unit.maxHouseholds, numeric: true },
              { id: 'features', header: t('units.columns.features'), cell: (unit) => unitFeatures(unit, t) },
              { id: 'status', header: t('unitForm.status'), cell: (unit) => t(`enums.unitStatus.${unit.status}`) },
            ]}
          />
        )}
        <Button appearance="subtle" onClick={() => onChange('units')}>
          {t('newLocation.change', { section: t('newLocation.steps.units') })}
        </Button>
      </section>
    </>
  );
}
