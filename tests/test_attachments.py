"""Attachments are checked before they are queued: names, types, sizes."""
from __future__ import annotations

import pytest

from app.services.attachments import check_file, clean_name
from app.services.errors import UserError


@pytest.mark.parametrize("raw, clean", [
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("C:\\Users\\rosa\\Informe final.DOCX", "Informe final.docx"),
    ("tertulia\x00\x07 año 2026.pdf", "tertulia año 2026.pdf"),
    ('¿qué? "dijo" <ella>.png', "¿qué_ _dijo_ _ella_.png"),
    ("CON.txt", "_CON.txt"),
    ("...", "archivo"),
    ("a" * 300 + ".pdf", "a" * 116 + ".pdf"),  # 120 characters in all
    ("Niñas y niños de Ñuñoa.JPG", "Niñas y niños de Ñuñoa.jpg"),
])
def test_names_are_cleaned(raw, clean):
    assert clean_name(raw) == clean


def test_checks(tmp_path):
    ok = tmp_path / "informe.pdf"
    ok.write_bytes(b"x" * 1000)
    assert check_file(ok, limit_bytes=2000) == ("informe.pdf", 1000)
    with pytest.raises(UserError) as err:
        check_file(ok, limit_bytes=1500, already_bytes=600)
    assert err.value.code == "file_too_large"
    exe = tmp_path / "programa.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(UserError) as err:
        check_file(exe, limit_bytes=0)
    assert err.value.code == "file_type_not_allowed"
    empty = tmp_path / "vacio.txt"
    empty.write_bytes(b"")
    with pytest.raises(UserError) as err:
        check_file(empty, limit_bytes=0)
    assert err.value.code == "file_empty"
    with pytest.raises(UserError) as err:
        check_file(tmp_path / "no-existe.pdf", limit_bytes=0)
    assert err.value.code == "file_not_found"
