import { createDocumentClient } from './index';

describe('the store’s DynamoDB client', () => {
  it('has no SDK logger middleware (it filtered every item for a logger that drops it)', () => {
    const client = createDocumentClient({ tableName: 't', region: 'cn-north-1' });
    const names = client.middlewareStack.identify().join('\n');
    // The rest of the SDK's stack is still there.
    expect(names).toContain('retryMiddleware');
    expect(names).not.toContain('loggerMiddleware');
    client.destroy();
  });
});
