// Writes a generated TypeScript module formatted by the repo's prettier config, so that
// `npm run lint` (prettier --check) passes on generated files without a manual step.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeGenerated(filePath: string, source: string): Promise<void> {
  const config = await resolveConfig(filePath);
  writeFileSync(filePath, await format(source, { ...config, filepath: filePath }));
  console.log(`Wrote ${filePath}`);
}
