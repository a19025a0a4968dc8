// Whether a button may be pressed, and if not, why and until when (docs/api.md Filing.actions).
import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors';
import { isoDateSchema } from './dates';

export const errorCodeSchema = z.enum(ERROR_CODES);

export const allowedActionSchema = z.object({ allowed: z.literal(true) });
export const refusedActionSchema = z.object({
  allowed: z.literal(false),
  code: errorCodeSchema,
  /** The docs/policy-sources.md rule id that refuses, e.g. 'AH-14-1'; absent when only the state refuses. */
  rule: z.optional(z.string()),
  /** When the lock ends, as the policy engine reports it (e.g. the change lock of AH-14-1). */
  until: z.optional(isoDateSchema),
  message: z.string(),
  /** false: this action can never apply to this filing (the app does not show it). */
  applicable: z.optional(z.literal(false)),
});
export const actionSchema = z.discriminatedUnion('allowed', [
  allowedActionSchema,
  refusedActionSchema,
]);
export type Action = z.infer<typeof actionSchema>;
export type RefusedAction = z.infer<typeof refusedActionSchema>;

export const filingActionsSchema = z.object({
  change: actionSchema,
  cancel: actionSchema,
  supplement: actionSchema,
  extend: actionSchema,
  resubmit: actionSchema,
  /** Recording an admission or discharge (POST /v1/filings/{id}/admissions). */
  admission: z.optional(actionSchema),
});
export type FilingActions = z.infer<typeof filingActionsSchema>;
