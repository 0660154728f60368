/** Builds the published JSON Schema of the review file from the zod schema import uses. */
import { z } from 'zod';
import { reviewFileSchema } from '../renderer/src/domain/reviewFile.ts';

export function reviewFileJsonSchemaText(): string {
  const schema = z.toJSONSchema(reviewFileSchema, { target: 'draft-2020-12', io: 'input' });
  const published = {
    ...schema,
    $id: 'urn:local-review:review-file:v1',
    title: 'Local Review file, version 1',
    description: 'One review and everything in it. Generated from renderer/src/domain/reviewFile.ts by `npm run schema`; do not edit by hand. Some rules (references between records, date order, excerpt offsets, unique numbers) are checked by the app beyond this schema.',
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
