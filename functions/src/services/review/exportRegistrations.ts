// GET /v1/review/export: a region's registrations as CSV for the insurance office. Read through
// the region index (GSI5: one Query per region — narrowed by status and category in the key when
// a status is given), the persons from the summary each filing carries — never a full-table read.
// Reviewers see only their own regions.
import type { Category, FilingStatus } from '@yidi/shared';
import type { Caller } from '../../middleware/types';
import type { Store } from '../../store';
import { registrationCsv } from './registrationCsv';
import { reviewRegions } from './reviewerAccess';

export interface ExportQuery {
  region?: string;
  category?: Category;
  status?: FilingStatus;
}

export async function exportRegistrations(
  store: Pick<Store, 'filingIndexes'>,
  caller: Caller,
  query: ExportQuery,
): Promise<{ csv: string; rows: number; filename: string }> {
  const regions = reviewRegions(caller, query.region);
  const filings = (
    await Promise.all(
      regions.map((region) =>
        store.filingIndexes.regionFilings(region, {
          ...(query.status ? { status: query.status } : {}),
          ...(query.category ? { category: query.category } : {}),
        }),
      ),
    )
  )
    .flat()
    .sort(
      (a, b) =>
        a.insuredRegion.localeCompare(b.insuredRegion) || a.createdAt.localeCompare(b.createdAt),
    );
  const csv = registrationCsv(filings.map((filing) => ({ filing, person: filing.person })));
  const scope = [regions.join('-') || 'none', query.category, query.status].filter(Boolean);
  return { csv, rows: filings.length, filename: `registrations-${scope.join('-')}.csv` };
}
