// Starts DynamoDB Local and s3rver once for the integration run; workers inherit the endpoints
// through process.env. Each test file then creates its own table (see testRuntime.ts).
import { startLocalStack, type LocalStack } from '../../../infra/src/localStack';

export default async function globalSetup(): Promise<void> {
  const stack = await startLocalStack({ stage: 'test' });
  Object.assign(process.env, stack.environment, { LOG_LEVEL: 'WARN' });
  (globalThis as { __yidiLocalStack?: LocalStack }).__yidiLocalStack = stack;
}
