from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import tracking


@receiver(user_logged_in)
def keep_anonymous_progress(sender, request, user, **kwargs):
    """Lessons completed before signing up or logging in stay completed afterwards."""
    if request is not None:
        tracking.import_session(request, user)
