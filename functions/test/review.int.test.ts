// The reviewer's side against DynamoDB Local: the queue by working-day due date (overdue marked),
// RETURN with every problem at once → the person resubmits the same filing → APPROVE; REJECT with
// reasons; region scoping (another region's reviewer: 403 for a queue/export, 404 for a filing);
// the person's messages; the audit trail; the CSV export (BOM, header, masked IDs, no Scan).
import type { DocType } from '@yidi/shared';
import { build as buildAudit } from '../src/http/filings/audit';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import { build as buildResubmit } from '../src/http/filings/resubmit';
import { build as buildMessages } from '../src/http/persons/messages';
import { build as buildDecision } from '../src/http/review/decision';
import { build as buildExport } from '../src/http/review/export';
import { build as buildQueue } from '../src/http/review/queue';
import type { Runtime } from '../src/runtime';
import { REGISTRATION_COLUMNS } from '../src/services/review/registrationCsv';
import {
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testUser,
  type TestUser,
} from './filings.support';
import { callRaw, countingRuntime, exportCsv, type ReadCounter } from './operations.support';

const REGION = '340100'; // 合肥: AH, online review within 2 working days (AH-12-2)
const QUEUE = 'GET /v1/review/queue';
const DECIDE = 'POST /v1/review/{filingId}/decision';

let runtime: Runtime;
let reads: ReadCounter;
let reviewer: TestUser;
let otherReviewer: TestUser;
beforeAll(async () => {
  ({ runtime, reads } = await countingRuntime());
  reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION] });
  otherReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });
});

async function filedOn(date: string) {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: REGION });
  const material = (docType: DocType) => testMaterial(runtime, user, person.id, docType);
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(date),
    body: {
      personId: person.id,
      category: 'RETIRED_RESETTLED',
      destination: { code: '310000' },
      startDate: date,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [await material('HOUSEHOLD_REGISTER')] },
      facts: { retired: true },
    },
  });
  expect(filed.status).toBe(201);
  expect(filed.body.status).toBe('PENDING_REVIEW');
  return { user, person, filing: filed.body, material };
}

const decide = (
  filing: { id: string; version: number },
  body: Record<string, unknown>,
  options: { user?: TestUser; date?: string; key?: string } = {},
) =>
  call(runtime, buildDecision, DECIDE, {
    user: options.user ?? reviewer,
    clock: chinaMorning(options.date ?? '2026-12-17'),
    params: { filingId: filing.id },
    body: { expectedVersion: filing.version, ...body },
    ...(options.key ? { idempotencyKey: options.key } : {}),
  });

