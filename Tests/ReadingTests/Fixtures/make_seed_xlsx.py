#!/usr/bin/env python3
"""Writes seed-tables.xlsx: the seed's ten tables as a workbook of the kind finance offices
publish, made with openpyxl (a program we did not write): one sheet per table, except 公开09
and 公开10 which share a sheet; titles in merged cells; amounts as numbers with a 0.00 format,
some stored as text; shared strings; blank cells empty.

Run from the package root:  python3 Tests/ReadingTests/Fixtures/make_seed_xlsx.py
"""
import re
from openpyxl import Workbook

SEED = "data/documents/datong-market-regulation-2024.txt"
lines = open(SEED, encoding="utf-8").read().split("\n")

# (sheet, first line, last line) of each table: from its title to the line before its notes.
TABLES = [
    ("收入支出决算总表", 107, 151), ("收入决算表", 155, 198), ("支出决算表", 202, 243),
    ("财政拨款收入支出决算总表", 247, 290), ("一般公共预算财政拨款支出决算表", 294, 335),
    ("基本支出明细表", 339, 379), ("政府性基金", 383, 400), ("国有资本经营", 402, 419),
    ("三公经费与统计", 421, 471),
]
amount = re.compile(r"^-?\d+\.\d+$")
integer = re.compile(r"^\d+$")

book = Workbook()
book.remove(book.active)
as_text = 0
for name, first, last in TABLES:
    sheet = book.create_sheet(name)
    row = 0
    for number in range(first, last + 1):
        text = lines[number - 1]
        if not text.strip() or text.strip() in ("公开02", "表"):
            continue
        row += 1
        cells = [c.strip() for c in text.split("\t")]
        if len(cells) == 1 and number in (first, 421, 439):
            sheet.cell(row=row, column=1, value=cells[0])
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            continue
        for column, cell in enumerate(cells, start=1):
            if cell == "":
                continue
            target = sheet.cell(row=row, column=column)
            if amount.match(cell):
                as_text += 1
                if as_text % 7 == 0:
                    target.value = cell  # a number stored as text
                else:
                    target.value = float(cell)
                    target.number_format = "0." + "0" * len(cell.split(".")[1])
            elif integer.match(cell) and len(cell) < 3:
                target.value = int(cell)
            else:
                target.value = cell
book.save("Tests/ReadingTests/Fixtures/seed-tables.xlsx")
