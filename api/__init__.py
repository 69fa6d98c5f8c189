"""Onderdak: shelter and relocation for people who fled the war in Ukraine."""

__version__ = "0.1.0"
