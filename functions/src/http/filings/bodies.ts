// The filing routes' path parameter; their bodies are the shared schemas of their contracts.
import { filingIdSchema } from '@yidi/shared';
import { notFound } from '../../errors';

/** The {id} path parameter; a malformed one cannot name a filing: 404 like any unknown id. */
export function filingIdOf(raw: string): string {
  const parsed = filingIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
