"""The two catalogues say the same things: same keys, same named fields."""

from __future__ import annotations

import string

from rustool.i18n import catalogue, resolve_language


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_same_keys_and_fields():
    sv, en = catalogue("sv"), catalogue("en")
    assert set(sv) == set(en)
    for key in sv:
        assert _fields(sv[key]) == _fields(en[key]), key


def test_language_resolution(monkeypatch):
    monkeypatch.delenv("RUSTOOL_LANG", raising=False)
    assert resolve_language(None) == "sv"
    assert resolve_language("en") == "en"
    monkeypatch.setenv("RUSTOOL_LANG", "en_GB.UTF-8")
    assert resolve_language(None) == "en"
    assert resolve_language("sv") == "sv"


def test_catalogue_parts_define_each_key_once_and_in_both_languages() -> None:
    from rustool.i18n import en, parts, sv

    seen = set(sv.MESSAGES) | set(en.MESSAGES)
    for part in parts.modules():
        assert set(part.SV) == set(part.EN), part.__name__
        assert not seen & set(part.SV), f"{part.__name__} redefines {sorted(seen & set(part.SV))}"
        seen |= set(part.SV)
