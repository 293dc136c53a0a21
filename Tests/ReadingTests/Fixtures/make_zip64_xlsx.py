#!/usr/bin/env python3
"""Writes seed-tables-zip64.xlsx: seed-tables.xlsx written again in ZIP64 form, as streaming
writers (Java's and .NET's among them) may do even for a small workbook: each local and central
header gives its sizes (and the central one its offset) as 0xFFFFFFFF with the true values in a
ZIP64 extra field, and the end record points on to a ZIP64 end record. Python's zipfile writes
ZIP64 only for large files, so the container is put together here by hand.
Run from the package root: python3 Tests/ReadingTests/Fixtures/make_zip64_xlsx.py"""
import struct
import zipfile
import zlib

FULL = 0xFFFFFFFF
folder = "Tests/ReadingTests/Fixtures/"
archive, central = bytearray(), bytearray()
with zipfile.ZipFile(folder + "seed-tables.xlsx") as source:
    infos = source.infolist()
    for info in infos:
        data = source.read(info)
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = deflate.compress(data) + deflate.flush()
        crc, name, offset = zlib.crc32(data), info.filename.encode(), len(archive)
        extra = struct.pack("<HHQQ", 1, 16, len(data), len(packed))
        archive += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, FULL, FULL, len(name), len(extra)) + name + extra + packed
        extra = struct.pack("<HHQQQ", 1, 24, len(data), len(packed), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, FULL, FULL,
                               len(name), len(extra), 0, 0, 0, 0, FULL) + name + extra
directory, record = len(archive), len(archive) + len(central)
archive += central
archive += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(infos), len(infos), len(central), directory)
archive += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
archive += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, FULL, FULL, 0)
with open(folder + "seed-tables-zip64.xlsx", "wb") as target:
    target.write(archive)
with zipfile.ZipFile(folder + "seed-tables-zip64.xlsx") as check:
    assert check.testzip() is None and len(check.infolist()) == len(infos)
