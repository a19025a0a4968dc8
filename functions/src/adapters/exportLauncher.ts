// Where an export job runs. Deployed: the reviewExportJob function, invoked asynchronously
// (InvocationType Event: Lambda queues the event and answers 202 at once; the job then has the
// function's own 15 minutes, not the API's 29 seconds). Local and test: in this process, after the
// request has been answered — the same job function, without the queue.
import type { LambdaClient } from '@aws-sdk/client-lambda';

export interface ExportLauncher {
  launch(exportId: string): Promise<void>;
}

/** The event the reviewExportJob function receives. */
export interface ExportJobEvent {
  exportId: string;
}

export function lambdaExportLauncher(options: {
  region: string;
  functionName: string;
}): ExportLauncher {
  let clientPromise: Promise<LambdaClient> | undefined;
  const lambda = () =>
    (clientPromise ??= import('@aws-sdk/client-lambda').then(
      ({ LambdaClient }) => new LambdaClient({ region: options.region }),
    ));
  return {
    async launch(exportId) {
      const [{ InvokeCommand }, client] = await Promise.all([
        import('@aws-sdk/client-lambda'),
        lambda(),
      ]);
      const event: ExportJobEvent = { exportId };
      await client.send(
        new InvokeCommand({
          FunctionName: options.functionName,
          InvocationType: 'Event',
          Payload: new TextEncoder().encode(JSON.stringify(event)),
        }),
      );
    },
  };
}

export interface InProcessExportLauncher extends ExportLauncher {
  /** Resolves once every job started so far has ended (tests, npm start's shutdown). */
  settled(): Promise<void>;
}

/** Runs `run` without waiting for it; a job records its own failure, `onError` logs the rest. */
export function inProcessExportLauncher(
  run: (exportId: string) => Promise<void>,
  onError: (error: unknown) => void,
): InProcessExportLauncher {
  const running = new Set<Promise<void>>();
  return {
    launch(exportId) {
      const job = (async () => {
        // Not in the request's own turn: the answer goes out first, as it does deployed.
        await new Promise((resolve) => setImmediate(resolve));
        await run(exportId);
      })()
        .catch(onError)
        .finally(() => running.delete(job));
      running.add(job);
      return Promise.resolve();
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
