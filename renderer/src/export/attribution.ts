/**
 * Exporters attribute quotes through the one rule in domain/attribution.ts, so the Word
 * report and the Excel workbook describe the same passage in the same words.
 */
export { attributeQuote as attributionForExcerpt, sectorsOfEngagement } from '../domain/attribution.ts';
