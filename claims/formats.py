"""The file formats of the claims table, as django-import-export formats.

Spreadsheet exports are guarded against formula injection (`claims.tables.guard_cell`):
the library's own IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT only drops one leading `=`.
Uploads are read as bytes by `claims.tables.read_table`, which is strict and says in which
row and column a file is malformed or not UTF-8; so every format here counts as binary for
the library, which then neither decodes an upload nor encodes an export (a CSV export is
streamed with its byte-order mark by `claims.exporting.csv_stream`; JSON has none).
"""

from import_export.formats import base_formats

from claims.tables import guard_dataset, read_table


class ClaimCSV(base_formats.CSV):
    def is_binary(self) -> bool:
        return True

    def get_read_mode(self) -> str:
        return "rb"

    def create_dataset(self, in_stream: bytes, **kwargs):
        return read_table(in_stream, file_format="csv")

    def export_data(self, dataset, **kwargs) -> str:
        return super().export_data(guard_dataset(dataset), **kwargs)


class ClaimXLSX(base_formats.XLSX):
    def create_dataset(self, in_stream: bytes):
        return read_table(in_stream, file_format="xlsx")

    def export_data(self, dataset, **kwargs) -> bytes:
        return super().export_data(guard_dataset(dataset), **kwargs)


class ClaimJSON(base_formats.JSON):
    def is_binary(self) -> bool:
        return True

    def get_read_mode(self) -> str:
        return "rb"

    def create_dataset(self, in_stream: bytes, **kwargs):
        return read_table(in_stream, file_format="json")


CLAIM_FORMATS = [ClaimCSV, ClaimXLSX, ClaimJSON]
