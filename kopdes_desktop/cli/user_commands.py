"""Accounts and privacy: ``kopdes user add|list|passwd|role|deactivate`` and
``kopdes person anonymise``.

Every command here acts as a logged-in account; the services decide what its role allows
(only admins manage accounts or anonymise persons; anyone may change their own password).
"""

from __future__ import annotations

import argparse
from typing import Any

from kopdes_desktop.cli.common import NEW_PASSWORD_ENV, CliError, open_services, read_password
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.nik import normalize_nik
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.person_anonymiser import DEFAULT_ANONYMISE_YEARS

ROLE_NAMES = {UserRole.ADMIN: "admin", UserRole.OPERATOR: "operator", UserRole.VIEWER: "pemantau"}


def register(sub: Any) -> None:
    """Add this module's subcommands to the ``kopdes`` parser."""
    roles = [r.value for r in UserRole]
    user = sub.add_parser("user", help="akun pengguna")
    usub = user.add_subparsers(dest="user_command", required=True)

    add = usub.add_parser("add", help="tambah akun (kata sandi baru: KOPDES_NEW_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=_cmd_add)

    listing = usub.add_parser("list", help="daftar akun")
    listing.set_defaults(handler=_cmd_list)

    passwd = usub.add_parser("passwd", help="ganti kata sandi (baru: KOPDES_NEW_PASSWORD)")
    passwd.add_argument("name")
    passwd.set_defaults(handler=_cmd_passwd)

    role = usub.add_parser("role", help="ubah peran akun")
    role.add_argument("name")
    role.add_argument("role", choices=roles)
    role.set_defaults(handler=_cmd_role)

    deactivate = usub.add_parser("deactivate", help="nonaktifkan akun")
    deactivate.add_argument("name")
    deactivate.set_defaults(handler=_cmd_deactivate)

    person = sub.add_parser("person", help="data pribadi")
    psub = person.add_subparsers(dest="person_command", required=True)
    anon = psub.add_parser("anonymise", help="anonimkan orang yang sudah lama keluar")
    anon.add_argument("nik", help="NIK orang itu")
    anon.add_argument("--years", type=int, default=DEFAULT_ANONYMISE_YEARS)
    anon.set_defaults(handler=_cmd_anonymise)


def _new_password(name: str) -> str:
    return read_password(f"Kata sandi baru untuk {name}: ", NEW_PASSWORD_ENV)


def _cmd_add(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    services.ctx.require(Action.MANAGE_USERS)  # refuse before asking for a new password
    created = services.users.create(
        args.name, _new_password(args.name), UserRole(args.role), full_name=args.full_name
    )
    print(message("user.added", {"username": created.username, "role": ROLE_NAMES[created.role]}))
    return 0


def _cmd_list(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    now = services.ctx.now()
    for u in services.users.list():
        state = "aktif" if u.active else "nonaktif"
        if u.locked_until is not None and u.locked_until > now:
            state += ", terkunci"
        print(f"{u.username:<20} {ROLE_NAMES[u.role]:<9} {state:<20} {u.full_name}")
    return 0


def _cmd_passwd(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    if args.name == services.ctx.username:
        # The acting user's password (already checked at login) is the old one.
        services.users.change_password(args.name, _current_password(), _new_password(args.name))
    else:
        services.ctx.require(Action.MANAGE_USERS)
        if services.users.find(args.name) is None:
            raise CliError(message("user.unknown", {"username": args.name}))
        services.users.reset_password(args.name, _new_password(args.name))
    print(message("user.password_changed", {"username": args.name}))
    return 0


def _current_password() -> str:
    return read_password("Kata sandi lama: ")


def _cmd_role(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    changed = services.users.set_role(args.name, UserRole(args.role))
    print(
        message(
            "user.role_changed", {"username": changed.username, "role": ROLE_NAMES[changed.role]}
        )
    )
    return 0


def _cmd_deactivate(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    services.users.set_active(args.name, False)
    print(message("user.deactivated", {"username": args.name}))
    return 0


def _cmd_anonymise(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    services.ctx.require(Action.ANONYMISE)
    found = services.persons.find_by_nik(normalize_nik(args.nik))
    if not found:
        raise CliError(message("person.nik_unknown", {"nik": args.nik}))
    if len(found) > 1:
        raise CliError(message("person.nik_ambiguous", {"nik": args.nik, "count": len(found)}))
    person = services.persons.anonymise(found[0].id, years=args.years)
    print(message("person.anonymised", {"name": person.name}))
    return 0
