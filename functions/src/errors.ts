// The one error type services and middleware throw on purpose. The error mapper turns it into
// docs/api.md's envelope; anything else is an unexpected 500 with no internals shown.
import { defaultMessageOf, httpStatusOf, type ErrorCode } from '@yidi/shared';

export interface AppErrorDetails {
  message?: string;
  rule?: string;
  until?: string;
  fields?: Record<string, string>;
  /** MATERIALS_INCOMPLETE of a claim: every missing docType at once (HA-18). */
  missing?: string[];
  /** 429: sent as the Retry-After header (seconds). */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details: AppErrorDetails = {},
  ) {
    super(details.message ?? defaultMessageOf(code));
    this.status = httpStatusOf(code);
  }

  /** A policy-engine refusal ({code, rule, message, until?, fields?}) as an error. */
  static fromRefusal(refusal: {
    code: ErrorCode;
    rule?: string;
    message?: string;
    until?: string;
    fields?: Record<string, string>;
    missing?: string[];
  }): AppError {
    return new AppError(refusal.code, refusal);
  }

  toBody(): { error: Record<string, unknown> } {
    const { rule, until, fields, missing } = this.details;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(rule ? { rule } : {}),
        ...(until ? { until } : {}),
        ...(fields && Object.keys(fields).length > 0 ? { fields } : {}),
        ...(missing ? { missing } : {}),
      },
    };
  }
}

export const notFound = () => new AppError('NOT_FOUND');
