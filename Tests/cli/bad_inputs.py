#!/usr/bin/env python3
"""Writes the bad-input corpus of Tests/cli/cli_test.sh into OUTDIR: each file is something a
user or an attacker might hand `juesuan read` / `juesuan check`, and each must be refused with
a clear Chinese message and exit code 2. Generated at test time so that nothing large is
committed. Usage: bad_inputs.py OUTDIR"""
import os
import sys
import zipfile
import zlib

out = sys.argv[1]
root = os.path.join(os.path.dirname(__file__), "..", "..")


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def pdf(content, resources, extra=()):
    """A one-page PDF whose page draws `content` with `resources`, plus extra objects."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + resources + b" >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", *extra]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


WORKBOOK = ('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" r:id="rId1"/></sheets></workbook>')


def xlsx(name, sheet_target, parts):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships><Relationship Id="rId1" Target="{sheet_target}"/></Relationships>')
        for path, data in parts:
            if callable(data):
                with z.open(path, "w", force_zip64=True) as entry:
                    data(entry)
            else:
                z.writestr(path, data)


seed = open(os.path.join(root, "data/documents/datong-market-regulation-2024.txt"), encoding="utf-8").read()
write("empty.txt", b"")
write("binary.bin", bytes(range(256)) * 16)
write("truncated.pdf", open(os.path.join(root, "data/documents/putuo-finance-bureau-2024.pdf"), "rb").read()[:20000])
write("gbk.txt", seed.encode("gb18030"))
write("long-line.txt", b"\xe5\x86\xb3" * 800_000 + b"\n")  # 2.4 MB, one line
# A scanned page: one image and no text layer.
pixels = zlib.compress(bytes([128]) * (64 * 64))
image = b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
write("scanned.pdf", pdf(b"q 500 0 0 700 50 50 cm /Im1 Do Q", b"<< /XObject << /Im1 5 0 R >> >>", [image]))
write("plain.pdf", pdf(b"BT /F1 24 Tf 72 700 Td (secret) Tj ET", b"<< /Font << /F1 5 0 R >> >>",
                       [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))


def zeros(entry, total=100 << 20):  # 100 MB of zeros: about 100 KB compressed
    block = bytes(1 << 20)
    for _ in range(total >> 20):
        entry.write(block)


xlsx("zip-bomb.xlsx", "worksheets/sheet1.xml", [("xl/worksheets/sheet1.xml", zeros)])
xlsx("traversal.xlsx", "/../../etc/passwd",
     [("../../etc/passwd", '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>')])
xlsx("shared-strings.xlsx", "worksheets/sheet1.xml",
     [("xl/sharedStrings.xml", "<sst><si><t>收入支出决算总表</t></si></sst>"),
      ("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="B7" t="s"><v>42</v></c></row></sheetData></worksheet>')])


def million_rows(entry):
    entry.write(b"<worksheet><sheetData>")
    for start in range(1, 1_000_001, 10_000):
        entry.write("".join(f'<row r="{n}"><c><v>1</v></c></row>' for n in range(start, start + 10_000)).encode())
    entry.write(b"</sheetData></worksheet>")


xlsx("million-rows.xlsx", "worksheets/sheet1.xml", [("xl/worksheets/sheet1.xml", million_rows)])
full = open(os.path.join(out, "million-rows.xlsx"), "rb").read()
write("truncated.xlsx", full[: len(full) // 2])
write("wrong-types.json", b'{"metadata": 1}')
write("deep.json", b'{"metadata": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
# Authoring input (`juesuan author`): YAML nested by flow brackets, by indentation and by `- - -`.
write("deep-flow.yaml", b"department: " + b"[" * 100_000 + b"]" * 100_000 + b"\n")
write("deep-block.yaml", b"department:\n" + b"".join(b" " * i + b"k:\n" for i in range(1, 3_000)))
write("deep-dashes.yaml", b"department:\n" + b"- " * 50_000 + b"x\n")
