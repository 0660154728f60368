import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows, xlsxSheets } from './xlsxContent.ts';

describe('xlsxSheets', () => {
  it('reads back what exceljs wrote: names, order, text, numbers and gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('First & one').addRows([['Title', 'Count'], ['Fish <and> chips', 3]]);
    const second = workbook.addWorksheet('Second');
    second.getCell('C2').value = 'far';
    second.getCell('A1').value = 1.5;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(xlsxSheets(bytes)).toEqual([
      { name: 'First & one', rows: [['Title', 'Count'], ['Fish <and> chips', 3]] },
      { name: 'Second', rows: [[1.5], [null, null, 'far']] },
    ]);
  });

  it('reads inline strings and leaves a missing row empty', () => {
    const xml = '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>x &amp; y</t></is></c></row><row r="3"><c r="A3"><v>2</v></c></row></sheetData>';
    expect(sheetRows(xml, [])).toEqual([[null, 'x & y'], [], [2]]);
  });
});
