// GET /v1/review/export?region=&category=&status= → 202 {exportId}; reviewExportRoute. The CSV
// is written by a job (exportRegistrations.ts); GET /v1/review/exports/{exportId} links to it.
import { reviewExportRoute } from '@yidi/shared';
import { startExport } from '../../services/review/exportRegistrations';
import { contractRoute } from '../contractRoute';

export const { handler, build } = contractRoute(reviewExportRoute, async (request) =>
  request.respond(
    await startExport(
      {
        store: request.runtime.store,
        clock: request.scope.clock,
        launcher: request.runtime.exportLauncher,
      },
      request.caller,
      request.query,
    ),
  ),
);
