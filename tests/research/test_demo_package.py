"""The demo research project packed (issue 10, "done when"): the demo panel survey's .sav and .dta read
back with Kazakh value labels, datapackage.json validates, the codebook lists every variable in kk/ru/en,
withdrawn participants are absent and no quasi-identifier combination has fewer than five people."""

import io
import json
import zipfile
from collections import Counter

import pandas as pd
import pyreadstat
import pytest
from frictionless import validate

from analytics.research import build_package
from demo.users import ensure_demo_users
from research.models import ResearchConsent, ResearchProject
from research.pseudonyms import Pseudonymiser
from research.specs import clean_spec

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_package(tmp_path):
    ensure_demo_users()  # as load_demo: the researchers' accounts bring their projects
    project = ResearchProject.objects.get(principal_investigator__email="researcher@sauat.test")
    package = build_package(project, clean_spec(project, {"free_text": True}))
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
        archive.extractall(tmp_path)
    return project, package, tmp_path


def test_the_demo_package_validates_and_reads_back_in_spss_and_stata_with_kazakh_labels(demo_package):
    project, package, folder = demo_package
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]

    _frame, sav = pyreadstat.read_sav(str(folder / "spss" / "wide_ai_and_rights_panel.sav"), user_missing=True)
    assert sav.variable_value_labels["q_ai_use"][1.0] == "Күн сайын"
    assert sav.variable_value_labels["q_knows_rights"][5.0] == "Толық келісемін"
    assert sav.missing_ranges["q_knows_rights"] == [{"lo": -96.0, "hi": -91.0}]
    assert sav.column_names_to_labels["q_ai_use"].startswith("Жасанды интеллектке негізделген")
    frame, dta = pyreadstat.read_dta(str(folder / "stata" / "wide_ai_and_rights_panel.dta"), user_missing=True)
    assert dta.variable_value_labels["q_ai_use"][2] == "Апта сайын"
    assert len(frame) == package.counts["participants"] - _no_panel(package)


def _no_panel(package):
    participants = pd.read_csv(io.BytesIO(package.files["data/participants.csv"]), dtype=str)
    wide = pd.read_csv(io.BytesIO(package.files["data/wide_ai_and_rights_panel.csv"]), dtype=str)
    return len(set(participants["pid"]) - set(wide["pid"]))


def test_the_demo_codebook_lists_every_variable_in_three_languages(demo_package):
    _project, package, folder = demo_package
    codebook = pd.read_csv(folder / "codebook" / "codebook.csv", dtype=str, keep_default_na=False)
    listed = set(zip(codebook["table"], codebook["variable"], strict=True))
    for path in (folder / "data").glob("*.csv"):
        for column in pd.read_csv(path, nrows=0).columns:
            assert (path.stem, column) in listed
    for code in ("kk", "ru", "en"):
        assert (codebook[f"label_{code}"].str.len() > 0).all()
    use = codebook[(codebook["variable"] == "q_ai_use")].iloc[0]
    assert "Күн сайын" in use["values_kk"] and "Ежедневно" in use["values_ru"] and "Daily" in use["values_en"]


def test_the_demo_package_leaves_out_withdrawn_people_and_is_k_anonymous(demo_package):
    project, package, folder = demo_package
    pids = Pseudonymiser(project)
    withdrawn = [c.user_id for c in ResearchConsent.objects.current_for(project).filter(granted=False)]
    assert len(withdrawn) == 20
    data = b"".join((folder / "data" / name).read_bytes() for name in ("participants.csv", "responses_long.csv"))
    assert not any(pids.pid(user_id).encode() in data for user_id in withdrawn)
    privacy = json.loads((folder / "privacy_report.json").read_text())
    assert privacy["consent"]["withdrawn"] == 20
    participants = pd.read_csv(folder / "data" / "participants.csv", dtype=str, keep_default_na=False)
    wide = pd.read_csv(folder / "data" / "wide_ai_and_rights_panel.csv", dtype=str, keep_default_na=False)
    quasi = [c for c in ("cohort", "age_band", "gender", "region_type", "pref_lang", "university") if c in participants]
    frame = participants.set_index("pid")[quasi]
    survey = [v for v in ("q_age_band", "q_region_type", "q_home_language") if v in wide]
    frame = frame.join(wide.set_index("pid")[survey])
    groups = Counter(tuple(row) for row in frame.fillna("").itertuples(index=False))
    assert min(groups.values()) >= 5
    assert privacy["anonymity"]["k_achieved"] >= 5
    # Phone numbers and e-mails in the free-text answers are replaced.
    texts = wide["q_help_protect_rights"]
    assert texts.str.contains(r"\[PHONE\]|\[EMAIL\]").any() and not texts.str.contains("@").any()
