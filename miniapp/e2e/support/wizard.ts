// Steps several flows share: the category wizard for a long-term resident, and the first two
// steps of the filing form (destination 杭州, start today, contact).
import type { Page } from 'playwright-core';
import { byId, fill } from './app';

/** Not an emergency, no referral, not retired and resettled, not posted; there 1–2 years. */
export async function answerWizardAsLongTermResident(page: Page): Promise<void> {
  for (const answer of [
    'wizard-emergency-no',
    'wizard-referred-no',
    'wizard-retiredSettled-no',
    'wizard-posted-NONE',
    'wizard-residence-12',
  ]) {
    await byId(page, answer).click();
  }
  await byId(page, 'wizard-result').waitFor();
}

export async function chooseHangzhou(page: Page): Promise<void> {
  await byId(page, 'province-330000').click();
  await byId(page, 'city-330100').click();
  await byId(page, 'destination-chosen').filter({ hasText: '杭州' }).waitFor();
}

export async function startTodayWithContact(page: Page): Promise<void> {
  await byId(page, 'filing-start-date-quick-0').click();
  await fill(page, 'filing-address', '杭州市西湖区文三路100号');
  await fill(page, 'filing-phone', '13912345678');
}

/** Resolves when the browser's upload to storage (the presigned POST) has succeeded. */
export function storageUploadDone(page: Page): Promise<unknown> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      !response.url().includes('/v1/') &&
      response.status() < 300,
  );
}
