"""Open Badges 3.0 credentials as VC-JWT signed with Ed25519 (EdDSA), the issuer's did:web document and the
Bitstring Status List. Pure functions of their inputs and the settings; see docs/decisions/0005.

The JWS is built with ``cryptography`` directly (header.payload.signature, RFC 7515 compact form); the
tests check it with an independent library (jwcrypto).
"""

import base64
import binascii
import datetime
import gzip
import hashlib
import io
import json
from functools import lru_cache
from urllib.parse import quote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from .exceptions import SigningKeyMissingError
from .models import STATUS_LIST_SIZE

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MAX_STATUS_LIST_BYTES = 1_000_000  # bounded inflate when reading a list back


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


# -- keys -------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _load_private(pem: str) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem.replace("\\n", "\n").encode(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissingError("SAUAT_CERT_SIGNING_KEY must be an Ed25519 private key (PEM, PKCS#8).")
    return key


@lru_cache(maxsize=8)
def _derived(secret: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"sauat-certificates:" + secret.encode()).digest())


def signing_key() -> Ed25519PrivateKey:
    """The issuer's private key: SAUAT_CERT_SIGNING_KEY, or (development and tests only) one derived from
    SECRET_KEY."""
    if settings.SAUAT_CERT_SIGNING_KEY:
        return _load_private(settings.SAUAT_CERT_SIGNING_KEY)
    if not settings.SAUAT_CERT_ALLOW_DERIVED_KEY:
        raise SigningKeyMissingError("Set SAUAT_CERT_SIGNING_KEY (create one with manage.py certificates_keygen).")
    return _derived(settings.SECRET_KEY)


def generate_key_pem() -> tuple[str, str]:
    """A new Ed25519 key pair as (private PKCS#8 PEM, public SubjectPublicKeyInfo PEM)."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public.decode()


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_jwk(public_key: Ed25519PublicKey) -> dict:
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(_raw(public_key))}


def jwk_thumbprint(jwk: dict) -> str:
    """RFC 7638 thumbprint: the key's stable name in the DID document."""
    return b64url(hashlib.sha256(_json({"crv": jwk["crv"], "kty": jwk["kty"], "x": jwk["x"]})).digest())


def base_url() -> str:
    return (settings.SAUAT_CERT_ISSUER_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute(path: str) -> str:
    return base_url() + path


def issuer_did() -> str:
    """did:web of the site (host, with the port percent-encoded as did:web requires)."""
    return "did:web:" + quote(urlsplit(base_url()).netloc, safe="")


def key_id(public_key: Ed25519PublicKey) -> str:
    return f"{issuer_did()}#{jwk_thumbprint(public_jwk(public_key))}"


def published_keys() -> dict:
    """{key id: public key} for the current key and the retired ones that old certificates were signed with."""
    keys = [signing_key().public_key()]
    for x in settings.SAUAT_CERT_RETIRED_PUBLIC_KEYS:
        try:
            keys.append(Ed25519PublicKey.from_public_bytes(unb64url(x)))
        except (ValueError, binascii.Error):
            continue
    return {key_id(key): key for key in keys}


def did_document() -> dict:
    did = issuer_did()
    methods = [
        {"id": kid, "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": public_jwk(key)}
        for kid, key in published_keys().items()
    ]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [m["id"] for m in methods],
    }


def jwks() -> dict:
    return {
        "keys": [{**public_jwk(key), "kid": kid, "alg": "EdDSA", "use": "sig"} for kid, key in published_keys().items()]
    }


def issuer_profile() -> dict:
    """The Open Badges Profile of the issuer (also served at /certificates/issuer)."""
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer_did(),
        "type": ["Profile"],
        "name": settings.SAUAT_CERT_ISSUER_NAME,
        "url": base_url() + "/",
    }


# -- JWS (compact, EdDSA) ------------------------------------------------------------------------


