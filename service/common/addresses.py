"""Email addresses compared as the same mailbox: one normal form, used by every stage."""

from __future__ import annotations


def normalise_email(address: str) -> str:
    """Lower-case, trimmed, with any `+tag` after the local part removed."""
    address = address.strip().lower()
    local, sep, domain = address.rpartition("@")
    if not sep:
        return address
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"
