// Debian's Chromium driven by playwright-core (docs/architecture.md: `npx playwright install` cannot
// download a browser here), with a fresh profile per launch and a phone-sized page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const STEP_TIMEOUT_MS = 20_000;

/** An iPhone 12/13/14-sized screen. */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 } as const;

export interface PhoneBrowser {
  context: BrowserContext;
  page: Page;
  /** The profile folder (Chromium writes DevToolsActivePort there when given a debug port). */
  userDataDir: string;
  /** Console errors and failed requests seen so far (a test asserts there are none). */
  problems: string[];
  close(): Promise<void>;
}

export async function launchPhone(
  options: { env?: Record<string, string>; args?: string[] } = {},
): Promise<PhoneBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'yidi-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // A step that has not happened in 20 s will not happen: fail it and move on.
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  // Failed requests are judged by status below (a 409 refusal can be part of a flow).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    userDataDir,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
