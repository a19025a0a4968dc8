// Request bodies of the filing routes: the shared schemas, plus what the engine needs that the
// shared schemas do not carry yet (a supplemented proof's end date).
import { isoDateSchemaFor, supplementBodySchema, filingIdSchema } from '@yidi/shared';
import * as z from 'zod/mini';
import { notFound } from '../../errors';

export const supplementFilingBodySchema = z.extend(supplementBodySchema, {
  proofEndDate: z.optional(isoDateSchemaFor('证明材料的截止日期')),
});

/** The {id} path parameter; a malformed one cannot name a filing: 404 like any unknown id. */
export function filingIdOf(raw: string): string {
  const parsed = filingIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
