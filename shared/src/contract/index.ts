// The API's routes as data (define.ts) — one contract per route (routes.ts). The OpenAPI
// builder (openapi.ts) is not exported here: only the generator and tests need it.
export * from './define';
export * as routes from './routes';
export { ROUTES, type RouteName } from './routes';
