"""Guarded status changes shared by clinic intakes and enrolment imports."""

from universities.exceptions import InvalidStatusError


class GuardedStatusMixin:
    """``status`` moves only along ``NEXT_STATUS``; any other move raises InvalidStatusError.

    Subclasses set ``NEXT_STATUS`` (status → allowed next statuses) and ``invalid_move_message``, a
    translatable text with the placeholders ``old`` and ``new``.
    """

    NEXT_STATUS: dict = {}
    invalid_move_message = ""

    def _move_to(self, status):
        if status not in self.NEXT_STATUS[self.status]:
            raise InvalidStatusError(
                self.invalid_move_message % {"old": self.get_status_display(), "new": self.Status(status).label}
            )
        self.status = status
