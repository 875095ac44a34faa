"""Who may see what in analytics (the one place for these checks)."""


def can_view_events(user) -> bool:
    """Learning events and the xAPI forwarding status: staff with the "view learning event" permission."""
    return bool(user and user.is_authenticated and user.has_perm("analytics.view_learningevent"))
