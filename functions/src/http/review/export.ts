// GET /v1/review/export?region=&category=&status= → text/csv (UTF-8 with BOM), IDs masked.
// The answer is a CSV attachment, not JSON: the handler writes it rather than `respond`.
import { reviewExportRoute } from '@yidi/shared';
import { exportRegistrations } from '../../services/review/exportRegistrations';
import { contractRoute } from '../contractRoute';

export const { handler, build } = contractRoute(reviewExportRoute, async (request) => {
  const { csv, filename } = await exportRegistrations(
    request.runtime.store,
    request.caller,
    request.query,
  );
  return {
    statusCode: reviewExportRoute.response.status,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
    body: csv,
  };
});
