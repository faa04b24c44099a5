"""Sealed blobs: a change set as it travels between a site's laptops (folder or relay).

``blob = len(header) (4 bytes, big-endian) + header JSON + nonce (24 bytes) + ciphertext``.
The header says which site, origin laptop, kind and sequence numbers the blob holds
and which key generation sealed it; it is readable without the key (so a carrier can
file the blob), and it is the AEAD's associated data, so changing any byte of it or
of the ciphertext makes the blob fail to open. The plaintext is zlib-compressed
before sealing. Cipher: XChaCha20-Poly1305 (IETF) from libsodium. The nonce is a keyed
BLAKE2b of header and compressed plaintext (under a subkey of its own), so sealing the
same change set again gives the same bytes: an upload repeated after a crash is "the
same blob already there", never a conflict, and it reveals only that two blobs are equal.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import asdict, dataclass, replace

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
)
from nacl.exceptions import CryptoError

from healthcentre.contract.relay import KINDS
from healthcentre.replication.site_key import SealError, SiteKeyRing

FORMAT_VERSION = 1
LENGTH_BYTES = 4
MAX_HEADER_BYTES = 4096
NONCE_BYTES = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
MAX_PLAINTEXT_BYTES = 256 * 1024 * 1024  # a zlib bomb stops here instead of filling the memory


@dataclass(frozen=True)
class BlobHeader:
    """What a sealed blob holds, readable without the key (and bound to the ciphertext)."""

    site: str
    origin: str
    kind: str
    first_seq: int
    last_seq: int
    key_gen: int = 0

    @property
    def name(self) -> str:
        """The blob's carrier name: ``{origin}/{kind}/{first_seq}-{last_seq}``."""
        return f"{self.origin}/{self.kind}/{self.first_seq}-{self.last_seq}"

    def to_bytes(self) -> bytes:
        """Canonical JSON of the header (sorted keys, no spaces): the associated data."""
        fields = {"v": FORMAT_VERSION, **asdict(self)}
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "") -> BlobHeader:
        """The header read back; SealError ``seal_truncated`` when it is not one."""
        try:
            fields = json.loads(data.decode("utf-8"))
            if fields.pop("v") != FORMAT_VERSION:
                raise ValueError("version")
            header = cls(**fields)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise SealError("seal_truncated", name=name) from None
        if not header._valid():
            raise SealError("seal_truncated", name=name)
        return header

    def _valid(self) -> bool:
        texts = all(isinstance(value, str) and value and "/" not in value for value in (self.site, self.origin))
        numbers = all(type(value) is int for value in (self.first_seq, self.last_seq, self.key_gen))
        return texts and numbers and self.kind in KINDS and 0 <= self.first_seq <= self.last_seq


def seal(key_ring: SiteKeyRing, header: BlobHeader, plaintext: bytes) -> bytes:
    """Compress and seal ``plaintext`` under the ring's current key; ``header.key_gen`` is set to it."""
    if header.site != key_ring.site_code:
        raise SealError("seal_wrong_site", name=header.name, found=header.site, expected=key_ring.site_code)
    header = replace(header, key_gen=key_ring.current)
    header_bytes = header.to_bytes()
    key = key_ring.key(key_ring.current)
    compressed = zlib.compress(plaintext, 6)
    nonce = _nonce(key, header_bytes, compressed)
    ciphertext = crypto_aead_xchacha20poly1305_ietf_encrypt(compressed, header_bytes, nonce, key)
    return len(header_bytes).to_bytes(LENGTH_BYTES, "big") + header_bytes + nonce + ciphertext


def _nonce(key: bytes, header_bytes: bytes, compressed: bytes) -> bytes:
    subkey = hashlib.blake2b(key, digest_size=32, person=b"hc-seal-nonce").digest()
    digest = hashlib.blake2b(digest_size=NONCE_BYTES, key=subkey)
    digest.update(len(header_bytes).to_bytes(LENGTH_BYTES, "big") + header_bytes)
    digest.update(compressed)
    return digest.digest()


def read_header(blob: bytes, name: str = "") -> BlobHeader:
    """The blob's header without opening it (carriers file blobs by it); not yet trusted."""
    return _split(blob, name)[0]


def open_blob(key_ring: SiteKeyRing, blob: bytes, name: str = "") -> tuple[BlobHeader, bytes]:
    """Open a sealed blob: its (now authenticated) header and the decompressed plaintext.

    Raises SealError for a cut or foreign file, another site, a key generation this
    laptop lacks, and any altered byte or wrong key. ``name`` only labels the message.
    """
    header, header_bytes, nonce, ciphertext = _split(blob, name)
    label = name or header.name
    if header.site != key_ring.site_code:
        raise SealError("seal_wrong_site", name=label, found=header.site, expected=key_ring.site_code)
    key = key_ring.key(header.key_gen)
    if key is None:
        raise SealError("seal_unknown_generation", name=label, generation=header.key_gen)
    try:
        compressed = crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, header_bytes, nonce, key)
    except CryptoError:
        raise SealError("seal_wrong_key", name=label) from None
    return header, _decompress(compressed, label)


def _split(blob: bytes, name: str) -> tuple[BlobHeader, bytes, bytes, bytes]:
    if len(blob) < LENGTH_BYTES:
        raise SealError("seal_truncated", name=name)
    length = int.from_bytes(blob[:LENGTH_BYTES], "big")
    start = LENGTH_BYTES + length
    if length > MAX_HEADER_BYTES or len(blob) < start + NONCE_BYTES + 16:  # 16: the Poly1305 tag
        raise SealError("seal_truncated", name=name)
    header_bytes = blob[LENGTH_BYTES:start]
    header = BlobHeader.from_bytes(header_bytes, name)
    return header, header_bytes, blob[start:start + NONCE_BYTES], blob[start + NONCE_BYTES:]


def _decompress(compressed: bytes, name: str) -> bytes:
    inflater = zlib.decompressobj()
    try:
        plaintext = inflater.decompress(compressed, MAX_PLAINTEXT_BYTES)
    except zlib.error:
        raise SealError("seal_truncated", name=name) from None
    if inflater.unconsumed_tail or not inflater.eof:
        if inflater.unconsumed_tail:
            raise SealError("seal_too_large", name=name, limit=MAX_PLAINTEXT_BYTES // (1024 * 1024))
        raise SealError("seal_truncated", name=name)
    return plaintext