describe('review queue', () => {
  it('lists the region’s pending filings by working-day due date, overdue marked; one Query of summaries', async () => {
    const later = await filedOn('2026-12-16'); // due 2026-12-18
    const earlier = await filedOn('2026-12-15'); // due 2026-12-17
    reads.reset();
    const queue = await call<{
      items: { id: string; review: { dueBy: string }; overdue: boolean }[];
    }>(runtime, buildQueue, QUEUE, {
      user: reviewer,
      clock: chinaMorning('2026-12-18'),
      query: { region: REGION },
    });
    expect(queue.status).toBe(200);
    const mine = queue.body.items.filter((item) =>
      [later.filing.id, earlier.filing.id].includes(item.id),
    );
    expect(mine.map((item) => [item.id, item.review.dueBy, item.overdue])).toEqual([
      [earlier.filing.id, '2026-12-17', true],
      [later.filing.id, '2026-12-18', false],
    ]);
    // One Query of the review index, no item or person read beside it.
    expect(reads.queries).toBe(1);
    expect(reads.itemsByIndex.get('GSI6')).toBe(queue.body.items.length);
    expect(reads.itemsRead()).toBe(queue.body.items.length);
    const row = queue.body.items.find((item) => item.id === earlier.filing.id);
    // A summary: who, what, where to, by when — the whole filing is the review page's GET.
    expect(row).toEqual({
      id: earlier.filing.id,
      number: earlier.filing.number,
      person: {
        id: earlier.person.id,
        name: earlier.filing.person!.name,
        idNumberMasked: '3403**********1234',
      },
      insuredRegion: REGION,
      category: 'RETIRED_RESETTLED',
      class: earlier.filing.class,
      destination: earlier.filing.destination,
      status: 'PENDING_REVIEW',
      filedOn: '2026-12-15',
      review: { dueBy: '2026-12-17' },
      overdue: true,
    });
  });

  it.each([
    [
      'another region’s reviewer asking for this region',
      () => otherReviewer,
      { region: REGION },
      403,
    ],
    ['an insured user', () => undefined, {}, 403],
  ])('refuses %s', async (_name, who, query, status) => {
    const user = who() ?? (await testUser(runtime));
    const response = await call(runtime, buildQueue, QUEUE, { user, query });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('RETURN → resubmit → APPROVE', () => {
  it('returns with every problem at once, takes the same filing back, and approves it', async () => {
    const { user, person, filing, material } = await filedOn('2026-12-15');

    const withoutNotices = await decide(filing, { decision: 'RETURN', notices: [] });
    expect(withoutNotices.status).toBe(422);

    const foreign = await decide(
      filing,
      { decision: 'RETURN', notices: [{ problem: 'x' }] },
      {
        user: otherReviewer,
      },
    );
    expect(foreign.status).toBe(404);

    const notices = [
      { docType: 'HOUSEHOLD_REGISTER', problem: '户口簿首页照片不清晰' },
      { problem: '异地联系地址缺少门牌号' },
    ];
    const key = '7a3f8a1e-4a9c-4a44-9b1e-3f7f0b9f7c11';
    const returned = await decide(filing, { decision: 'RETURN', notices }, { key });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'RETURNED',
      version: 2,
      review: { dueBy: '2026-12-17', notices, decision: 'RETURN' },
    });
    // The replay is the filing as the reviewer reads it now (GET /v1/filings/{id}): the decision's
    // answer, plus what the read adds for a reviewer (whether they may decide it).
    const replay = await decide(filing, { decision: 'RETURN', notices }, { key });
    expect(replay.headers['idempotent-replay']).toBe('true');
    const readNow = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user: reviewer,
      clock: chinaMorning('2026-12-17'),
      params: { id: filing.id },
    });
    expect(replay.body).toEqual(readNow.body);
    const { reviewerDecision: _decision, ...asAnswered } = replay.body;
    expect(asAnswered).toEqual(returned.body);

    const queueAfterReturn = await call<{ items: { id: string }[] }>(runtime, buildQueue, QUEUE, {
      user: reviewer,
      query: { region: REGION },
    });
    expect(queueAfterReturn.body.items.map((item) => item.id)).not.toContain(filing.id);
    const returnedList = await call<{ items: { id: string; overdue: boolean }[] }>(
      runtime,
      buildQueue,
      QUEUE,
      {
        user: reviewer,
        query: { region: REGION, status: 'RETURNED' },
      },
    );
    expect(returnedList.body.items.find((item) => item.id === filing.id)).toMatchObject({
      overdue: false,
    });

    const messages = await call<{ kind: string; body: string }[]>(
      runtime,
      buildMessages,
      'GET /v1/persons/{id}/messages',
      { user, params: { id: person.id } },
    );
    expect(messages.status).toBe(200);
    expect(messages.body).toEqual([
      expect.objectContaining({ kind: 'REVIEW_RETURNED', title: '备案需要补正' }),
    ]);
    expect(messages.body[0]?.body).toContain('户口簿首页照片不清晰');
    expect(messages.body[0]?.body).toContain('缺少门牌号');
    const stranger = await testUser(runtime);
    const hidden = await call(runtime, buildMessages, 'GET /v1/persons/{id}/messages', {
      user: stranger,
      params: { id: person.id },
    });
    expect(hidden.status).toBe(404);

    const corrected = await material('HOUSEHOLD_REGISTER');
    const resubmitted = await call(runtime, buildResubmit, 'POST /v1/filings/{id}/resubmission', {
      user,
      clock: chinaMorning('2026-12-18'), // Friday: 2 working days → Tuesday
      params: { id: filing.id },
      body: { expectedVersion: 2, materialIds: [corrected] },
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({
      status: 'PENDING_REVIEW',
      version: 3,
      review: { dueBy: '2026-12-22', notices: [] },
    });
    expect(resubmitted.body.materialIds).toContain(corrected);
    const again = await call(runtime, buildResubmit, 'POST /v1/filings/{id}/resubmission', {
      user,
      params: { id: filing.id },
      body: { expectedVersion: 3 },
    });
    expect(again.status).toBe(409);

    // Back in the queue at the new round's deadline (the index entry moved with it).
    const queue = await call<{ items: { id: string; review: { dueBy: string } }[] }>(
      runtime,
      buildQueue,
      QUEUE,
      { user: reviewer, clock: chinaMorning('2026-12-18'), query: { region: REGION } },
    );
    expect(queue.body.items.filter((item) => item.id === filing.id)).toMatchObject([
      { review: { dueBy: '2026-12-22' }, overdue: false },
    ]);

    const approved = await decide(
      { id: filing.id, version: 3 },
      { decision: 'APPROVE' },
      {
        date: '2026-12-21',
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'ACTIVE', version: 4, validFrom: '2026-12-15' });

    const audit = await call<Record<string, unknown>[]>(
      runtime,
      buildAudit,
      'GET /v1/filings/{id}/audit',
      {
        user,
        params: { id: filing.id },
      },
    );
    expect(audit.status).toBe(200);
    expect(audit.body).toEqual([
      expect.objectContaining({
        version: 1,
        event: 'FILED',
        actor: { userId: user.userId, kind: 'SELF' },
        fromVersion: 0,
        fromStatus: null,
        toStatus: 'PENDING_REVIEW',
      }),
      expect.objectContaining({
        version: 2,
        event: 'REVIEWED',
        actor: { userId: reviewer.userId, kind: 'REVIEWER' },
        fromVersion: 1,
        toStatus: 'RETURNED',
        rule: 'AH-12-2',
        detail: { decision: 'RETURN', notices },
      }),
      expect.objectContaining({
        version: 3,
        event: 'SUPPLEMENTED',
        note: 'RESUBMITTED',
        actor: { userId: user.userId, kind: 'SELF' },
        fromStatus: 'RETURNED',
        toStatus: 'PENDING_REVIEW',
      }),
      expect.objectContaining({
        version: 4,
        event: 'REVIEWED',
        fromVersion: 3,
        toStatus: 'ACTIVE',
        rule: 'AH-12-2',
      }),
    ]);
    for (const entry of audit.body) expect(entry.actingForPersonId).toBe(person.id);
  });

  it('REJECT ends the filing with its reasons; it cannot be resubmitted', async () => {
    const { user, filing } = await filedOn('2026-12-15');
    const rejected = await decide(filing, {
      decision: 'REJECT',
      notices: [{ problem: '户籍未迁入就医地，不属于异地安置退休人员' }],
    });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', review: { decision: 'REJECT' } });
    const resubmit = await call(runtime, buildResubmit, 'POST /v1/filings/{id}/resubmission', {
      user,
      params: { id: filing.id },
      body: { expectedVersion: 2 },
    });
    expect(resubmit.status).toBe(409);
    expect(resubmit.body).toMatchObject({ error: { code: 'FILING_NOT_ACTIVE' } });
  });
});

/** RFC 4180, enough for the export: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      cell += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    }
  }
  return rows;
}

describe('export', () => {
  it('is a CSV with a BOM, the 备案表 columns and masked IDs, from the region index', async () => {
    const { filing } = await filedOn('2026-12-15');
    await decide(filing, { decision: 'APPROVE' });
    reads.reset();
    const { csv, contentType, status } = await exportCsv(runtime, reviewer, {
      region: REGION,
      status: 'ACTIVE',
    });
    expect(contentType).toBe('text/csv; charset=utf-8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...REGISTRATION_COLUMNS]);
    expect(rows.length).toBeGreaterThanOrEqual(2); // this one and the approved one above
    expect(status).toMatchObject({ rows: rows.length, bytes: Buffer.byteLength(csv) });
    const row = rows.find((cells) => cells[1] === filing.number)!;
    const column = (name: (typeof REGISTRATION_COLUMNS)[number]) =>
      row[REGISTRATION_COLUMNS.indexOf(name)];
    expect(column('身份证件号码')).toBe('3403**********1234');
    expect(column('人员类别')).toBe('异地安置退休人员');
    expect(column('备案状态')).toBe('已生效');
    expect(column('参保地')).toBe('合肥市');
    expect(column('转往省（市、区）')).toBe('上海市');
    expect(column('备案截止日期')).toBe('长期');
    const idColumn = REGISTRATION_COLUMNS.indexOf('身份证件号码');
    for (const cells of rows) expect(cells[idColumn]).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(
      rows.every((cells) => cells[REGISTRATION_COLUMNS.indexOf('备案状态')] === '已生效'),
    ).toBe(true);
    // GSI7 holds no status: the region's every entry is read (one Query of keys), then their
    // filings (one BatchGet), and the ACTIVE ones written.
    expect(reads.queries).toBe(1);
    expect(reads.batchGets).toBe(1);
    expect(reads.itemsRead('GSI7')).toBeGreaterThan(rows.length);
    expect(reads.itemsRead('table')).toBeGreaterThanOrEqual(reads.itemsRead('GSI7'));
  });

  it('narrows by category and refuses another region’s reviewer', async () => {
    const { csv } = await exportCsv(runtime, reviewer, { region: REGION, category: 'REFERRAL' });
    expect(parseCsv(csv.slice(1))).toHaveLength(1); // the header only
    const refused = await callRaw(buildExport(runtime), 'GET /v1/review/export', {
      user: otherReviewer,
      query: { region: REGION },
    });
    expect(refused.status).toBe(403);
  });
});
