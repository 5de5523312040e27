"""This device's own key pairs, made at sign-in (or at an offline enrolment): Ed25519 signs its
outbox carried on a drive, X25519 is what a return pack's private part is encrypted to. The
private halves never leave the profile (DESIGN.md, Trust)."""
from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

DEVICE_KEY = "device_private_key"   # meta: this device's Ed25519 private key (hex)
EXCHANGE_KEY = "device_exchange_key"  # meta: its X25519 private key (hex)


def _raw(key) -> tuple[str, str]:
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption()).hex()
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw).hex()
    return private, public


def new_device_key() -> tuple[str, str]:
    """A new signing key pair for a device: (private, public), raw bytes as hex."""
    return _raw(Ed25519PrivateKey.generate())


def new_exchange_key() -> tuple[str, str]:
    """A new X25519 key pair (Ed25519 keys are for signing; one key for one purpose)."""
    return _raw(X25519PrivateKey.generate())


def public_of(private_hex: str) -> str:
    return _raw(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)))[1]


def exchange_public_of(private_hex: str) -> str:
    return _raw(X25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)))[1]
