"""What the app's emails share."""

import email.policy

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


class UnfoldedEmail(EmailMultiAlternatives):
    """An email whose header lines are never folded into encoded words.

    The SMTP policy folds a header line longer than 78 characters. A URL has
    no space to fold at, so Python would write the List-Unsubscribe header as
    RFC 2047 encoded words, which mail apps do not read as a URL (RFC 2369
    allows none there), and one-click unsubscribe would silently go missing.
    RFC 5322 allows lines of up to 998 characters.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def message_from_templates(
    name: str, context: dict, *, to: str, unsubscribe_url: str
) -> UnfoldedEmail:
    """Return the email made of ``emails/<name>_subject.txt``, ``_body.txt`` and
    ``_body.html``, with one-click unsubscribe headers (RFC 8058)."""
    context = {**context, "unsubscribe_url": unsubscribe_url}
    subject = render_to_string(f"emails/{name}_subject.txt", context)
    message = UnfoldedEmail(
        # A subject is one line, whatever a medicine's own name holds.
        subject=" ".join(subject.split()),
        body=render_to_string(f"emails/{name}_body.txt", context),
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string(f"emails/{name}_body.html", context), "text/html"
    )
    return message
