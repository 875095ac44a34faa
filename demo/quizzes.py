"""Loads the demo item bank, pre/post tests, lesson checks and the AI survey (format: content/QUIZ_FORMAT.md).

Idempotent like the page loader: items, blueprints and assessments are found by key or slug and an
existing one is left untouched.
"""

import importlib

from courses.models import LessonPage, Skill
from quizzes.models import Assessment, AssessmentItem, Blueprint, BlueprintRule, Item, Option, Scenario

LANGUAGES = ["kk", "ru", "en"]


def _columns(field, texts):
    return {f"{field}_{code}": (texts or {}).get(code, "") for code in LANGUAGES}


class QuizLoader:
    def __init__(self, act_ids):
        self.act_ids = act_ids
        self.created = 0

    def ensure_scenarios(self, scenarios):
        found = {}
        for data in scenarios:
            scenario = Scenario.objects.filter(title_en=data["title"]["en"]).first()
            if scenario is None:
                scenario = Scenario.objects.create(
                    **_columns("title", data["title"]), **_columns("situation", data["situation"])
                )
                self.created += 1
            found[data["key"]] = scenario
        return found

    def _options(self, data):
        kind = data["kind"]
        if kind == "matching":
            return [
                {"is_correct": True, **_columns("text", pair["left"]), **_columns("match", pair["right"])}
                for pair in data["pairs"]
            ]
        if kind == "ordering":
            return [{"is_correct": True, **_columns("text", step)} for step in data["steps"]]
        if kind == "short":
            accepted = data["accepted"]
            rows = max(len(values) for values in accepted.values())
            return [
                {
                    "is_correct": True,
                    **{
                        f"text_{code}": (accepted.get(code) or [""])[min(i, len(accepted.get(code) or [""]) - 1)]
                        for code in LANGUAGES
                    },
                }
                for i in range(rows)
            ]
        return [
            {
                "is_correct": bool(option.get("correct")),
                **_columns("text", option["text"]),
                **_columns("feedback", option.get("feedback")),
            }
            for option in data.get("options", [])
        ]

    def ensure_item(self, data, scenarios, *, survey=False):
        item = Item.objects.filter(key=data["key"]).first()
        if item is not None:
            return item
        item = Item(
            key=data["key"],
            kind=data["kind"],
            status=Item.Status.PUBLISHED,
            difficulty=data.get("difficulty", 3),
            scenario=scenarios.get(data.get("scenario")) if data.get("scenario") else None,
            legal_act_id=self.act_ids.get(data.get("act")),
            variable=data.get("variable", "") if survey else "",
            allow_dont_know=data.get("allow_dont_know", False),
            allow_prefer_not=data.get("allow_prefer_not", False),
            identifying=data.get("identifying", False) if survey else False,
            min_value=data.get("min"),
            max_value=data.get("max"),
            **_columns("stem", data["stem"]),
            **_columns("explanation", data.get("explanation")),
            **_columns("article", data.get("article")),
        )
        item.options = [Option(sort_order=i, **fields) for i, fields in enumerate(self._options(data))]
        item.skills = list(Skill.objects.filter(code__in=data.get("skills", [])))
        item.save()  # also freezes version 1
        self.created += 1
        return item

    def ensure_assessment(self, slug, fields, items=()):
        assessment = Assessment.objects.filter(slug=slug).first()
        if assessment is not None:
            return assessment
        assessment = Assessment(slug=slug, is_published=True, **fields)
        assessment.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(items)]
        assessment.save()
        self.created += 1
        return assessment

    def ensure_blueprint(self, name, rules, prefix):
        blueprint = Blueprint.objects.filter(name=name).first()
        if blueprint is not None:
            return blueprint
        blueprint = Blueprint(name=name, seed=2026)
        blueprint.rules = [
            BlueprintRule(skill=Skill.objects.get(code=code), count=count, pool_tag=prefix, sort_order=i)
            for i, (code, count) in enumerate(rules.items())
        ]
        blueprint.save()
        self.created += 1
        return blueprint

    def load_course(self, course_module, courses):

        try:
            module = importlib.import_module(f"demo.content.quiz_{course_module}")
        except ModuleNotFoundError:
            return
        course = courses["kk"]
        slug = course.slug
        scenarios = self.ensure_scenarios(getattr(module, "SCENARIOS", []))
        items = {data["key"]: self.ensure_item(data, scenarios) for data in module.ITEMS}
        prefix = module.ITEMS[0]["key"].split("-")[0] + "-"
        blueprint = self.ensure_blueprint(f"{slug}: pre/post", module.PRE_POST["rules"], prefix)
        title = module.PRE_POST["title"]
        for kind, suffix, extra in (
            (Assessment.Kind.PRE_TEST, "pre", {"max_attempts": 1}),
            (Assessment.Kind.POST_TEST, "post", {"max_attempts": 2, "pass_mark": 60, "certainty_marking": True}),
        ):
            labels = {
                "pre": {"kk": "Бастапқы тест", "ru": "Входной тест", "en": "Pre-test"},
                "post": {"kk": "Қорытынды тест", "ru": "Итоговый тест", "en": "Post-test"},
            }[suffix]
            self.ensure_assessment(
                f"{slug}-{suffix}",
                {
                    "kind": kind,
                    "course": course,
                    "blueprint": blueprint,
                    "feedback": Assessment.Feedback.AFTER_SUBMIT,
                    "shuffle_items": True,
                    **{f"title_{code}": f"{labels[code]}: {title[code]}" for code in LANGUAGES},
                    **extra,
                },
            )
        lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
        for lesson_slug, keys in module.LESSON_CHECKS.items():
            lesson = lessons.get(lesson_slug)
            if lesson is None:
                continue
            self.ensure_assessment(
                f"{slug}-{lesson_slug}-check",
                {
                    "kind": Assessment.Kind.LESSON_CHECK,
                    "course": course,
                    "lesson": lesson,
                    "feedback": Assessment.Feedback.IMMEDIATE,
                    **{
                        f"title_{code}": {"kk": "Өзіңізді тексеріңіз", "ru": "Проверьте себя", "en": "Check yourself"}[
                            code
                        ]
                        for code in LANGUAGES
                    },
                },
                [items[key] for key in keys],
            )

    def load_survey(self):
        try:
            module = importlib.import_module("demo.content.survey_ai")
        except ModuleNotFoundError:
            return
        data = module.SURVEY
        items = [
            self.ensure_item({**question, "key": f"survey-{question['key']}"}, {}, survey=True)
            for question in data["questions"]
        ]
        self.ensure_assessment(
            data["key"],
            {
                "kind": Assessment.Kind.SURVEY,
                "anonymous": data.get("anonymous", True),
                "shuffle_options": False,
                **_columns("title", data["title"]),
                **_columns("intro", data.get("intro")),
                **_columns("consent", data["consent"]),
            },
            items,
        )
