// Driving the H5 build: open it (optionally already signed in), find Taro's rendered elements,
// and save phone-size screenshots into artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'artifacts', 'screenshots');

/** miniapp/src/api/tokenStore.ts key; Taro's H5 storage wraps values as {"data": …}. */
const TOKEN_KEY = 'yidi.session.token';

export function appUrl(route = '/pages/index/index'): string {
  const base = process.env.E2E_APP_URL;
  if (!base) throw new Error('E2E_APP_URL is not set: run through miniapp/e2e/jest.config.js');
  return `${base}/#${route}`;
}

/** Opens a route of the app; with a token the user is already signed in (set-up, not login). */
export async function openApp(page: Page, route: string, token?: string): Promise<void> {
  if (token) {
    await page.goto(appUrl('/pages/login/index'));
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })),
      [TOKEN_KEY, token] as const,
    );
  }
  await page.goto(appUrl(route));
  await page.reload();
}

/** The element with this id, as Taro's H5 components render it. */
export function byId(page: Page, id: string): Locator {
  return page.locator(`[id="${id}"]`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Fonts and the last render settle first, so the picture shows what a user sees.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/**
 * Visible text only: Taro keeps the pages below the current one in the DOM (hidden), so the
 * same words can exist twice.
 */
export function text(page: Page, words: string, exact = false): Locator {
  return page.getByText(words, { exact }).filter({ visible: true }).first();
}

/** Types into a Taro Input or Textarea (the id is on Taro's wrapper element). */
export async function fill(page: Page, id: string, value: string): Promise<void> {
  await byId(page, id).locator('input, textarea').first().fill(value);
}

/** Taps the element that opens the file chooser and picks this PNG, as a user picks a photo. */
export async function choosePhoto(page: Page, trigger: Locator, png: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger.click();
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
}

/** Signs with a finger: a zigzag of touch events across the element (CDP, as a phone sends). */
export async function signWithFinger(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('signature area is not visible');
  const session = await page.context().newCDPSession(page);
  // About a finger's pace: a point every frame (16 ms), 40 of them in a zigzag.
  const points = Array.from({ length: 40 }, (_, index) => ({
    x: box.x + box.width * (0.1 + 0.02 * index),
    y: box.y + box.height * (0.3 + 0.4 * Math.abs(Math.sin(index / 3))),
  }));
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
    session.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: point ? [{ x: point.x, y: point.y }] : [],
    });
  await touch('touchStart', points[0]);
  for (const point of points.slice(1)) {
    await touch('touchMove', point);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
  await session.detach();
}
