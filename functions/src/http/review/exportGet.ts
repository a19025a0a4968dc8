// GET /v1/review/exports/{exportId} → the export's state, a download link when READY;
// reviewExportGetRoute. An id that is malformed, unknown or of another region's export is 404.
import { exportIdSchema, reviewExportGetRoute } from '@yidi/shared';
import { AppError } from '../../errors';
import { exportStatus } from '../../services/review/exportRegistrations';
import { contractRoute } from '../contractRoute';
import { exportsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  reviewExportGetRoute,
  async (request) => {
    const exportId = exportIdSchema.safeParse(request.param('exportId'));
    if (!exportId.success) throw new AppError('NOT_FOUND');
    return request.respond(
      await exportStatus(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          storage: request.runtime.storage,
        },
        request.caller,
        exportId.data,
      ),
    );
  },
  { runtime: exportsRecipe },
);
