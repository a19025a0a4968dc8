// The local stack's demo filings (infra/src/demo/filings.ts) go through the filing services:
// bob's father has an ACTIVE long-term filing, alice one under review with an open commitment.
import { seedDemo } from '../../infra/src/demo/seedDemo';
import { testRuntime } from './filings.support';

describe('demo filings seed', () => {
  it('files and approves through the services', async () => {
    const runtime = await testRuntime();
    const now = new Date('2026-12-15T02:00:00Z');
    const { persons } = await seedDemo(runtime, { now });
    const [fathers] = await runtime.store.filings.listForPerson(persons.father);
    expect(fathers).toMatchObject({
      category: 'RETIRED_RESETTLED',
      status: 'ACTIVE',
      version: 2,
      lockAnchor: '2026-12-15',
    });
    const [alices] = await runtime.store.filings.listForPerson(persons.alice);
    expect(alices).toMatchObject({
      status: 'PENDING_REVIEW',
      insuredRegion: '340300',
      commitment: { status: 'OPEN', dueDate: '2027-01-15' },
    });
    const queue = await runtime.store.filings.reviewQueue('340300', { limit: 50 });
    expect(queue.items).toEqual([
      expect.objectContaining({
        id: alices?.id,
        status: 'PENDING_REVIEW',
        review: alices?.review && { dueBy: alices.review.dueBy },
      }),
    ]);
  });
});
