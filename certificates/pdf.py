"""The certificate as a PDF/A-3b page (A4 landscape, WeasyPrint) with the signed credential attached.

A pure function of the certificate, its template and the language. The HTML comes from our own
template (user strings are escaped by Django); resources are fetched only from the packaged fonts and the
template's own images, never from files or the network (docs/certificates.md, "Security").
"""

import io
from pathlib import Path

import segno
from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from django.template.loader import render_to_string
from django.utils import translation

from .credentials import verify_url
from .models import CertificateTemplate

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_KEYS = {"sans": "DejaVuSans.ttf", "sans_bold": "DejaVuSans-Bold.ttf", "serif_bold": "DejaVuSerif-Bold.ttf"}
FONT_FILES = tuple(FONT_KEYS.values())
ASSET = "sauat-asset:"
LANGUAGE_CHOICES = ("kk", "ru", "en", "kk+ru")
CREDENTIAL_FILENAME = "open-badge-credential.jwt"
_font_bytes = {}


def _font(name):
    if name not in _font_bytes:
        _font_bytes[name] = (FONT_DIR / name).read_bytes()
    return _font_bytes[name]


FONT_FACES = """
@font-face { font-family: "Sauat Sans"; src: url("%(sans)s"); font-weight: normal; }
@font-face { font-family: "Sauat Sans"; src: url("%(sans_bold)s"); font-weight: bold; }
@font-face { font-family: "Sauat Serif"; src: url("%(serif_bold)s"); font-weight: bold; }
"""
_font_setup = []


def packaged_fonts():
    """One font configuration per process with the packaged fonts loaded once (a new one per render would
    load the fonts again each time and keep about 1 MB per render)."""
    if not _font_setup:
        font_config = FontConfiguration()
        urls = {key: f"{ASSET}font/{name}" for key, name in FONT_KEYS.items()}
        css = CSS(string=FONT_FACES % urls, font_config=font_config, url_fetcher=PackagedAssetFetcher({}))
        _font_setup.extend([font_config, css])
    return _font_setup


class PackagedAssetFetcher(URLFetcher):
    """Serves only ``sauat-asset:font/<packaged font>`` and ``sauat-asset:image/<name>``; refuses the rest."""

    def __init__(self, images):
        super().__init__(allowed_protocols=())
        self.images = images

    def fetch(self, url, headers=None):
        if url.startswith(ASSET + "font/") and url.removeprefix(ASSET + "font/") in FONT_FILES:
            return URLFetcherResponse(url, _font(url.removeprefix(ASSET + "font/")), {"Content-Type": "font/ttf"})
        if url.startswith(ASSET + "image/") and url.removeprefix(ASSET + "image/") in self.images:
            data, mime = self.images[url.removeprefix(ASSET + "image/")]
            return URLFetcherResponse(url, data, {"Content-Type": mime})
        raise ValueError(f"Resource not allowed in a certificate: {url[:80]}")


def _image(image, spec):
    """(bytes, mime type) of a small rendition of a Wagtail image, or None."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return None
    suffix = Path(rendition.file.name).suffix.lower()
    return data, {".png": "image/png", ".webp": "image/webp", ".gif": "image/gif"}.get(suffix, "image/jpeg")


def qr_png(url):
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=4, border=2)
    return buffer.getvalue(), "image/png"


def render_certificate_pdf(certificate, language="kk") -> bytes:
    """The PDF bytes of ``certificate`` in ``language`` (kk, ru, en or kk+ru)."""
    languages = ["kk", "ru"] if language == "kk+ru" else [language if language in LANGUAGE_CHOICES else "kk"]
    template = certificate.template or CertificateTemplate.objects.default() or CertificateTemplate.builtin()
    signatories = list(template.signatories.all()) if template.pk else []
    images = {}
    logo = _image(template.logo, "max-400x160") if template.logo_id else None
    if logo:
        images["logo"] = logo
    rows = []
    for index, signatory in enumerate(signatories):
        signature = _image(signatory.signature, "max-400x120") if signatory.signature_id else None
        if signature:
            images[f"signature-{index}"] = signature
        rows.append(
            {
                "name": signatory.name,
                "positions": [signatory.position(code) for code in languages],
                "signature": f"{ASSET}image/signature-{index}" if signature else "",
            }
        )
    blocks = []
    for code in languages:
        with translation.override(code):
            blocks.append(
                {
                    "language": code,
                    "heading": template.text("heading", code),
                    "intro": template.text("intro", code),
                    "completion": template.text("completion", code),
                    "course": certificate.course_title(code),
                    "issuer": template.text("issuer", code),
                    "note": template.text("note", code),
                    "labels": {
                        "issued": translation.gettext("Issued on"),
                        "valid_until": translation.gettext("Valid until"),
                        "number": translation.gettext("Certificate ID"),
                        "verify": translation.gettext("Check at"),
                    },
                }
            )
    url = verify_url(certificate.public_id)
    images["qr"] = qr_png(url)
    html = render_to_string(
        "certificates/pdf.html",
        {
            "certificate": certificate,
            "template": template,
            "blocks": blocks,
            "lang": languages[0],
            "signatories": rows,
            "logo": f"{ASSET}image/logo" if logo else "",
            "qr": f"{ASSET}image/qr",
            "verify_url": url,
            "title": f"{blocks[0]['heading']}: {certificate.holder_name}",
        },
    )
    attachment = Attachment(
        string=certificate.credential.encode(),
        name=CREDENTIAL_FILENAME,
        description="Open Badges 3.0 credential (VC-JWT, EdDSA)",
        relationship="Data",
    )
    font_config, font_css = packaged_fonts()
    return HTML(string=html, url_fetcher=PackagedAssetFetcher(images)).write_pdf(
        stylesheets=[font_css],
        font_config=font_config,
        pdf_variant="pdf/a-3b",
        attachments=[attachment],
        uncompressed_pdf=False,
    )
