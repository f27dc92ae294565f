"""Make a workbook's bytes depend on its content only, so packages stay reproducible.

An .xlsx file is itself a ZIP, and openpyxl stamps each entry with the clock and the
document properties with "created"/"modified" times. Inside a package that would make two
exports of the same data differ. The workbook is re-packed here with the package's fixed
entry time, and its property times set to the package's creation time (the one moment a
package is allowed to differ by).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

from kopdes_desktop.exchange.package_format import ZIP_DATE_TIME

_CORE = "docProps/core.xml"
_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def stable_xlsx(data: bytes, moment: datetime) -> bytes:
    """``data`` re-packed with fixed entry times and property times set to ``moment``."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            body = src.read(info)
            if info.filename == _CORE:
                body = _TIMES.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o100644 << 16
            dst.writestr(entry, body)
    return out.getvalue()
