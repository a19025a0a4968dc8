// Starts the e2e stack (infra/src/app/e2eStack.ts: backend, H5 build, static server) as a child
// process (infra/src/app/stackChild.ts, shared with the headless WeChat suite). Test files read
// the URLs from process.env (E2E_APP_URL, E2E_API_BASE); globalTeardown stops it. With both
// variables already set, the tests use that running stack instead.
import { startStackChild } from '../../../infra/src/app/stackChild';

export default async function globalSetup(): Promise<void> {
  // A stack started by hand (`npx tsx infra/src/app/e2eStack.ts`) for a quicker edit–test loop.
  if (process.env.E2E_APP_URL && process.env.E2E_API_BASE) return;
  const ready = await startStackChild<{ appUrl: string; apiBase: string }>('e2e');
  process.env.E2E_APP_URL = ready.appUrl;
  process.env.E2E_API_BASE = ready.apiBase;
}
