/** Writes docs/review-file.schema.json (run with `npm run schema`). */
import { writeFileSync } from 'node:fs';
import { reviewFileJsonSchemaText } from './reviewFileJsonSchema.ts';

writeFileSync(new URL('../docs/review-file.schema.json', import.meta.url), reviewFileJsonSchemaText());
console.log('Wrote docs/review-file.schema.json');
