// The error envelope of docs/api.md, and the mapping from zod issues to its `fields` member.
import * as z from 'zod/mini';
import { defaultMessageOf } from '../errors';
import { errorCodeSchema } from './action';
import { isoDateSchema } from './dates';
import { docTypeSchema } from './enums';

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    rule: z.optional(z.string()),
    until: z.optional(isoDateSchema),
    fields: z.optional(z.record(z.string(), z.string())),
    /** MATERIALS_INCOMPLETE: every missing document at once (AH-12-1/2, HA-18 一次性告知). */
    missing: z.optional(z.array(docTypeSchema)),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** The key in `fields` for a problem with the body as a whole (not JSON, not an object …). */
export const WHOLE_BODY_FIELD = '$';

const HAN = /\p{Script=Han}/u;
export function containsChinese(text: string): boolean {
  return HAN.test(text);
}

type Issue = z.core.$ZodIssue;

/**
 * Our schemas give every issue a Chinese message; this catches what slips through (a zod
 * default in English) so the user never reads one.
 */
function fallbackMessageOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues by default, so missing and mistyped look alike.
      return '请按要求填写这一项';
    case 'too_big':
      return '这一项填写的内容太多了';
    case 'too_small':
      return '这一项填写的内容太少了';
    case 'unrecognized_keys':
      return '有不能识别的内容';
    case 'invalid_value':
    case 'invalid_union':
      return '请从给出的选项中选择';
    default:
      return '这一项填写得不正确';
  }
}

function messageOf(issue: Issue): string {
  return issue.message && containsChinese(issue.message) ? issue.message : fallbackMessageOf(issue);
}

function fieldKeyOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? WHOLE_BODY_FIELD : path.map((segment) => String(segment)).join('.');
}

/**
 * Field path ('destination.code', 'proof.materialIds.0') → the first Chinese message for it,
 * for the `fields` member of a 422 VALIDATION_FAILED.
 */
export function fieldErrorsOf(error: { issues: readonly Issue[] }): Record<string, string> {
  const fields: Record<string, string> = {};
  const add = (key: string, message: string) => {
    if (!(key in fields)) fields[key] = message;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(fieldKeyOf([...issue.path, key]), messageOf(issue));
    } else {
      add(fieldKeyOf(issue.path), messageOf(issue));
    }
  }
  return fields;
}

/** The whole 422 body for a failed parse. */
export function validationErrorOf(error: { issues: readonly Issue[] }): ErrorEnvelope {
  return {
    error: {
      code: 'VALIDATION_FAILED',
      message: defaultMessageOf('VALIDATION_FAILED'),
      fields: fieldErrorsOf(error),
    },
  };
}
