import type { ProblemDetails } from '../api/problem';

/** What a generated SDK function resolves to when the call succeeded. */
export function sdkOk<T>(data: T, status = 200) {
  return {
    data,
    error: undefined,
    request: new Request('http://onderdak.test/api/v1'),
    response: new Response(null, { status }),
  } as never;
}

/** What a generated SDK function resolves to when the API answered with problem details. */
/** Extra members (a problem type's extensions) go into the body as they are. */
export function sdkProblem(problem: Partial<ProblemDetails> & { status: number } & Record<string, unknown>) {
  return {
    data: undefined,
    error: { type: 'about:blank', title: 'Error', ...problem },
    request: new Request('http://onderdak.test/api/v1'),
    response: new Response(null, { status: problem.status }),
  } as never;
}
