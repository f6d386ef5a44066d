"""Your data: export to a zip and import it back (README "Your data").

``format`` declares every file, column and JSON field once; ``reading`` opens an
upload safely; ``planning`` checks a document against the models' and forms'
rules and says what importing it would do. The export itself is a read
(``queries/my_data.py``), the import a write (``services/my_data.py``).
"""
