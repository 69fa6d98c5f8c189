import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { initiativeQuery, stageHistoryQuery, type Initiative, type StageEvent } from '../../api/initiatives';
import type { PermitPublic, RiskPublic, Stage, StakeholderPublic } from '../../client';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { ContactDetails } from '../../components/ContactDetails';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { StageBadge } from './StageBadge';
import { StageChangePanel } from './StageChangePanel';

/** One initiative's dossier: stage and next step, permits, stakeholders, risks, needs and history. */
export function InitiativePage() {
  const { t } = useTranslation();
  const { initiativeId = '' } = useParams();
  const initiative = useQuery(initiativeQuery(initiativeId));
  const history = useQuery(stageHistoryQuery(initiativeId));
  const [changedTo, setChangedTo] = useState<Stage | null>(null);
  usePageTitle(initiative.data?.name ?? t('screens.initiatives'));

  return (
    <>
      <Paragraph>
        <AppLink to="/citizen-initiatives">{t('initiatives.backToList')}</AppLink>
      </Paragraph>
      {initiative.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {initiative.isError && <ProblemAlert error={initiative.error} onRetry={() => void initiative.refetch()} />}
      {initiative.data && (
        <>
          <Heading level={1}>{initiative.data.name}</Heading>
          <Paragraph>
            {t('initiative.stage')}: <StageBadge stage={initiative.data.stage} />
          </Paragraph>
          {changedTo && (
            <Alert type="ok" role="status">
              <Paragraph>{t('stageChange.done', { stage: t(`enums.stage.${changedTo}`) })}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <ButtonLink to={`/citizen-initiatives/${initiativeId}/edit`}>{t('initiative.edit')}</ButtonLink>
          </ButtonGroup>
          <StageChangePanel initiative={initiative.data} onChanged={setChangedTo} />
          <Dossier initiative={initiative.data} />
        </>
      )}
      <section>
        <Heading level={2} id="history-heading">
          {t('initiative.history')}
        </Heading>
        {history.isError && <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />}
        {history.data && <StageHistory events={history.data.items} />}
      </section>
    </>
  );
}

function Dossier({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <>
      <section aria-labelledby="dossier-heading">
        <Heading level={2} id="dossier-heading">
          {t('initiative.details')}
        </Heading>
        <DataList
          items={[
            { key: 'kind', label: t('initiativeForm.kind'), value: t(`enums.initiativeKind.${initiative.kind}`) },
            { key: 'municipality', label: t('forms.municipality'), value: <MunicipalityName code={initiative.municipalityCode} /> },
            { key: 'plannedPlaces', label: t('initiativeForm.plannedPlaces'), value: initiative.plannedPlaces },
            { key: 'startsOn', label: t('initiativeForm.startsOn'), value: formatDate.date(initiative.startsOn) || t('common.notGiven') },
            { key: 'endsOn', label: t('initiativeForm.endsOn'), value: formatDate.date(initiative.endsOn) || t('common.notGiven') },
            { key: 'description', label: t('initiativeForm.description'), value: initiative.description ?? t('common.notGiven') },
            { key: 'initiator', label: t('initiativeForm.initiator'), value: <ContactDetails contact={initiative.initiator} /> },
            {
              key: 'location',
              label: t('initiative.location'),
              value: initiative.shelterLocationId ? (
                <AppLink to={`/shelter-locations/${initiative.shelterLocationId}`}>{t('initiative.openLocation')}</AppLink>
              ) : (
                t('initiative.noLocation')
              ),
            },
          ]}
        />
      </section>
      <DossierTable<PermitPublic>
        id="permits"
        title={t('initiativeForm.permits')}
        empty={t('initiative.noPermits')}
        rows={initiative.permits}
        columns={[
          { id: 'kind', header: t('initiativeForm.permitKind'), cell: (row) => row.kind, rowHeader: true },
          { id: 'status', header: t('initiativeForm.permitStatus'), cell: (row) => t(`enums.permitStatus.${row.status}`) },
          { id: 'requestedOn', header: t('initiativeForm.requestedOn'), cell: (row) => formatDate.date(row.requestedOn) || t('common.notGiven') },
          { id: 'decidedOn', header: t('initiativeForm.decidedOn'), cell: (row) => formatDate.date(row.decidedOn) || t('common.notGiven') },
        ]}
      />
      <DossierTable<StakeholderPublic>
        id="stakeholders"
        title={t('initiativeForm.stakeholders')}
        empty={t('initiative.noStakeholders')}
        rows={initiative.stakeholders}
        columns={[
          { id: 'role', header: t('initiativeForm.stakeholderRole'), cell: (row) => row.role, rowHeader: true },
          { id: 'organisation', header: t('initiativeForm.stakeholderOrganisation'), cell: (row) => row.organisation ?? t('common.notGiven') },
          { id: 'contact', header: t('initiativeForm.stakeholderContact'), cell: (row) => row.contact ?? t('common.notGiven') },
        ]}
      />
      <DossierTable<RiskPublic>
        id="risks"
        title={t('initiativeForm.risks')}
        empty={t('initiative.noRisks')}
        rows={initiative.risks}
        columns={[
          { id: 'description', header: t('initiativeForm.riskDescription'), cell: (row) => row.description, rowHeader: true },
          { id: 'owner', header: t('initiativeForm.riskOwner'), cell: (row) => t(`enums.riskOwner.${row.owner}`) },
        ]}
      />
      <section aria-labelledby="support-heading">
        <Heading level={2} id="support-heading">
          {t('initiativeForm.supportNeeds')}
        </Heading>
        {initiative.supportNeeds.length === 0 ? (
          <Paragraph>{t('initiative.noSupportNeeds')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {initiative.supportNeeds.map((need) => (
              <li key={need} className="utrecht-unordered-list__item">
                {need}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

interface DossierTableProps<Row> {
  id: string;
  title: string;
  empty: string;
  rows: readonly Row[];
  columns: Parameters<typeof DataTable<Row>>[0]['columns'];
}

function DossierTable<Row>({ id, title, empty, rows, columns }: DossierTableProps<Row>) {
  return (
    <section>
      <Heading level={2} id={`${id}-heading`}>
        {title}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <DataTable caption={title} captionHidden columns={columns} rows={rows} rowKey={(row) => rows.indexOf(row)} />
      )}
    </section>
  );
}

function StageHistory({ events }: { events: readonly StageEvent[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (events.length === 0) return <Paragraph>{t('initiative.noHistory')}</Paragraph>;
  return (
    <DataTable
      caption={t('initiative.history')}
      captionHidden
      rows={events}
      rowKey={(event) => `${event.occurredAt}-${event.toStage}`}
      columns={[
        { id: 'when', header: t('initiative.historyColumns.when'), cell: (event) => formatDate.dateTime(event.occurredAt), rowHeader: true },
        {
          id: 'change',
          header: t('initiative.historyColumns.change'),
          cell: (event) =>
            event.fromStage
              ? t('initiative.historyChange', { from: t(`enums.stage.${event.fromStage}`), to: t(`enums.stage.${event.toStage}`) })
              : t('initiative.historyStart', { to: t(`enums.stage.${event.toStage}`) }),
        },
        { id: 'note', header: t('initiative.historyColumns.note'), cell: (event) => event.note ?? '' },
      ]}
    />
  );
}
