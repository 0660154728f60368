#!/usr/bin/python3
"""Checks a Local Review workbook with openpyxl, a reader nobody on this project wrote.

Usage: check_xlsx.py WORKBOOK.xlsx EXPECTATIONS.json
Prints one line per problem and exits 1 if there is any; prints a JSON summary and
exits 0 otherwise. EXPECTATIONS holds: sheets (names in order), tables ({sheet: table}),
findings, recommendations, actions (texts that must appear in the named column of the
named sheet), statuses (allowed status labels), forbidden (texts that must appear nowhere).
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.cell import range_boundaries

FORMULA_START = ('=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20')
LAST_ROW = 1048576

problems = []


def problem(message):
    problems.append(message)


def as_written(text):
    """The form user text takes in a cell: an apostrophe before a formula-like start."""
    return "'" + text if text.startswith(FORMULA_START) else text


def column_values(ws, header):
    headers = [c.value for c in ws[1]]
    if header not in headers:
        problem(f'{ws.title}: no column headed {header!r} (headers: {headers})')
        return []
    index = headers.index(header)
    return [row[index] for row in ws.iter_rows(min_row=2, values_only=True)]


def ranges_overlap(a, b):
    a1, a2, a3, a4 = range_boundaries(a)
    b1, b2, b3, b4 = range_boundaries(b)
    return not (a3 < b1 or b3 < a1 or a4 < b2 or b4 < a2)


def main(path, expectations_path):
    with open(expectations_path, encoding='utf-8') as f:
        expect = json.load(f)
    wb = openpyxl.load_workbook(path)  # formulas stay formulas: data_type 'f'

    if wb.sheetnames != expect['sheets']:
        problem(f'sheet names {wb.sheetnames} != {expect["sheets"]}')
    if wb.properties.creator != 'Local Review':
        problem(f'creator is {wb.properties.creator!r}')
    if not wb.properties.title:
        problem('no document title')

    forbidden = [t.lower() for t in expect.get('forbidden', []) if t.strip()]
    texts = []  # (sheet, coordinate, lower-cased text), searched once at the end
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells += 1
                if cell.data_type == 'f':
                    problem(f'{ws.title}!{cell.coordinate} holds a formula: {cell.value!r}')
                if isinstance(cell.value, str):
                    if cell.value.startswith(FORMULA_START):
                        problem(f'{ws.title}!{cell.coordinate} starts like a formula: {cell.value[:40]!r}')
                    texts.append((ws.title, cell.coordinate, cell.value.lower()))
    everything = '\0'.join(t for _, _, t in texts)
    for text in forbidden:
        if text in everything:
            where = next(f'{s}!{c}' for s, c, t in texts if text in t)
            problem(f'{where} holds forbidden text {text[:40]!r}')

    # Every data sheet: one table at A1 whose header row matches the cells, filters, a frozen header.
    for sheet, table_name in expect['tables'].items():
        if sheet not in wb.sheetnames:
            continue
        ws = wb[sheet]
        if list(ws.tables.keys()) != [table_name]:
            problem(f'{sheet}: tables {list(ws.tables.keys())}, expected [{table_name!r}]')
            continue
        table = ws.tables[table_name]
        min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        if (min_col, min_row) != (1, 1):
            problem(f'{sheet}: table starts at {table.ref}')
        if table.headerRowCount not in (None, 1):
            problem(f'{sheet}: headerRowCount {table.headerRowCount}')
        if table.autoFilter is None:
            problem(f'{sheet}: table has no filter')
        if max_row < max(ws.max_row, 2):
            problem(f'{sheet}: table {table.ref} does not cover rows up to {ws.max_row}')
        names = [c.name for c in table.tableColumns]
        header = [ws.cell(row=1, column=c).value for c in range(min_col, max_col + 1)]
        if names != header:
            problem(f'{sheet}: table columns {names} != header cells {header}')
        if not ws.cell(row=1, column=1).font.bold:
            problem(f'{sheet}: header row is not bold')
        if ws.freeze_panes != 'A2':
            problem(f'{sheet}: frozen panes {ws.freeze_panes!r}, expected A2')
        widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(min_col, max_col + 1)]
        if any(w is None or w < 5 for w in widths):
            problem(f'{sheet}: column widths not set: {widths}')

    # Every finding, recommendation and action, in full.
    for key, sheet, header in (('findings', 'Findings', 'Finding'),
                               ('recommendations', 'Recommendations', 'Recommendation'),
                               ('actions', 'Action plan', 'Action')):
        present = set(column_values(wb[sheet], header)) if sheet in wb.sheetnames else set()
        missing = [t for t in expect[key] if as_written(t) not in present]
        if missing:
            problem(f'{sheet}: {len(missing)} of {len(expect[key])} {key} missing, e.g. {missing[0]!r}')
        if key == 'actions' and len(column_values(wb[sheet], header)) != max(len(expect[key]), 1):
            problem(f'{sheet}: {len(column_values(wb[sheet], header))} rows for {len(expect[key])} actions')

    plan = wb['Action plan']
    headers = [c.value for c in plan[1]]
    status_letter = openpyxl.utils.get_column_letter(headers.index('Status') + 1)
    due_letter = openpyxl.utils.get_column_letter(headers.index('Due date') + 1)
    whole_status = f'{status_letter}2:{status_letter}{LAST_ROW}'

    # Due dates are real dates with a day-first format.
    for cell in plan[due_letter][1:]:
        if cell.value is None:
            continue
        if not isinstance(cell.value, datetime.datetime):
            problem(f'Action plan!{cell.coordinate} due date is {type(cell.value).__name__}, not a date')
        elif not cell.number_format.lower().startswith('dd/mm/yyyy'):
            problem(f'Action plan!{cell.coordinate} date format {cell.number_format!r}')
    for cell in plan[status_letter][1:]:
        if cell.value is not None and cell.value not in expect['statuses']:
            problem(f'Action plan!{cell.coordinate} status {cell.value!r} is not in the list')

    # The status list covers the whole column once, and no two validations overlap.
    validations = plan.data_validations.dataValidation
    ranges = [(dv, str(r)) for dv in validations for r in dv.sqref.ranges]
    status_rules = [(dv, r) for dv, r in ranges if r == whole_status]
    if len(status_rules) != 1:
        problem(f'Action plan: {len(status_rules)} validations on {whole_status} (ranges: {[r for _, r in ranges]})')
    else:
        dv = status_rules[0][0]
        listed = (dv.formula1 or '').strip('"').split(',')
        if dv.type != 'list' or listed != expect['statuses']:
            problem(f'Action plan: status validation is {dv.type} {dv.formula1!r}')
    for i, (_, a) in enumerate(ranges):
        for _, b in ranges[i + 1:]:
            if ranges_overlap(a, b):
                problem(f'Action plan: validation ranges {a} and {b} overlap')
    cf_ranges = [str(r) for cf in plan.conditional_formatting for r in cf.sqref.ranges]
    if whole_status not in cf_ranges:
        problem(f'Action plan: no conditional formatting on {whole_status} (has {cf_ranges})')

    if problems:
        for p in problems[:50]:
            print(p)
        if len(problems) > 50:
            print(f'… and {len(problems) - 50} more')
        return 1
    print(json.dumps({'ok': True, 'sheets': wb.sheetnames, 'cells': cells,
                      'validations': [r for _, r in ranges]}))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
