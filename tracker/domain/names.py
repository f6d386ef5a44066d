"""What the app calls someone. Plain Python.

A greeting uses the name the user asked to be called (the profile's "What should
we call you?"), and otherwise says "Hello" alone: a user name is a login handle
("maria_s1958"), not what people are called, so it is never used to greet.
"""


def greeting(preferred_name: str) -> str:
    """Return "Hello, Maria" for a chosen name, or "Hello" without one."""
    name = " ".join(preferred_name.split())
    return f"Hello, {name}" if name else "Hello"
