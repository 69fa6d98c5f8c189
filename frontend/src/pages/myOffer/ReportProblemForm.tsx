import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamilyKeys } from '../../api/hostFamilies';
import { incidentKeys, reportIncident, severities } from '../../api/incidents';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { maxDescriptionLength, reportBody, reportFieldPaths, validateReport, type ReportDraft, type ReportField } from './reportProblem';

const emptyReport: ReportDraft = { severity: '', description: '' };

/** Lets a host report a problem with their stay, and says plainly what happens next. */
export function ReportProblemForm({ hostFamilyId }: { hostFamilyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<ReportDraft>(emptyReport);
  const [invalids, setInvalids] = useState<Invalids<ReportField>>({});
  const [sent, setSent] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => reportIncident(reportBody(draft, hostFamilyId)),
    onSuccess: async () => {
      setDraft(emptyReport);
      setSent(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all }),
        queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
      ]);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, reportFieldPaths) : {};
  const errors: Partial<Record<ReportField, string>> = { ...serverErrors, ...messages(invalids) };

  const handleSubmit = validatedSubmit(
    mutation,
    () => validateReport(draft),
    (found) => {
      setInvalids(found);
      setSent(false);
    },
    focusFirstInvalid,
    () => mutation.mutate(),
  );

  return (
    <section aria-labelledby="report-heading">
      <Heading level={2} id="report-heading">
        {t('report.title')}
      </Heading>
      <Paragraph>{t('report.intro')}</Paragraph>
      <Heading level={3}>{t('report.nextTitle')}</Heading>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t('report.next.review')}</li>
        <li className="utrecht-unordered-list__item">{t('report.next.paused')}</li>
        <li className="utrecht-unordered-list__item">{t('report.next.privacy')}</li>
      </ul>
      <Alert type="info" role="status">
        <Paragraph>{t('report.emergency')}</Paragraph>
      </Alert>
      {sent && (
        <Alert type="ok" role="status">
          <Paragraph>
            <strong>{t('report.sentTitle')}</strong>
          </Paragraph>
          <Paragraph>{t('report.sentBody')}</Paragraph>
        </Alert>
      )}
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('report.failed')} formFields={Object.keys(reportFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <RadioGroupField
          legend={t('report.severity')}
          name="severity"
          value={draft.severity}
          onChange={(severity) => setDraft((current) => ({ ...current, severity: severity as ReportDraft['severity'] }))}
          options={severities.map((severity) => ({
            value: severity,
            label: t(`enums.severity.${severity}`),
            description: t(`report.severityHint.${severity}`),
          }))}
          error={errors.severity}
        />
        <TextAreaField
          label={t('report.description')}
          description={t('report.descriptionHint')}
          name="description"
          rows={6}
          maxLength={maxDescriptionLength}
          value={draft.description}
          onChange={(event) => setDraft((current) => ({ ...current, description: event.target.value }))}
          error={errors.description}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('report.sending') : t('report.send')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
