import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeStage, initiativeKeys, type Initiative } from '../../api/initiatives';
import { municipalityLocationsQuery, placesKeys } from '../../api/places';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import type { Stage } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CoordinatesFields } from '../../forms/CoordinatesFields';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import {
  emptyStageChange,
  nextStageChoices,
  stageChangeBody,
  stageChangeCodeFields,
  stageChangeFieldPaths,
  validateStageChange,
  type OpeningPlace,
  type StageChangeDraft,
  type StageChangeField,
} from './stageChange';

interface StageButtonsProps {
  allowed: readonly Stage[];
  chosen: Stage | null;
  onChoose: (stage: Stage) => void;
}

/** One button per stage the API allows next; a final dossier says so instead. */
export function StageButtons({ allowed, chosen, onChoose }: StageButtonsProps) {
  const { t } = useTranslation();
  const choices = nextStageChoices(allowed);
  if (choices.length === 0) return <Paragraph>{t('stageChange.final')}</Paragraph>;
  return (
    <ButtonGroup label={t('stageChange.choose')}>
      {choices.map((stage) => (
        <Button
          key={stage}
          appearance={stage === 'abandoned' ? 'secondary-action' : 'primary-action'}
          aria-pressed={chosen === stage}
          onClick={() => onChoose(stage)}
        >
          {t(`stageChange.moveTo.${stage}`)}
        </Button>
      ))}
    </ButtonGroup>
  );
}

/** The "next step" of a dossier: choose a stage, then confirm it (opening asks where it runs). */
export function StageChangePanel({ initiative, onChanged }: { initiative: Initiative; onChanged: (stage: Stage) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Stage | null>(null);
  return (
    <section aria-labelledby="next-step-heading">
      <Heading level={2} id="next-step-heading">
        {t('stageChange.title')}
      </Heading>
      <Paragraph>{t('stageChange.intro')}</Paragraph>
      <StageButtons allowed={initiative.allowedNextStages} chosen={chosen} onChoose={setChosen} />
      {chosen && (
        <StageChangeForm
          key={chosen}
          initiative={initiative}
          stage={chosen}
          onCancel={() => setChosen(null)}
          onChanged={() => {
            setChosen(null);
            onChanged(chosen);
          }}
        />
      )}
    </section>
  );
}

interface StageChangeFormProps {
  initiative: Initiative;
  stage: Stage;
  onCancel: () => void;
  onChanged: () => void;
}

function StageChangeForm({ initiative, stage, onCancel, onChanged }: StageChangeFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<StageChangeDraft>(() => emptyStageChange(stage, initiative.shelterLocationId));
  const [invalids, setInvalids] = useState<Invalids<StageChangeField>>({});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const opening = stage === 'open';
  const locations = useQuery({ ...municipalityLocationsQuery(initiative.municipalityCode), enabled: opening && draft.openingPlace === 'existing' });

  useEffect(() => heading.current?.focus(), []);

  const mutation = useMutation({
    mutationFn: () => changeStage(initiative.id, stageChangeBody(draft)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
      if (opening) await queryClient.invalidateQueries({ queryKey: placesKeys.locations });
      onChanged();
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, stageChangeFieldPaths, stageChangeCodeFields) : {};
  const errors: Partial<Record<StageChangeField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<StageChangeDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateStageChange(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  const placeOptions: Array<{ value: OpeningPlace; label: string; description?: string }> = [
    ...(initiative.shelterLocationId ? [{ value: 'linked' as const, label: t('stageChange.place.linked') }] : []),
    { value: 'existing', label: t('stageChange.place.existing') },
    { value: 'new', label: t('stageChange.place.new'), description: t('stageChange.place.newHint') },
  ];

  return (
    <section className="app-subform" aria-labelledby="stage-change-heading">
      <Heading level={3} id="stage-change-heading" ref={heading} tabIndex={-1}>
        {t('stageChange.confirmHeading', { stage: t(`enums.stage.${stage}`) })}
      </Heading>
      {stage === 'abandoned' && <Paragraph>{t('stageChange.abandonHint')}</Paragraph>}
      {stage === 'closed' && <Paragraph>{t('stageChange.closeHint')}</Paragraph>}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('stageChange.failed')} formFields={Object.keys(stageChangeFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        {opening && (
          <RadioGroupField
            legend={t('stageChange.place.legend')}
            name="openingPlace"
            options={placeOptions}
            value={draft.openingPlace}
            onChange={(value) => change({ openingPlace: value as OpeningPlace })}
          />
        )}
        {opening && draft.openingPlace === 'existing' && (
          <SelectField
            label={t('stageChange.location')}
            name="shelterLocationId"
            value={draft.shelterLocationId}
            onChange={(event) => change({ shelterLocationId: event.target.value })}
            options={[
              { value: '', label: locations.isPending ? t('app.loading') : t('stageChange.chooseLocation') },
              ...(locations.data?.items ?? []).map((location) => ({ value: location.id, label: location.name })),
            ]}
            error={errors.shelterLocationId}
          />
        )}
        {opening && draft.openingPlace === 'new' && (
          <>
            <TextField
              label={t('locationForm.address')}
              name="address"
              autoComplete="off"
              value={draft.address}
              onChange={(event) => change({ address: event.target.value })}
              error={errors.address}
            />
            <CoordinatesFields
              lat={draft.lat}
              lon={draft.lon}
              municipalityCode={initiative.municipalityCode}
              onChange={change}
              errors={{ lat: errors.lat, lon: errors.lon }}
            />
          </>
        )}
        <TextAreaField
          label={t('stageChange.note')}
          description={t('stageChange.noteHint')}
          name="note"
          value={draft.note}
          onChange={(event) => change({ note: event.target.value })}
          error={errors.note}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('stageChange.confirm', { stage: t(`enums.stage.${stage}`) })}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
