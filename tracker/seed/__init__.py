"""Guidance seed data. Every number here is copied from docs/bone-facts.md.

Each row names its source by ``Source.key``; ``manage.py seed_guidance`` loads them.
"""
