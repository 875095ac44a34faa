"""The Research Data Package built from a small identified survey: files, privacy, formats, determinism.

The survey and its answers are made here through the real survey workflow (quizzes.actions.submit_survey),
so these tests do not depend on the demo's wording; tests/research/test_demo_package.py packs the demo.
"""

import io
import json
import zipfile
from collections import Counter
from datetime import timedelta

import pandas as pd
import pyreadstat
import pytest
from frictionless import validate

from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from accounts.models import User
from analytics.research import build_package
from quizzes.actions import submit_survey
from quizzes.models import Assessment, AssessmentItem, Item, Option
from research import actions
from research.models import ResearchConsent, ResearchProject
from research.pseudonyms import Pseudonymiser

KK_SCALE = ["Мүлдем келіспеймін", "Келіспеймін", "Бейтарап", "Келісемін", "Толық келісемін"]


def _item(key, kind, options=(), **extra):
    item = Item(
        key=key,
        kind=kind,
        status=Item.Status.PUBLISHED,
        stem_kk=f"Сұрақ {key}",
        stem_ru=f"Вопрос {key}",
        stem_en=f"Question {key}",
        **extra,
    )
    item.options = [
        Option(sort_order=i, text_kk=kk, text_ru=f"{kk} (ru)", text_en=f"{kk} (en)") for i, kk in enumerate(options)
    ]
    item.save()
    return item


def make_survey(slug="rdp-survey"):
    items = [
        _item(f"{slug}-use", "choice", ["Күн сайын", "Апта сайын", "Ешқашан"], variable="q_use"),
        _item(f"{slug}-kinds", "multichoice", ["Чат", "Аударма", "Басқа"], variable="q_kinds", allow_dont_know=True),
        _item(f"{slug}-rights", "likert", KK_SCALE, variable="q_rights", allow_prefer_not=True),
        _item(f"{slug}-apps", "number", variable="q_apps", min_value=0, max_value=50),
        _item(f"{slug}-place", "choice", ["Қала", "Ауыл"], variable="q_place", identifying=True),
        _item(f"{slug}-help", "text", variable="q_help"),
    ]
    survey = Assessment(
        slug=slug,
        kind=Assessment.Kind.SURVEY,
        is_published=True,
        anonymous=False,
        title_kk="Сауалнама",
        title_ru="Опрос",
        title_en="Survey",
        consent_kk="Келісемін",
    )
    survey.fixed_items = [AssessmentItem(item=item, sort_order=i) for i, item in enumerate(items)]
    survey.save()
    return survey, items


def _keys(item):
    return [option.key for option in item.options.all()]


def answer(survey, items, user, n, *, text=""):
    use, kinds, rights, apps, place, help_item = items
    responses = {
        use.key: {"choice": _keys(use)[n % 3]},
        kinds.key: {"special": "dont_know"} if n % 7 == 0 else {"choices": _keys(kinds)[: 1 + n % 3]},
        rights.key: {"choice": _keys(rights)[n % 5]} if n % 6 else {"special": "prefer_not"},
        apps.key: {"number": n % 9},
        place.key: {"choice": _keys(place)[n % 2]},
        help_item.key: {"text": text or f"Жауап {n}"},
    }
    if n % 5 == 4:
        del responses[use.key]  # seen but not answered
    submit_survey(survey, user, responses, consent=True, language=["kk", "ru", "en"][n % 3])


def make_project(pi, instruments, **fields):
    project = ResearchProject.objects.create(
        title="Құқықтық сауаттылық зерттеуі",
        principal_investigator=pi,
        investigator_name="Dr. A. Researcher",
        institution="KazNU",
        purpose="Measure legal literacy.",
        ethics_reference="LEC-1",
        ends_on=timezone.localdate() + timedelta(days=90),
        **fields,
    )
    project.instruments.set(instruments)
    actions.save_consent_text(project, text_kk="Зерттеуге келісемін.", text_ru="Согласен.", text_en="I agree.")
    actions.submit_project(project, by=pi)
    admin = User.objects.filter(is_superuser=True).first() or User.objects.create_superuser("root@example.kz", "x")
    actions.approve_project(project, by=admin, free_text=fields.get("requests_free_text", False))
    return project


