import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { placesKeys, type ShelterUnit } from '../../api/places';
import { closePlace, placementKeys, type Closing } from '../../api/placements';
import type { ClosingHousehold } from '../../client';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { today } from '../../i18n/dates';
import { useDateFormat } from '../../i18n/useDateFormat';

const wholeLocation = 'location';

/** The status a closing leaves the location (closing, closed) or the unit (blocked, closed) in. */
const closingStatuses = ['closing', 'closed', 'blocked'] as const;
type ClosingStatus = (typeof closingStatuses)[number];
const closingStatus = (status: string): ClosingStatus => closingStatuses.find((known) => known === status) ?? 'closing';

/**
 * Closing the location or one unit so that nobody silently drops out: first the API says who lives
 * there and what closing would do (a dry run), then the closing is confirmed and the relocation
 * requests are opened with the closing date as their deadline.
 */
interface ClosingPanelProps {
  locationId: string;
  units: readonly ShelterUnit[];
  /** A closed location has nothing left to close; the panel still shows what its closing did. */
  closed: boolean;
}

export function ClosingPanel({ locationId, units, closed }: ClosingPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const now = today();
  const [target, setTarget] = useState(wholeLocation);
  const [closesOn, setClosesOn] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();
  const unitId = target === wholeLocation ? null : target;

  const mutation = useMutation({
    mutationFn: (dryRun: boolean) => closePlace(locationId, unitId, { closesOn, dryRun }),
    onSuccess: async (report) => {
      if (report.dryRun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: placesKeys.location(locationId) }),
        queryClient.invalidateQueries({ queryKey: placesKeys.units(locationId) }),
        queryClient.invalidateQueries({ queryKey: placementKeys.all }),
      ]);
    },
  });
  const report = mutation.data;

  if (closed && !report) return null;

  function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const problem = !closesOn ? t('validation.required') : closesOn < now ? t('validation.notInPast') : undefined;
    setDateError(problem);
    if (!problem) mutation.mutate(true);
  }

  return (
    <section aria-labelledby="closing-heading">
      <Heading level={2} id="closing-heading">
        {t('closing.title')}
      </Heading>
      <Paragraph>{t('closing.explanation')}</Paragraph>
      {!closed && (
        <form noValidate onSubmit={preview} className="app-form">
          <SelectField
            label={t('closing.what')}
            name="closingTarget"
            options={[
              { value: wholeLocation, label: t('closing.wholeLocation') },
              ...units.filter((unit) => unit.status !== 'closed').map((unit) => ({ value: unit.id, label: t('closing.unit', { name: unit.name }) })),
            ]}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              mutation.reset();
            }}
          />
          <TextField
            label={t('closing.closesOn')}
            description={t('closing.closesOnHint')}
            name="closingDate"
            type="date"
            min={now}
            value={closesOn}
            onChange={(event) => {
              setClosesOn(event.target.value);
              mutation.reset();
            }}
            error={dateError}
          />
          <ButtonGroup>
            <Button type="submit" busy={mutation.isPending && mutation.variables === true}>
              {t('closing.preview')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('closing.failed')} />}
      {report && <ClosingReportView report={report} />}
      {report?.dryRun && (
        <ButtonGroup>
          <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate(false)}>
            {report.unitId ? t('closing.confirmUnit') : t('closing.confirmLocation')}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}

function ClosingReportView({ report }: { report: Closing }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const columns: Column<ClosingHousehold>[] = [
    { id: 'household', header: t('placements.household'), cell: (h) => h.householdReference, rowHeader: true },
    { id: 'unit', header: t('placements.unit'), cell: (h) => h.unitName },
    {
      id: 'stage',
      header: t('placements.stageHeader'),
      cell: (h) =>
        h.resident ? t('placements.stage.living', { date: formatDate.date(h.arrivedOn) }) : t('placements.stage.arriving', { date: formatDate.date(h.moveOn) }),
    },
    {
      id: 'action',
      header: t('closing.action'),
      cell: (h) => (
        <>
          {t(`closing.actions.${h.action}`, { date: formatDate.date(h.mustMoveBy) })}
          {h.relocationRequestId && (
            <>
              {' '}
              <AppLink to={`/relocation-requests/${h.relocationRequestId}`}>{t('closing.openRequest', { reference: h.householdReference })}</AppLink>
            </>
          )}
        </>
      ),
    },
  ];
  const caption = report.dryRun ? t('closing.wouldTitle', { date: formatDate.date(report.closesOn) }) : t('closing.doneTitle', { date: formatDate.date(report.closesOn) });
  return (
    <>
      <Alert type={report.dryRun ? 'info' : 'ok'} role="status">
        <Paragraph>
          {report.dryRun ? t('closing.wouldSummary', { count: report.households.length }) : t('closing.doneSummary', { count: report.households.length, status: t(`closing.status.${closingStatus(report.status)}`) })}
        </Paragraph>
      </Alert>
      {report.households.length > 0 && <DataTable caption={caption} columns={columns} rows={report.households} rowKey={(h) => h.placementId} />}
    </>
  );
}
