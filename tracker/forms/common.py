"""What the forms of every area share."""

# For a value no option has: only a tampered or stale form sends one.
CHOOSE_SHOWN = "Choose one of the options shown."

# For text longer than its field's maximum; the box stops typing there, so
# mostly pasted text gets it.
TOO_LONG = "Keep this to %(limit_value)d characters or fewer (it has %(show_value)d)."
