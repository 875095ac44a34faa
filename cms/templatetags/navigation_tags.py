"""Header menu, footer and language switcher for every page (templates/includes/)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from cms.models import Footer, MainMenu

register = template.Library()

LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def _for_active_locale(model):
    locale = Locale.get_active()
    return model.objects.filter(locale=locale).first() or model.objects.filter(locale=Locale.get_default()).first()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    menu = _for_active_locale(MainMenu)
    return {"menu": menu, "request": context.get("request"), "page": context.get("page")}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return {"footer": _for_active_locale(Footer), "request": context.get("request")}


@register.simple_tag(takes_context=True)
def link_url(context, link):
    """URL of a LinkBlock value, in the current language when the linked page is translated."""
    if link.get("page"):
        return link["page"].localized.get_url(request=context.get("request"))
    return link.get("url", "")


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language, each to this same page (or view) in that language."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    for code, _name in settings.LANGUAGES:
        if page is not None and isinstance(page, Page) and page.pk:
            target = translations.get(code)
            url = target.get_url(request=request) if target else f"/{code}/"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        links.append({"code": code, "label": LANGUAGE_LABELS.get(code, code), "url": url, "active": code == current})
    return {"links": links}


@register.simple_tag
def content_generation():
    """Changes whenever published content or shared snippets change; a key for fragment caches."""
    from cms.page_cache import generation

    return generation()
