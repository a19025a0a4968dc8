// Moved to infra/src/esbuildOptions.ts: `npm start` builds its bundles with the same options.
export * from '../../infra/src/esbuildOptions';
