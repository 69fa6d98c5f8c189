import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allMunicipalitiesQuery, municipalityQuery } from '../api/municipalities';
import { DataList } from '../components/DataList';
import { SelectField } from '../components/SelectField';

interface MunicipalityFieldProps {
  value: string;
  onChange: (code: string) => void;
  /** The municipality is given (a municipality's own territory, or a field the API does not let change). */
  fixed?: boolean;
  description?: string | undefined;
  error?: string | undefined;
}

/** Municipality name and CBS code, e.g. "Utrecht (GM0344)"; the code alone until the name is known. */
export function MunicipalityName({ code }: { code: string }) {
  const { data } = useQuery({ ...municipalityQuery(code), enabled: code !== '' });
  return <>{data ? `${data.name} (${code})` : code}</>;
}

/** Chooses a municipality from the CBS list, or shows the one that is given. */
export function MunicipalityField({ value, onChange, fixed = false, description, error }: MunicipalityFieldProps) {
  const { t } = useTranslation();
  const municipalities = useQuery({ ...allMunicipalitiesQuery(), enabled: !fixed });
  if (fixed) {
    return <DataList items={[{ key: 'municipality', label: t('forms.municipality'), value: <MunicipalityName code={value} /> }]} />;
  }
  const options = [
    { value: '', label: municipalities.isPending ? t('app.loading') : t('forms.chooseMunicipality') },
    ...(municipalities.data?.items ?? []).map((municipality) => ({
      value: municipality.code,
      label: `${municipality.name} (${municipality.code})`,
    })),
  ];
  return (
    <SelectField
      label={t('forms.municipality')}
      description={description}
      name="municipalityCode"
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error ?? (municipalities.isError ? t('forms.municipalitiesFailed') : undefined)}
      aria-busy={municipalities.isPending || undefined}
    />
  );
}
