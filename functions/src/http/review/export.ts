// GET /v1/review/export?region=&category=&status= → text/csv (UTF-8 with BOM), IDs masked.
import { reviewExportQuerySchema } from '@yidi/shared';
import { exportRegistrations } from '../../services/review/exportRegistrations';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: true }, async (request) => {
  const query = parseBody(reviewExportQuerySchema, {
    region: request.query('region') || undefined,
    category: request.query('category') || undefined,
    status: request.query('status') || undefined,
  });
  const { csv, filename } = await exportRegistrations(request.runtime.store, request.caller, query);
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
    body: csv,
  };
});
