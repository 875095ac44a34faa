from django.core.management.base import BaseCommand

from certificates.credentials import generate_key_pem, public_jwk


class Command(BaseCommand):
    help = "Create an Ed25519 key pair for signing certificates; prints the private key for SAUAT_CERT_SIGNING_KEY."

    def handle(self, *args, **options):
        from cryptography.hazmat.primitives.serialization import load_pem_public_key

        private, public = generate_key_pem()
        x = public_jwk(load_pem_public_key(public.encode()))["x"]
        self.stdout.write("# Keep this secret. Put it in SAUAT_CERT_SIGNING_KEY (newlines may be written as \\n):")
        self.stdout.write(private)
        self.stdout.write("# Public key (also published at /.well-known/did.json once the private key is in use):")
        self.stdout.write(public)
        self.stdout.write(f"# After a rotation, list this in SAUAT_CERT_RETIRED_PUBLIC_KEYS: {x}")
