from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Bone health guidance"

    def ready(self):
        from . import signals

        signals.connect()
