"""Builds the demo site from demo/content: idempotent, so running it twice changes nothing.

Pages are created in Kazakh (the source locale) and translated into Russian and English with
Wagtail's copy_for_translation, then given their prewritten text and published. An existing page
(same parent and slug in that locale) is left untouched.
"""

import importlib
import json
from html import escape

from django.db import transaction

from wagtail.models import Locale, Page, ReferenceIndex, Site

from cms.models import Footer, HomePage, LegalAct, MainMenu, StandardPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, Skill, Topic

from . import certificates as certificate_demo
from .content import COURSE_MODULES, acts, site
from .quizzes import QuizLoader
from .universities import UniversityDemo
from .webinars import WebinarDemo

LANGUAGES = ["kk", "ru", "en"]
TRANSLATIONS = ["ru", "en"]


def _para(text):
    return f"<p>{escape(text)}</p>"


def _block(kind, value, act_ids):
    if kind == "heading":
        return {"type": "heading", "value": {"text": value, "size": "h2"}}
    if kind == "paragraph":
        return {"type": "paragraph", "value": value}
    if kind == "callout":
        return {
            "type": "callout",
            "value": {"kind": value["kind"], "title": value.get("title", ""), "text": _para(value["text"])},
        }
    if kind == "key_term":
        return {"type": "key_term", "value": {"term": value["term"], "definition": _para(value["definition"])}}
    if kind == "case":
        return {
            "type": "case",
            "value": {
                "title": value["title"],
                "situation": _para(value["situation"]),
                "question": value.get("question", ""),
                "answer": _para(value["answer"]),
            },
        }
    if kind == "legal_provision":
        return {
            "type": "legal_provision",
            "value": {"act": act_ids[value["act"]], "article": value["article"], "excerpt": value["excerpt"]},
        }
    if kind == "adaptive":
        return {
            "type": "adaptive",
            "value": {variant: [_block(k, v, act_ids) for k, v in value[variant]] for variant in ("plain", "detailed")},
        }
    raise ValueError(f"Unknown block kind {kind!r}")


