#!/usr/bin/python3
"""Checks a Word report with python-docx, a reader nobody on this project wrote.

Usage: check_docx.py REPORT.docx EXPECTATIONS.json

EXPECTATIONS holds: title, marking, language, findings, recommendations, actions (lists
of texts that must each appear), headings (Heading 1 texts, in order) and absent (texts
that must not appear anywhere). Prints one line per problem and exits 1 if there are any,
else prints a summary and exits 0.
"""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def all_paragraphs(document):
    """Every paragraph of the body in order, those in table cells included. (Walking
    table.rows[i].cells is quadratic in python-docx, too slow for an 800-row table.)"""
    for p in document.element.body.iter(qn('w:p')):
        yield Paragraph(p, document)


def header_footer_parts(section):
    parts = [('header', section.header), ('footer', section.footer)]
    if section.different_first_page_header_footer:
        parts += [('first-page header', section.first_page_header), ('first-page footer', section.first_page_footer)]
    return parts


def main(path, expectations_path):
    with open(expectations_path, encoding='utf-8') as f:
        expect = json.load(f)
    document = docx.Document(path)
    problems = []
    texts = [p.text for p in all_paragraphs(document)]
    body = '\n'.join(texts)

    for kind in ('findings', 'recommendations', 'actions'):
        missing = [t for t in expect[kind] if t not in body]
        if missing:
            problems.append(f'{len(missing)} of {len(expect[kind])} {kind} missing, e.g. {missing[0]!r}')
    for text in expect.get('absent', []):
        if text in body:
            problems.append(f'text that must not appear is present: {text!r}')

    # The protective marking in the header and footer of every section, first pages included.
    for number, section in enumerate(document.sections, start=1):
        for name, part in header_footer_parts(section):
            if part.is_linked_to_previous and number > 1:
                continue
            content = '\n'.join(p.text for p in part.paragraphs)
            if expect['marking'] not in content:
                problems.append(f'section {number} {name} lacks the marking {expect["marking"]!r}')

    # Word's own heading styles, so the navigation pane and contents field work.
    heading1 = [p.text for p in document.paragraphs if p.style.name == 'Heading 1']
    if heading1 != expect['headings']:
        problems.append(f'Heading 1 paragraphs are {heading1!r}, expected {expect["headings"]!r}')
    used = {p.style.name for p in document.paragraphs}
    for style in ('Heading 2', 'Heading 3', 'Heading 4'):
        if style not in used:
            problems.append(f'style {style!r} is never used')
    if 'TOC \\h \\o "1-3"' not in document.element.xml.replace('&quot;', '"'):
        problems.append('no contents field over Heading 1-3')

    props = document.core_properties
    if props.title != expect['title']:
        problems.append(f'core title is {props.title!r}, expected {expect["title"]!r}')
    if props.language != expect['language']:
        problems.append(f'core language is {props.language!r}, expected {expect["language"]!r}')
    defaults = document.styles.element.find(qn('w:docDefaults'))
    lang = defaults.find('.//' + qn('w:lang')) if defaults is not None else None
    if lang is None or lang.get(qn('w:val')) != expect['language']:
        problems.append('the default run language (proofing language) is not ' + expect['language'])

    # Every data table repeats its header row and keeps each row on one page.
    for number, table in enumerate(document.tables, start=1):
        first = table.rows[0]._tr
        if first.trPr is None or first.trPr.find(qn('w:tblHeader')) is None:
            label = Paragraph(first.find('.//' + qn('w:p')), document).text
            problems.append(f'table {number} ({label!r}) does not repeat its header row')
        split = [i for i, row in enumerate(table.rows) if row._tr.trPr is None or row._tr.trPr.find(qn('w:cantSplit')) is None]
        if split:
            problems.append(f'table {number} has rows that may split across pages: {split[:5]}')

    if problems:
        print('\n'.join(problems))
        return 1
    print(json.dumps({
        'paragraphs': len(texts), 'tables': len(document.tables), 'sections': len(document.sections),
        'findings': len(expect['findings']), 'recommendations': len(expect['recommendations']), 'actions': len(expect['actions']),
    }))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
