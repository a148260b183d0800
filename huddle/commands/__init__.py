"""Subcommands of ``huddle``; each module has ``register(subparsers)``."""
