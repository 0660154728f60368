/**
 * Maps between positions in the rendered notes (a DOM node and an offset, as a Selection
 * or Range gives them) and character offsets in the stored notes. It relies on one
 * invariant of CodedNotes: the text of the notes element is the notes, character for
 * character (no hidden text inside; descriptions of highlights live outside it). It reads
 * only the few node properties below, so it is unit-tested without a browser.
 */

/** The part of a DOM node this mapping reads. */
export interface NodeLike {
  readonly nodeType: number;
  readonly parentNode: NodeLike | null;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly textContent: string | null;
}

/** A position in the DOM: inside a text node, a character offset; inside an element, a child index. */
export interface DomPoint<N extends NodeLike = NodeLike> {
  node: N;
  offset: number;
}

const TEXT_NODE = 3;

const lengthOf = (node: NodeLike) => node.textContent?.length ?? 0;

function indexIn(parent: NodeLike, child: NodeLike): number {
  for (let i = 0; i < parent.childNodes.length; i += 1) if (parent.childNodes[i] === child) return i;
  return -1;
}

function lengthBefore(parent: NodeLike, index: number): number {
  let total = 0;
  for (let i = 0; i < Math.min(index, parent.childNodes.length); i += 1) total += lengthOf(parent.childNodes[i]!);
  return total;
}

/**
 * The notes offset of a DOM position inside `root`, or undefined when the position is
 * outside it. A text offset past the node's end is clamped to its end.
 */
export function offsetOfPoint(root: NodeLike, point: DomPoint): number | undefined {
  const { node, offset } = point;
  let total = node.nodeType === TEXT_NODE ? Math.min(Math.max(offset, 0), lengthOf(node)) : lengthBefore(node, offset);
  for (let current = node; current !== root; ) {
    const parent = current.parentNode;
    if (!parent) return undefined;
    total += lengthBefore(parent, indexIn(parent, current));
    current = parent;
  }
  return total;
}

/**
 * The DOM position of a notes offset: inside the text node that holds it (at a boundary
 * between two nodes, the end of the first). Offsets past the end give the end of the
 * last text node; with no text at all, the start of `root`.
 */
export function pointAtOffset<N extends NodeLike>(root: N, offset: number): DomPoint<N> {
  let remaining = Math.max(0, offset);
  let last: DomPoint<N> | undefined;
  const visit = (node: N): DomPoint<N> | undefined => {
    if (node.nodeType === TEXT_NODE) {
      const length = lengthOf(node);
      if (remaining <= length) return { node, offset: remaining };
      remaining -= length;
      last = { node, offset: length };
      return undefined;
    }
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const found = visit(node.childNodes[i] as N);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root) ?? last ?? { node: root, offset: 0 };
}

/** The part of a Range this mapping reads. */
export interface RangeLike {
  startContainer: NodeLike;
  startOffset: number;
  endContainer: NodeLike;
  endOffset: number;
}

/** A range's notes offsets, start before end; undefined when either end lies outside `root`. */
export function rangeOffsets(root: NodeLike, range: RangeLike): { start: number; end: number } | undefined {
  const start = offsetOfPoint(root, { node: range.startContainer, offset: range.startOffset });
  const end = offsetOfPoint(root, { node: range.endContainer, offset: range.endOffset });
  if (start === undefined || end === undefined) return undefined;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
