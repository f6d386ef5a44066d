"""Import a zip or data.json into a user's account, as "Import your data" does."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tracker.portability.reading import Unreadable, read_file
from tracker.services import my_data as services


class Command(BaseCommand):
    help = (
        "Import a zip (or data.json) from “Download my data” into a user's "
        "account: all of it, or nothing if it has any problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", help="The .zip file, or its data.json.")

    def handle(self, *args, username, file, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user called {username!r}.")
        try:
            with open(file, "rb") as source:
                document = read_file(source)
        except OSError as error:
            raise CommandError(f"Cannot open {file}: {error.strerror}.") from None
        except Unreadable as error:
            raise CommandError(str(error)) from None
        plan = services.import_data(user, document=document)
        if not plan.ok:
            listing = "\n".join(str(problem) for problem in plan.problems)
            raise CommandError(f"Nothing was imported. Problems:\n{listing}")
        for part in plan.kinds:
            self.stdout.write(
                f"{part.kind.title}: {len(part.to_add)} added, {part.skipped} "
                "already there"
            )
        if plan.profile_changes:
            self.stdout.write("The profile was updated.")