@pytest.fixture
def study(db):
    """40 respondents; 34 consent, one of them later withdraws; 6 never decide."""
    pi = User.objects.create_user(email="pi@example.kz", password="x")
    pi.groups.add(Group.objects.get(name=roles.RESEARCHERS))
    survey, items = make_survey()
    project = make_project(pi, [survey], requests_free_text=True)
    people = []
    for n in range(40):
        user = User.objects.create_user(
            email=f"respondent{n}@example.kz",
            password="x",
            preferred_language=["kk", "ru", "en"][n % 3],
            age_band=["18-24", "25-34"][n % 2],
            gender=["female", "male"][(n // 2) % 2],
            settlement_type="urban",
        )
        special = '=HYPERLINK("http://x")' if n == 1 else "Хабарласыңыз: +7 701 123 45 67" if n == 2 else ""
        answer(survey, items, user, n, text=special)
        if n < 34:
            actions.record_consent(project, user, granted=True, language="kk")
        people.append(user)
    actions.record_consent(project, people[0], granted=False)
    return {"project": project, "survey": survey, "items": items, "people": people, "pi": pi}


def spec_for(project, **options):
    return {
        "instruments": sorted(project.instruments.values_list("pk", flat=True)),
        "items": [],
        "free_text": False,
        "excel_csv": False,
        **options,
    }


def csv(package, name):
    return pd.read_csv(io.BytesIO(package.files[f"data/{name}.csv"]), dtype=str, keep_default_na=False)


def test_package_has_every_part_of_the_spec(study):
    package = build_package(study["project"], spec_for(study["project"]))
    names = set(package.files)
    for required in (
        "datapackage.json",
        "manifest.json",
        "privacy_report.json",
        "README.md",
        "CITATION.cff",
        "LICENSE.txt",
        "r/load.R",
        "analysis/methods.md",
        "codebook/codebook.csv",
        "codebook/codebook.xlsx",
        "codebook/codebook.html",
        "excel/sauat_research_data.xlsx",
    ):
        assert required in names
    for table in ("participants", "responses_long", "wide_rdp_survey", "scores", "gains", "item_stats"):
        for folder, suffix in (("data", "csv"), ("parquet", "parquet"), ("spss", "sav"), ("stata", "dta")):
            assert f"{folder}/{table}.{suffix}" in names
    instrument = [name for name in names if name.startswith("instruments/rdp-survey_")]
    assert {name.rsplit("_", 1)[-1] for name in instrument} >= {"kk.pdf", "ru.pdf", "en.pdf"}
    assert any(name.endswith(".json") for name in instrument)
    assert all(package.files[name].startswith(b"%PDF") for name in instrument if name.endswith(".pdf"))
    manifest = json.loads(package.files["manifest.json"])
    import hashlib

    for name, digest in manifest["files"].items():
        assert hashlib.sha256(package.files[name]).hexdigest() == digest
    assert set(manifest["files"]) == names - {"manifest.json"}
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
        assert sorted(archive.namelist()) == sorted(names)


def test_datapackage_validates_with_frictionless(study, tmp_path):
    package = build_package(study["project"], spec_for(study["project"]))
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
        archive.extractall(tmp_path)
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_datapackage_enum_catches_an_out_of_range_code(study, tmp_path):
    """frictionless does not enforce categories, so the descriptor also has constraints.enum."""
    package = build_package(study["project"], spec_for(study["project"]))
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
        archive.extractall(tmp_path)
    path = tmp_path / "data" / "wide_rdp_survey.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "q_use"] = "7"
    frame.to_csv(path, index=False, lineterminator="\n")
    assert not validate(str(tmp_path / "datapackage.json")).valid


def test_withdrawn_and_undecided_people_are_absent(study):
    project = study["project"]
    package = build_package(project, spec_for(project))
    pids = Pseudonymiser(project)
    withdrawn = pids.pid(study["people"][0].pk)
    undecided = pids.pid(study["people"][39].pk)
    consenting = pids.pid(study["people"][5].pk)
    everything = b"".join(data for name, data in package.files.items() if name.startswith(("data/", "excel/")))
    assert withdrawn.encode() not in everything
    assert undecided.encode() not in everything
    assert consenting in set(csv(package, "participants")["pid"])
    report = json.loads(package.files["privacy_report.json"])
    assert report["consent"]["withdrawn"] == 1
    assert report["consent"]["never_decided"] == 6
    assert report["consent"]["consent_current"] == 33
    assert package.counts["participants"] + report["anonymity"]["people_suppressed"] == 33


def test_no_quasi_identifier_combination_has_fewer_than_five_people(study):
    package = build_package(study["project"], spec_for(study["project"]))
    participants = csv(package, "participants")
    wide = csv(package, "wide_rdp_survey").set_index("pid")
    report = json.loads(package.files["privacy_report.json"])["anonymity"]
    quasi = ("cohort", "age_band", "gender", "region_type", "pref_lang", "university")
    columns = [c for c in quasi if c in participants]
    frame = participants.set_index("pid")[columns]
    if "q_place" in wide:
        frame = frame.join(wide[["q_place"]])
    groups = Counter(tuple(row) for row in frame.itertuples(index=False))
    assert groups and min(groups.values()) >= 5
    assert report["k_achieved"] >= 5
    # Three languages x two age groups x two genders would leave groups of 2-3: something was generalised.
    assert report["generalisation_steps"]


def test_pseudonyms_differ_between_projects(study):
    other = make_project(study["pi"], [study["survey"]])
    user = study["people"][5]
    assert Pseudonymiser(study["project"]).pid(user.pk) != Pseudonymiser(other).pid(user.pk)
    assert len(Pseudonymiser(other).pid(user.pk)) == 12


def test_reserved_codes_and_multi_select_dummies(study):
    package = build_package(study["project"], spec_for(study["project"]))
    wide = csv(package, "wide_rdp_survey")
    people = Pseudonymiser(study["project"])
    row = wide.set_index("pid").loc[people.pid(study["people"][4].pk)]  # n=4: q_use skipped
    assert row["q_use"] == "-92"
    row7 = wide.set_index("pid").loc[people.pid(study["people"][7].pk)]  # n=7: "don't know" on q_kinds
    assert row7["q_kinds"] == "-93"
    assert {row7["q_kinds__1"], row7["q_kinds__2"], row7["q_kinds__3"]} == {"-93"}
    row8 = wide.set_index("pid").loc[people.pid(study["people"][8].pk)]  # n=8: options 1..3 chosen
    assert row8["q_kinds"] == "1 2 3" and row8["q_kinds__3"] == "1"
    row6 = wide.set_index("pid").loc[people.pid(study["people"][6].pk)]  # n=6: prefer not on q_rights
    assert row6["q_rights"] == "-94"
    long = csv(package, "responses_long")
    assert set(long["response_code"]) >= {"-92", "-93", "-94"}


def test_free_text_is_left_out_unless_approved_and_asked_for(study):
    project = study["project"]
    package = build_package(project, spec_for(project))
    assert "q_help" not in csv(package, "wide_rdp_survey")
    assert "response_text" not in csv(package, "responses_long")
    assert "q_help" in json.loads(package.files["privacy_report.json"])["removed_variables"]

    with_text = build_package(project, spec_for(project, free_text=True))
    answers = set(csv(with_text, "wide_rdp_survey")["q_help"])
    assert '\'=HYPERLINK("http://x")' in answers  # formula escaped
    assert not any("701 123" in text for text in answers)  # the phone number was scrubbed
    assert any("[PHONE]" in text for text in answers)


def test_spec_refuses_free_text_for_a_project_not_approved_for_it(study):
    from research.exceptions import ExportSpecError
    from research.specs import clean_spec

    other = make_project(study["pi"], [study["survey"]])
    with pytest.raises(ExportSpecError, match="free-text"):
        clean_spec(other, {"free_text": True})
    with pytest.raises(ExportSpecError) as error:
        clean_spec(other, {"instruments": [999999], "items": "x", "colour": 1})
    assert "999999" in str(error.value) and "colour" in str(error.value)


def test_spss_and_stata_read_back_with_kazakh_labels(study, tmp_path):
    package = build_package(study["project"], spec_for(study["project"]))
    sav = tmp_path / "w.sav"
    sav.write_bytes(package.files["spss/wide_rdp_survey.sav"])
    frame, meta = pyreadstat.read_sav(str(sav), user_missing=True)
    assert meta.variable_value_labels["q_rights"][1.0] == "Мүлдем келіспеймін"
    assert meta.variable_value_labels["q_rights"][-94.0]  # the reserved codes are labelled too
    assert meta.missing_ranges["q_rights"] == [{"lo": -96.0, "hi": -91.0}]
    assert meta.column_names_to_labels["q_rights"] == "Сұрақ rdp-survey-rights"
    assert meta.variable_measure["q_rights"] == "ordinal"
    plain, _meta = pyreadstat.read_sav(str(sav))
    assert plain["q_rights"].min() >= 1  # reserved codes read as missing by default

    dta = tmp_path / "w.dta"
    dta.write_bytes(package.files["stata/wide_rdp_survey.dta"])
    frame, meta = pyreadstat.read_dta(str(dta), user_missing=True)
    assert meta.variable_value_labels["q_rights"][1] == "Мүлдем келіспеймін"
    assert "d" in set(frame["q_rights"].astype(str))  # -94 became Stata's .d
    assert dta.read_bytes()[:60].find(b"<release>118</release>") > 0


def test_codebook_lists_every_variable_in_three_languages(study):
    package = build_package(study["project"], spec_for(study["project"]))
    codebook = pd.read_csv(io.BytesIO(package.files["codebook/codebook.csv"]), dtype=str, keep_default_na=False)
    listed = set(zip(codebook["table"], codebook["variable"], strict=True))
    for name in package.files:
        if name.startswith("data/"):
            table = name.removeprefix("data/").removesuffix(".csv")
            for column in csv(package, table).columns:
                assert (table, column) in listed, (table, column)
    for code in ("kk", "ru", "en"):
        assert (codebook[f"label_{code}"] != "").all()
    pid = codebook[codebook["variable"] == "pid"].iloc[0]
    assert pid["label_kk"] != pid["label_en"] and pid["label_ru"] != pid["label_en"]
    rights = codebook[(codebook["variable"] == "q_rights") & (codebook["table"] == "wide_rdp_survey")].iloc[0]
    assert "1=Мүлдем келіспеймін" in rights["values_kk"] and "(ru)" in rights["values_ru"]
    frequencies = json.loads(rights["frequencies"])
    assert all(value == "<5" or value >= 5 or value == 0 for value in frequencies.values())
    html = package.files["codebook/codebook.html"].decode()
    assert "q_rights" in html and "Мүлдем келіспеймін" in html


def test_same_spec_on_same_data_gives_the_same_bytes(study):
    import time

    first = build_package(study["project"], spec_for(study["project"]))
    time.sleep(1.1)  # readstat stamps .sav files to the second: the stamp must come from the data, not the clock
    second = build_package(study["project"], spec_for(study["project"]))
    assert set(first.files) == set(second.files)
    different = [name for name in first.files if first.files[name] != second.files[name]]
    assert different in ([], ["manifest.json"])
    one, two = json.loads(first.files["manifest.json"]), json.loads(second.files["manifest.json"])
    one.pop("generated_at"), two.pop("generated_at")
    assert one == two


def test_building_reads_a_fixed_number_of_queries(study, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        build_package(study["project"], spec_for(study["project"]))
    survey, items = study["survey"], study["items"]
    for n in range(40, 60):
        user = User.objects.create_user(email=f"more{n}@example.kz", password="x", age_band="18-24")
        answer(survey, items, user, n)
        actions.record_consent(study["project"], user, granted=True)
    with django_assert_max_num_queries(len(small.captured_queries)):
        build_package(study["project"], spec_for(study["project"]))


def test_only_chosen_questions_are_exported(study):
    use = study["items"][0]
    package = build_package(study["project"], spec_for(study["project"], items=[use.key]))
    wide = csv(package, "wide_rdp_survey")
    assert "q_use" in wide and "q_rights" not in wide
    assert set(csv(package, "responses_long")["item"]) == {use.key}


def test_consent_for_an_older_text_version_is_not_enough_after_the_minimum_is_raised(study):
    project = study["project"]
    actions.save_consent_text(project, text_kk="Жаңа мәтін.")
    ResearchProject.objects.filter(pk=project.pk).update(min_consent_version=2)
    project.refresh_from_db()
    user = study["people"][10]
    actions.record_consent(project, user, granted=True)  # agrees again, to version 2
    package = build_package(project, spec_for(project))
    report = json.loads(package.files["privacy_report.json"])["consent"]
    assert report["consent_outdated_version"] == 32 and report["consent_current"] == 1
    assert ResearchConsent.objects.filter(project=project, user=user).first().text_version == 2


def test_tables_too_large_for_spss_stata_or_excel_are_named_and_left_to_csv_and_parquet(study, settings):
    settings.SAUAT_RESEARCH_STATS_MAX_CELLS = 500  # the long table has more cells; the participants table fewer
    settings.SAUAT_RESEARCH_XLSX_MAX_CELLS = 500
    package = build_package(study["project"], spec_for(study["project"]))
    assert "spss/responses_long.sav" not in package.files and "stata/responses_long.dta" not in package.files
    assert "data/responses_long.csv" in package.files and "parquet/responses_long.parquet" in package.files
    assert "spss/participants.sav" in package.files
    left_out = json.loads(package.files["manifest.json"])["tables_left_out"]
    assert "responses_long" in left_out["spss_stata"] and "participants" not in left_out["spss_stata"]
    assert "responses_long" in left_out["excel"]
    assert "responses_long" in package.files["README.md"].decode()
