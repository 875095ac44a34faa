"""Export specifications: what a researcher may ask for, checked against the project.

A clean spec is a small JSON object with sorted lists, so equal choices hash equally (spec_hash):
``{"instruments": [ids], "items": [keys] (empty: all), "free_text": bool, "excel_csv": bool}``.
"""

from django.utils.translation import gettext as _

from quizzes.models import Answer, Assessment

from .exceptions import ExportSpecError

#: Instruments a project may include: identified surveys and the graded tests whose gains researchers study.
RESEARCH_KINDS = (
    Assessment.Kind.SURVEY,
    Assessment.Kind.PRE_TEST,
    Assessment.Kind.POST_TEST,
    Assessment.Kind.COURSE_QUIZ,
)


def eligible_instruments():
    """Assessments a research project can include (anonymous surveys cannot: nobody can consent for them)."""
    return Assessment.objects.filter(kind__in=RESEARCH_KINDS, anonymous=False).order_by("kind", "slug")


def administered_item_keys(instrument_ids):
    """Keys of every item answered in these instruments, sorted."""
    keys = (
        Answer.objects.filter(attempt__assessment_id__in=list(instrument_ids))
        .order_by()
        .values_list("item__key", flat=True)
        .distinct()
    )
    return sorted(keys)


def _bool(raw, name):
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise ExportSpecError(_("“%(name)s” must be true or false.") % {"name": name})
    return value


def clean_spec(project, raw) -> dict:
    """The spec ``raw`` as the project allows it, or ExportSpecError naming every problem."""
    if not isinstance(raw, dict):
        raise ExportSpecError(_("The export specification must be an object."))
    unknown = sorted(set(raw) - {"instruments", "items", "free_text", "excel_csv"})
    problems = [_("Unknown option “%(name)s”.") % {"name": name} for name in unknown]
    allowed = set(project.instruments.values_list("pk", flat=True))
    instruments = raw.get("instruments") or sorted(allowed)
    if not isinstance(instruments, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) for i in instruments
    ):
        problems.append(_("“instruments” must be a list of instrument ids."))
        instruments = []
    outside = sorted(set(instruments) - allowed)
    if outside:
        problems.append(_("Instruments %(ids)s are not part of this project.") % {"ids": ", ".join(map(str, outside))})
    items = raw.get("items") or []
    if not isinstance(items, list) or not all(isinstance(key, str) for key in items):
        problems.append(_("“items” must be a list of question keys."))
        items = []
    elif items and not outside:
        known = set(administered_item_keys(instruments))
        missing = sorted(set(items) - known)
        if missing:
            problems.append(
                _("Questions %(keys)s were not answered in the chosen instruments.") % {"keys": ", ".join(missing)}
            )
    try:
        free_text, excel_csv = _bool(raw, "free_text"), _bool(raw, "excel_csv")
    except ExportSpecError as error:
        problems.append(str(error))
        free_text = excel_csv = False
    if free_text and not project.free_text_approved:
        problems.append(_("This project is not approved for free-text answers."))
    if problems:
        raise ExportSpecError(" ".join(problems))
    return {
        "instruments": sorted(set(instruments)),
        "items": sorted(set(items)),
        "free_text": free_text,
        "excel_csv": excel_csv,
    }