def _stream(blocks, act_ids):
    return json.dumps([_block(kind, value, act_ids) for kind, value in blocks])


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.locales = {}

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # -- reference data ----------------------------------------------------------------------

    def ensure_locales(self):
        for code in LANGUAGES:
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)

    def ensure_acts(self):
        ids = {}
        for act in acts.ACTS:
            obj = LegalAct.objects.filter(title_en=act["title"]["en"]).first()
            if obj is None:
                obj = LegalAct.objects.create(
                    title_kk=act["title"]["kk"],
                    title_ru=act["title"]["ru"],
                    title_en=act["title"]["en"],
                    number=act["number"],
                    adopted_on=act["adopted"],
                    official_url=act["url"],
                    status=LegalAct.Status.IN_FORCE,
                )
                self.created += 1
            ids[act["slug"]] = obj.pk
        return ids

    def ensure_topics(self):
        topics = {}
        for topic in acts.TOPICS:
            obj, created = Topic.objects.get_or_create(
                slug=topic["slug"],
                defaults={f"name_{code}": topic["name"][code] for code in LANGUAGES},
            )
            self.created += created
            topics[topic["slug"]] = obj
        return topics

    def ensure_skills(self, skills, topic):
        for skill in skills:
            _obj, created = Skill.objects.get_or_create(
                code=skill["code"],
                defaults={"topic": topic, **{f"name_{code}": skill["name"][code] for code in LANGUAGES}},
            )
            self.created += created

    # -- pages --------------------------------------------------------------------------------

    def _publish(self, page):
        page.save_revision().publish()
        ReferenceIndex.create_or_update_for_object(page)

    def _child(self, parent, slug, locale):
        return Page.objects.child_of(parent).filter(slug=slug, locale=locale).first()

    def ensure_page(self, parent, model, slug, fields):
        """Create ``model`` under ``parent`` in kk and its ru/en translations; returns {code: page}."""
        pages = {}
        source = self._child(parent, slug, self.locales["kk"])
        if source is None:
            source = model(slug=slug, locale=self.locales["kk"], **fields("kk"))
            parent.add_child(instance=source)
            self._publish(source)
            self.created += 1
        pages["kk"] = source.specific
        for code in TRANSLATIONS:
            translation = source.get_translation_or_none(self.locales[code])
            if translation is None:
                translation = source.specific.copy_for_translation(self.locales[code])
                for name, value in fields(code).items():
                    setattr(translation, name, value)
                translation.slug = slug
                translation.save()
                self._publish(translation)
                self.created += 1
            pages[code] = translation.specific
        return pages

    def ensure_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locales["kk"], depth=2).first()
        if home is None:
            for old in Page.objects.child_of(root).not_type(HomePage):
                old.delete()  # Wagtail's "Welcome" placeholder page
            home = HomePage(
                slug="home",
                locale=self.locales["kk"],
                title=site.HOME["title"]["kk"],
                hero_title=site.HOME["hero_title"]["kk"],
                hero_text=site.HOME["hero_text"]["kk"],
            )
            root.add_child(instance=home)
            self._publish(home)
            self.created += 1
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Sauat"},
            )
        pages = {"kk": home}
        for code in TRANSLATIONS:
            translation = home.get_translation_or_none(self.locales[code])
            if translation is None:
                translation = home.copy_for_translation(self.locales[code])
                translation.title = site.HOME["title"][code]
                translation.hero_title = site.HOME["hero_title"][code]
                translation.hero_text = site.HOME["hero_text"][code]
                translation.save()
                self._publish(translation)
                self.created += 1
            pages[code] = translation.specific
        return pages

    def ensure_course(self, module, catalogue, topics, act_ids):
        data = module.COURSE
        self.ensure_skills(module.SKILLS, topics[data["topic"]])
        skills = list(Skill.objects.filter(code__in=data["skills"]))

        def course_fields(code):
            return {
                "title": data["title"][code],
                "summary": data["summary"][code],
                "audience": data["audience"][code],
                "prerequisites": data.get("prerequisites", {}).get(code, ""),
                "level": data["level"],
                "topic": topics[data["topic"]],
                "estimated_minutes": sum(lesson["estimated_minutes"] for lesson in data["lessons"]),
                "skills": skills,
            }

        courses = self.ensure_page(catalogue["kk"], CoursePage, data["slug"], course_fields)
        for lesson in data["lessons"]:
            lesson_skills = list(Skill.objects.filter(code__in=lesson["skills"]))

            def lesson_fields(code, lesson=lesson, lesson_skills=lesson_skills):
                return {
                    "title": lesson["title"][code],
                    "estimated_minutes": lesson["estimated_minutes"],
                    "objectives": json.dumps(
                        [{"type": "objective", "value": text} for text in lesson["objectives"][code]]
                    ),
                    "body": _stream(lesson["body"][code], act_ids),
                    "skills": lesson_skills,
                }

            self.ensure_page(courses["kk"], LessonPage, lesson["slug"], lesson_fields)
        return courses

    def ensure_navigation(self, catalogue, about):
        for code in LANGUAGES:
            locale = self.locales[code]
            if not MainMenu.objects.filter(locale=locale).exists():
                source = MainMenu.objects.filter(locale=self.locales["kk"]).first()
                menu = MainMenu(locale=locale)
                if source is not None:
                    menu.translation_key = source.translation_key
                menu.items = json.dumps(
                    [
                        {
                            "type": "link",
                            "value": {
                                "label": site.MENU_LABELS["courses"][code],
                                "page": catalogue[code].pk,
                                "url": "",
                            },
                        },
                        {
                            "type": "link",
                            "value": {"label": site.MENU_LABELS["about"][code], "page": about[code].pk, "url": ""},
                        },
                    ]
                )
                menu.save()
                self.created += 1
            if not Footer.objects.filter(locale=locale).exists():
                source = Footer.objects.filter(locale=self.locales["kk"]).first()
                footer = Footer(locale=locale, text=site.FOOTER[code])
                if source is not None:
                    footer.translation_key = source.translation_key
                footer.links = json.dumps(
                    [
                        {
                            "type": "link",
                            "value": {"label": site.MENU_LABELS["about"][code], "page": about[code].pk, "url": ""},
                        }
                    ]
                )
                footer.save()
                self.created += 1

    @transaction.atomic
    def load(self):
        self.ensure_locales()
        act_ids = self.ensure_acts()
        topics = self.ensure_topics()
        home = self.ensure_home()
        catalogue = self.ensure_page(
            home["kk"],
            CourseIndexPage,
            site.CATALOGUE["slug"],
            lambda code: {"title": site.CATALOGUE["title"][code], "intro": site.CATALOGUE["intro"][code]},
        )
        about = self.ensure_page(
            home["kk"],
            StandardPage,
            site.ABOUT["slug"],
            lambda code: {
                "title": site.ABOUT["title"][code],
                "intro": site.ABOUT["intro"][code],
                "body": json.dumps([{"type": "paragraph", "value": site.ABOUT["body"][code]}]),
            },
        )
        quizzes = QuizLoader(act_ids)
        for name in COURSE_MODULES:
            module = importlib.import_module(f"demo.content.{name}")
            courses = self.ensure_course(module, catalogue, topics, act_ids)
            quizzes.load_course(name, courses)
        quizzes.load_survey()
        self.ensure_navigation(catalogue, about)
        self.created += quizzes.created
        webinars = WebinarDemo(self)
        webinars.ensure_menu_links(webinars.load(home, topics))
        certificate_demo.load(self)
        UniversityDemo(self).load(topics)
        from .analytics import load_demo_analytics

        load_demo_analytics(self)
        from .research import load_demo_research

        load_demo_research(self)  # needs the analytics learners; projects only once researchers exist
        from .tutor_cards import load_answer_cards

        self.created += load_answer_cards()
        return self.created
