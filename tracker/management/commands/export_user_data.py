"""Write a user's data to a zip, as "Download my data" does: for an admin
helping someone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tracker.queries import my_data as queries


class Command(BaseCommand):
    help = "Write a user's data to a zip file, as their “Download my data” does."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", help="Where to write the .zip file.")

    def handle(self, *args, username, file, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user called {username!r}.")
        with open(file, "wb") as target:
            queries.write_export(user, target, zone=queries.user_zone(user))
        self.stdout.write(f"Wrote the data of {username} to {file}.")
