/** The app's database instance. Tests create their own LocalReviewDb instead. */
import { LocalReviewDb } from './database.ts';

export const db = new LocalReviewDb();
