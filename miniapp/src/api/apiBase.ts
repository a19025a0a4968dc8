// Where the API lives: fixed at build time (config/index.ts defineConstants, env API_BASE).
const LOCAL_API_BASE = 'http://localhost:3000/v1';

// `typeof` keeps tests and tools that run without the define from throwing a ReferenceError.
export const apiBase: string = typeof API_BASE === 'string' ? API_BASE : LOCAL_API_BASE;
