// Accessibility checks on the H5 build: touch targets measured on the rendered page, and
// Lighthouse's accessibility audit run against the same Chromium (its CLI, in a child process:
// Lighthouse is ES modules only, the e2e jest runs CommonJS).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);
const REPO_ROOT = join(__dirname, '..', '..', '..');
const LIGHTHOUSE_CLI = join(REPO_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** WCAG 2.5.5 / Apple HIG: 44 × 44 CSS px for anything a finger taps. */
export const MIN_TARGET_PX = 44;

export interface SmallTarget {
  element: string;
  width: number;
  height: number;
}

/**
 * Every visible tappable element smaller than 44 × 44 CSS px. Taro's H5 Button is a
 * `taro-button-core` element; its inputs are wrapped, so the native input is measured.
 */
export async function smallTouchTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector = [
      'button',
      'a[href]',
      'input:not([type=hidden])',
      'textarea',
      'select',
      'taro-button-core',
      '[role=button]',
      '[role=radio]',
      '[role=checkbox]',
      '[role=link]',
    ].join(',');
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.closest('[id]') && !element.id ? ` in #${element.closest('[id]')?.id}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 20)}"`;
    return [...document.querySelectorAll(selector)].flatMap((element) => {
      const box = element.getBoundingClientRect();
      // Hidden (Taro keeps earlier pages in the DOM with display: none): nothing to tap.
      if (box.width === 0 && box.height === 0) return [];
      if (getComputedStyle(element).visibility === 'hidden') return [];
      return box.width < min || box.height < min
        ? [
            {
              element: describe(element),
              width: Math.round(box.width),
              height: Math.round(box.height),
            },
          ]
        : [];
    });
  }, MIN_TARGET_PX);
}

/** The port Chromium chose for --remote-debugging-port=0 (it writes it into its profile). */
export async function debuggingPort(userDataDir: string): Promise<number> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 50 && !existsSync(file); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no debugging port in ${file}`);
  return port;
}

export interface AccessibilityReport {
  score: number;
  /** The audits that failed, with the elements they name. */
  failures: string[];
}

interface LighthouseResult {
  categories: { accessibility: { score: number; auditRefs: { id: string; weight: number }[] } };
  audits: Record<
    string,
    {
      score: number | null;
      title: string;
      details?: { items?: { node?: { snippet?: string; selector?: string } }[] };
    }
  >;
}

/**
 * Lighthouse's accessibility category only (quick), on the Chromium listening on `port`, in a
 * new tab of the same profile: the session in localStorage stays (no storage reset).
 */
export async function lighthouseAccessibility(
  port: number,
  url: string,
): Promise<AccessibilityReport> {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      `--port=${port}`,
      '--only-categories=accessibility',
      '--output=json',
      '--quiet',
      '--disable-storage-reset',
      '--throttling-method=provided',
      '--form-factor=mobile',
      '--max-wait-for-load=30000',
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 90_000 },
  );
  const result = JSON.parse(stdout) as LighthouseResult;
  const category = result.categories.accessibility;
  const failures = category.auditRefs
    .filter((ref) => ref.weight > 0 && result.audits[ref.id]?.score === 0)
    .map((ref) => {
      const audit = result.audits[ref.id]!;
      const nodes = (audit.details?.items ?? [])
        .map((item) => item.node?.selector ?? item.node?.snippet)
        .filter(Boolean)
        .slice(0, 5);
      return `${ref.id} (${audit.title}): ${nodes.join(' | ')}`;
    });
  return { score: category.score, failures };
}
