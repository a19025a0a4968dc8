// Issue 14, point 3 against DynamoDB Local + s3rver: the review queue in pages (due-date order
// across pages, one Query a page, a signed cursor that cannot be forged, altered or carried to
// another account, region or query) and the export as a job (CSV written part by part to S3,
// the job's state and link, who may read it, its TTL, a failed and a retried job).
import { randomUUID } from 'node:crypto';
import { build as buildQueue } from '../src/http/review/queue';
import { s3ExportFileStorage, type ExportFileStorage } from '../src/adapters/exportFiles';
import type { Runtime } from '../src/runtime';
import { fixedClock } from '../src/clock';
import {
  EXPORT_LIFETIME_SECONDS,
  runExport,
  startExport,
} from '../src/services/review/exportRegistrations';
import { REGISTRATION_COLUMNS } from '../src/services/review/registrationCsv';
import type { FilingRecord } from '../src/store';
import { call, chinaMorning, testUser, type TestUser } from './filings.support';
import {
  countingRuntime,
  exportCsv,
  exportStatusOf,
  filingRecord,
  storeFiling,
  type ReadCounter,
} from './operations.support';

const REGION = '340100'; // 合肥
const SECOND = '340300'; // 蚌埠
const QUEUE = 'GET /v1/review/queue';

let runtime: Runtime;
let reads: ReadCounter;
let reviewer: TestUser;
let twoRegions: TestUser;
let otherReviewer: TestUser;
const pending: FilingRecord[] = [];
const secondPending: FilingRecord[] = [];

const pendingFiling = (region: string, dueBy: string) =>
  filingRecord({
    insuredRegion: region,
    status: 'PENDING_REVIEW',
    review: { dueBy, submittedOn: '2026-12-01', notices: [] },
  });

beforeAll(async () => {
  ({ runtime, reads } = await countingRuntime());
  // Small parts against s3rver, so a small export is still several multipart parts.
  runtime.exportFiles = s3ExportFileStorage(
    {
      region: runtime.config.region,
      endpoint: runtime.config.s3Endpoint,
      bucket: runtime.config.bucketName,
    },
    2048,
  );
  reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION] });
  twoRegions = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION, SECOND] });
  otherReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });
  // Due dates written out of order; the index orders them.
  const days = [
    '2026-12-09',
    '2026-12-03',
    '2026-12-07',
    '2026-12-02',
    '2026-12-08',
    '2026-12-04',
    '2026-12-05',
  ];
  for (const day of days) pending.push(await storeFiling(runtime, pendingFiling(REGION, day)));
  for (const day of ['2026-12-01', '2026-12-06']) {
    secondPending.push(await storeFiling(runtime, pendingFiling(SECOND, day)));
  }
});

type Page = { items: { id: string; review: { dueBy: string } }[]; nextCursor?: string };
const page = (user: TestUser, query: Record<string, string>) =>
  call<Page>(runtime, buildQueue, QUEUE, { user, clock: chinaMorning('2026-12-05'), query });

