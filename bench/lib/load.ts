// Latency (p50/p95/p99) and throughput of filing and reading with 1, 10 and 50 concurrent
// clients, over HTTP on loopback: the local API server (infra/src/apiServer.ts) runs the same
// handler modules Lambda runs, in this process, against DynamoDB Local. Request counts are
// bounded; every client waits for its answer before sending the next request.
import type { LocalStack } from '../../infra/src/localStack';
import { startApiServer } from '../../infra/src/apiServer';
import { freePort } from '../../infra/src/ports';
import { filerFixture, inParallel, FILED_ON } from './fixtures';
import { serverlessFunctions } from './serverless';
import { meteredRuntime } from './stack';
import { randomUUID } from 'node:crypto';

export const CONCURRENCY_LEVELS = [1, 10, 50] as const;

export interface LoadFigures {
  operation: 'file' | 'read';
  clients: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
}

/** Requests per level: enough for a p99 at 50 clients, bounded for a 2-core machine. */
export function requestsFor(clients: number): number {
  return clients === 1 ? 100 : clients === 10 ? 300 : 500;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 10) / 10;
}

async function drive(
  clients: number,
  requests: number,
  send: (index: number) => Promise<boolean>,
): Promise<Omit<LoadFigures, 'operation'>> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await inParallel(requests, clients, async (index) => {
    const sent = performance.now();
    const ok = await send(index).catch(() => false);
    latencies.push(performance.now() - sent);
    if (!ok) errors += 1;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients,
    requests,
    errors,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    perSecond: Math.round((requests / seconds) * 10) / 10,
  };
}

export async function measureLoad(stack: LocalStack): Promise<LoadFigures[]> {
  // The server's handlers use the runtime from the environment: the stack's own table.
  const { runtime, documentClient } = await meteredRuntime(stack, stack.tableName);
  const routes = (await serverlessFunctions()).flatMap((fn) => fn.routes);
  const port = await freePort();
  const server = await startApiServer({ port, routes });
  const base = `http://127.0.0.1:${port}/v1`;
  const figures: LoadFigures[] = [];
  try {
    const total = CONCURRENCY_LEVELS.reduce((sum, clients) => sum + requestsFor(clients), 0);
    const filers = await inParallel(total + 1, 20, () => filerFixture(runtime));
    const filed: { id: string; token: string }[] = [];
    let nextFiler = 0;

    const file = async () => {
      const filer = filers[nextFiler++]!;
      const response = await fetch(`${base}/filings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${filer.user.token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'x-clock': `${FILED_ON}T10:00:00+08:00`,
        },
        body: JSON.stringify(filer.body),
      });
      const body = (await response.json()) as { id?: string };
      if (response.status === 201 && body.id) filed.push({ id: body.id, token: filer.user.token });
      return response.status === 201;
    };
    const read = async (index: number) => {
      const target = filed[index % filed.length]!;
      const response = await fetch(`${base}/filings/${target.id}`, {
        headers: { authorization: `Bearer ${target.token}` },
      });
      await response.arrayBuffer();
      return response.status === 200;
    };

    // Warm-up: module loading and the first connections are not what is measured.
    await file();
    await read(0);
    for (const clients of CONCURRENCY_LEVELS) {
      figures.push({ operation: 'file', ...(await drive(clients, requestsFor(clients), file)) });
    }
    for (const clients of CONCURRENCY_LEVELS) {
      figures.push({ operation: 'read', ...(await drive(clients, requestsFor(clients), read)) });
    }
    return figures;
  } finally {
    await server.stop();
    documentClient.destroy();
  }
}
