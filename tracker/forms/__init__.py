"""Forms, one module per area. They validate input and write nothing: a view hands
their ``cleaned_data`` to a service (``tracker.services``)."""
