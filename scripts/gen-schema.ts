/** Writes the published JSON Schemas under docs/ (run with `npm run schema`). */
import { writeFileSync } from 'node:fs';
import { PUBLISHED_SCHEMAS } from './reviewFileJsonSchema.ts';

for (const [name, text] of PUBLISHED_SCHEMAS) {
  writeFileSync(new URL(`../docs/${name}`, import.meta.url), text());
  console.log(`Wrote docs/${name}`);
}
