/** The importers of other programs' files: REFI-QDA projects (.qdpx) and codebooks (.qdc). */
export { parseQdpx, parseQdc, QdaImportError } from './qdpx/parseQdpx.ts';
