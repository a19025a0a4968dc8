// The wizard's eligibility answers travel to the filing form in its URL (one JSON parameter),
// and are read back through the API's own schema, so a hand-edited URL cannot send junk.
import { eligibilityFactsSchema, type EligibilityFacts } from '@yidi/shared';

/** "&facts=…" for the filing form's URL; empty when there is nothing to send. */
export function factsParam(facts: EligibilityFacts | undefined): string {
  if (!facts || Object.keys(facts).length === 0) return '';
  return `&facts=${encodeURIComponent(JSON.stringify(facts))}`;
}

/** The facts from the (already decoded) parameter; undefined when absent or malformed. */
export function factsFromParam(raw: string | undefined): EligibilityFacts | undefined {
  if (!raw) return undefined;
  try {
    const parsed = eligibilityFactsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
