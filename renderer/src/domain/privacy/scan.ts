/**
 * The personal-data check of a large review, in steps: at 3,000 engagements the one-shot
 * check (findPersonalData with findQuoteRisks) took a single task of 300 ms and more on
 * the Report stage (issue 12: no task over 200 ms). The same scan runs here as a
 * generator that stops after every slice of fields, so a caller can pause between them
 * (see domain/steps.ts); findPersonalData runs it to the end at once, so both give the same
 * hits by construction. It also says which exports carry each hit's field, so the
 * Report stage need not list the fields again for the Word report and the workbook.
 */
import type { ReviewFile } from '../reviewFile.ts';
import { carriedFields, isInScope, type Carrier, type PersonalDataScope } from './fields.ts';
import { detectPersonalData, namePattern } from './patterns.ts';
import { findQuoteRisks, type QuoteRisk } from './quoteRisks.ts';
import type { PersonalDataHit, PersonalDataOptions } from './index.ts';

/** Fields scanned between two pauses: about 10 ms of work at 3,000 engagements. */
export const FIELDS_PER_SLICE = 4000;

export interface PersonalDataScan {
  hits: PersonalDataHit[];
  /** What carries each hit's field (keyed by path). */
  carriersOf: ReadonlyMap<string, readonly Carrier[]>;
}

/**
 * The scan as steps: each `yield` is a point where the caller may pause. Returns the hits
 * findPersonalData finds, in the same order, and what carries each.
 */
export function* scanPersonalData(file: ReviewFile, options: PersonalDataOptions = {}, fieldsPerSlice = FIELDS_PER_SLICE): Generator<void, PersonalDataScan, undefined> {
  const scope: PersonalDataScope = options.scope ?? 'reports';
  const names = namePattern(options.names ?? []);
  const fields = carriedFields(file);
  yield;
  const hits: PersonalDataHit[] = [];
  const carriersOf = new Map<string, readonly Carrier[]>();
  for (let i = 0; i < fields.length; i++) {
    if (i > 0 && i % fieldsPerSlice === 0) yield;
    const field = fields[i]!;
    if (!isInScope(field.carriers, scope)) continue;
    const seen = new Set<string>();
    for (const match of detectPersonalData(field.text, names)) {
      const key = `${match.kind}\u0000${match.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ path: field.path, kind: match.kind, text: match.text });
      carriersOf.set(field.path, field.carriers);
    }
  }
  return { hits, carriersOf };
}

/** The whole check a screen shows, as steps: the scan, then the quotes that could identify their speaker. */
export function* checkPersonalData(file: ReviewFile, options: PersonalDataOptions = {}, fieldsPerSlice = FIELDS_PER_SLICE): Generator<void, PersonalDataScan & { risks: QuoteRisk[] }, undefined> {
  const scan = yield* scanPersonalData(file, options, fieldsPerSlice);
  yield;
  return { ...scan, risks: findQuoteRisks(file, { scope: options.scope ?? 'reports' }) };
}
