import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  createInitiative,
  initiativeKeys,
  initiativeKinds,
  initiativeQuery,
  permitStatuses,
  riskOwners,
  updateInitiative,
  type Initiative,
} from '../../api/initiatives';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { useCurrentUser } from '../../auth/AuthProvider';
import { useOwnOrganisation } from '../../auth/useOwnOrganisation';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Fieldset } from '../../components/Fieldset';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ContactFields } from '../../forms/ContactFields';
import { MunicipalityField } from '../../forms/MunicipalityField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { LoadingPage } from '../LoadingPage';
import {
  emptyInitiativeDraft,
  emptyPermit,
  emptyRisk,
  emptyStakeholder,
  emptySupportNeed,
  initiativeCodeFields,
  initiativeCreateBody,
  initiativeDraftFrom,
  initiativeFieldPaths,
  initiativeUpdateBody,
  maxPlannedPlaces,
  validateInitiative,
  type InitiativeDraft,
  type PermitDraft,
  type RiskDraft,
  type StakeholderDraft,
  type SupportNeedDraft,
} from './initiativeDraft';

/** Registers a new initiative's dossier (at /citizen-initiatives/new). */
export function NewInitiativePage() {
  const { t } = useTranslation();
  usePageTitle(t('initiativeForm.newTitle'));
  const user = useCurrentUser();
  const organisation = useOwnOrganisation();
  if (user.role === 'municipality' && organisation.isPending) return <LoadingPage />;
  const ownCode = user.role === 'municipality' ? (organisation.data?.municipalityCode ?? null) : null;
  return (
    <>
      <Paragraph>
        <AppLink to="/citizen-initiatives">{t('initiatives.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('initiativeForm.newTitle')}</Heading>
      <Paragraph>{t('initiativeForm.intro')}</Paragraph>
      {organisation.isError && <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />}
      <InitiativeForm initial={emptyInitiativeDraft(ownCode ?? '')} municipalityFixed={ownCode !== null} />
    </>
  );
}

/** Changes an initiative's dossier (at /citizen-initiatives/:id/edit); the stage changes elsewhere. */
export function EditInitiativePage() {
  const { t } = useTranslation();
  usePageTitle(t('initiativeForm.editTitle'));
  const { initiativeId = '' } = useParams();
  const initiative = useQuery(initiativeQuery(initiativeId));
  return (
    <>
      <Paragraph>
        <AppLink to={`/citizen-initiatives/${initiativeId}`}>{t('initiativeForm.backToDossier')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('initiativeForm.editTitle')}</Heading>
      {initiative.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {initiative.isError && <ProblemAlert error={initiative.error} onRetry={() => void initiative.refetch()} />}
      {initiative.data && <InitiativeForm key={initiative.data.id} initiative={initiative.data} initial={initiativeDraftFrom(initiative.data)} municipalityFixed />}
    </>
  );
}

interface InitiativeFormProps {
  initial: InitiativeDraft;
  /** The initiative being changed; without it, a new one is registered. */
  initiative?: Initiative;
  municipalityFixed: boolean;
}

function InitiativeForm({ initial, initiative, municipalityFixed }: InitiativeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<InitiativeDraft>(initial);
  const [invalids, setInvalids] = useState<Invalids<string>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const fieldPaths = initiativeFieldPaths(draft);

  const mutation = useMutation({
    mutationFn: () => (initiative ? updateInitiative(initiative.id, initiativeUpdateBody(draft)) : createInitiative(initiativeCreateBody(draft))),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
      void navigate(`/citizen-initiatives/${saved.id}`);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, fieldPaths, initiativeCodeFields) : {};
  const errors: Record<string, string | undefined> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<InitiativeDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateInitiative(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  /** Changes one row of a list in the draft. */
  function changeRow<Row extends { key: number }>(list: 'permits' | 'stakeholders' | 'risks' | 'supportNeeds', key: number, next: Partial<Row>) {
    setDraft((current) => ({ ...current, [list]: (current[list] as unknown as Row[]).map((row) => (row.key === key ? { ...row, ...next } : row)) }));
  }

  function removeRow(list: 'permits' | 'stakeholders' | 'risks' | 'supportNeeds', key: number) {
    setInvalids({});
    setDraft((current) => ({ ...current, [list]: (current[list] as Array<{ key: number }>).filter((row) => row.key !== key) }));
  }

  return (
    <>
      {mutation.isError && (
        <ProblemAlert error={mutation.error} title={initiative ? t('initiativeForm.updateFailed') : t('initiativeForm.createFailed')} formFields={Object.keys(fieldPaths)} />
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <Heading level={2}>{t('initiative.details')}</Heading>
        <TextField label={t('initiativeForm.name')} name="name" autoComplete="off" value={draft.name} onChange={(event) => change({ name: event.target.value })} error={errors.name} />
        <SelectField
          label={t('initiativeForm.kind')}
          name="kind"
          options={initiativeKinds.map((kind) => ({ value: kind, label: t(`enums.initiativeKind.${kind}`) }))}
          value={draft.kind}
          onChange={(event) => change({ kind: event.target.value as InitiativeDraft['kind'] })}
          error={errors.kind}
        />
        <MunicipalityField value={draft.municipalityCode} fixed={municipalityFixed} onChange={(municipalityCode) => change({ municipalityCode })} error={errors.municipalityCode} />
        <TextField
          label={t('initiativeForm.plannedPlaces')}
          description={t('initiativeForm.plannedPlacesHint', { max: maxPlannedPlaces })}
          name="plannedPlaces"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxPlannedPlaces}
          step={1}
          value={draft.plannedPlaces}
          onChange={(event) => change({ plannedPlaces: event.target.value })}
          error={errors.plannedPlaces}
        />
        <TextAreaField label={t('initiativeForm.description')} name="description" value={draft.description} onChange={(event) => change({ description: event.target.value })} error={errors.description} />
        <TextField label={t('initiativeForm.startsOn')} name="startsOn" type="date" value={draft.startsOn} onChange={(event) => change({ startsOn: event.target.value })} error={errors.startsOn} />
        <TextField
          label={t('initiativeForm.endsOn')}
          description={t('initiativeForm.endsOnHint')}
          name="endsOn"
          type="date"
          value={draft.endsOn}
          onChange={(event) => change({ endsOn: event.target.value })}
          error={errors.endsOn}
        />
        <ContactFields
          legend={t('initiativeForm.initiator')}
          contactName={draft.contactName}
          contactPhone={draft.contactPhone}
          contactEmail={draft.contactEmail}
          onChange={change}
          errors={{ contactName: errors.contactName, contactPhone: errors.contactPhone, contactEmail: errors.contactEmail }}
        />

        <RowList
          title={t('initiativeForm.permits')}
          hint={t('initiativeForm.permitsHint')}
          addLabel={t('initiativeForm.addPermit')}
          onAdd={() => change({ permits: [...draft.permits, emptyPermit()] })}
        >
          {draft.permits.map((permit, index) => (
            <Fieldset key={permit.key} legend={t('initiativeForm.permitLegend', { number: index + 1 })}>
              <TextField
                label={t('initiativeForm.permitKind')}
                description={t('initiativeForm.permitKindHint')}
                autoComplete="off"
                value={permit.kind}
                onChange={(event) => changeRow<PermitDraft>('permits', permit.key, { kind: event.target.value })}
                error={errors[`permits.${index}.kind`]}
              />
              <SelectField
                label={t('initiativeForm.permitStatus')}
                options={permitStatuses.map((status) => ({ value: status, label: t(`enums.permitStatus.${status}`) }))}
                value={permit.status}
                onChange={(event) => changeRow<PermitDraft>('permits', permit.key, { status: event.target.value as PermitDraft['status'] })}
                error={errors[`permits.${index}.status`]}
              />
              <TextField
                label={t('initiativeForm.requestedOn')}
                type="date"
                value={permit.requestedOn}
                onChange={(event) => changeRow<PermitDraft>('permits', permit.key, { requestedOn: event.target.value })}
                error={errors[`permits.${index}.requestedOn`]}
              />
              <TextField
                label={t('initiativeForm.decidedOn')}
                type="date"
                value={permit.decidedOn}
                onChange={(event) => changeRow<PermitDraft>('permits', permit.key, { decidedOn: event.target.value })}
                error={errors[`permits.${index}.decidedOn`]}
              />
              <Button appearance="subtle" onClick={() => removeRow('permits', permit.key)}>
                {t('initiativeForm.removePermit', { number: index + 1 })}
              </Button>
            </Fieldset>
          ))}
        </RowList>

        <RowList
          title={t('initiativeForm.stakeholders')}
          hint={t('initiativeForm.stakeholdersHint')}
          addLabel={t('initiativeForm.addStakeholder')}
          onAdd={() => change({ stakeholders: [...draft.stakeholders, emptyStakeholder()] })}
        >
          {draft.stakeholders.map((stakeholder, index) => (
            <Fieldset key={stakeholder.key} legend={t('initiativeForm.stakeholderLegend', { number: index + 1 })}>
              <TextField
                label={t('initiativeForm.stakeholderRole')}
                description={t('initiativeForm.stakeholderRoleHint')}
                autoComplete="off"
                value={stakeholder.role}
                onChange={(event) => changeRow<StakeholderDraft>('stakeholders', stakeholder.key, { role: event.target.value })}
                error={errors[`stakeholders.${index}.role`]}
              />
              <TextField
                label={t('initiativeForm.stakeholderOrganisation')}
                autoComplete="off"
                value={stakeholder.organisation}
                onChange={(event) => changeRow<StakeholderDraft>('stakeholders', stakeholder.key, { organisation: event.target.value })}
                error={errors[`stakeholders.${index}.organisation`]}
              />
              <TextField
                label={t('initiativeForm.stakeholderContact')}
                autoComplete="off"
                value={stakeholder.contact}
                onChange={(event) => changeRow<StakeholderDraft>('stakeholders', stakeholder.key, { contact: event.target.value })}
                error={errors[`stakeholders.${index}.contact`]}
              />
              <Button appearance="subtle" onClick={() => removeRow('stakeholders', stakeholder.key)}>
                {t('initiativeForm.removeStakeholder', { number: index + 1 })}
              </Button>
            </Fieldset>
          ))}
        </RowList>

        <RowList
          title={t('initiativeForm.risks')}
          hint={t('initiativeForm.risksHint')}
          addLabel={t('initiativeForm.addRisk')}
          onAdd={() => change({ risks: [...draft.risks, emptyRisk()] })}
        >
          {draft.risks.map((risk, index) => (
            <Fieldset key={risk.key} legend={t('initiativeForm.riskLegend', { number: index + 1 })}>
              <TextAreaField
                label={t('initiativeForm.riskDescription')}
                rows={2}
                value={risk.description}
                onChange={(event) => changeRow<RiskDraft>('risks', risk.key, { description: event.target.value })}
                error={errors[`risks.${index}.description`]}
              />
              <SelectField
                label={t('initiativeForm.riskOwner')}
                description={t('initiativeForm.riskOwnerHint')}
                options={riskOwners.map((owner) => ({ value: owner, label: t(`enums.riskOwner.${owner}`) }))}
                value={risk.owner}
                onChange={(event) => changeRow<RiskDraft>('risks', risk.key, { owner: event.target.value as RiskDraft['owner'] })}
                error={errors[`risks.${index}.owner`]}
              />
              <Button appearance="subtle" onClick={() => removeRow('risks', risk.key)}>
                {t('initiativeForm.removeRisk', { number: index + 1 })}
              </Button>
            </Fieldset>
          ))}
        </RowList>

        <RowList
          title={t('initiativeForm.supportNeeds')}
          hint={t('initiativeForm.supportNeedsHint')}
          addLabel={t('initiativeForm.addSupportNeed')}
          onAdd={() => change({ supportNeeds: [...draft.supportNeeds, emptySupportNeed()] })}
        >
          {draft.supportNeeds.map((need, index) => (
            <div key={need.key} className="app-row">
              <TextField
                label={t('initiativeForm.supportNeedLabel', { number: index + 1 })}
                autoComplete="off"
                value={need.text}
                onChange={(event) => changeRow<SupportNeedDraft>('supportNeeds', need.key, { text: event.target.value })}
                error={errors[`supportNeeds.${index}`]}
              />
              <Button appearance="subtle" onClick={() => removeRow('supportNeeds', need.key)}>
                {t('initiativeForm.removeSupportNeed', { number: index + 1 })}
              </Button>
            </div>
          ))}
        </RowList>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : initiative ? t('common.save') : t('initiativeForm.create')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** A titled list of rows the user can add to; each row brings its own remove button. */
function RowList({ title, hint, addLabel, onAdd, children }: { title: string; hint: string; addLabel: string; onAdd: () => void; children: ReactNode }) {
  return (
    <section className="app-row-list">
      <Heading level={2}>{title}</Heading>
      <Paragraph>{hint}</Paragraph>
      {children}
      <Button onClick={onAdd}>{addLabel}</Button>
    </section>
  );
}
