/**
 * Run-time shapes of every IPC payload. The contract's types say what an honest
 * renderer sends; these decide what main accepts from any renderer.
 */
import { z } from 'zod';
import type { FileKind, OpenFileRequest, SaveFileRequest } from '../../shared/ipc-contract';

/** Largest file saved or opened: well above any review, small enough to hold in memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
export const MAX_SUGGESTED_NAME_LENGTH = 200;

export const fileKindSchema = z.enum(['review-file', 'encrypted-file', 'docx', 'xlsx', 'text', 'qdpx', 'qdc', 'png', 'svg', 'csv', 'html', 'json']) satisfies z.ZodType<FileKind>;

const bytesSchema = z
  .instanceof(Uint8Array, { message: 'bytes must be a Uint8Array' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { message: 'bytes must be at most 512 MB' });

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().max(MAX_SUGGESTED_NAME_LENGTH),
  kind: fileKindSchema,
  bytes: bytesSchema,
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  kind: fileKindSchema,
}) satisfies z.ZodType<OpenFileRequest>;

/** app-version takes no payload at all. */
export const appVersionRequestSchema = z.undefined();
