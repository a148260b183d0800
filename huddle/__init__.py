"""Huddle: the daily 15-minute huddle (daglig avstämning) at a Swedish health centre."""

__version__ = "0.1.0"
