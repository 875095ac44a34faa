"""Site pages (home, standard, search), the LegalAct snippet, and the editable menu and footer."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex, TranslatableMixin
from wagtail.search import index

from .blocks import BaseStreamBlock, LinkBlock
from .i18n import pick


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.StandardPage", "courses.CourseIndexPage", "webinars.WebinarIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find a live descendant by its stored url_path in one query instead of one per level.

        Wagtail's default walks the tree a level at a time (two queries per level, eight for a
        lesson). Anything not found this way (e.g. sub-routes) falls back to that default.
        """
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.live().filter(url_path=url_path).first()
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from courses.models import CoursePage

        context = super().get_context(request, *args, **kwargs)
        context["featured_courses"] = (
            CoursePage.objects.live().filter(locale_id=self.locale_id).select_related("topic").order_by("path")[:6]
        )
        return context


class StandardPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class LegalActQuerySet(models.QuerySet):
    def needing_review(self):
        return self.filter(status__in=[LegalAct.Status.AMENDED, LegalAct.Status.REPEALED])


class LegalAct(index.Indexed, models.Model):
    """A law, decree or treaty that lessons cite through the legal provision block.

    One row serves every language; the title is kept in kk, ru and en. When its status becomes
    amended or repealed, every live page citing it is listed in the admin as needing legal review.
    """

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("Amended")
        REPEALED = "repealed", _("Repealed")

    title_kk = models.CharField(_("title (Kazakh)"), max_length=300)
    title_ru = models.CharField(_("title (Russian)"), max_length=300, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    number = models.CharField(_("number"), max_length=50, blank=True)
    adopted_on = models.DateField(_("adoption date"), null=True, blank=True)
    official_url = models.URLField(_("official link"), blank=True, help_text=_("For example the act on adilet.zan.kz."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.IN_FORCE)
    last_verified_on = models.DateField(_("last verified"), null=True, blank=True)

    objects = LegalActQuerySet.as_manager()

    panels = [
        MultiFieldPanel([FieldPanel("title_kk"), FieldPanel("title_ru"), FieldPanel("title_en")], heading=_("Title")),
        FieldPanel("number"),
        FieldPanel("adopted_on"),
        FieldPanel("official_url"),
        FieldPanel("status"),
        FieldPanel("last_verified_on"),
    ]
    search_fields = [
        index.SearchField("title_kk"),
        index.SearchField("title_ru"),
        index.SearchField("title_en"),
        index.SearchField("number"),
        index.AutocompleteField("title_kk"),
        index.AutocompleteField("title_ru"),
        index.AutocompleteField("title_en"),
    ]

    class Meta:
        ordering = ["title_kk"]
        verbose_name = _("legal act")
        verbose_name_plural = _("legal acts")

    def __str__(self):
        return f"{self.title} № {self.number}" if self.number else self.title

    @property
    def title(self):
        return pick(self, "title")

    def title_in(self, language):
        return pick(self, "title", language)

    @property
    def needs_review(self):
        return self.status != self.Status.IN_FORCE

    def citing_pages(self):
        """Live pages whose content cites this act (from Wagtail's reference index)."""
        return pages_citing([self.pk])


def pages_citing(act_ids):
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(LegalAct),
        to_object_id__in=[str(pk) for pk in act_ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).specific().order_by("path")


class MainMenu(TranslatableMixin, models.Model):
    """The header navigation, one per language."""

    items = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("items"))

    panels = [FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")

    def __str__(self):
        return str(_("Main menu (%(language)s)") % {"language": self.locale.language_code})


class Footer(TranslatableMixin, models.Model):
    """The footer text and links, one per language."""

    text = RichTextField(_("text"), blank=True, features=["bold", "italic", "link"])
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("text"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.language_code})

    @cached_property
    def link_list(self):
        return list(self.links)
