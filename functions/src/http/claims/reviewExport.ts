// GET /v1/review/claims/export?region=&status= → text/csv (UTF-8 with BOM), ID numbers masked.
import { reviewClaimsExportRoute } from '@yidi/shared';
import { exportClaims } from '../../services/claims/exportClaims';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimDeps } from './deps';

export const { handler, build } = contractRoute(
  reviewClaimsExportRoute,
  async (request) => {
    const { csv, filename } = await exportClaims(claimDeps(request), request.caller, request.query);
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
      body: csv,
    };
  },
  { runtime: claimsRecipe },
);
