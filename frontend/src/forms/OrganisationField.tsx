import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allOrganisationsQuery, organisationQuery } from '../api/organisations';
import { SelectField } from '../components/SelectField';

interface OrganisationFieldProps {
  label: string;
  /** Controlled (value and onChange), or left to the form (defaultValue, read from its data). */
  value?: string;
  onChange?: (organisationId: string) => void;
  defaultValue?: string;
  /** The first choice, e.g. "Choose an organisation" or "All organisations". */
  emptyLabel: string;
  name?: string;
  description?: string | undefined;
  error?: string | undefined;
}

/** An organisation's name; its id until the name is known. */
export function OrganisationName({ id }: { id: string }) {
  const { data } = useQuery(organisationQuery(id));
  return <>{data?.name ?? id}</>;
}

/** Chooses one of the platform's organisations (for platform admins, who act on all of them). */
export function OrganisationField({ label, value, onChange, defaultValue, emptyLabel, name = 'organisationId', description, error }: OrganisationFieldProps) {
  const { t } = useTranslation();
  const organisations = useQuery(allOrganisationsQuery());
  const options = [
    { value: '', label: organisations.isPending ? t('app.loading') : emptyLabel },
    ...(organisations.data?.items ?? []).map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${t(`enums.organisationKind.${organisation.kind}`)})`,
    })),
  ];
  return (
    <SelectField
      // Left to the form, the default is chosen once its option exists: mounted anew when they load.
      key={value === undefined && organisations.isSuccess ? 'loaded' : 'loading'}
      label={label}
      name={name}
      options={options}
      {...(value === undefined ? { defaultValue } : { value, onChange: (event) => onChange?.(event.target.value) })}
      description={description}
      error={error ?? (organisations.isError ? t('forms.organisationsFailed') : undefined)}
      aria-busy={organisations.isPending || undefined}
    />
  );
}
