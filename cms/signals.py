"""Invalidate the anonymous page cache whenever published content or shared snippets change."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import bump_generation

page_published.connect(bump_generation, dispatch_uid="sauat_cache_publish")
page_unpublished.connect(bump_generation, dispatch_uid="sauat_cache_unpublish")
post_page_move.connect(bump_generation, dispatch_uid="sauat_cache_move")


def _bump_for_content_models(sender, **kwargs):
    if sender._meta.app_label in {"cms", "courses", "wagtailcore"} and sender._meta.model_name in {
        "legalact",
        "mainmenu",
        "footer",
        "skill",
        "topic",
        "page",
        "coursepage",
        "lessonpage",
        "homepage",
        "standardpage",
        "courseindexpage",
    }:
        bump_generation()


post_save.connect(_bump_for_content_models, dispatch_uid="sauat_cache_save")
post_delete.connect(_bump_for_content_models, dispatch_uid="sauat_cache_delete")
