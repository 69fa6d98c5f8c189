import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../api/relocationRequests';
import { DataTable } from '../../components/DataTable';
import { Paragraph } from '../../components/Paragraph';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { isConstraintName, proximityTerms, separationText, termDetail, termLabel, termPoints } from './explanation';

const decimals = { maximumFractionDigits: 2 } as const;
const scoreDecimals = { maximumFractionDigits: 3 } as const;

/** A constraint's name in plain words; an unknown name (a newer API) as it is. */
export function useConstraintLabel(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => (isConstraintName(name) ? t(`constraints.${name}`) : name);
}

/** Why a place failed: each failed constraint in plain words. */
export function FailedConstraints({ names }: { names: readonly string[] }) {
  const label = useConstraintLabel();
  return (
    <ul className="utrecht-unordered-list">
      {names.map((name) => (
        <li key={name} className="utrecht-unordered-list__item">
          {label(name)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A score explained: each term with its weight, value and detail, and every hard constraint the
 * place passed. Details are worded from the term's facts; a term this app does not know keeps the
 * API's English detail, marked as English.
 */
export function ExplanationView({ explanation, placeName }: { explanation: Explanation; placeName: string }) {
  const { t } = useTranslation();
  const number = useNumberFormat(decimals);
  const score = useNumberFormat(scoreDecimals);
  const constraintLabel = useConstraintLabel();
  const languageName = useLanguageNames();
  return (
    <div className="app-explanation">
      <DataTable
        caption={t('explanation.caption', { place: placeName })}
        rows={explanation.terms}
        rowKey={(term) => term.name}
        columns={[
          { id: 'name', header: t('explanation.term'), cell: (term) => termLabel(term.name, t), rowHeader: true },
          { id: 'weight', header: t('explanation.weight'), cell: (term) => number.format(term.weight), numeric: true },
          { id: 'value', header: t('explanation.value'), cell: (term) => number.format(term.value), numeric: true },
          { id: 'points', header: t('explanation.points'), cell: (term) => number.format(termPoints(term.weight, term.value)), numeric: true },
          { id: 'detail', header: t('explanation.detail'), cell: (term) => termDetail(term, t, number.format, languageName) ?? <span lang="en">{term.detail}</span> },
        ]}
      />
      {explanation.terms.some((term) => (proximityTerms as readonly string[]).includes(term.name)) && <Paragraph>{t('explanation.proximity')}</Paragraph>}
      {explanation.separation && <Paragraph>{separationText(explanation.separation, t, score.format)}</Paragraph>}
      {explanation.distanceKm !== null && <Paragraph>{t('explanation.distance', { km: number.format(explanation.distanceKm) })}</Paragraph>}
      <Paragraph>
        {t('explanation.checked', { count: explanation.constraintsChecked.length })}{' '}
        {explanation.constraintsChecked.map(constraintLabel).join('; ')}
      </Paragraph>
    </div>
  );
}
