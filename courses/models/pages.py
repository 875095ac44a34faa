"""Catalogue, course and lesson pages. A course's identity across languages is its translation_key."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import LessonStreamBlock
from cms.page_cache import AnonymousPageCacheMixin


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


DURATIONS = {
    "short": (_("Up to 30 minutes"), 0, 30),
    "medium": (_("30 to 90 minutes"), 31, 90),
    "long": (_("More than 90 minutes"), 91, 100_000),
}


class CourseIndexPage(Page):
    """The catalogue: every live course below it in this language, filtered and paginated."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    page_size = 12

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self, filters):
        """Live courses in this page's language matching the cleaned ``filters`` dict."""
        courses = (
            CoursePage.objects.live()
            .descendant_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("topic")
            .order_by("path")
        )
        if filters.get("topic"):
            courses = courses.filter(topic__slug=filters["topic"])
        if filters.get("level") in Level.values:
            courses = courses.filter(level=filters["level"])
        if filters.get("duration") in DURATIONS:
            _label, low, high = DURATIONS[filters["duration"]]
            courses = courses.filter(estimated_minutes__gte=low, estimated_minutes__lte=high)
        if filters.get("lang"):
            available = CoursePage.objects.live().filter(locale__language_code=filters["lang"])
            courses = courses.filter(translation_key__in=available.values("translation_key"))
        if filters.get("q"):
            matches = CoursePage.objects.live().filter(locale_id=self.locale_id).search(filters["q"])
            courses = courses.filter(pk__in=[page.pk for page in matches])
        return courses

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        from .taxonomy import Topic

        context = super().get_context(request, *args, **kwargs)
        filters = {key: request.GET.get(key, "").strip()[:100] for key in ("topic", "level", "duration", "lang", "q")}
        context["filters"] = filters
        context["page_obj"] = Paginator(self.courses(filters), self.page_size).get_page(request.GET.get("page"))
        context["topics"] = Topic.objects.all()
        context["levels"] = Level.choices
        context["durations"] = [(key, value[0]) for key, value in DURATIONS.items()]
        context["languages"] = settings.LANGUAGES
        context["query_string"] = "&".join(f"{k}={v}" for k, v in filters.items() if v)
        return context


class CoursePage(AnonymousPageCacheMixin, Page):
    summary = models.TextField(_("summary"), max_length=500)
    audience = models.TextField(_("who it is for"), blank=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, default=Level.BEGINNER)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=30)
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    skills = ParentalManyToManyField("courses.Skill", verbose_name=_("skills"), blank=True, related_name="+")
    prerequisites = models.TextField(_("prerequisites"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_minutes"), FieldPanel("skills")],
            heading=_("Catalogue"),
        ),
        FieldPanel("prerequisites"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.FilterField("locale_id"),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    @property
    def course_key(self):
        return self.translation_key

    def lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from courses import tracking

        context = super().get_context(request, *args, **kwargs)
        lessons = list(self.lessons())
        context["lessons"] = lessons
        context["progress"] = tracking.progress_for(request, self, lessons)
        context["enrollment"] = tracking.enrollment_for(request, self)
        context["course_skills"] = list(self.skills.all())
        return context


class LessonPage(AnonymousPageCacheMixin, Page):
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=300))],
        blank=True,
        verbose_name=_("learning objectives"),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    skills = ParentalManyToManyField("courses.Skill", verbose_name=_("skills taught"), blank=True, related_name="+")
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("objectives"),
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("skills")], heading=_("Lesson details")),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @property
    def lesson_key(self):
        return self.translation_key

    @cached_property
    def course(self):
        """The course this lesson belongs to (its parent page), in one query."""
        return CoursePage.objects.get(path=self.path[: -self.steplen])

    def get_context(self, request, *args, **kwargs):
        from courses import tracking

        context = super().get_context(request, *args, **kwargs)
        course = self.course
        lessons = list(course.lessons())
        position = next((i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), 0)
        context.update(
            course=course,
            lessons=lessons,
            position=position + 1,
            previous_lesson=lessons[position - 1] if position > 0 else None,
            next_lesson=lessons[position + 1] if position + 1 < len(lessons) else None,
            progress=tracking.progress_for(request, course, lessons),
        )
        context["is_completed"] = self.translation_key in context["progress"].completed_keys
        return context

    def serve(self, request, *args, **kwargs):
        from courses import tracking

        tracking.record_view(request, self)
        return super().serve(request, *args, **kwargs)
