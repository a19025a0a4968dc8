// The API's routes as data (define.ts) — one contract per route (routes.ts, `<name>Route`, named
// after its serverless.yml function). Import a contract by name so a bundle keeps only that one.
// The OpenAPI builder (openapi.ts) is not exported here: only the generator and tests need it.
export * from './define';
export * from './routes';
