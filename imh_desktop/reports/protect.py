"""Password-protected PDFs: AES-256 (PDF 2.0 standard security handler, revision 6).

ReportLab encrypts through its ``StandardEncryption`` hook. The installed
ReportLab (5.1) offers AES-256 only as revision 5 and only with the
pure-Python ``pyaes`` package, and its revision-5 files pad the 32-byte key
records to 48 bytes: poppler (Evince, Okular) and pypdf refuse them. So this
module plugs a ``StandardEncryption`` subclass into the same hook that writes
the ISO 32000-2 revision 6 handler (AESV3, the key derived by algorithm 2.B)
with AES from ``cryptography``. The files open in poppler, PDFium (Chrome,
QtPdf), qpdf and Acrobat; every string and stream, metadata included, is
encrypted. All permissions are granted: the password is what protects.
"""

from __future__ import annotations

import hashlib
import os
import struct
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from reportlab.lib.pdfencrypt import StandardEncryption, StandardEncryptionDictionary, hexText

from imh_desktop.domain.text import check_pdf_password

ALGORITHM = "AES-256 (PDF 2.0 standard security handler, revision 6)"


def _aes_cbc(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    """AES-CBC without padding (``data`` is a whole number of blocks)."""
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def _hash_r6(password: bytes, salt: bytes, udata: bytes = b"") -> bytes:
    """ISO 32000-2 algorithm 2.B: the hash revision 6 derives its keys with."""
    k = hashlib.sha256(password + salt + udata).digest()
    rounds = 0
    while True:
        k1 = (password + k + udata) * 64
        e = _aes_cbc(k[:16], k1, k[16:32])
        digest = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[sum(e[:16]) % 3]
        k = digest(e).digest()
        rounds += 1
        if rounds >= 64 and e[-1] <= rounds - 32:
            return k[:32]


def _pkcs7(data: bytes) -> bytes:
    pad = 16 - len(data) % 16
    return data + bytes([pad]) * pad


class _Revision6Dictionary(StandardEncryptionDictionary):  # type: ignore[misc]  # untyped
    def format(self, document: Any) -> bytes:
        from reportlab.pdfbase.pdfdoc import DummyDoc, PDFDictionary, PDFName

        crypt_filter = PDFDictionary(
            {"CFM": PDFName("AESV3"), "AuthEvent": PDFName("DocOpen"), "Length": 32}
        )
        entries = {
            "Filter": PDFName("Standard"),
            "V": 5,
            "R": 6,
            "Length": 256,
            "P": self.P,
            "O": hexText(self.O),
            "U": hexText(self.U),
            "OE": hexText(self.OE),
            "UE": hexText(self.UE),
            "Perms": hexText(self.Perms),
            "CF": PDFDictionary({"StdCF": crypt_filter}),
            "StmF": PDFName("StdCF"),
            "StrF": PDFName("StdCF"),
        }
        return PDFDictionary(entries).format(DummyDoc())  # type: ignore[no-any-return]


class Aes256Encryption(StandardEncryption):  # type: ignore[misc]  # ReportLab is untyped
    """ReportLab's encryption hook, writing AES-256 revision 6; give it to ``SimpleDocTemplate``."""

    def __init__(self, password: str) -> None:
        self._password = check_pdf_password(password)
        # Strength 128 only picks ReportLab's code path we never use; prepare() replaces it.
        super().__init__(password, canPrint=1, canModify=1, canCopy=1, canAnnotate=1, strength=128)
        self.revision = 6

    def prepare(self, document: Any, overrideID: Any = None) -> None:
        if getattr(self, "prepared", 0):
            raise ValueError("encryption already prepared")
        self.P = int(self.permissionBits() - 2**31)
        self.key = os.urandom(32)
        password = self._password
        user_validation, user_key_salt = os.urandom(8), os.urandom(8)
        self.U = _hash_r6(password, user_validation) + user_validation + user_key_salt
        self.UE = _aes_cbc(_hash_r6(password, user_key_salt), self.key)
        owner_validation, owner_key_salt = os.urandom(8), os.urandom(8)
        self.O = _hash_r6(password, owner_validation, self.U) + owner_validation + owner_key_salt
        self.OE = _aes_cbc(_hash_r6(password, owner_key_salt, self.U), self.key)
        perms = struct.pack("<i", self.P) + b"\xff\xff\xff\xffTadb" + os.urandom(4)
        encryptor = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        self.Perms = encryptor.update(perms) + encryptor.finalize()
        self.objnum = self.version = None
        self.prepared = 1

    def encode(self, t: str | bytes) -> bytes:
        """One string or stream: AES-256-CBC with a random IV in front, PKCS#7 padded."""
        if not getattr(self, "prepared", 0):
            raise ValueError("encryption not prepared")
        data = t.encode("utf-8") if isinstance(t, str) else bytes(t)  # as ReportLab does
        iv = os.urandom(16)
        return iv + _aes_cbc(self.key, _pkcs7(data), iv)

    def info(self) -> _Revision6Dictionary:
        return _Revision6Dictionary(
            O=self.O, OE=self.OE, U=self.U, UE=self.UE, P=self.P, Perms=self.Perms, revision=6
        )
