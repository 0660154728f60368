import { describe, expect, it } from 'vitest';
import { bodyBlocks } from './docxContent.ts';

const xml = (body: string) => `<w:document><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe('bodyBlocks', () => {
  it('reads paragraphs and tables in order, decoding entities and joining runs', () => {
    const blocks = bodyBlocks(xml(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Fish &amp; </w:t></w:r><w:r><w:t xml:space="preserve">chips</w:t></w:r></w:p>'
      + '<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t><w:br/><w:t>C</w:t></w:r></w:p><w:p/></w:tc></w:tr></w:tbl>'
      + '<w:p/>',
    ));
    expect(blocks).toEqual([
      { paragraph: 'Fish & chips' },
      { table: [[['A'], ['B C', '']]] },
      { paragraph: '' },
    ]);
  });

  it('ignores tags that merely start with the same letters', () => {
    expect(bodyBlocks(xml('<w:p><w:pPr><w:tabs/></w:pPr><w:r><w:tblPrEx/><w:t>x</w:t></w:r></w:p>'))).toEqual([{ paragraph: 'x' }]);
  });

  it('refuses nested tables rather than misreading them', () => {
    expect(() => bodyBlocks(xml('<w:tbl><w:tr><w:tc><w:tbl></w:tbl></w:tc></w:tr></w:tbl>'))).toThrow(/nested/);
  });
});
