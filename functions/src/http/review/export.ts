// GET /v1/review/export?region=&category=&status= → 202 {exportId}; reviewExportRoute. The CSV
// is written by a job (exportRegistrations.ts); GET /v1/review/exports/{exportId} links to it.
import { reviewExportRoute } from '@yidi/shared';
import { startExport } from '../../services/review/exportRegistrations';
import { contractRoute } from '../contractRoute';
import { exportsRecipe } from '../../runtime/recipes';
import { exportLauncherOf } from './exportJobs';

export const { handler, build } = contractRoute(
  reviewExportRoute,
  async (request) =>
    request.respond(
      await startExport(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          launcher: exportLauncherOf(request.runtime),
        },
        request.caller,
        request.query,
      ),
    ),
  { runtime: exportsRecipe },
);
