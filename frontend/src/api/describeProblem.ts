import type { TFunction } from 'i18next';
import problemCodes from '../i18n/problemCodes.json';
import type { ProblemDetails } from './problem';

/**
 * Every problem code the API can answer (generated from api/ by tests/test_problem_codes.py).
 * A problem without a code (`about:blank`) is named by its status: `http-404`.
 */
export const knownProblemCodes: readonly string[] = problemCodes.codes;

/** How a form names its fields to the user: body path (`availableFrom`, `contact.email`) → label. */
export type FieldLabels = Readonly<Record<string, string>>;

export interface DescribeOptions {
  /** The labels of the form's fields, so a message names a field as the user sees it. */
  labels?: FieldLabels;
  /** Sentences that replace the general one for a code here, e.g. `unauthorized` on the login page. */
  messages?: Readonly<Partial<Record<string, string>>>;
}

/** One field error in the user's language. */
export interface DescribedFieldError {
  /** The field's path in the body (`contact.email`), without `body`; undefined for the whole request. */
  path?: string;
  /** The field's label, when the form gave one. */
  label?: string;
  /** The sentence, to show at the field itself. */
  message: string;
  /** The sentence with the field's label in front, to show in a list apart from the form. */
  summary: string;
}

export interface DescribedProblem {
  /** The problem's code (`http-<status>` for one without a code); undefined for a network failure. */
  code?: string;
  /** What went wrong, in the user's language; never the server's English detail. */
  message: string;
  /** The request id to quote to support, when the problem is unexpected (unknown code, server error). */
  requestId?: string;
  fields: DescribedFieldError[];
}

/** The field's whole path in the body, dotted: `body.contact.email` and `/contact/email` are `contact.email`. */
export function fieldPath(field: string | undefined): string | undefined {
  const parts = field?.split(/[./]/).filter(Boolean) ?? [];
  if (parts[0] === 'body') parts.shift();
  return parts.length > 0 ? parts.join('.') : undefined;
}

/** The problem's own code: `https://onderdak.nl/problems/window-too-long` → `window-too-long`. */
export function problemCode(problem: ProblemDetails): string | undefined {
  return problem.type === 'about:blank' ? undefined : problem.type.split('/').filter(Boolean).at(-1);
}

type Values = Record<string, string | number>;

/** A field error's kind and values, read from the API's (English, fixed) message. */
interface FieldKind {
  kind: string;
  values?: Values;
  /** API names of other fields the message mentions, to be named by their labels. */
  others?: Record<string, string>;
}

const number = '(-?\\d+(?:\\.\\d+)?)';
const apiName = '([A-Za-z][A-Za-z0-9]*)';
const isoDate = '(\\d{4}-\\d{2}-\\d{2})';

/**
 * The messages the API words field errors with: Pydantic's validation messages (the
 * `invalid-input` problem) and the API's own (api/hosts/service.py). First match wins.
 */
const fieldPatterns: readonly [RegExp, (match: RegExpMatchArray) => FieldKind][] = [
  [/^Field required$|^required to vet$/, () => ({ kind: 'required' })],
  [new RegExp(`^String should have at most ${number} characters?$`), (m) => ({ kind: 'tooLong', values: { max: Number(m[1]) } })],
  [/^String should have at least 1 character$/, () => ({ kind: 'required' })],
  [new RegExp(`^String should have at least ${number} characters?$`), (m) => ({ kind: 'tooShort', values: { min: Number(m[1]) } })],
  [new RegExp(`^List should have at most ${number} items? after validation`), (m) => ({ kind: 'tooMany', values: { max: Number(m[1]) } })],
  [new RegExp(`^List should have at least ${number} items? after validation`), (m) => ({ kind: 'tooFew', values: { min: Number(m[1]) } })],
  [new RegExp(`^Input should be greater than or equal to ${number}$`), (m) => ({ kind: 'atLeast', values: { min: Number(m[1]) } })],
  [new RegExp(`^Input should be greater than ${number}$`), (m) => ({ kind: 'greaterThan', values: { min: Number(m[1]) } })],
  [new RegExp(`^Input should be less than or equal to ${number}$`), (m) => ({ kind: 'atMost', values: { max: Number(m[1]) } })],
  [new RegExp(`^Input should be less than ${number}$`), (m) => ({ kind: 'lessThan', values: { max: Number(m[1]) } })],
  [/^Input should be a valid integer, got a number with a fractional part/, () => ({ kind: 'wholeNumber' })],
  [/^Input should be a valid (integer|number)|^Input should be a finite number/, () => ({ kind: 'number' })],
  [/^Input should be a valid date\b|^Datetimes provided to dates should have zero time/, () => ({ kind: 'date' })],
  [/^Input should be a valid datetime\b|times need a timezone/, () => ({ kind: 'dateTime' })],
  [/^value is not a valid email address/, () => ({ kind: 'email' })],
  [/^Input should be '.*'$/, () => ({ kind: 'choice' })],
  [/^Input should be a valid boolean/, () => ({ kind: 'boolean' })],
  [/^Extra inputs are not permitted$|^unknown field$/, () => ({ kind: 'unknownField' })],
  [/^the body is not valid JSON$/, () => ({ kind: 'json' })],
  [new RegExp(`^at most ${number} days after ${apiName}$`), (m) => ({ kind: 'daysAfter', values: { days: Number(m[1]) }, others: { other: m[2] as string } })],
  [new RegExp(`^on or before ${isoDate}$`), (m) => ({ kind: 'onOrBefore', values: { date: m[1] as string } })],
  [new RegExp(`^on or after ${isoDate}$`), (m) => ({ kind: 'onOrAfter', values: { date: m[1] as string } })],
  [/^lies in the past$/, () => ({ kind: 'inPast' })],
  [new RegExp(`^Value error, ${apiName} lies before ${apiName}$`), (m) => ({ kind: 'before', others: { later: m[1] as string, earlier: m[2] as string } })],
  [new RegExp(`^Value error, must lie between ${isoDate} and ${isoDate}$`), (m) => ({ kind: 'between', values: { min: m[1] as string, max: m[2] as string } })],
];

