/**
 * The API's error shape, `{ error: { code, message } }`, and the one exception type handlers throw to produce it.
 * Codes are stable (API-SPEC.md); the message names the input and the problem.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ApiErrorCode =
  | "bad_request"
  | "bad_query"
  | "unauthorized"
  | "not_found"
  | "too_large"
  | "unreadable_input"
  | "internal";

export const STATUS_OF: Readonly<Record<ApiErrorCode, ContentfulStatusCode>> = {
  bad_request: 400,
  bad_query: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  unreadable_input: 422,
  internal: 500,
};

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return STATUS_OF[this.code];
  }
}

export interface ErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

export function errorBody(code: ApiErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

export function errorResponse(c: Context, code: ApiErrorCode, message: string): Response {
  return c.json(errorBody(code, message), STATUS_OF[code]);
}
