// The history screen's read (layout 3): GET filing carries no `history`, so the person's 办理记录
// is GET /v1/filings/{id}/audit — each version in brief (the event as the API names it, the
// status, when, who, the destination, a change's reason) for the person, an ACTIVE agent and a
// reviewer of the region; anyone else 404, as for an unknown id.
import { filingsAuditRoute } from '@yidi/shared';
import { build as buildAudit } from '../src/http/filings/audit';
import { build as buildChange } from '../src/http/filings/change';
import { build as buildCreate } from '../src/http/filings/create';
import type { Runtime } from '../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';

const AUDIT = 'GET /v1/filings/{id}/audit';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

/** Filed by the person, approved, then moved by an agent (relocation with evidence, AH-14-1). */
async function filingWithThreeVersions() {
  const owner = await testUser(runtime);
  const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user: owner,
    clock: chinaMorning('2026-12-15'),
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: '2026-12-15',
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: {
        kind: 'MATERIALS',
        materialIds: [await testMaterial(runtime, owner, person.id, 'RESIDENCE_PERMIT')],
      },
    },
  });
  expect(filed.status).toBe(201);
  const approved = await approve(runtime, filed.body, chinaMorning('2026-12-16'));
  const agent = await testUser(runtime);
  await linkAgent(runtime, agent, person, 'ACTIVE');
  const changed = await call(runtime, buildChange, 'POST /v1/filings/{id}/changes', {
    user: agent,
    clock: chinaMorning('2027-01-20'),
    params: { id: approved.id },
    body: {
      expectedVersion: approved.version,
      reason: 'RELOCATED',
      destination: { code: '320100' },
      evidenceMaterialIds: [await testMaterial(runtime, owner, person.id, 'EVIDENCE')],
    },
  });
  expect(changed.status).toBe(200);
  return { owner, agent, person, filingId: approved.id };
}

function readAudit(user: TestUser, filingId: string) {
  return call<Record<string, unknown>[]>(runtime, buildAudit, AUDIT, {
    user,
    params: { id: filingId },
  });
}

describe('GET /v1/filings/{id}/audit as the history screen reads it', () => {
  it('answers each version in brief, oldest first, to the person and to an ACTIVE agent', async () => {
    const { owner, agent, person, filingId } = await filingWithThreeVersions();
    const expected = [
      expect.objectContaining({
        version: 1,
        event: 'FILED',
        filingEvent: 'FILED',
        toStatus: 'PENDING_REVIEW',
        actor: { userId: owner.userId, kind: 'SELF' },
        actingForPersonId: person.id,
        destination: expect.objectContaining({ code: '310000' }),
      }),
      expect.objectContaining({
        version: 2,
        // Stored as a review; the person reads what came of it.
        event: 'REVIEWED',
        filingEvent: 'APPROVED',
        fromStatus: 'PENDING_REVIEW',
        toStatus: 'ACTIVE',
        actor: { userId: 'reviewer-test', kind: 'REVIEWER' },
        destination: expect.objectContaining({ code: '310000' }),
      }),
      expect.objectContaining({
        version: 3,
        event: 'CHANGED',
        filingEvent: 'CHANGED',
        toStatus: 'ACTIVE',
        actor: { userId: agent.userId, kind: 'AGENT' },
        changeReason: 'RELOCATED',
        destination: expect.objectContaining({ code: '320100', level: 'CITY' }),
      }),
    ];
    for (const reader of [owner, agent]) {
      const audit = await readAudit(reader, filingId);
      expect(audit.status).toBe(200);
      const parsed = filingsAuditRoute.response.schema.safeParse(audit.body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(audit.body).toEqual(expected);
      // Only a change has a reason.
      expect(audit.body.filter((entry) => 'changeReason' in entry)).toHaveLength(1);
    }
  });

  it('answers a reviewer of the region; a PENDING agent, a stranger and another region get 404', async () => {
    const { person, filingId } = await filingWithThreeVersions();
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    expect((await readAudit(reviewer, filingId)).status).toBe(200);

    const pending = await testUser(runtime);
    await linkAgent(runtime, pending, person, 'PENDING');
    const stranger = await testUser(runtime);
    const elsewhere = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340200'] });
    for (const reader of [pending, stranger, elsewhere]) {
      const refused = await readAudit(reader, filingId);
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain('310000');
    }
  });
});
