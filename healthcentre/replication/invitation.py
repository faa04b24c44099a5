"""The invitation that brings a new laptop into a site register: the site key ring, sealed with a passphrase.

The first laptop writes it (``seal_invitation``) and shows a passphrase it generated; the
invitation file can travel any way (USB stick, the shared folder, e-mail), since without the
passphrase it is random bytes. The passphrase is read aloud or handed on paper, never sent
with the file. The key is derived with argon2id (libsodium's ``pwhash``) and the ring sealed
with XSalsa20-Poly1305, so a wrong passphrase or a changed file is told apart from a good one.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets

import nacl.exceptions
import nacl.pwhash
import nacl.secret

from healthcentre.replication.site_key import SealError, SiteKeyRing

FORMAT = "healthcentre-invitation"
VERSION = 1
# 20 letters and digits a person reads without doubt (no 0/O, 1/I/L): 100 bits, in groups of five
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_LENGTH = 20
_KDF = nacl.pwhash.argon2id
_MAX_BYTES = 64 * 1024


def new_passphrase() -> str:
    """A fresh random passphrase such as ``K7QFM-2MZPA-...`` (four groups of five)."""
    letters = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
    return "-".join(letters[start:start + 5] for start in range(0, _LENGTH, 5))


def _normalised(passphrase: str) -> bytes:
    return "".join(passphrase.upper().split()).replace("-", "").encode("utf-8")


def _box(passphrase: str, salt: bytes, ops: int, mem: int) -> nacl.secret.SecretBox:
    key = _KDF.kdf(nacl.secret.SecretBox.KEY_SIZE, _normalised(passphrase), salt, opslimit=ops, memlimit=mem)
    return nacl.secret.SecretBox(key)


def seal_invitation(ring: SiteKeyRing, passphrase: str) -> bytes:
    """The invitation file's bytes: ``ring`` sealed with a key derived from ``passphrase``."""
    salt = secrets.token_bytes(_KDF.SALTBYTES)
    ops, mem = _KDF.OPSLIMIT_MODERATE, _KDF.MEMLIMIT_INTERACTIVE
    sealed = _box(passphrase, salt, ops, mem).encrypt(ring.to_json().encode("utf-8"))
    document = {"format": FORMAT, "version": VERSION, "site": ring.site_code, "ops": ops, "mem": mem,
                "salt": _text(salt), "sealed": _text(bytes(sealed))}
    return json.dumps(document, sort_keys=True).encode("utf-8")


def _text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def open_invitation(data: bytes, passphrase: str) -> SiteKeyRing:
    """The key ring in an invitation; SealError ``invitation_invalid`` or ``invitation_passphrase``."""
    document = _document(data)
    try:
        box = _box(passphrase, document["salt"], document["ops"], document["mem"])
        plaintext = box.decrypt(document["sealed"])
    except nacl.exceptions.CryptoError:
        raise SealError("invitation_passphrase") from None
    ring = SiteKeyRing.from_json(plaintext.decode("utf-8"))
    if ring.site_code != document["site"]:
        raise SealError("invitation_invalid", reason="site")
    return ring


def invitation_site(data: bytes) -> str:
    """The site an invitation is for (readable without the passphrase)."""
    return _document(data)["site"]


def _document(data: bytes) -> dict:
    if len(data) > _MAX_BYTES:
        raise SealError("invitation_invalid", reason="size")
    try:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise SealError("invitation_invalid", reason="format")
        if document.get("version") != VERSION:
            raise SealError("invitation_invalid", reason=f"version {document.get('version')}")
        fields = {"site": document["site"], "ops": int(document["ops"]), "mem": int(document["mem"]),
                  "salt": base64.b64decode(document["salt"], validate=True),
                  "sealed": base64.b64decode(document["sealed"], validate=True)}
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError, binascii.Error) as error:
        raise SealError("invitation_invalid", reason=type(error).__name__) from None
    limits_ok = (_KDF.OPSLIMIT_MIN <= fields["ops"] <= _KDF.OPSLIMIT_SENSITIVE
                 and _KDF.MEMLIMIT_MIN <= fields["mem"] <= _KDF.MEMLIMIT_SENSITIVE)
    if not isinstance(fields["site"], str) or not fields["site"] or len(fields["salt"]) != _KDF.SALTBYTES \
            or not limits_ok:
        raise SealError("invitation_invalid", reason="fields")
    return fields
