// Writes docs/openapi.json from the route contracts (shared/src/contract). CI checks it is
// current (shared/src/contract/openapi.test.ts); GET /v1/openapi.json serves this file.
// Run: npm run generate:openapi -w shared
import { join } from 'node:path';
import { openApiDocument } from '../src/contract/openapi';
import { writeGenerated } from './writeGenerated';

void writeGenerated(
  join(__dirname, '../../docs/openapi.json'),
  JSON.stringify(openApiDocument(), null, 2),
);
