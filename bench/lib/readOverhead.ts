// What a read costs beyond the database and the middleware: in one run, interleaved, the time of
//   (a) a raw strongly consistent GetItem of the filing item (low-level client, no marshalling),
//   (b) a route that reads nothing, through the production middy stack (emptyRoute.entry.ts:
//       contractRoute on GET filing's own contract: scope and access log, error mapping, body,
//       clock, token),
//   (c) GET /v1/filings/{id} through its real handler,
// and overhead = median(c) / (median(a) + median(b)). (b) and (c) are the esbuild bundles as they
// deploy (bundledHandlers.ts), called through their exported `handler` with the stage's
// environment: each builds its runtime on its first call, as a warm Lambda has, on a store client
// without the capacity meter. Rounds rotate the order (a b c, b c a, c a b) so that a burst of
// load from the other users of this machine falls on all three alike.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { LambdaHandler } from '../../functions/src/http/route';
import { bundledHandlers, clientsSentThrough, withEnvironment } from './bundledHandlers';
import { replayAnswers } from './replayedAnswers';
import { keys } from '../../functions/src/store';
import { apiEvent, lambdaContext } from '../../functions/test/support/http';

export interface TimingSummary {
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
}

export interface ReadOverheadFigures {
  rounds: number;
  /**
   * Median CPU time per call (process.cpuUsage, µs) with DynamoDB's answers replayed
   * (replayedAnswers.ts): the node side alone, far steadier here than wall time.
   */
  cpuMicros?: { rawGetItem: number; emptyRoute: number; getFiling: number };
  rawGetItem: TimingSummary;
  emptyRoute: TimingSummary;
  getFiling: TimingSummary;
  /** getFiling / (rawGetItem + emptyRoute), by medians: the figure the budget checks. */
  overhead: number;
  /**
   * The same ratio within each round (three calls next to each other in time), median over the
   * rounds: a cross-check less exposed to load that drifts during the run.
   */
  overheadPerRound: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The q-quantile of samples (linear between the nearest ranks). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export function summaryOf(samples: readonly number[]): TimingSummary {
  return {
    medianMs: round2(quantile(samples, 0.5)),
    p25Ms: round2(quantile(samples, 0.25)),
    p75Ms: round2(quantile(samples, 0.75)),
  };
}

/** The figures from the three series of samples (milliseconds). */
export function readOverheadOf(
  samples: {
    rawGetItem: readonly number[];
    emptyRoute: readonly number[];
    getFiling: readonly number[];
  },
  cpu?: {
    rawGetItem: readonly number[];
    emptyRoute: readonly number[];
    getFiling: readonly number[];
  },
): ReadOverheadFigures {
  const median = (series: readonly number[]) => quantile(series, 0.5);
  const floor = median(samples.rawGetItem) + median(samples.emptyRoute);
  return {
    rounds: Math.min(
      samples.rawGetItem.length,
      samples.emptyRoute.length,
      samples.getFiling.length,
    ),
    ...(cpu
      ? {
          cpuMicros: {
            rawGetItem: Math.round(median(cpu.rawGetItem)),
            emptyRoute: Math.round(median(cpu.emptyRoute)),
            getFiling: Math.round(median(cpu.getFiling)),
          },
        }
      : {}),
    rawGetItem: summaryOf(samples.rawGetItem),
    emptyRoute: summaryOf(samples.emptyRoute),
    getFiling: summaryOf(samples.getFiling),
    overhead: round2(median(samples.getFiling) / floor),
    overheadPerRound: round2(
      median(
        samples.getFiling.map(
          (ms, index) =>
            ms / ((samples.rawGetItem[index] ?? NaN) + (samples.emptyRoute[index] ?? NaN)),
        ),
      ),
    ),
  };
}

async function timed(run: () => Promise<unknown>): Promise<{ ms: number; cpuMicros: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMicros: used.user + used.system };
}

const required = (environment: Record<string, string>, name: string): string => {
  const value = environment[name];
  if (!value) throw new Error(`The functions' environment has no ${name}`);
  return value;
};

