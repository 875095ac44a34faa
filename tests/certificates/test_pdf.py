"""The PDF: Kazakh text in the chosen language, PDF/A-3b, the credential attached, a QR code that leads to
the verify page, and no way for a template or a name to load files or the network."""

import subprocess

import pytest
import zxingcpp
from PIL import Image

from certificates.credentials import verify_jwt
from certificates.pdf import PackagedAssetFetcher, render_certificate_pdf
from tests.conftest import course

from .conftest import needs_poppler, pdf_text

pytestmark = [pytest.mark.django_db, needs_poppler]
KAZAKH_LETTERS = set("әғқңөұүһі")


def squash(text):
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_pdf_text_holds_the_name_and_the_course_title_in_the_chosen_language(certificate, language, tmp_path):
    text = squash(pdf_text(render_certificate_pdf(certificate, language), tmp_path))
    title = course(language, "consumer-rights").title
    assert "Айгүл" in text
    assert squash(title) in text
    if language == "kk":
        assert "Сертификат" in text and "растайды" in text
        assert KAZAKH_LETTERS & set(text.lower()) >= set("әқңүұ")  # Kazakh letters survive the font subset
    if language == "en":
        assert "This is to certify that" in text and "Certificate ID" in text


def test_every_kazakh_letter_renders(certificate, tmp_path):
    certificate.holder_name = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі"
    text = pdf_text(render_certificate_pdf(certificate, "kk"), tmp_path)
    assert "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі" in text


def test_bilingual_kk_ru(certificate, tmp_path):
    text = squash(pdf_text(render_certificate_pdf(certificate, "kk+ru"), tmp_path))
    assert squash(course("kk", "consumer-rights").title) in text
    assert squash(course("ru", "consumer-rights").title) in text
    assert "растайды" in text and "подтверждает" in text


def test_pdf_is_pdf_a_3b_with_the_credential_attached(certificate, tmp_path):
    pdf = render_certificate_pdf(certificate, "kk")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    xmp = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True, check=True).stdout
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info  # A4 landscape
    listing = subprocess.run(["pdfdetach", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert "open-badge-credential.jwt" in listing
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(path)], check=True)
    attached = (tmp_path / "open-badge-credential.jwt").read_text()
    assert attached == certificate.credential
    payload = verify_jwt(attached)
    assert payload["id"] == f"urn:uuid:{certificate.credential_id}"  # V7: the PDF carries this certificate's VC


def test_qr_code_leads_to_the_verify_page(certificate, client, tmp_path):
    path = tmp_path / "c.pdf"
    path.write_bytes(render_certificate_pdf(certificate, "kk"))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png")
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    url = results[0].text
    assert url == f"https://sauat.test/verify/{certificate.public_id}"
    page = client.get(url.removeprefix("https://sauat.test")).content.decode()
    assert "Айгүл" in page and "badge-ok" in page


def test_names_cannot_inject_markup_or_load_files(certificate, tmp_path):
    certificate.holder_name = '<img src="file:///etc/passwd">Болат'
    text = pdf_text(render_certificate_pdf(certificate, "en"), tmp_path)
    assert '<img src="file:///etc/passwd">Болат' in squash(text)  # printed as text, not loaded


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "http://127.0.0.1:8000/", "sauat-asset:font/../../settings.py", "sauat-asset:image/x"]
)
def test_the_fetcher_allows_only_packaged_assets(url):
    with pytest.raises(ValueError, match="not allowed"):
        PackagedAssetFetcher({}).fetch(url)
    assert PackagedAssetFetcher({}).fetch("sauat-asset:font/DejaVuSans.ttf").read(4) == b"\x00\x01\x00\x00"


def test_pdf_uses_the_template_text_and_signatories(certificate, tmp_path):
    from certificates.models import CertificateTemplate, Signatory

    template = CertificateTemplate.objects.default()
    template.intro_en = "We hereby confirm that"
    template.save()
    Signatory.objects.filter(template=template).update(position_en="Dean of Law")
    certificate.template = template
    text = squash(pdf_text(render_certificate_pdf(certificate, "en"), tmp_path))
    assert "We hereby confirm that" in text and "Dean of Law" in text and "Гүлнар Сейітқали" in text
