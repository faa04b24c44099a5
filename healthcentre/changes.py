"""What a write changed, as the window's pages are told it: one flag per kind of record.

A page watches some of them (``View.watches``) and reloads when a write touched one; a write
names what it touched (``MainWindow.notify_changed(Entity.PARTICIPANTS | Entity.ATTENDANCE)``).
A flag, not strings: a misspelt name fails at import instead of silently refreshing nothing."""

from __future__ import annotations

import enum


class Entity(enum.Flag):
    """The kinds of records a write can change, combined with ``|``."""

    ACTIVITIES = enum.auto()
    PARTICIPANTS = enum.auto()
    SESSIONS = enum.auto()
    ATTENDANCE = enum.auto()
    STUDY_CIRCLES = enum.auto()
    TARGET_GROUPS = enum.auto()
    SITE = enum.auto()
    SYNC = enum.auto()  # what waits for the county, what it refused, when it was last sent
    CATALOGUES = enum.auto()  # the window's cached catalogues (target groups, municipalities) were re-read
    AUDIT = enum.auto()


# everything the register holds and the county's sync state: what a reload of the whole window touches
REGISTER = (Entity.ACTIVITIES | Entity.PARTICIPANTS | Entity.SESSIONS | Entity.ATTENDANCE | Entity.STUDY_CIRCLES
            | Entity.TARGET_GROUPS | Entity.SYNC)
EVERYTHING = ~Entity(0)
