/** RFC 9457 problem details, as every Onderdak API error is shaped. */
import type { TFunction } from 'i18next';
import { describeProblem, fieldPath, problemCode, problemSentences, type DescribeOptions } from './describeProblem';

export { describeProblem, fieldPath, problemCode, problemSentences };
export interface FieldError {
  field?: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  /** The HTTP status; 0 when the server could not be reached at all. */
  status: number;
  detail?: string;
  errors?: FieldError[];
  /** Quoted to the maintainers when reporting a server error. */
  requestId?: string;
  /** Members a problem type adds (RFC 9457 §3.2), e.g. `contact` on a status link that ended. */
  extensions?: Record<string, unknown>;
}

const standardMembers = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'requestId']);

export class ApiError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).flatMap((item) =>
    typeof item.message === 'string'
      ? [{ message: item.message, ...(typeof item.field === 'string' ? { field: item.field } : {}) }]
      : [],
  );
}

/**
 * Turns whatever an API call failed with into problem details: the server's own
 * problem+json body when there is one, otherwise a problem built from the status
 * (status 0 when there was no response).
 */
export function toProblem(body: unknown, status: number | undefined): ProblemDetails {
  const httpStatus = status ?? 0;
  if (isRecord(body) && typeof body.title === 'string') {
    const errors = toFieldErrors(body.errors);
    const extensions = Object.fromEntries(Object.entries(body).filter(([key]) => !standardMembers.has(key)));
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : httpStatus,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
      ...(errors ? { errors } : {}),
      ...(typeof body.requestId === 'string' ? { requestId: body.requestId } : {}),
      ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    };
  }
  return { type: 'about:blank', title: httpStatus === 0 ? 'Network error' : `HTTP ${httpStatus}`, status: httpStatus };
}

/** The API may name a field `password`, `body.password` or `/password`; the last segment is the form field. */
function formFieldName(path: string | undefined): string | undefined {
  return path?.split('.').at(-1);
}

/** Whether the error at `path` belongs to `formField`: the field itself or a part of it (`languages.0`). */
function isPartOf(path: string, formField: string): boolean {
  return path === formField || path.startsWith(`${formField}.`);
}

/** Field errors, in the user's language, keyed by the form field they belong to. */
export function fieldErrorsByName(problem: ProblemDetails, t: TFunction, options: DescribeOptions = {}): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const { path, message } of describeProblem(problem, t, options).fields) {
    const name = formFieldName(path);
    if (!name) continue;
    byName[name] = byName[name] ? `${byName[name]} ${message}` : message;
  }
  return byName;
}

/** Field errors that no form field shows, in the user's language (with the field's label): they belong next to the summary. */
export function unplacedFieldErrors(problem: ProblemDetails, formFields: readonly string[], t: TFunction, options: DescribeOptions = {}): string[] {
  return describeProblem(problem, t, options)
    .fields.filter(({ path }) => {
      const name = formFieldName(path);
      if (!name || !path) return true;
      return !formFields.some((formField) => formField === name || isPartOf(path, formField));
    })
    .map(({ summary }) => summary);
}

/**
 * Errors for a form's fields from a failed call, in the user's language: each field error at its
 * form field (`fields` maps body paths to form fields: `contact.email` → `contactEmail`; a path's
 * parts count too), and the sentence of a problem whose code concerns one field (`codeFields`, e.g.
 * `window-too-long` → `availableUntil`) at that field when no field error is there already.
 */
export function formErrorsFromProblem(
  problem: ProblemDetails,
  t: TFunction,
  fields: Readonly<Record<string, string>>,
  codeFields: Readonly<Record<string, string>> = {},
  options: DescribeOptions = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (formField: string, message: string) => {
    errors[formField] = errors[formField] ? `${errors[formField]} ${message}` : message;
  };
  const described = describeProblem(problem, t, options);
  for (const { path, message } of described.fields) {
    if (!path) continue;
    const match = Object.keys(fields).find((bodyPath) => isPartOf(path, bodyPath));
    if (match) add(fields[match] as string, message);
  }
  const code = problemCode(problem);
  const codeField = code ? codeFields[code] : undefined;
  if (codeField && !errors[codeField]) add(codeField, described.message);
  return errors;
}
