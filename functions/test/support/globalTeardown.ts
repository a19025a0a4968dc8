import type { LocalStack } from '../../../infra/src/localStack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __yidiLocalStack?: LocalStack }).__yidiLocalStack?.stop();
}
