#!/usr/bin/env python3
"""Writes seed-tables-streamed.xlsx: seed-tables.xlsx written again the way Excel and streaming
writers do it, to a stream that cannot seek back, so each local header records no sizes and a
data descriptor follows each entry's bytes; only the central directory has the sizes.
Run from the package root: python3 Tests/ReadingTests/Fixtures/make_streamed_xlsx.py"""
import io
import zipfile


class Unseekable(io.RawIOBase):
    def __init__(self, sink):
        self.sink = sink

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, data):
        return self.sink.write(data)


folder = "Tests/ReadingTests/Fixtures/"
with zipfile.ZipFile(folder + "seed-tables.xlsx") as source, open(folder + "seed-tables-streamed.xlsx", "wb") as sink:
    with zipfile.ZipFile(Unseekable(sink), "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            streamed = zipfile.ZipInfo(info.filename, info.date_time)
            streamed.compress_type = zipfile.ZIP_DEFLATED
            with target.open(streamed, "w") as entry:
                entry.write(source.read(info))
