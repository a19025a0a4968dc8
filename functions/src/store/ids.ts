// Filing and material ids carry their person (`<personId>_<uuid>`, shared parseCompositeId), so
// a read by id knows whose link to check before it reads anything: the item and the caller's
// link come back from one BatchGetItem (see table.ts).
import { randomUUID } from 'node:crypto';
import { composeId, parseCompositeId } from '@yidi/shared';

/** A fresh filing id of this person; `unique` is injectable so tests can predict ids. */
export function newFilingId(personId: string, unique: () => string = randomUUID): string {
  return composeId(personId, unique());
}

/** The person a filing id names, or undefined when the id is malformed (then: 404). */
export function personIdOfFilingId(filingId: string): string | undefined {
  return parseCompositeId(filingId)?.personId;
}

/** The id's own part (the UUID), e.g. for the filing number. */
export function uniquePartOf(id: string): string | undefined {
  return parseCompositeId(id)?.unique;
}

export function newMaterialId(personId: string, unique: () => string = randomUUID): string {
  return composeId(personId, unique());
}

export function personIdOfMaterialId(materialId: string): string | undefined {
  return parseCompositeId(materialId)?.personId;
}
