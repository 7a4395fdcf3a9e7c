"""What a valid roster may still get wrong: warnings said at start-up, never a refusal.

A name is how the coach reads the digest and marks mail (`doorstep mark`, `clients end`), so
two clients with one name cannot be told apart; a phone listed for two clients (a family's
landline) files its voicemails and texts under the first; a roster with no one in it stores
nothing. Each is allowed, and each is said once when Doorstep starts or reloads the file.
"""

from __future__ import annotations

from collections import defaultdict

from service.common.phones import display
from service.config.model import Config


def _entries(numbers: list[int]) -> str:
    listed = [str(n) for n in numbers]
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def roster_warnings(config: Config) -> list[str]:
    """Each problem of the roster in `config`, as a sentence that says what to change."""
    where = str(config.path) if config.path else "the config file"
    if not config.clients:
        return [
            f"No clients are listed in {where}, so no mail will be stored and the digest will "
            "have nothing from clients. Add each client with `doorstep clients add NAME EMAIL` "
            "or a [[clients]] entry (see config.example.toml)."
        ]
    warnings: list[str] = []
    named: defaultdict[str, list[int]] = defaultdict(list)
    for number, entry in enumerate(config.clients, start=1):
        named[" ".join(entry.name.split()).casefold()].append(number)
    for numbers in named.values():
        if len(numbers) > 1:
            name = config.clients[numbers[0] - 1].name
            warnings.append(
                f"{len(numbers)} clients in {where} are named {name!r} ([[clients]] entries "
                f"{_entries(numbers)}): the digest and `doorstep mark` cannot tell them apart. "
                f'Give each its own name, e.g. "{name} (work)".'
            )
    phoned: defaultdict[str, list[str]] = defaultdict(list)
    for client in config.roster:
        for phone in dict.fromkeys(client.phones):
            phoned[phone].append(client.name)
    for phone, names in phoned.items():
        if len(names) > 1:
            warnings.append(
                f"The phone number {display(phone)} is listed for {' and '.join(names)} in "
                f"{where}: its voicemails and texts are filed under {names[0]}. If it is one "
                "person's own number, keep it with that client only."
            )
    return warnings
