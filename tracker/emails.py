"""What the app's emails share."""

import email.policy

from django.core.mail import EmailMultiAlternatives


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
