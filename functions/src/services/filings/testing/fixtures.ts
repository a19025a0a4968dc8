// Shared set-up of the filing services' unit tests: an in-memory store, a person the actor may
// act for, a clock at a given China date, and a filing body builder.
import type { DocType } from '@yidi/shared';
import { fixedClock } from '../../../clock';
import type { Caller } from '../../../middleware/types';
import { newMaterialId } from '../../../store';
import type { FilingServiceDeps } from '../common/deps';
import type { FileFilingInput } from '../file/input';
import { memoryStore, personSummary } from './memoryStore';

export const actor: Caller = { userId: 'user-1', roles: ['INSURED'], regions: [] };
export const reviewerOf = (region: string): Caller => ({
  userId: 'reviewer-1',
  roles: ['REVIEWER'],
  regions: [region],
});

let counter = 0;

export function setUp(insuredRegion: string) {
  const memory = memoryStore();
  const personId = `person-${++counter}`;
  memory.addLink(actor, personSummary(personId, insuredRegion));
  const depsOn = (date: string): FilingServiceDeps => ({
    store: memory.store,
    clock: fixedClock(`${date}T10:00:00+08:00`),
    newId: () => `filing-${++counter}`,
  });
  const material = (docType: DocType, owner = personId) => {
    const id = newMaterialId(owner, () => `material-${++counter}`);
    memory.addMaterial({ id, personId: owner, docType, insuredRegion });
    return id;
  };
  return { memory, personId, depsOn, material };
}

export function filingInput(
  personId: string,
  overrides: Partial<FileFilingInput> = {},
): FileFilingInput {
  return {
    personId,
    category: 'OTHER_TEMPORARY',
    destination: { code: '310000' },
    startDate: '2026-12-15',
    contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
    proof: { kind: 'MATERIALS', materialIds: [] },
    ...overrides,
  };
}
