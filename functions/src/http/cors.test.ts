// serverless.yml's provider.httpApi.cors lets a browser (the H5 build) call every route of the
// contract: API Gateway refuses a preflight whose method or headers are not listed, so a method
// or header the contracts use and the CORS settings miss works from the mini-program and fails
// only in a browser, once deployed. Beside contract.test.ts, which checks the routes themselves.
import { ROUTES, type RouteContract } from '@yidi/shared';
import { serverlessConfig } from '../../test/support/serverless';

const cors = serverlessConfig.provider.httpApi?.cors;
const contracts = ROUTES as readonly RouteContract[];
const upper = (values: string[] | undefined) => (values ?? []).map((value) => value.toUpperCase());
const lower = (values: string[] | undefined) => (values ?? []).map((value) => value.toLowerCase());

describe('serverless.yml CORS against the route contracts', () => {
  it('allows every method the contracts use, and OPTIONS for the preflight itself', () => {
    const used = [...new Set(contracts.map((route) => route.method))];
    expect(used.length).toBeGreaterThan(0);
    expect(upper(cors?.allowedMethods)).toEqual(expect.arrayContaining([...used, 'OPTIONS']));
  });

  it('allows the headers the contracts read: Authorization, Idempotency-Key, Content-Type', () => {
    const needed = ['content-type'];
    if (contracts.some((route) => route.auth !== 'public')) needed.push('authorization');
    if (contracts.some((route) => route.idempotency !== 'none')) needed.push('idempotency-key');
    expect(lower(cors?.allowedHeaders)).toEqual(expect.arrayContaining(needed));
  });
});
