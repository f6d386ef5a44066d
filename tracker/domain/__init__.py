"""The arithmetic of bone-health habits, in plain Python: no ORM, no HTTP.

One module per area (intake, exercise, home_safety, summary), and the shared
pieces they build on (targets, units, weeks, progress, citations, time_zones).
Each takes plain values and returns frozen dataclasses, and is tested directly.
"""
