"""Course content (pages and taxonomy) and each learner's enrolment and progress."""

from .pages import CourseIndexPage, CoursePage, LessonPage
from .progress import Enrollment, LessonProgress
from .taxonomy import Skill, Topic

__all__ = ["CourseIndexPage", "CoursePage", "Enrollment", "LessonPage", "LessonProgress", "Skill", "Topic"]
