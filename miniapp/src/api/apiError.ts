// The API's error envelope (docs/api.md "Conventions") as a typed error the pages can show: the
// plain-Chinese message, the refusing rule and the day a lock ends, and per-field problems.
import { DOC_TYPES, ERROR_CATALOGUE, type DocType, type ErrorCode } from '@yidi/shared';
import { zh } from '../i18n/zh';

/** Failures that happen before or instead of a server answer. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export interface ApiErrorDetails {
  code: ApiErrorCode;
  message: string;
  /** HTTP status; 0 when the request never got an answer. */
  status: number;
  rule?: string;
  until?: string;
  fields?: Record<string, string>;
  /** MATERIALS_INCOMPLETE: every missing document at once (HA-18 一次性告知). */
  missing?: DocType[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly rule?: string;
  readonly until?: string;
  readonly fields?: Record<string, string>;
  readonly missing?: DocType[];

  constructor(details: ApiErrorDetails) {
    super(details.message);
    this.name = 'ApiError';
    this.code = details.code;
    this.status = details.status;
    this.rule = details.rule;
    this.until = details.until;
    this.fields = details.fields;
    this.missing = details.missing;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringFields(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function docTypeList(value: unknown): DocType[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const known = value.filter((item): item is DocType => DOC_TYPES.includes(item as DocType));
  return known.length > 0 ? known : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Reads a non-2xx answer. Anything that is not the envelope (a proxy's HTML page, an unknown
 * code) still becomes an ApiError with a message a user can read.
 */
export function decodeApiError(status: number, body: unknown): ApiError {
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!envelope || !isErrorCode(envelope.code)) {
    return new ApiError({
      code: 'UNEXPECTED_RESPONSE',
      status,
      message: nonEmptyString(envelope?.message) ?? zh.common.unexpectedResponse,
    });
  }
  const code = envelope.code;
  return new ApiError({
    code,
    status,
    message: nonEmptyString(envelope.message) ?? ERROR_CATALOGUE[code].message,
    rule: nonEmptyString(envelope.rule),
    until: nonEmptyString(envelope.until),
    fields: stringFields(envelope.fields),
    missing: docTypeList(envelope.missing),
  });
}

export function networkError(): ApiError {
  return new ApiError({ code: 'NETWORK_ERROR', status: 0, message: zh.common.networkError });
}
