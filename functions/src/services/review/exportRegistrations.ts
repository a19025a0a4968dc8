// The registrations export as a job (issue 14, point 3): a region of 100 000 registrations is
// tens of MB of CSV, far past what one Lambda response carries (6 MB) or one request may take.
//   startExport  (GET /v1/review/export)            checks the regions, records the job, launches it: 202
//   runExport    (reviewExportJob / in process)     reads the region index (GSI7, keys) page by
//                                                   page, each page's filings by BatchGet, and
//                                                   writes each page's CSV lines to S3 as it goes
//   exportStatus (GET /v1/review/exports/{id})      the job's state; when READY, a short-lived link
// Rows come region by region in the index's order (date filed, then id); a status or category
// is narrowed from the filings read (the key holds neither). The job never holds more than one
// page. The persons come from the summary each filing carries.
import type { Category, FilingStatus, ReviewExport } from '@yidi/shared';
import { randomUUID } from 'node:crypto';
import type { ExportFileStorage } from '../../adapters/exportFiles';
import type { ExportLauncher } from '../../adapters/exportLauncher';
import type { MaterialStorage } from '../../adapters/materialStorage';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { Store } from '../../store';
import type { ExportJobRecord } from '../../store/exportJobs';
import { registrationCsvHeader, registrationCsvLines } from './registrationCsv';
import { mayReviewRegion, requireReviewer, reviewRegions } from './reviewerAccess';

export interface ExportQuery {
  region?: string;
  category?: Category;
  status?: FilingStatus;
}

/** The job item and the file live a day (TTL; bucket lifecycle rule on exports/). */
export const EXPORT_LIFETIME_SECONDS = 24 * 3600;
/** Index entries per Query page (keys: ~0.2 KB each), read in BatchGets of 100. */
export const EXPORT_PAGE_SIZE = 1000;
const CSV_TYPE = 'text/csv; charset=utf-8';

export async function startExport(
  deps: { store: Pick<Store, 'exportJobs'>; clock: Clock; launcher: ExportLauncher },
  caller: Caller,
  query: ExportQuery,
): Promise<{ exportId: string }> {
  const regions = reviewRegions(caller, query.region);
  const now = deps.clock.now();
  const exportId = `exp_${randomUUID()}`;
  const scope = [regions.join('-') || 'none', query.category, query.status].filter(Boolean);
  await deps.store.exportJobs.create({
    exportId,
    requestedBy: caller.userId,
    regions,
    ...(query.category ? { category: query.category } : {}),
    ...(query.status ? { status: query.status } : {}),
    objectKey: `exports/${exportId}.csv`,
    fileName: `registrations-${scope.join('-')}.csv`,
    createdAt: now.toISOString(),
    expiresAtEpoch: Math.floor(now.getTime() / 1000) + EXPORT_LIFETIME_SECONDS,
  });
  await deps.launcher.launch(exportId);
  return { exportId };
}

export interface ExportRun {
  rows: number;
  pages: number;
  bytes: number;
  parts: number;
}

/**
 * Writes the export's CSV and records the outcome. A job that is no longer RUNNING (a retried
 * invocation of a finished one) does nothing; a failure aborts the upload and records FAILED.
 */
export async function runExport(
  deps: {
    store: Pick<Store, 'exportJobs' | 'filingIndexes'>;
    clock: Clock;
    files: ExportFileStorage;
  },
  exportId: string,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ExportRun | undefined> {
  const job = await deps.store.exportJobs.get(exportId);
  if (!job || job.state !== 'RUNNING') return undefined;
  const upload = await deps.files.openUpload(job.objectKey, CSV_TYPE);
  const encoder = new TextEncoder();
  try {
    await upload.write(encoder.encode(registrationCsvHeader()));
    let rows = 0;
    let pages = 0;
    for (const region of job.regions) {
      let cursor: Record<string, unknown> | undefined;
      do {
        const page = await deps.store.filingIndexes.regionPage(
          region,
          {
            ...(job.status ? { status: job.status } : {}),
            ...(job.category ? { category: job.category } : {}),
          },
          { limit: pageSize, ...(cursor ? { cursor } : {}) },
        );
        pages += 1;
        const lines = registrationCsvLines(
          page.filings.map((filing) => ({ filing, person: filing.person })),
          rows,
        );
        if (lines) await upload.write(encoder.encode(lines));
        rows += page.filings.length;
        cursor = page.cursor;
      } while (cursor);
    }
    const { bytes, parts } = await upload.complete();
    await deps.store.exportJobs.finish(exportId, {
      finishedAt: deps.clock.now().toISOString(),
      rows,
      pages,
      bytes,
    });
    return { rows, pages, bytes, parts };
  } catch (error) {
    await upload.abort().catch(() => undefined);
    await deps.store.exportJobs.fail(exportId, deps.clock.now().toISOString());
    throw error;
  }
}

/**
 * The export as its reviewer sees it. Only a REVIEWER/ADMIN of every region it covers may read
 * it; anyone else — and an expired export awaiting TTL deletion — gets 404, as for a filing.
 */
export async function exportStatus(
  deps: {
    store: Pick<Store, 'exportJobs'>;
    clock: Clock;
    storage: Pick<MaterialStorage, 'presignDownload'>;
  },
  caller: Caller,
  exportId: string,
): Promise<ReviewExport> {
  requireReviewer(caller);
  const now = deps.clock.now();
  const job = await deps.store.exportJobs.get(exportId);
  if (!job || !mayRead(caller, job) || job.expiresAtEpoch * 1000 <= now.getTime()) {
    throw new AppError('NOT_FOUND');
  }
  const download =
    job.state === 'READY'
      ? await deps.storage.presignDownload(job.objectKey, now, {
          contentType: CSV_TYPE,
          fileName: job.fileName,
        })
      : undefined;
  return {
    exportId: job.exportId,
    state: job.state,
    createdAt: job.createdAt,
    expiresAt: new Date(job.expiresAtEpoch * 1000).toISOString(),
    fileName: job.fileName,
    ...(job.rows !== undefined ? { rows: job.rows } : {}),
    ...(job.bytes !== undefined ? { bytes: job.bytes } : {}),
    ...(download ? { download } : {}),
  };
}

function mayRead(caller: Caller, job: ExportJobRecord): boolean {
  // An export of no region (a reviewer without regions) is its requester's alone.
  return job.regions.length > 0
    ? job.regions.every((region) => mayReviewRegion(caller, region))
    : job.requestedBy === caller.userId;
}