def sign_jwt(payload: dict) -> str:
    key = signing_key()
    header = {"alg": "EdDSA", "typ": "JWT", "kid": key_id(key.public_key())}
    signing_input = f"{b64url(_json(header))}.{b64url(_json(payload))}"
    return f"{signing_input}.{b64url(key.sign(signing_input.encode()))}"


def verify_jwt(token: str) -> dict | None:
    """The payload if ``token`` is a compact JWS signed by one of our published keys, else None."""
    try:
        header_b64, payload_b64, signature_b64 = token.strip().split(".")
        header = json.loads(unb64url(header_b64))
        key = published_keys().get(header.get("kid"))
        if header.get("alg") != "EdDSA" or key is None:
            return None
        key.verify(unb64url(signature_b64), f"{header_b64}.{payload_b64}".encode())
        return json.loads(unb64url(payload_b64))
    except (ValueError, TypeError, AttributeError, binascii.Error, InvalidSignature, UnicodeDecodeError):
        return None


# -- credentials ---------------------------------------------------------------------------------


def status_list_url(number: int) -> str:
    return absolute(reverse("certificates_status_list", args=[number]))


def verify_url(public_id: str) -> str:
    return absolute(reverse("certificates_verify", args=[public_id]))


def _timestamp(value) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def credential_payload(certificate) -> dict:
    """The OpenBadgeCredential of ``certificate`` with the JWT claims (OB 3.0 §8.2: payload = credential)."""
    language = settings.LANGUAGE_CODE
    status_url = status_list_url(certificate.status_list)
    vc = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"urn:uuid:{certificate.credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {key: value for key, value in issuer_profile().items() if key != "@context"},
        "validFrom": _timestamp(certificate.issued_at),
        "name": certificate.course_title(language),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.holder_name,
                }
            ],
            "achievement": {
                "id": absolute(f"/certificates/achievements/{certificate.course_key}"),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": certificate.course_title(language),
                "description": " / ".join(
                    title
                    for title in (certificate.course_title_kk, certificate.course_title_ru, certificate.course_title_en)
                    if title
                ),
                "criteria": {"narrative": settings.SAUAT_CERT_CRITERIA},
                "inLanguage": language,
            },
        },
        "credentialStatus": {
            "id": f"{status_url}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_url,
        },
    }
    claims = {
        "iss": issuer_did(),
        "jti": vc["id"],
        "sub": verify_url(certificate.public_id),
        "nbf": int(certificate.issued_at.timestamp()),
    }
    if certificate.expires_at:
        vc["validUntil"] = _timestamp(certificate.expires_at)
        claims["exp"] = int(certificate.expires_at.timestamp())
    return vc | claims


def encode_status_list(indexes, size=STATUS_LIST_SIZE) -> str:
    """GZIP + multibase base64url ("u" prefix) of a bitstring with ``indexes`` set (index 0 = left-most bit)."""
    if size < STATUS_LIST_SIZE:
        raise ValueError(f"A status list needs at least {STATUS_LIST_SIZE} entries for herd privacy.")
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


def status_bit(encoded_list: str, index: int) -> bool:
    """Read one bit back from an encoded list (bounded inflate)."""
    if not encoded_list.startswith("u"):
        raise ValueError("Expected a multibase base64url list.")
    with gzip.GzipFile(fileobj=io.BytesIO(unb64url(encoded_list[1:]))) as stream:
        bits = stream.read(MAX_STATUS_LIST_BYTES + 1)
    if len(bits) > MAX_STATUS_LIST_BYTES or index // 8 >= len(bits):
        raise ValueError("Status list too large or index out of range.")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(number: int, indexes) -> str:
    """The signed BitstringStatusListCredential for list ``number``."""
    url = status_list_url(number)
    now = timezone.now()
    vc = {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": _timestamp(now),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_status_list(indexes),
        },
    }
    return sign_jwt(vc | {"iss": issuer_did(), "jti": url, "nbf": int(now.timestamp())})
