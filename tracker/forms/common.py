"""What the forms of every area share."""

# For a value no option has: only a tampered or stale form sends one.
CHOOSE_SHOWN = "Choose one of the options shown."
