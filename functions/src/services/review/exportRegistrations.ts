// GET /v1/review/export: a region's registrations as CSV for the insurance office. Read through
// the region index (GSI5: one Query per region and status, narrowed by category in the key), the
// persons by BatchGetItem — never a full-table read. Reviewers see only their own regions.
import { FILING_STATUSES, type Category, type FilingStatus } from '@yidi/shared';
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
  const statuses = query.status ? [query.status] : [...FILING_STATUSES];
  const filings = (
    await Promise.all(
      regions.flatMap((region) =>
        statuses.map((status) =>
          store.filingIndexes.regionFilings(region, {
            status,
            ...(query.category ? { category: query.category } : {}),
          }),
        ),
      ),
    )
  )
    .flat()
    .sort(
      (a, b) =>
        a.insuredRegion.localeCompare(b.insuredRegion) || a.createdAt.localeCompare(b.createdAt),
    );
  const persons = await store.filingIndexes.personsByIds(filings.map((filing) => filing.personId));
  const csv = registrationCsv(
    filings.map((filing) => {
      const person = persons.get(filing.personId);
      return person ? { filing, person } : { filing };
    }),
  );
  const scope = [regions.join('-') || 'none', query.category, query.status].filter(Boolean);
  return { csv, rows: filings.length, filename: `registrations-${scope.join('-')}.csv` };
}
