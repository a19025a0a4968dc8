// An in-memory stand-in for the three repositories the filing services use, keeping the two
// promises the database keeps (version check, one active long-term filing per person), so the
// services' unit tests run without DynamoDB. Integration tests cover the real store.
import type { Caller } from '../../../middleware/types';
import {
  holdsActiveLongTermGuard,
  personIdOfFilingId,
  personIdOfMaterialId,
  StoreConflictError,
  timelineEntryOf,
  type AgentLinkRecord,
  type FilingWithHistory,
  type MaterialRecord,
  type PersonSummary,
} from '../../../store';
import type { FilingServiceDeps } from '../common/deps';

export interface MemoryStore {
  store: FilingServiceDeps['store'];
  addLink(user: Caller, person: PersonSummary, authorization?: 'ACTIVE' | 'PENDING'): void;
  addMaterial(
    material: Pick<MaterialRecord, 'id' | 'personId' | 'docType'> & { insuredRegion?: string },
  ): void;
  filings: Map<string, FilingWithHistory>;
}

export function memoryStore(): MemoryStore {
  const links = new Map<string, AgentLinkRecord>();
  const materials = new Map<string, MaterialRecord>();
  const filings = new Map<string, FilingWithHistory>();
  const guards = new Map<string, string>();
  const copy = <T>(value: T): T => structuredClone(value);

  const store: FilingServiceDeps['store'] = {
    agentLinks: {
      get: async (userId, personId) => copy(links.get(`${userId}|${personId}`)),
      listForUser: async (userId) =>
        [...links.values()].filter((link) => link.userId === userId).map(copy),
      listForPerson: async (personId) =>
        [...links.values()].filter((link) => link.personId === personId).map(copy),
      activate: async () => {
        throw new Error('not used by the filing services');
      },
      revoke: async () => {
        throw new Error('not used by the filing services');
      },
      getAccessEvent: async () => {
        throw new Error('not used by the filing services');
      },
    },
    materials: {
      create: async (material) => void materials.set(material.id, copy(material)),
      get: async (id) => copy(materials.get(id)),
      getForReader: async (id, userId) => {
        const personId = personIdOfMaterialId(id);
        const material = materials.get(id);
        const link = personId === undefined ? undefined : links.get(`${userId}|${personId}`);
        return copy({
          ...(material && material.personId === personId ? { material } : {}),
          ...(material && link ? { link } : {}),
        });
      },
      getMany: async (ids) =>
        ids.flatMap((id) => (materials.has(id) ? [copy(materials.get(id)!)] : [])),
      listForPerson: async (personId) =>
        [...materials.values()].filter((material) => material.personId === personId),
      recordVerification: async (id, verification) => {
        const material = materials.get(id);
        if (material) materials.set(id, { ...material, verification });
      },
    },
    filings: {
      async create(filing, change) {
        if (holdsActiveLongTermGuard(filing)) {
          const holder = guards.get(filing.personId);
          if (holder) throw new StoreConflictError('ACTIVE_FILING_EXISTS', { existingId: holder });
          guards.set(filing.personId, filing.id);
        }
        filings.set(filing.id, {
          filing: copy(filing),
          history: [copy(timelineEntryOf(null, filing, change))],
        });
      },
      async update(previous, next, change) {
        const stored = filings.get(previous.id);
        if (!stored || stored.filing.version !== previous.version) {
          throw new StoreConflictError('VERSION_CONFLICT');
        }
        const heldBefore = holdsActiveLongTermGuard(previous);
        const holdsAfter = holdsActiveLongTermGuard(next);
        if (heldBefore && !holdsAfter) guards.delete(previous.personId);
        if (!heldBefore && holdsAfter) {
          if (guards.has(next.personId)) throw new StoreConflictError('ACTIVE_FILING_EXISTS');
          guards.set(next.personId, next.id);
        }
        stored.filing = copy(next);
        stored.history.push(copy(timelineEntryOf(previous, next, change)));
      },
      get: async (filingId) => copy(filings.get(filingId)),
      head: async (filingId) => copy(filings.get(filingId)?.filing),
      getForReader: async (filingId, userId) => {
        const personId = personIdOfFilingId(filingId);
        const found = filings.get(filingId);
        const filing = found?.filing;
        const link = personId === undefined ? undefined : links.get(`${userId}|${personId}`);
        const mine = filing && filing.personId === personId;
        return copy({
          ...(mine ? { filing } : {}),
          ...(filing && link ? { link } : {}),
        });
      },
      historyOf: async (filingId) => copy(filings.get(filingId)?.history ?? []),
      listForPerson: async (personId) =>
        [...filings.values()]
          .filter(({ filing }) => filing.personId === personId)
          .map(({ filing }) => copy(filing)),
      reviewQueue: async () => ({ items: [] }),
    },
  };

  return {
    store,
    filings,
    addLink(user, person, authorization = 'ACTIVE') {
      links.set(`${user.userId}|${person.id}`, {
        userId: user.userId,
        personId: person.id,
        relationship: 'SELF',
        authorization,
        requestedAt: '2026-12-01T00:00:00.000Z',
        person,
      });
    },
    addMaterial({ id, personId, docType, insuredRegion = '340100' }) {
      materials.set(id, {
        id,
        personId,
        insuredRegion,
        docType,
        contentType: 'image/jpeg',
        size: 1,
        sha256: '0'.repeat(64),
        objectKey: `materials/${personId}/${id}`,
        createdBy: 'test',
        createdAt: '2026-12-01T00:00:00.000Z',
        // As the upload event would have recorded it (the memory store has no object store).
        verification: {
          status: 'VERIFIED',
          contentType: 'image/jpeg',
          etag: '"memory"',
          checkedAt: '2026-12-01T00:00:01.000Z',
        },
      });
    },
  };
}

export function personSummary(id: string, insuredRegion: string): PersonSummary {
  return {
    id,
    name: '王五',
    idNumberMasked: '3401**********0011',
    gender: 'MALE',
    birthDate: '1958-03-01',
    insuranceType: 'EMPLOYEE',
    insuredRegion,
  };
}
