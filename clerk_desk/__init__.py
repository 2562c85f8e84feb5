"""Clerk Desk: counter software for medical-insurance service halls and street points."""

__version__ = "0.1.0"
