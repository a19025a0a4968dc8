// Where the running local stack is: `npm start` writes its environment (DynamoDB Local endpoint,
// table, bucket) to infra/.local-stack.json and removes it on exit, so tools run beside it
// (`npm run sweep`) find it without copying ports by hand. Until `npm start` writes it, tools
// fall back to the DynamoDB Local process that holds the local table (see sweep.ts).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCAL_STACK_STATE = join(__dirname, '..', '.local-stack.json');

export function writeLocalStackState(environment: Record<string, string>): void {
  writeFileSync(
    LOCAL_STACK_STATE,
    `${JSON.stringify({ environment, pid: process.pid }, null, 2)}\n`,
  );
}

export function removeLocalStackState(): void {
  rmSync(LOCAL_STACK_STATE, { force: true });
}

/** The running stack's environment, or undefined when none is running (or it died). */
export function readLocalStackState(): Record<string, string> | undefined {
  if (!existsSync(LOCAL_STACK_STATE)) return undefined;
  const state = JSON.parse(readFileSync(LOCAL_STACK_STATE, 'utf8')) as {
    environment: Record<string, string>;
    pid: number;
  };
  try {
    process.kill(state.pid, 0);
  } catch {
    return undefined;
  }
  return state.environment;
}

/**
 * Fallback while nothing writes the state file: the endpoints of the DynamoDB Local processes
 * running on this machine (their java command lines name the ports).
 */
export function dynamoLocalEndpoints(): string[] {
  const ports = new Set<string>();
  for (const entry of safeList('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string[];
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!commandLine.some((part) => part.endsWith('DynamoDBLocal.jar'))) continue;
    const port = commandLine[commandLine.indexOf('-port') + 1];
    if (port && /^\d+$/.test(port)) ports.add(port);
  }
  return [...ports].map((port) => `http://127.0.0.1:${port}`);
}

function safeList(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}
