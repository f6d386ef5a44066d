"""What the forms of every area share."""

from django import forms
from django.template.loader import render_to_string

# For a value no option has: only a tampered or stale form sends one.
CHOOSE_SHOWN = "Choose one of the options shown."

# The hidden field of a form that adds a row; templates/_submission.html
# renders it, with the same name.
SUBMISSION = "submission"
RESEND = (
    "This page was out of date, so nothing was saved. Please check the form "
    "and send it again."
)


class SubmissionInput(forms.HiddenInput):
    """The hidden token, with a new value each time the form is shown.

    It renders ``_submission.html``, the one fragment every such form uses,
    also those written out by hand. A form shown again with errors gets a new
    token too: the one it was sent with claimed nothing.
    """

    def render(self, name, value, attrs=None, renderer=None):
        return render_to_string("_submission.html")


class SubmissionField(forms.UUIDField):
    """A form's one-time token (``services.common.earlier_submission``): a
    UUID, or None when missing or malformed, which the form refuses in
    ``OneSubmissionMixin.clean`` with a message at the top."""

    widget = SubmissionInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        try:
            return super().clean(value)
        except forms.ValidationError:
            return None


class OneSubmissionMixin:
    """For a form that adds a row: the token that lets it save only once.

    The form gets a ``submission`` field, cleaned to a UUID that its view
    passes to the service as ``submission``. A form sent without a valid token
    (a page from before tokens, or a tampered one) gets an error and saves
    nothing. ``adds_a_row`` is False for a form that changes a row (a model
    form with a saved ``instance``): it has no token.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.adds_a_row:
            self.fields[SUBMISSION] = SubmissionField()

    @property
    def adds_a_row(self) -> bool:
        instance = getattr(self, "instance", None)
        return instance is None or instance.pk is None

    def clean(self):
        cleaned = super().clean()
        if self.adds_a_row and self.cleaned_data.get(SUBMISSION) is None:
            raise forms.ValidationError(RESEND, code="submission")
        return cleaned


# For text longer than its field's maximum; the box stops typing there, so
# mostly pasted text gets it.
TOO_LONG = "Keep this to %(limit_value)d characters or fewer (it has %(show_value)d)."
