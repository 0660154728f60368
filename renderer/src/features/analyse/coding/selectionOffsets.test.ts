import { describe, expect, it } from 'vitest';
import { offsetOfPoint, pointAtOffset, rangeOffsets, type NodeLike } from './selectionOffsets.ts';

/** A tiny stand-in for the DOM: elements with children, text nodes with text. */
class FakeNode implements NodeLike {
  parentNode: FakeNode | null = null;
  readonly childNodes: FakeNode[];
  constructor(readonly nodeType: number, private readonly text: string, children: FakeNode[] = []) {
    this.childNodes = children;
    children.forEach((c) => { c.parentNode = this; });
  }
  get textContent(): string {
    return this.nodeType === 3 ? this.text : this.childNodes.map((c) => c.textContent).join('');
  }
}
const text = (t: string) => new FakeNode(3, t);
const element = (...children: FakeNode[]) => new FakeNode(1, '', children);

// As CodedNotes renders "Plain 🔪 text\nA passage here." : plain, highlighted, plain.
const NOTES = 'Plain 🔪 text\nA passage here.';
function rendered() {
  const parts = [text('Plain 🔪 text\n'), text('A passage'), text(' here.')];
  const segments = [element(parts[0]!), element(parts[1]!), element(parts[2]!)];
  return { root: element(...segments), parts, segments };
}

describe('offsetOfPoint', () => {
  it('counts the text before a point inside a text node, in UTF-16 units', () => {
    const { root, parts } = rendered();
    expect(offsetOfPoint(root, { node: parts[0]!, offset: 8 })).toBe(NOTES.indexOf(' text'));
    expect(offsetOfPoint(root, { node: parts[1]!, offset: 2 })).toBe(NOTES.indexOf('passage'));
    expect(offsetOfPoint(root, { node: parts[2]!, offset: 99 })).toBe(NOTES.length);
  });

  it('reads element positions as child indexes, at any depth', () => {
    const { root, segments } = rendered();
    expect(offsetOfPoint(root, { node: root, offset: 0 })).toBe(0);
    expect(offsetOfPoint(root, { node: root, offset: 1 })).toBe(NOTES.indexOf('A passage'));
    expect(offsetOfPoint(root, { node: root, offset: 3 })).toBe(NOTES.length);
    expect(offsetOfPoint(root, { node: segments[1]!, offset: 1 })).toBe(NOTES.indexOf(' here.'));
  });

  it('is undefined outside the notes', () => {
    const { root } = rendered();
    const elsewhere = text('A button');
    element(elsewhere);
    expect(offsetOfPoint(root, { node: elsewhere, offset: 1 })).toBeUndefined();
  });
});

describe('pointAtOffset', () => {
  it('finds the text node and offset for any notes offset, and maps back to it', () => {
    const { root, parts } = rendered();
    expect(pointAtOffset(root, 0)).toEqual({ node: parts[0], offset: 0 });
    expect(pointAtOffset(root, NOTES.indexOf('A passage'))).toEqual({ node: parts[0], offset: 'Plain 🔪 text\n'.length });
    expect(pointAtOffset(root, NOTES.indexOf('here'))).toEqual({ node: parts[2], offset: 1 });
    expect(pointAtOffset(root, 999)).toEqual({ node: parts[2], offset: ' here.'.length });
    for (let at = 0; at <= NOTES.length; at += 1) expect(offsetOfPoint(root, pointAtOffset(root, at))).toBe(at);
  });

  it('gives the start of the root when there is no text', () => {
    const root = element();
    expect(pointAtOffset(root, 3)).toEqual({ node: root, offset: 0 });
  });
});

describe('rangeOffsets', () => {
  it('orders the ends and refuses a range that leaves the notes', () => {
    const { root, parts } = rendered();
    expect(rangeOffsets(root, { startContainer: parts[1]!, startOffset: 2, endContainer: parts[2]!, endOffset: 5 }))
      .toEqual({ start: NOTES.indexOf('passage'), end: NOTES.indexOf('.') });
    const outside = text('x');
    element(outside);
    expect(rangeOffsets(root, { startContainer: parts[1]!, startOffset: 0, endContainer: outside, endOffset: 1 })).toBeUndefined();
  });
});
