"""`doorstep clients`: the roster listed, a client added, a client's coaching ended, in the
config file itself (its comments kept)."""

from __future__ import annotations

import argparse

from service.common.errors import DoorstepError
from service.config import config_path_from, load_config
from service.config.roster_checks import roster_warnings


def cmd_clients(args: argparse.Namespace) -> int:
    from datetime import date as date_type

    from service.common.clock import local_day, utc_now
    from service.config.roster_file import add_client, end_client, list_clients

    path = config_path_from(args.config)
    config = load_config(path)
    today = local_day(config.coach.zone, utc_now())
    if args.action == "list":
        entries = list_clients(config, today)
        if not entries:
            print('No clients yet. Add one with: doorstep clients add "NAME" --email ADDRESS')
        for e in entries:
            contact = ", ".join([*e.emails, *e.phones]) or "no address"
            ended = f", ended {e.ended}" if e.ended else ""
            print(f"{e.name} ({e.status}{ended}): {contact}")
        return 0
    if args.action == "add":
        if not args.email and not args.phone:
            raise DoorstepError("Give the client at least one --email or --phone.")
        add_client(path, args.name, args.email, args.phone, former=args.former)
        print(
            f"Added {args.name} to {path}. A running Doorstep picks this up by itself; "
            "their earlier mail is read on the next poll."
        )
        before = set(roster_warnings(config))
        for warning in roster_warnings(load_config(path)):
            if warning not in before:  # what this addition brought, e.g. a phone shared
                print(f"Note: {warning}")
        return 0
    when: date_type = args.date or today
    name = end_client(path, args.name, when)
    print(f"{name} is now a former client (ended {when}) in {path}.")
    return 0
