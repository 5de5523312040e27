"""This device's own Ed25519 key pair, made at sign-in: its outbox carried on a drive is
signed with the private half, which never leaves the profile (DESIGN.md, Trust)."""
from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEVICE_KEY = "device_private_key"   # meta: this device's Ed25519 private key (hex)


def new_device_key() -> tuple[str, str]:
    """A new key pair for a device: (private, public), raw bytes as hex."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption()).hex()
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw).hex()
    return private, public
