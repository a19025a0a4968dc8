// Steps the weapp flow tests share, done the way a person does them on the phone: taps, typing,
// pickers. Set-up the app has no screen for (a person's record, a reviewer's decision) goes
// through the API with the e2e suite's helpers.
import { addPerson, verifyIdentity, type Session } from '../../e2e/support/api';
import { uniqueIdNumber } from '../../e2e/support/people';
import type { PageInstance, WeappRuntime } from './runtime';

/**
 * The account's real-name verification and its own person (SELF), through the API: adding
 * oneself needs the verified identity of that very person (the dev verifier of the test stage).
 */
export async function addSelf(
  session: Session,
  options: { name: string; region: string; gender?: 'MALE' | 'FEMALE'; idNumber?: string },
): Promise<string> {
  const idNumber = options.idNumber ?? uniqueIdNumber(options.region, options.gender);
  await verifyIdentity(session, { name: options.name, idNumber });
  const person = await addPerson(session, {
    name: options.name,
    idNumber,
    phone: '13900000000',
    insuranceType: 'EMPLOYEE',
    insuredRegion: options.region,
    relationship: 'SELF',
  });
  return person.id;
}

/** Back to the home page, as when the person reopens the mini-program. */
export async function reopenHome(runtime: WeappRuntime): Promise<PageInstance> {
  runtime.navigate('reLaunch', '/pages/index/index');
  const home = await runtime.page('pages/index/index');
  await runtime.waitForId('home-logout');
  return home;
}

/**
 * Taps the nodes with these ids in order, each once it is on screen and the page has settled
 * after the previous tap (a person taps what the last render shows, not a stale handler).
 */
export async function tapInOrder(runtime: WeappRuntime, ids: string[]): Promise<void> {
  for (const id of ids) {
    await runtime.waitForId(id);
    runtime.currentPage!.tap(id);
    await runtime.settle();
  }
}

export async function chooseDestination(runtime: WeappRuntime, province: string, city: string) {
  await tapInOrder(runtime, [`province-${province}`, `city-${city}`]);
  await runtime.waitForId('destination-chosen');
}

export async function startTodayWithContact(runtime: WeappRuntime, address: string) {
  await tapInOrder(runtime, ['filing-start-date-quick-0']);
  const page = runtime.currentPage!;
  page.input('filing-address', address);
  page.input('filing-phone', '13912345678');
  await runtime.settle();
}

export async function next(runtime: WeappRuntime): Promise<void> {
  await tapInOrder(runtime, ['filing-next']);
  await runtime.settle();
}
