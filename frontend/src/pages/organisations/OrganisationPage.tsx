import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { organisationQuery } from '../../api/organisations';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ButtonLink } from '../../components/ButtonLink';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { usePageTitle } from '../../layout/usePageTitle';

/** What the organisation page is told after the organisation was registered or changed. */
export interface OrganisationSavedState {
  organisationSaved: 'created' | 'updated';
}

function savedState(state: unknown): OrganisationSavedState | null {
  return typeof state === 'object' && state !== null && 'organisationSaved' in state ? (state as OrganisationSavedState) : null;
}

/** One organisation: its details, and the way to its users, API keys and audit log. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const saved = savedState(useLocation().state);
  const organisation = useQuery(organisationQuery(organisationId));
  usePageTitle(organisation.data?.name ?? t('screens.organisations'));
  const scoped = `organisationId=${encodeURIComponent(organisationId)}`;

  return (
    <>
      <Paragraph>
        <AppLink to="/organisations">{t('organisations.backToList')}</AppLink>
      </Paragraph>
      {organisation.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {organisation.isError && <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />}
      {organisation.data && (
        <>
          <Heading level={1}>{organisation.data.name}</Heading>
          {saved && (
            <Alert type="ok" role="status">
              <Paragraph>{t(`organisation.saved.${saved.organisationSaved}`)}</Paragraph>
            </Alert>
          )}
          <DataList
            items={[
              { key: 'kind', label: t('organisationForm.kind'), value: t(`enums.organisationKind.${organisation.data.kind}`) },
              {
                key: 'municipality',
                label: t('forms.municipality'),
                value: organisation.data.municipalityCode ? <MunicipalityName code={organisation.data.municipalityCode} /> : t('common.notGiven'),
              },
              { key: 'twoFactorRequired', label: t('twoFactor.organisationRequired'), value: organisation.data.twoFactorRequired ? t('common.yes') : t('common.no') },
            ]}
          />
          <ButtonGroup>
            <ButtonLink to={`/organisations/${organisationId}/edit`}>{t('organisation.edit')}</ButtonLink>
            <ButtonLink to={`/users/new?${scoped}`}>{t('organisation.inviteUser')}</ButtonLink>
          </ButtonGroup>
          <section aria-labelledby="organisation-admin-heading">
            <Heading level={2} id="organisation-admin-heading">
              {t('organisation.administration')}
            </Heading>
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">
                <AppLink to={`/users?${scoped}`}>{t('organisation.users')}</AppLink>
              </li>
              <li className="utrecht-unordered-list__item">
                <AppLink to={`/api-keys?${scoped}`}>{t('organisation.apiKeys')}</AppLink>
              </li>
              <li className="utrecht-unordered-list__item">
                <AppLink to={`/audit-log?${scoped}`}>{t('organisation.auditLog')}</AppLink>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
