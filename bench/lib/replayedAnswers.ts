// The node side of a read alone: the SDK client's HTTP handler swapped for one that records
// DynamoDB Local's answer to each operation once and then replays it, so a request runs every
// line of our code, dynamodb-toolbox's and the SDK's (serialise, sign, parse, unmarshall) but no
// network and no database. On this shared machine wall time swings with the other users; this
// CPU figure is the steadier one for before/after comparisons of the code.
import { Readable } from 'node:stream';

interface RecordedAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface HttpHandlerLike {
  handle(
    request: { headers: Record<string, string> },
    options?: unknown,
  ): Promise<{ response: unknown }>;
}

interface ClientWithHandler {
  config: { requestHandler: unknown };
}

async function bytesOf(body: unknown): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/** Records each operation's answer (by X-Amz-Target) on its first call, replays it afterwards. */
export function replayAnswers(client: ClientWithHandler): {
  stop(): void;
  /** How many requests were answered from a recording. */
  replayed(): number;
} {
  const real = client.config.requestHandler as HttpHandlerLike;
  const recorded = new Map<string, RecordedAnswer>();
  let replays = 0;
  const replayed = (answer: RecordedAnswer) => ({
    response: {
      statusCode: answer.statusCode,
      headers: { ...answer.headers },
      body: Readable.from([answer.body]),
    },
  });
  const handler: HttpHandlerLike = {
    async handle(request, options) {
      const target =
        Object.entries(request.headers).find(
          ([name]) => name.toLowerCase() === 'x-amz-target',
        )?.[1] ?? '';
      const known = recorded.get(target);
      if (known) {
        replays += 1;
        return replayed(known);
      }
      const { response } = await real.handle(request, options);
      const { statusCode, headers, body } = response as RecordedAnswer & { body: unknown };
      const answer = { statusCode, headers, body: await bytesOf(body) };
      if (statusCode === 200) recorded.set(target, answer);
      return replayed(answer);
    },
  };
  client.config.requestHandler = Object.assign(Object.create(real) as object, handler);
  return {
    stop() {
      client.config.requestHandler = real;
    },
    replayed: () => replays,
  };
}
