"""Every ORM read a page needs, one module per area; each function runs a fixed
number of queries, whatever the amount of data, and says how many."""