/** `environment`: the functions' (STAGE, TABLE_NAME, DYNAMODB_ENDPOINT, … of the local stack). */
export async function measureReadOverhead(
  environment: Record<string, string>,
  read: { filingId: string; token: string },
  options: { rounds?: number; warmUp?: number } = {},
): Promise<ReadOverheadFigures> {
  // BENCH_READ_ROUNDS: more rounds for a profile (node --cpu-prof) of the read path.
  const rounds = options.rounds ?? (Number(process.env.BENCH_READ_ROUNDS) || 400);
  const warmUp = options.warmUp ?? 50;
  const bundles = await bundledHandlers(
    { getFiling: 'GET /v1/filings/{id}' },
    { emptyRoute: 'bench/lib/emptyRoute.entry' },
    environment,
  );
  const client = new DynamoDBClient({
    region: required(environment, 'AWS_REGION'),
    endpoint: required(environment, 'DYNAMODB_ENDPOINT'),
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  // As the store's client: without the SDK's logger middleware (store/index.ts says why).
  client.middlewareStack.remove('loggerMiddleware');
  const key = keys.filing(read.filingId);
  const getItem = new GetItemCommand({
    TableName: required(environment, 'TABLE_NAME'),
    Key: { pk: { S: key.pk }, sk: { S: key.sk } },
    ConsistentRead: true,
  });
  const call = (handler: LambdaHandler, routeKey: string) => {
    const event = apiEvent({
      routeKey,
      token: read.token,
      pathParameters: { id: read.filingId },
    });
    const context = lambdaContext();
    return async () => {
      const result = await handler(event, context);
      if (result.statusCode !== 200) throw new Error(`${routeKey}: ${result.statusCode}`);
    };
  };
  // A fresh event per call (made outside the timing), as API Gateway sends one.
  const getFiling = () => call(bundles.handlers.getFiling!, 'GET /v1/filings/{id}');
  const empty = () => call(bundles.handlers.emptyRoute!, 'GET /v1/bench/empty');
  const series = {
    rawGetItem: [] as number[],
    emptyRoute: [] as number[],
    getFiling: [] as number[],
  };
  const cpu = {
    rawGetItem: [] as number[],
    emptyRoute: [] as number[],
    getFiling: [] as number[],
  };
  const steps: [keyof typeof series, () => () => Promise<unknown>][] = [
    ['rawGetItem', () => () => client.send(getItem)],
    ['emptyRoute', empty],
    ['getFiling', getFiling],
  ];
  const run = async (samples: 'ms' | 'cpu', count: number) => {
    const into = samples === 'ms' ? series : cpu;
    for (let index = 0; index < warmUp + count; index += 1) {
      for (let step = 0; step < steps.length; step += 1) {
        const [name, prepare] = steps[(index + step) % steps.length]!;
        const { ms, cpuMicros } = await timed(prepare());
        if (index >= warmUp) into[name].push(samples === 'ms' ? ms : cpuMicros);
      }
    }
  };
  try {
    // Each bundle's first call, in the functions' environment: its cold start builds its runtime
    // (and store client) from it. The clients it sends through are kept for the replayed pass.
    const storeClients = await withEnvironment(environment, async () => [
      ...(await clientsSentThrough(bundles.bundlePaths.getFiling!, getFiling())),
      ...(await clientsSentThrough(bundles.bundlePaths.emptyRoute!, empty())),
    ]);
    if (storeClients.length === 0) throw new Error('GET filing’s bundle sent nothing to DynamoDB');
    await run('ms', rounds);
    // Then the node side alone: the same calls on DynamoDB's recorded answers.
    const replays = [client, ...storeClients].map((sdkClient) => replayAnswers(sdkClient));
    try {
      await run('cpu', Math.min(rounds, 300));
    } finally {
      for (const replay of replays) replay.stop();
    }
    // Reaching the bundle's client is indirect (clientsSentThrough): fail rather than report
    // CPU figures with the network round trip to DynamoDB Local in them.
    if (replays.slice(1).every((replay) => replay.replayed() === 0)) {
      throw new Error('GET filing’s bundle did not send through the replayed client');
    }
  } finally {
    client.destroy();
    bundles.remove();
  }
  return readOverheadOf(series, cpu);
}
