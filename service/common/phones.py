"""Phone numbers, parsed and normalised to E.164 with Google's `phonenumbers` library.

`(312) 555-0142`, `312.555.0142`, `13125550142` and `+1 312-555-0142` are one number; a number
written without a country code is read in the coach's region (`[coach] phone_region`).
"""

from __future__ import annotations

import phonenumbers


def normalise_phone(raw: str, region: str) -> str | None:
    """The number in E.164 (`+13125550142`), or None when it is not a possible phone number.
    "00" before a country code is read as "+" wherever the coach is (most of the world dials
    abroad so, and a coach copies a client's number as the client wrote it)."""
    written = [raw]
    if raw.lstrip().startswith("00"):
        written.append("+" + raw.lstrip()[2:])
    for each in written:
        try:
            number = phonenumbers.parse(each, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def numbers_in(text: str, region: str) -> list[str]:
    """Every possible phone number written in `text`, in order, normalised to E.164."""
    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.POSSIBLE
    ):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in found:
            found.append(e164)
    return found


def display(e164: str) -> str:
    """A number as people write it in its own country, for the digest."""
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    except phonenumbers.NumberParseException:
        return e164
