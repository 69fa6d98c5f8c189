import { ApiError, toProblem } from './problem';

/** The shape every generated SDK function resolves to (with `throwOnError: false`). */
type SdkResult<T> = ({ data: T; error: undefined } | { data: undefined; error: unknown }) & {
  response?: Response;
};

/** Awaits a generated SDK call and returns its data, or throws an ApiError with the problem details. */
export async function unwrap<T>(call: Promise<SdkResult<T>>): Promise<T> {
  const result = await call;
  if (result.error !== undefined || !result.response?.ok) {
    throw new ApiError(toProblem(result.error, result.response?.status));
  }
  return result.data as T;
}
