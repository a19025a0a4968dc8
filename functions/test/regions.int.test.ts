import { build as buildList } from '../src/http/regions/list';
import { build as buildPolicy } from '../src/http/regions/policy';
import type { Runtime } from '../src/runtime';
import { invoke } from './support/http';
import { testRuntime } from './support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('public policy reads (no token)', () => {
  it('lists the pooling regions with a policy', async () => {
    const response = await invoke(buildList(runtime), { routeKey: 'GET /v1/regions' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '340300', policyId: 'BB' }),
        expect.objectContaining({ code: '320800' }),
      ]),
    );
  });

  it.each([
    ['340300', 200],
    ['320800', 200],
    ['110000', 404],
    ['abc', 404],
  ])('GET /v1/regions/%s/policy → %i', async (code, status) => {
    const response = await invoke(buildPolicy(runtime), {
      routeKey: 'GET /v1/regions/{code}/policy',
      pathParameters: { code },
    });
    expect(response.status).toBe(status);
    if (status === 404) expect(response.body.error.code).toBe('NOT_FOUND');
    else expect(JSON.stringify(response.body)).toMatch(/"rule"/);
  });
});
