"""The signed credential: Open Badges 3.0 VC-JWT (EdDSA) checked with an independent library (jwcrypto),
tamper detection, key rotation, the issuer's did:web document and the Bitstring Status List."""

import json

import pytest
from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from django.core.management import call_command

from certificates import actions, credentials
from certificates.exceptions import SigningKeyMissingError
from certificates.models import Certificate
from tests.conftest import make_user

from .conftest import issue

pytestmark = pytest.mark.django_db


def published_key(client, kid):
    document = client.get("/.well-known/did.json").json()
    method = next(m for m in document["verificationMethod"] if m["id"] == kid)
    return jwk.JWK(**method["publicKeyJwk"])


def jwcrypto_verify(token, key):
    """Independent check: jwcrypto parses and verifies the compact JWS with the published key."""
    signed = jws.JWS()
    signed.deserialize(token)
    signed.verify(key)
    return json.loads(signed.payload)


def test_independent_library_accepts_the_credential(certificate, client):
    header = json.loads(credentials.unb64url(certificate.credential.split(".")[0]))
    assert header["alg"] == "EdDSA" and header["kid"].startswith("did:web:sauat.test#")
    payload = jwcrypto_verify(certificate.credential, published_key(client, header["kid"]))
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert payload["iss"] == payload["issuer"]["id"] == "did:web:sauat.test"
    assert payload["jti"] == payload["id"] == f"urn:uuid:{certificate.credential_id}"
    subject = payload["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Айгүл"
    assert subject["achievement"]["name"] == certificate.course_title_kk
    status = payload["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusListIndex"] == str(certificate.status_index)
    assert status["statusListCredential"] == "https://sauat.test/certificates/status/1"
    assert "@" not in json.dumps(subject)  # no e-mail in the credential


@pytest.mark.parametrize("part", [0, 1, 2])
def test_one_altered_byte_fails_verification(certificate, client, part):
    pieces = certificate.credential.split(".")
    raw = bytearray(credentials.unb64url(pieces[part]))
    raw[len(raw) // 2] ^= 0x01
    pieces[part] = credentials.b64url(bytes(raw))
    tampered = ".".join(pieces)
    assert credentials.verify_jwt(tampered) is None
    with pytest.raises((JWException, ValueError, KeyError, UnicodeDecodeError)):
        kid = json.loads(credentials.unb64url(certificate.credential.split(".")[0]))["kid"]
        jwcrypto_verify(tampered, published_key(client, kid))
    Certificate.objects.filter(pk=certificate.pk).update(credential=tampered)
    assert client.get(f"/api/v1/certificates/{certificate.public_id}/verify").json()["signature_valid"] is False


def test_key_rotation_keeps_old_certificates_verifiable(certificate, settings, other_learner, consumer_course):
    old_kid = certificate.key_id
    old_x = credentials.public_jwk(credentials.signing_key().public_key())["x"]
    settings.SAUAT_CERT_SIGNING_KEY = credentials.generate_key_pem()[0]
    assert credentials.verify_jwt(certificate.credential) is None  # old key not published
    settings.SAUAT_CERT_RETIRED_PUBLIC_KEYS = [old_x]
    assert credentials.verify_jwt(certificate.credential) is not None
    new = issue(other_learner, consumer_course)
    assert new.key_id != old_kid and credentials.verify_jwt(new.credential) is not None
    assert {old_kid, new.key_id} <= set(credentials.published_keys())


def test_did_document_jwks_and_issuer_profile(client):
    document = client.get("/.well-known/did.json")
    assert document.status_code == 200 and document["Content-Type"] == "application/did+json"
    body = document.json()
    assert body["id"] == "did:web:sauat.test" and body["assertionMethod"] == [body["verificationMethod"][0]["id"]]
    assert body["verificationMethod"][0]["publicKeyJwk"]["crv"] == "Ed25519"
    assert "d" not in body["verificationMethod"][0]["publicKeyJwk"]  # never the private part
    keys = client.get("/.well-known/jwks.json").json()["keys"]
    assert keys[0]["kid"] == body["verificationMethod"][0]["id"] and keys[0]["alg"] == "EdDSA"
    profile = client.get("/certificates/issuer").json()
    assert profile["type"] == ["Profile"] and profile["id"] == "did:web:sauat.test"


def test_status_list_sets_the_bit_on_revocation(certificate, client):
    def bit():
        token = client.get("/certificates/status/1").content.decode()
        key = published_key(client, json.loads(credentials.unb64url(token.split(".")[0]))["kid"])
        payload = jwcrypto_verify(token, key)
        assert payload["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        return credentials.status_bit(payload["credentialSubject"]["encodedList"], certificate.status_index)

    assert bit() is False
    actions.revoke(certificate, reason="Issued by mistake", by=None)
    assert bit() is True


def test_status_list_is_at_least_16kb():
    with pytest.raises(ValueError, match="131072"):
        credentials.encode_status_list([1], size=1024)
    assert credentials.status_bit(credentials.encode_status_list([0, 131_071]), 131_071) is True
    assert credentials.status_bit(credentials.encode_status_list([0, 131_071]), 1) is False


def test_unknown_status_list_is_404(client):
    assert client.get("/certificates/status/7", follow=True).status_code == 404


def test_production_refuses_to_sign_without_a_key(settings, learner, consumer_course):
    settings.SAUAT_CERT_SIGNING_KEY = ""
    settings.SAUAT_CERT_ALLOW_DERIVED_KEY = False
    with pytest.raises(SigningKeyMissingError):
        actions.issue_certificate(learner, consumer_course.translation_key)
    assert not Certificate.objects.exists()  # nothing half-written


def test_keygen_creates_a_usable_key(capsys, settings, learner, consumer_course):
    call_command("certificates_keygen")
    out = capsys.readouterr().out
    private = out[out.index("-----BEGIN PRIVATE KEY-----") : out.index("-----END PRIVATE KEY-----") + 25]
    settings.SAUAT_CERT_SIGNING_KEY = private.replace("\n", "\\n")  # one-line form, as in an env file
    certificate = issue(make_user("x@example.kz", display_name="Ақерке"), consumer_course)
    assert credentials.verify_jwt(certificate.credential)["credentialSubject"]["identifier"][0]["identityHash"] == (
        "Ақерке"
    )
