// The opt-in scale section (--export-100k): its own local stack, the figures and their table.
import { measureScale, type ScaleFigures } from './scale';
import { startBenchStack } from './stack';

export async function measureScaleSection(
  sizes: number[],
  progress: (text: string) => void,
): Promise<ScaleFigures[]> {
  progress('scale: starting DynamoDB Local and s3rver …');
  // DynamoDB Local (a JVM) may miss its 30 s start-up window on a busy machine: try again.
  const stack = await startBenchStack()
    .catch(() => startBenchStack())
    .catch(() => startBenchStack());
  try {
    const figures: ScaleFigures[] = [];
    for (const size of sizes) {
      progress(`scale: seeding a region of ${size} registrations, exporting, one queue page …`);
      figures.push(await measureScale(stack, size));
    }
    return figures;
  } finally {
    await stack.stop();
  }
}

export function printScale(figures: ScaleFigures[]): void {
  console.log('\nScale: one region, the export job and one review-queue page');
  console.table(
    figures.map((row) => ({
      'region filings': row.regionFilings,
      'seed s': row.seedSeconds,
      'export s': row.exportSeconds,
      'rows (items read)': row.exportRows,
      'query pages': row.exportPages,
      BatchGets: row.exportBatchGets,
      'CSV bytes': row.exportBytes,
      parts: row.exportParts,
      'export RCU': row.exportReadUnits,
      'queue rows': row.queuePageRows,
      'queue page bytes': row.queuePageBytes,
      'queue RCU': row.queuePageReadUnits,
      'queue queries': row.queuePageQueries,
    })),
  );
}
