// Starts infra/src/app/weappStack.ts (the backend on free ports and one weapp production build
// against it) as a child process (infra/src/app/stackChild.ts, shared with the e2e suite). Test
// files read WEAPP_DIR and WEAPP_API_BASE; globalTeardown stops it. With both already set, the
// suite uses that running stack and build instead.
import { startStackChild } from '../../../infra/src/app/stackChild';

export default async function globalSetup(): Promise<void> {
  if (process.env.WEAPP_DIR && process.env.WEAPP_API_BASE) {
    process.env.E2E_API_BASE = process.env.WEAPP_API_BASE;
    return;
  }
  const ready = await startStackChild<{ weappDir: string; apiBase: string }>('weapp');
  process.env.WEAPP_DIR = ready.weappDir;
  process.env.WEAPP_API_BASE = ready.apiBase;
  // The e2e suite's set-up helpers (e2e/support/api.ts) are reused against this stack.
  process.env.E2E_API_BASE = ready.apiBase;
}
