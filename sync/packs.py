"""The content pack format, shared by the server that writes packs and the client that reads them.

A pack is a folder (docs/packs.md):

    Minka-curso-gestion-escolar-2026-12-01/
      LEEME.txt            what it is and how to import it, in Spanish
      minka-pack.json      the manifest: network, scopes, claims, pages and files with hashes
      minka-pack.sig       Ed25519 signature of minka-pack.json's bytes (hex), network key
      pages/00001.json.gz  changes, exactly as a sync page carries them (gzip JSON)
      files/<sha256>       the files the records name

Only the manifest is signed; it holds the SHA-256 and size of every page and file, so a
reader checks each of them against it while reading, and nothing else needs a signature.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sync.protocol import PackClaim, Sha256

FORMAT_VERSION = 1
MANIFEST = "minka-pack.json"
SIGNATURE = "minka-pack.sig"
README = "LEEME.txt"
PAGES = "pages"
FILES = "files"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024   # a 100,000-file pack's manifest is ~15 MB

PageName = Annotated[str, StringConstraints(pattern=r"^[0-9]{5,9}\.json\.gz$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackCourse(_Strict):
    id: UUID
    slug: str
    title: str


class PackPage(_Strict):
    name: PageName
    sha256: Sha256
    size: int = Field(ge=0)
    changes: int = Field(ge=0)


class PackFile(_Strict):
    sha256: Sha256
    size: int = Field(ge=0)
    name: str = ""          # a name the file is shown with somewhere (for the LEEME only)


class Manifest(_Strict):
    format: Literal[1]
    network_id: UUID
    created_at: datetime
    courses: list[PackCourse] = Field(default_factory=list)
    catalogue: bool = False
    files_included: Literal["course", "all", "none"] = "course"
    # What the pack brings, scope by scope: the records of each claim's scopes up to its
    # seq. The client sends them with its next syncs, which then skip those records.
    claims: list[PackClaim]
    pages: list[PackPage]
    files: list[PackFile]
    records: int = Field(ge=0)

    @property
    def total_bytes(self) -> int:
        return sum(page.size for page in self.pages) + sum(f.size for f in self.files)


def canonical(data: dict) -> bytes:
    """The manifest's bytes as written and signed (sorted keys, UTF-8, no spaces)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def human_size(size: int) -> str:
    """A size as people read it, Spanish decimal comma: '3,2 MB'."""
    for unit, factor in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= factor:
            return f"{size / factor:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} bytes"


def readme(manifest: Manifest, folder_name: str) -> str:
    """LEEME.txt: the pack explains itself to whoever finds it on a drive (Spanish only:
    it is read outside Minka, before any language is chosen)."""
    holds = [f"- el curso «{c.title}»" for c in manifest.courses]
    if manifest.catalogue:
        holds.append("- el catálogo del repositorio de documentos")
    files = {"course": "los archivos de las lecciones",
             "all": "los archivos de las lecciones y de los documentos",
             "none": "ningún archivo (solo los textos)"}[manifest.files_included]
    date = manifest.created_at.strftime("%d/%m/%Y")
    return "\r\n".join([
        "PAQUETE DE CONTENIDOS DE MINKA",
        "",
        f"Esta carpeta ({folder_name}) es un paquete de contenidos de Minka, preparado el "
        f"{date}. Contiene:",
        *holds,
        f"- {files}",
        "",
        f"Tamaño: {human_size(manifest.total_bytes)} ({len(manifest.files)} archivos, "
        f"{manifest.records} registros).",
        "",
        "CÓMO IMPORTARLO",
        "1. Abra Minka en su computadora.",
        "2. Elija «Importar desde USB» (en el menú, o en la primera pantalla).",
        "3. Minka busca los paquetes en las memorias USB conectadas; si no lo encuentra, "
        "elija esta carpeta.",
        "",
        "Minka comprueba que el paquete viene de su red y que nada fue cambiado. Puede "
        "copiar esta carpeta completa a otra memoria USB y llevarla a otras computadoras. "
        "No cambie ni borre nada dentro de ella: un paquete alterado no se importa.",
        "",
    ])
