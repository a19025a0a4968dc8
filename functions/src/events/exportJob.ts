// The `reviewExportJob` Lambda (serverless.yml; invoked asynchronously by GET /v1/review/export):
// writes one export's CSV to S3 page by page and records the outcome on its job item. Lambda
// retries a failed async invocation twice; a job no longer RUNNING is left as it is.
import { systemClock } from '../clock';
import type { ExportJobEvent } from '../adapters/exportLauncher';
import { runtimeFromEnvironment, type RuntimeOf } from '../runtime';
import { exportJobRecipe } from '../runtime/recipes';
import { runExport, type ExportRun } from '../services/review/exportRegistrations';

export function buildExportJob(runtime: RuntimeOf<typeof exportJobRecipe>) {
  return async (event: ExportJobEvent): Promise<ExportRun | undefined> => {
    const run = await runExport(
      { store: runtime.store, clock: systemClock, files: runtime.exportFiles },
      event.exportId,
    );
    // Counts only: the export's rows never reach the log.
    runtime.logger.info('export written', { exportId: event.exportId, ...run });
    return run;
  };
}

let handlerForEnvironment: ReturnType<typeof buildExportJob> | undefined;

export const handler = async (event: ExportJobEvent) => {
  handlerForEnvironment ??= buildExportJob(await runtimeFromEnvironment(exportJobRecipe));
  return handlerForEnvironment(event);
};
