import { useTranslation } from 'react-i18next';
import type { FieldLabels } from '../api/describeProblem';
import { ApiError, describeProblem, unplacedFieldErrors } from '../api/problem';
import { Alert } from './Alert';
import { Button } from './Button';

interface ProblemAlertProps {
  error: unknown;
  /** What failed, e.g. "Logging in failed."; defaults to a general message. */
  title?: string;
  /** Fields that show their own errors; errors for any other field are listed here. */
  formFields?: readonly string[];
  /** The labels of the form's fields (body path → label), so a field error names its field as the user sees it. */
  labels?: FieldLabels;
  /** Sentences for codes that mean something particular here, e.g. `unauthorized` when logging in. */
  messages?: Readonly<Partial<Record<string, string>>>;
  onRetry?: () => void;
}

/**
 * Announces a failed API call, worded from the web app's own texts by the problem's code (never
 * the server's English detail), with the field errors no form field shows.
 */
export function ProblemAlert({ error, title, formFields = [], labels, messages, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  const options = { ...(labels ? { labels } : {}), ...(messages ? { messages } : {}) };
  const described = problem ? describeProblem(problem, t, options) : null;
  const otherErrors = problem ? unplacedFieldErrors(problem, formFields, t, options) : [];
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{title ?? t('errors.title')}</strong>
      </p>
      {described && <p className="utrecht-paragraph">{described.message}</p>}
      {described?.requestId && <p className="utrecht-paragraph utrecht-paragraph--small">{t('errors.requestId', { requestId: described.requestId })}</p>}
      {otherErrors.length > 0 && (
        <ul className="utrecht-unordered-list">
          {otherErrors.map((message) => (
            <li key={message} className="utrecht-unordered-list__item">
              {message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && <Button onClick={onRetry}>{t('errors.retry')}</Button>}
    </Alert>
  );
}
