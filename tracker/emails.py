"""What the app's emails share."""

import email.policy
import logging
import threading

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


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


# Emails being sent by send_in_background, so tests can wait for them.
_sending: set[threading.Thread] = set()
_sending_lock = threading.Lock()


def send_in_background(message: EmailMultiAlternatives) -> None:
    """Send ``message`` from another thread, so the answer does not wait for it.

    Password reset uses it: talking to the mail server takes time that an
    answer about an unknown address would not, and would tell a stranger which
    addresses have an account. A failure is logged, as Django's own password
    reset does, since nobody is waiting for it.
    """

    def send() -> None:
        try:
            message.send()
        except Exception:
            logger.exception("Could not send an email to %s", message.to)
        finally:
            with _sending_lock:
                _sending.discard(threading.current_thread())

    thread = threading.Thread(target=send, name="send-email")
    with _sending_lock:
        _sending.add(thread)
    thread.start()


def wait_for_background_emails(timeout: float = 10.0) -> None:
    """Wait until every email handed to ``send_in_background`` has gone."""
    with _sending_lock:
        threads = list(_sending)
    for thread in threads:
        thread.join(timeout)