async function allPages(user: TestUser, query: Record<string, string>) {
  const pages: Page[] = [];
  let cursor: string | undefined;
  do {
    reads.reset();
    const response = await page(user, { ...query, ...(cursor ? { cursor } : {}) });
    expect(response.status).toBe(200);
    expect(reads.queries).toBe(1);
    // Summaries from the index entries alone: no filing item read beside them.
    expect(reads.itemsRead()).toBe(response.body.items.length);
    pages.push(response.body);
    cursor = response.body.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('review queue pages', () => {
  it('pages a region by due date: every filing once, in order, one Query a page', async () => {
    const pages = await allPages(reviewer, { region: REGION, limit: '3' });
    expect(pages.slice(0, 2).map((p) => p.items.length)).toEqual([3, 3]);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
    const dues = pages.flatMap((p) => p.items.map((item) => item.review.dueBy));
    expect(dues).toEqual([...dues].sort());
    expect(pages.flatMap((p) => p.items.map((item) => item.id)).sort()).toEqual(
      pending.map((filing) => filing.id).sort(),
    );
  });

  it('without a region, reads the reviewer’s regions one after the other', async () => {
    const pages = await allPages(twoRegions, { limit: '4' });
    const ids = pages.flatMap((p) => p.items.map((item) => item.id));
    expect(ids.sort()).toEqual([...pending, ...secondPending].map((filing) => filing.id).sort());
    const regions = pages.flatMap((p) =>
      p.items.map(
        (item) => [...pending, ...secondPending].find((f) => f.id === item.id)!.insuredRegion,
      ),
    );
    expect(regions).toEqual([...pending.map(() => REGION), ...secondPending.map(() => SECOND)]);
  });

  it('answers another status’s queue with the same summaries (region index, whole items)', async () => {
    const active = filingRecord({ insuredRegion: SECOND, status: 'ACTIVE' });
    await storeFiling(runtime, active);
    const response = await page(twoRegions, { region: SECOND, status: 'ACTIVE' });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        id: active.id,
        number: active.number,
        person: {
          id: active.person.id,
          name: active.person.name,
          idNumberMasked: active.person.idNumberMasked,
        },
        insuredRegion: SECOND,
        category: active.category,
        class: active.class,
        destination: active.destination,
        status: 'ACTIVE',
        filedOn: active.filedOn,
        review: null,
        overdue: false,
      },
    ]);
  });

  it('keeps the default page under 1 MB and refuses a page size over the maximum', async () => {
    const response = await page(reviewer, { region: REGION });
    expect(response.status).toBe(200);
    expect(Buffer.byteLength(JSON.stringify(response.body))).toBeLessThan(1024 * 1024);
    const tooMany = await page(reviewer, { region: REGION, limit: '101' });
    expect(tooMany.status).toBe(422);
  });

  describe('a cursor it did not give out for this query is 400 CURSOR_INVALID', () => {
    let cursor: string;
    beforeAll(async () => {
      cursor = (await page(twoRegions, { region: REGION, limit: '2' })).body.nextCursor!;
      expect(cursor).toBeDefined();
    });
    const reencoded = (change: (payload: Record<string, unknown>) => void) => {
      const [payloadPart, tagPart] = cursor.split('.') as [string, string];
      const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      change(payload);
      return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${tagPart}`;
    };

    it.each([
      ['garbage', () => 'not-a-cursor'],
      ['a flipped tag', () => `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`],
      [
        'its position moved to another region’s partition',
        () =>
          reencoded((payload) => {
            const position = payload.position as Record<string, string>;
            position.gsi6pk = 'REVIEW#320800';
            payload.region = '320800';
          }),
      ],
      ['a region swapped in the payload', () => reencoded((payload) => (payload.region = SECOND))],
    ])('%s', async (_name, forged) => {
      const response = await page(twoRegions, { region: REGION, cursor: forged() });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'CURSOR_INVALID' } });
    });

    it('used by another account, or with another query', async () => {
      const byOther = await page(reviewer, { region: REGION, cursor });
      expect(byOther.body).toMatchObject({ error: { code: 'CURSOR_INVALID' } });
      const otherRegion = await page(twoRegions, { region: SECOND, cursor });
      expect(otherRegion.body).toMatchObject({ error: { code: 'CURSOR_INVALID' } });
      const otherStatus = await page(twoRegions, { region: REGION, status: 'ACTIVE', cursor });
      expect(otherStatus.body).toMatchObject({ error: { code: 'CURSOR_INVALID' } });
      const good = await page(twoRegions, { region: REGION, limit: '2', cursor });
      expect(good.status).toBe(200);
    });
  });
});

describe('export job', () => {
  const EXPORT_REGION = '340200'; // 芜湖: a region of its own, so counts are exact
  let exportReviewer: TestUser;
  const filed: FilingRecord[] = [];
  beforeAll(async () => {
    exportReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [EXPORT_REGION] });
    for (let index = 0; index < 23; index += 1) {
      filed.push(
        await storeFiling(
          runtime,
          filingRecord({
            insuredRegion: EXPORT_REGION,
            // A comma and a quote in the address: quoting survives part boundaries.
            contact: { address: `芜湖市镜湖区"北京路",${index}号`, phone: '13912345678' },
          }),
        ),
      );
    }
  });

  it('writes every row once, numbered in order, over several parts; READY with a link', async () => {
    reads.reset();
    const { csv, status } = await exportCsv(runtime, exportReviewer, { region: EXPORT_REGION });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(REGISTRATION_COLUMNS.join(','));
    const rows = lines.slice(1);
    expect(rows.map((line) => line.split(',')[0])).toEqual(
      filed.map((_, index) => String(index + 1)),
    );
    expect(rows.map((line) => line.split(',')[1]).sort()).toEqual(
      filed.map((f) => f.number).sort(),
    );
    // Contacts masked as in the reviewer's view; no full phone number anywhere in the file.
    expect(csv).not.toContain('13912345678');
    expect(status).toMatchObject({ state: 'READY', rows: 23, bytes: Buffer.byteLength(csv) });
    expect(Buffer.byteLength(csv)).toBeGreaterThan(2 * 2048); // several parts of 2 KB
    // The region's 23 entries (GSI7, keys only), then their 23 filings in one BatchGet.
    expect(reads.itemsRead('GSI7')).toBe(23);
    expect(reads.batchGets).toBe(1);
    expect(reads.itemsRead('table')).toBeGreaterThanOrEqual(23);
  });

  it('reads page by page and records pages, rows and bytes on the job', async () => {
    const { exportId } = await startExport(
      {
        store: runtime.store,
        clock: fixedClock('2026-12-05T02:00:00Z'),
        launcher: { launch: async () => {} },
      },
      { userId: exportReviewer.userId, roles: ['REVIEWER'], regions: [EXPORT_REGION] },
      { region: EXPORT_REGION },
    );
    reads.reset();
    const run = await runExport(
      {
        store: runtime.store,
        clock: fixedClock('2026-12-05T02:01:00Z'),
        files: runtime.exportFiles,
      },
      exportId,
      5,
    );
    expect(run).toMatchObject({ rows: 23, pages: 5 });
    expect(run!.parts).toBeGreaterThan(1);
    // A Query of five keys and a BatchGet of their filings per page (the last page: three).
    expect(reads.queries).toBe(5);
    expect(reads.batchGets).toBe(5);
    const job = await runtime.store.exportJobs.get(exportId);
    expect(job).toMatchObject({ state: 'READY', rows: 23, pages: 5, bytes: run!.bytes });
    // TTL: the item (and, by the bucket's lifecycle rule, the file) goes after a day.
    expect(job!.expiresAtEpoch).toBe(
      Date.parse('2026-12-05T02:00:00Z') / 1000 + EXPORT_LIFETIME_SECONDS,
    );
    // A retried invocation of a finished job writes nothing.
    expect(
      await runExport(
        {
          store: runtime.store,
          clock: fixedClock('2026-12-05T02:02:00Z'),
          files: runtime.exportFiles,
        },
        exportId,
      ),
    ).toBeUndefined();
  });

  it('records FAILED when writing fails, with no link', async () => {
    const failing: ExportFileStorage = {
      openUpload: async () => ({
        write: async () => {
          throw new Error('S3 is down');
        },
        complete: async () => ({ bytes: 0, parts: 0 }),
        abort: async () => {},
      }),
    };
    const { exportId } = await startExport(
      { store: runtime.store, clock: fixedClock(new Date()), launcher: { launch: async () => {} } },
      { userId: exportReviewer.userId, roles: ['REVIEWER'], regions: [EXPORT_REGION] },
      { region: EXPORT_REGION },
    );
    await expect(
      runExport({ store: runtime.store, clock: fixedClock(new Date()), files: failing }, exportId),
    ).rejects.toThrow('S3 is down');
    const status = await exportStatusOf(runtime, exportReviewer, exportId);
    expect(status.body).toMatchObject({ state: 'FAILED' });
    expect(status.body.download).toBeUndefined();
  });

  it('is read only by a reviewer or admin of its region: others 404, non-reviewers 403', async () => {
    const { exportId } = await exportCsv(runtime, exportReviewer, { region: EXPORT_REGION });
    const colleague = await testUser(runtime, { roles: ['REVIEWER'], regions: [EXPORT_REGION] });
    const admin = await testUser(runtime, { roles: ['ADMIN'], regions: [EXPORT_REGION] });
    expect((await exportStatusOf(runtime, colleague, exportId)).status).toBe(200);
    expect((await exportStatusOf(runtime, admin, exportId)).status).toBe(200);
    expect((await exportStatusOf(runtime, otherReviewer, exportId)).status).toBe(404);
    const insured = await testUser(runtime);
    expect((await exportStatusOf(runtime, insured, exportId)).status).toBe(403);
    expect((await exportStatusOf(runtime, exportReviewer, `exp_${randomUUID()}`)).status).toBe(404);
    expect((await exportStatusOf(runtime, exportReviewer, 'EXPORT#x')).status).toBe(404);
  });

  it('is gone once it has expired, even before TTL deletes it', async () => {
    const { exportId } = await startExport(
      {
        store: runtime.store,
        clock: fixedClock('2026-01-01T00:00:00Z'),
        launcher: { launch: async () => {} },
      },
      { userId: exportReviewer.userId, roles: ['REVIEWER'], regions: [EXPORT_REGION] },
      { region: EXPORT_REGION },
    );
    expect((await exportStatusOf(runtime, exportReviewer, exportId)).status).toBe(404);
  });
});
