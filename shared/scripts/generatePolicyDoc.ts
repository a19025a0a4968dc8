// Writes docs/policy.md from the presets (policyDocument.ts), as generated (prettier leaves it
// alone: .prettierignore), so the test compares it byte for byte with a fresh generation
// (shared/src/policy/test/policyDocument.test.ts). Run: npm run generate:policy -w shared
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyDocument } from './policyDocument';

const OUTPUT = join(__dirname, '../../docs/policy.md');
writeFileSync(OUTPUT, policyDocument());
console.log(`Wrote ${OUTPUT}`);