export function fieldErrorKind(message: string): FieldKind {
  for (const [pattern, kind] of fieldPatterns) {
    const match = message.match(pattern);
    if (match) return kind(match);
  }
  return { kind: 'invalid' };
}

/** A date the API sent (`2027-03-01`) in the user's language; the day as it is, whatever the time zone. */
function dateValue(value: string | number, t: TFunction): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
  return t('problemMessages.date', { date: new Date(`${value}T00:00:00Z`), formatParams: { date: { dateStyle: 'long', timeZone: 'UTC' } } });
}

/** The label of a field the API named by its body path (its last segment is the form field). */
function labelOf(path: string | undefined, labels: FieldLabels): string | undefined {
  if (!path) return undefined;
  return labels[path] ?? labels[path.split('.').at(-1) as string];
}

function describeField(path: string | undefined, message: string, t: TFunction, labels: FieldLabels): DescribedFieldError {
  const { kind, values = {}, others = {} } = fieldErrorKind(message);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) params[name] = name === 'date' || kind === 'between' ? dateValue(value, t) : value;
  // Another field the message mentions: by its label, or by what it is ("the start date").
  for (const [name, other] of Object.entries(others)) {
    const otherLabel = labelOf(other, labels);
    params[name] = otherLabel ? t('problemMessages.quoted', { label: otherLabel }) : t(`problemMessages.otherField.${name}` as never);
  }
  const worded = String(t(`problemMessages.fields.${kind}` as never, params as never));
  const sentence = worded.charAt(0).toLocaleUpperCase() + worded.slice(1);
  // "availableUntil lies before availableFrom" concerns the whole body; it belongs at the later field.
  const at = path ?? others.later;
  const label = labelOf(at, labels);
  const namesItself = others.later !== undefined;
  return {
    ...(at ? { path: at } : {}),
    ...(label ? { label } : {}),
    message: sentence,
    summary: label && !namesItself ? String(t('problemMessages.withLabel', { label, message: sentence })) : sentence,
  };
}

/** The code a problem is worded by: its own, or `http-<status>` for one without a code. */
export function describedCode(problem: ProblemDetails): string | undefined {
  if (problem.status === 0) return undefined;
  return problemCode(problem) ?? `http-${problem.status}`;
}

/**
 * A problem the API answered, worded from the web app's own texts (`problems.<code>` in nl, en
 * and uk), with each field error worded by its kind and the form's labels. An unknown code gets
 * a general sentence and the request id for support, never the server's English detail.
 */
export function describeProblem(problem: ProblemDetails, t: TFunction, options: DescribeOptions = {}): DescribedProblem {
  const labels = options.labels ?? {};
  const fields = (problem.errors ?? []).map(({ field, message }) => describeField(fieldPath(field), message, t, labels));
  if (problem.status === 0) return { message: t('errors.network'), fields };
  const code = describedCode(problem) as string;
  const known = knownProblemCodes.includes(code);
  const message = options.messages?.[code] ?? (known ? String(t(`problems.${code}` as never)) : t('problemMessages.unknown', { status: problem.status }));
  const requestId = problem.requestId && (!known || problem.status >= 500) ? problem.requestId : undefined;
  return { code, message, ...(requestId ? { requestId } : {}), fields };
}

/** The whole problem in one text: what went wrong, then each field error with its label. */
export function problemSentences(described: DescribedProblem): string {
  return [described.message, ...described.fields.map(({ summary }) => summary)].join(' ');
}
