import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extendStay, hostStaysQuery, placementKeys, type HostStay } from '../../api/placements';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import {
  maxReasonLength,
  stayExtensionBody,
  stayExtensionCodeFields,
  stayExtensionFieldPaths,
  validateStayExtension,
  type StayExtensionDraft,
  type StayExtensionField,
} from './stayExtension';

interface HostStaysProps {
  hostFamilyId: string;
  /** "who is coming to you" (the host) or "to the family" (staff). */
  voice: 'host' | 'partner';
  /** Desks (and admins) may make a stay last longer than six months. */
  canExtend: boolean;
}

/** Who lives with, or is coming to, a host family: arrival, household size, languages; nothing sensitive. */
export function HostStays({ hostFamilyId, voice, canExtend }: HostStaysProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const languageName = useLanguageNames();
  const stays = useQuery(hostStaysQuery(hostFamilyId));
  const [extending, setExtending] = useState<HostStay | null>(null);
  const [extended, setExtended] = useState(false);

  const columns: Column<HostStay>[] = [
    {
      id: 'arrival',
      header: t('stays.arrival'),
      rowHeader: true,
      cell: (stay) =>
        stay.status === 'living' ? (
          <StatusBadge tone="active">{t('stays.livingSince', { date: formatDate.date(stay.arrivedOn) })}</StatusBadge>
        ) : (
          <StatusBadge tone="warning">{t('stays.arrivesOn', { date: formatDate.date(stay.moveOn) })}</StatusBadge>
        ),
    },
    { id: 'household', header: t('stays.household'), cell: (stay) => t('stays.size', { adults: t('stays.adults', { count: stay.adults }), children: t('stays.children', { count: stay.children }) }) },
    { id: 'languages', header: t('stays.languages'), cell: (stay) => stay.languages.map(languageName).join(', ') || t('common.notGiven') },
    { id: 'until', header: t('stays.until'), cell: (stay) => formatDate.date(stay.plannedEndOn) || t('common.notGiven') },
    ...(canExtend
      ? [
          {
            id: 'extend',
            header: t('stays.actions'),
            cell: (stay: HostStay) => (
              <Button appearance="subtle" onClick={() => setExtending(stay)} aria-label={t('stays.extendFor', { date: formatDate.date(stay.moveOn) })}>
                {t('stays.extend')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="stays-heading">
      <Heading level={2} id="stays-heading">
        {t(`stays.title.${voice}`)}
      </Heading>
      {stays.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {stays.isError && <ProblemAlert error={stays.error} onRetry={() => void stays.refetch()} />}
      {stays.data && stays.data.items.length === 0 && <Paragraph>{t(`stays.none.${voice}`)}</Paragraph>}
      {stays.data && stays.data.items.length > 0 && (
        <>
          <Paragraph>{t(`stays.intro.${voice}`)}</Paragraph>
          <DataTable caption={t(`stays.title.${voice}`)} captionHidden columns={columns} rows={stays.data.items} rowKey={(stay) => stay.placementId} />
        </>
      )}
      {extended && (
        <Alert type="ok" role="status">
          <Paragraph>{t('stays.extended')}</Paragraph>
        </Alert>
      )}
      {extending && (
        <StayExtensionForm
          key={extending.placementId}
          stay={extending}
          onDone={(saved) => {
            setExtending(null);
            setExtended(saved);
          }}
        />
      )}
    </section>
  );
}

function StayExtensionForm({ stay, onDone }: { stay: HostStay; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<StayExtensionDraft>({ plannedEndOn: '', reason: '' });
  const [invalids, setInvalids] = useState<Invalids<StayExtensionField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => extendStay(stay.placementId, stayExtensionBody(draft)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, stayExtensionFieldPaths, stayExtensionCodeFields) : {};
  const errors: Partial<Record<StayExtensionField, string>> = { ...serverErrors, ...messages(invalids) };
  const handleSubmit = validatedSubmit(mutation, () => validateStayExtension(draft, stay.plannedEndOn), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <form ref={form} noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-labelledby="stay-extension-heading">
      <Heading level={3} id="stay-extension-heading">
        {t('stays.extendTitle')}
      </Heading>
      <Paragraph>{t('stays.extendExplanation', { date: formatDate.date(stay.plannedEndOn) })}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('stays.extendFailed')} formFields={Object.keys(stayExtensionFieldPaths)} />}
      <TextField
        label={t('stays.newEnd')}
        name="plannedEndOn"
        type="date"
        min={stay.plannedEndOn ?? undefined}
        value={draft.plannedEndOn}
        onChange={(event) => setDraft((current) => ({ ...current, plannedEndOn: event.target.value }))}
        error={errors.plannedEndOn}
      />
      <TextAreaField
        label={t('stays.reason')}
        description={t('stays.reasonHint')}
        name="reason"
        required
        maxLength={maxReasonLength}
        value={draft.reason}
        onChange={(event) => setDraft((current) => ({ ...current, reason: event.target.value }))}
        error={errors.reason}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
          {t('stays.extendSubmit')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('stays.extendCancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
