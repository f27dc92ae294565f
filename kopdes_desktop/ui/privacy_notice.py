"""The personal-data notice (UU 27/2022 Pelindungan Data Pribadi): what, why, who sees it.

Shown once when the first admin is created and at any time from the About box, so every
office can tell a member what happens to their NIK, birth date, address and phone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate needs literal contexts


def privacy_notice_paragraphs() -> list[tuple[str, str]]:
    """(heading, text) pairs of the notice in the current language."""
    return [
        (
            translate("PrivacyNotice", "What is stored"),
            translate(
                "PrivacyNotice",
                "Names, NIK, place and date of birth, sex, address, occupation, phone numbers "
                "and e-mail addresses of the founders, members, board members, training "
                "participants and contact persons of cooperatives, with their memberships, "
                "savings, board terms and training records.",
            ),
        ),
        (
            translate("PrivacyNotice", "Why"),
            translate(
                "PrivacyNotice",
                "Only to register and maintain the Koperasi Kelurahan/Desa Merah Putih: to "
                "print its formation documents, keep its member, savings, board and training "
                "records, and report to the monitoring offices (kecamatan, Sudin, Dinas, "
                "ministry) as Inpres 9/2025 asks.",
            ),
        ),
        (
            translate("PrivacyNotice", "Who sees it"),
            translate(
                "PrivacyNotice",
                "Only the accounts of this office. Admins and operators see whole NIK; viewers "
                "see them masked. Printed documents and exported files go to the monitoring "
                "offices, and NIK can be masked in them. The program sends nothing over the "
                "internet.",
            ),
        ),
        (
            translate("PrivacyNotice", "Care and rights"),
            translate(
                "PrivacyNotice",
                "Every change is recorded with the account that made it. A person may ask to "
                "see, correct or delete their data. An admin can anonymise a person who left "
                "the cooperative more than five years ago.",
            ),
        ),
    ]


def privacy_notice_title() -> str:
    """The notice's title in the current language."""
    return translate("PrivacyNotice", "Personal data (UU 27/2022)")


def privacy_notice_html() -> str:
    """The notice as simple rich text for a label or text browser."""
    parts = [f"<p><b>{escape(privacy_notice_title())}</b></p>"]
    parts += [f"<p><b>{escape(h)}.</b> {escape(t)}</p>" for h, t in privacy_notice_paragraphs()]
    return "".join(parts)
