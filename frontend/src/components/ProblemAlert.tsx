import { useTranslation } from 'react-i18next';
import { ApiError, unplacedFieldErrors } from '../api/problem';
import { Alert } from './Alert';
import { Button } from './Button';

interface ProblemAlertProps {
  error: unknown;
  /** What failed, e.g. "Logging in failed."; defaults to a general message. */
  title?: string;
  /** Fields that show their own errors; errors for any other field are listed here. */
  formFields?: readonly string[];
  onRetry?: () => void;
}

/** Announces a failed API call with the server's own explanation (the problem's `detail`). */
export function ProblemAlert({ error, title, formFields = [], onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  const explanation =
    problem === null
      ? null
      : problem.status === 0
        ? t('errors.network')
        : (problem.detail ?? t('errors.status', { status: problem.status }));
  const otherErrors = problem ? unplacedFieldErrors(problem, formFields) : [];
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{title ?? t('errors.title')}</strong>
      </p>
      {explanation && <p className="utrecht-paragraph">{explanation}</p>}
      {problem?.requestId && problem.status >= 500 && (
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('errors.requestId', { requestId: problem.requestId })}</p>
      )}
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
