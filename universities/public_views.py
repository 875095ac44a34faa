"""Public pages: the legal clinic directory, a clinic's page with the intake form, and joining a cohort."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.models import Topic

from . import actions
from .exceptions import JoinClosedError
from .forms import IntakeForm, JoinCodeForm
from .models import Intake, LegalClinic

DIRECTORY_PAGE_SIZE = 12


def directory_view(request):
    filters = {key: request.GET.get(key, "").strip()[:100] for key in ("city", "language", "specialisation")}
    clinics = LegalClinic.objects.active().select_related("university").prefetch_related("specialisations")
    if filters["city"]:
        clinics = clinics.filter(city__iexact=filters["city"])
    if filters["language"] in dict(settings.LANGUAGES):
        # languages is a JSON list; a quoted match works on SQLite and PostgreSQL alike.
        clinics = clinics.filter(languages__icontains=f'"{filters["language"]}"')
    if filters["specialisation"]:
        clinics = clinics.filter(specialisations__slug=filters["specialisation"])
    context = {
        "filters": filters,
        "page_obj": Paginator(clinics.order_by("city", "name_kk"), DIRECTORY_PAGE_SIZE).get_page(
            request.GET.get("page")
        ),
        "cities": LegalClinic.objects.active().order_by("city").values_list("city", flat=True).distinct(),
        "languages": settings.LANGUAGES,
        "topics": Topic.objects.filter(legal_clinics__is_active=True).distinct(),
        "query_string": urlencode({k: v for k, v in filters.items() if v}),
    }
    return render(request, "universities/clinic_directory.html", context)


def _clinic(slug):
    clinic = LegalClinic.objects.active().select_related("university").filter(slug=slug).first()
    if clinic is None:
        raise Http404("No such clinic.")
    return clinic


def clinic_view(request, slug):
    clinic = _clinic(slug)
    form = IntakeForm(request.POST or None, clinic=clinic)
    if request.method == "POST" and form.is_valid():
        intake, _created = actions.submit_intake(
            clinic,
            user=request.user,
            submission_key=form.cleaned_data["submission_key"],
            language=(get_language() or settings.LANGUAGE_CODE)[:2],
            **form.intake_fields(),
        )
        request.session["clinic_intake"] = intake.reference
        return redirect(reverse("clinics:thanks", args=[clinic.slug]))
    return render(request, "universities/clinic.html", {"clinic": clinic, "form": form})


def thanks_view(request, slug):
    clinic = _clinic(slug)
    reference = request.session.get("clinic_intake")
    intake = Intake.objects.filter(reference=reference, clinic=clinic).first() if reference else None
    if intake is None:
        return redirect(clinic.get_absolute_url())
    return render(request, "universities/clinic_thanks.html", {"clinic": clinic, "intake": intake})


@login_required
def join_code_view(request):
    form = JoinCodeForm(request.GET or None)
    if form.is_valid():
        cohort = actions.find_cohort_by_code(form.cleaned_data["code"])
        if cohort is not None:
            return redirect(cohort.get_join_url())
        form.add_error("code", _("No cohort has this code. Check it with your instructor."))
    return render(request, "universities/join_code.html", {"form": form})


@login_required
def join_view(request, code):
    cohort = actions.find_cohort_by_code(code)
    if cohort is None:
        raise Http404("No such cohort.")
    already = cohort.members.filter(user=request.user).exists()
    if request.method == "POST":
        try:
            _membership, created = actions.join(request.user, cohort)
        except JoinClosedError as error:
            messages.error(request, str(error))
        else:
            if created:
                messages.success(request, _("You have joined %(cohort)s.") % {"cohort": cohort.name})
            return redirect("courses:my_learning")
    return render(
        request,
        "universities/join.html",
        {"cohort": cohort, "already": already, "open": cohort.accepts_joins(), "courses": cohort.course_list()},
    )
