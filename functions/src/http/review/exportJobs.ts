// Which launcher starts an export job: the runtime's (deployed: the reviewExportJob Lambda), or
// else one per runtime that runs the job in this process after the answer (local and test).
import {
  inProcessExportLauncher,
  type ExportLauncher,
  type InProcessExportLauncher,
} from '../../adapters/exportLauncher';
import { systemClock } from '../../clock';
import type { RuntimeWith } from '../../runtime';

type ExportsRuntime = RuntimeWith<'exportJobs' | 'filingIndexes', 'exportFiles' | 'exportLauncher'>;
import { runExport } from '../../services/review/exportRegistrations';

const inProcess = new WeakMap<object, InProcessExportLauncher>();

function inProcessFor(runtime: ExportsRuntime): InProcessExportLauncher {
  let launcher = inProcess.get(runtime);
  if (!launcher) {
    launcher = inProcessExportLauncher(
      async (exportId) => {
        await runExport(
          { store: runtime.store, clock: systemClock, files: runtime.exportFiles },
          exportId,
        );
      },
      (error) => runtime.logger.error('export job failed', { error }),
    );
    inProcess.set(runtime, launcher);
  }
  return launcher;
}

export function exportLauncherOf(runtime: ExportsRuntime): ExportLauncher {
  return runtime.exportLauncher ?? inProcessFor(runtime);
}

/** Resolves once every export job this runtime ran in process has ended (tests, shutdown). */
export function exportJobsSettled(runtime: object): Promise<void> {
  return inProcess.get(runtime)?.settled() ?? Promise.resolve();
}
