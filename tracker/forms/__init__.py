"""Forms, one module per area: accounts, and later the diary, exercise, home safety."""
