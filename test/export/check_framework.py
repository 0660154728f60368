#!/usr/bin/python3
"""Checks a strategic framework's Word document or workbook with python-docx / openpyxl.

Usage: check_framework.py docx|xlsx FILE EXPECTATIONS.json

EXPECTATIONS holds: marking, title, areas (area names, in order), high (pairs [area,
recommendation title] that must sit in one table row / sheet row), headings (Heading 1
texts in order, docx only), absent (texts that must appear nowhere). Prints one line per
problem and exits 1 if there are any, else a JSON summary and exits 0.
"""
import json
import sys

FORMULA_START = ('=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20')


def as_written(text):
    return "'" + text if text.startswith(FORMULA_START) else text


def check_docx(path, expect, problems):
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    document = docx.Document(path)
    body = '\n'.join(Paragraph(p, document).text for p in document.element.body.iter(qn('w:p')))
    for area in expect['areas']:
        if area not in body:
            problems.append(f'area {area!r} is missing')
    for text in expect.get('absent', []):
        if text in body:
            problems.append(f'text that must not appear is present: {text!r}')
    # The marking in every header and footer of every section, first pages included.
    for number, section in enumerate(document.sections, start=1):
        parts = [('header', section.header), ('footer', section.footer)]
        if section.different_first_page_header_footer:
            parts += [('first-page header', section.first_page_header), ('first-page footer', section.first_page_footer)]
        for name, part in parts:
            if part.is_linked_to_previous and number > 1:
                continue
            if expect['marking'] not in '\n'.join(p.text for p in part.paragraphs):
                problems.append(f'section {number} {name} lacks the marking {expect["marking"]!r}')
    heading1 = [p.text for p in document.paragraphs if p.style.name == 'Heading 1']
    if heading1 != expect['headings']:
        problems.append(f'Heading 1 paragraphs are {heading1!r}, expected {expect["headings"]!r}')
    if 'TOC \\h \\o "1-3"' not in document.element.xml.replace('&quot;', '"'):
        problems.append('no contents field over Heading 1-3')
    if document.core_properties.title != expect['title']:
        problems.append(f'core title is {document.core_properties.title!r}')
    # Rows of every table as lists of cell texts (tc by tc: fast on long tables).
    rows = []
    matrix = None
    for table in document.element.body.iter(qn('w:tbl')):
        for i, tr in enumerate(table.iter(qn('w:tr'))):
            cells = ['\n'.join(Paragraph(p, document).text for p in tc.iter(qn('w:p'))) for tc in tr.iter(qn('w:tc'))]
            rows.append(cells)
            if i == 0 and cells == ['Theme'] + expect['areas']:
                matrix = table
    if matrix is None:
        problems.append('no table headed Theme and one column per area ' + repr(expect['areas']))
    for area, title in expect['high']:
        if not any(area in row and title in row for row in rows):
            problems.append(f'high-priority recommendation {title!r} is not beside its area {area!r}')
    charts = [p for p in document.part.package.parts if p.partname.startswith('/word/charts/')]
    descriptions = [d.get('descr') for d in document.element.body.iter(qn('wp:docPr'))]
    if not charts:
        problems.append('no chart')
    if not descriptions or not all(descriptions):
        problems.append('a drawing has no alt text')
    return {'sections': len(document.sections), 'tables': len(document.tables), 'charts': len(charts)}


def check_xlsx(path, expect, problems):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    for sheet in ('Framework action plan', 'Area recommendations', 'Themes by area', 'Areas'):
        if sheet not in wb.sheetnames:
            problems.append(f'no sheet {sheet!r}')
            return {}
    absent = [t.lower() for t in expect.get('absent', [])]
    for ws in wb.worksheets:
        if expect['marking'] not in (ws.oddHeader.center.text or ''):
            problems.append(f'{ws.title}: the marking is not in the page header')
        if ws.freeze_panes != 'A2':
            problems.append(f'{ws.title}: header row not frozen')
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == 'f':
                    problems.append(f'{ws.title}!{cell.coordinate} holds a formula')
                if isinstance(cell.value, str):
                    if cell.value.startswith(FORMULA_START):
                        problems.append(f'{ws.title}!{cell.coordinate} starts like a formula')
                    if any(t in cell.value.lower() for t in absent):
                        problems.append(f'{ws.title}!{cell.coordinate} holds forbidden text')
    recs = [list(r) for r in wb['Area recommendations'].iter_rows(values_only=True)]
    if recs[0][:3] != ['Area', 'No.', 'Recommendation']:
        problems.append(f'Area recommendations headers: {recs[0]}')
    for area, title in expect['high']:
        if not any(r[0] == as_written(area) and r[2] == as_written(title) for r in recs[1:]):
            problems.append(f'high-priority recommendation {title!r} is not on a row with its area {area!r}')
    header = [c.value for c in wb['Themes by area'][1]]
    if header != ['Theme', 'In every review'] + [as_written(a) for a in expect['areas']]:
        problems.append(f'matrix header is {header}')
    return {'sheets': wb.sheetnames, 'recommendations': len(recs) - 1, 'themes': wb['Themes by area'].max_row - 1}


def main(kind, path, expectations_path):
    with open(expectations_path, encoding='utf-8') as f:
        expect = json.load(f)
    problems = []
    summary = (check_docx if kind == 'docx' else check_xlsx)(path, expect, problems)
    if problems:
        print('\n'.join(problems[:40]))
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
