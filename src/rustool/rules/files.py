"""Rules for files that cannot be read as workspace YAML (RUS0xx); the loader reports them."""

from __future__ import annotations

from .base import declare

declare(
    "RUS001",
    "yaml-syntax",
    "error",
    """
    The file is not valid YAML.

    The message says what the parser found and where, in plain words where we know the
    mistake (a colon inside unquoted text, an unclosed quote, an indentation that does not
    line up, several documents in one file).

    Fails: `aktivitet: Möte: planering` (put the text in quotes).
""",
)
declare(
    "RUS002",
    "encoding",
    "error",
    r"""
    The file is not UTF-8 text, or a file or folder cannot be read.

    rustool reads UTF-8, with or without a byte-order mark. A file saved as UTF-16 or in
    Latin-1 (as older Windows programs do), or a binary file with a `.yaml` name, is reported
    at the first byte that cannot be read.

    Also refused, at their place: a control character written as an escape in double
    quotes (`"\e[31m"`, which would reach terminals and CSV files), and the invisible
    characters that change the writing direction (U+202A–U+202E, U+2066–U+2069), with which
    text can be shown in another order than it is stored ("Trojan source").

    A file or a folder of the workspace that cannot be read (no permission, a link that
    leads nowhere or to itself, a device or named pipe) is reported too, with the reason:
    its plans would otherwise silently go unchecked. A folder is reported under its own
    name. Folders matching `exkludera` in rustool.yaml are not read.

    Fails: a folder `aktivitetsplaner` without read permission.
""",
)
declare(
    "RUS003",
    "duplicate-key",
    "error",
    """
    A key appears twice in the same mapping.

    YAML parsers silently keep the last value, so one of the two is lost. The second
    occurrence is reported, naming the line of the first.

    Fails: an activity with two `status:` lines.
""",
)
declare(
    "RUS004",
    "unknown-tag",
    "error",
    """
    The file uses a YAML tag such as `!!python/object` or `!ref`.

    rustool loads YAML safely: only text, numbers, true/false, lists and mappings. No tag
    ever runs code or builds an object; an unknown tag is an error rather than silently
    becoming text.
""",
)
declare(
    "RUS005",
    "tab-indentation",
    "error",
    """
    A tab is used for indentation.

    YAML allows only spaces for indentation. Set your editor to insert spaces for the tab key.
""",
)
declare(
    "RUS006",
    "limit-exceeded",
    "error",
    """
    The file exceeds a safety limit: size (20 MB), nesting depth (100 levels, also when
    reached through aliases), alias expansion (2,000,000 values), or an alias inside the
    value its anchor names (which would never end).

    The limits keep a malicious or broken file from hanging rustool or exhausting memory
    in CI; no real workspace file comes near them.

    Fails: `x: &x {y: [1, *x]}`.
""",
)
declare(
    "RUS007",
    "unknown-typ",
    "error",
    """
    The file's `typ` is not `strategi`, `årshjul`, `aktivitetsplan`, `färdplan`, `aktörer` or
    `ärende`.

    A YAML file without `typ` is not part of the workspace and is skipped, but a misspelt
    `typ` is an error, so that a typo never hides a plan from the checks. That holds for the
    key as well: a file without `typ` but with `Typ`, `TYP`, `type`, `tpy` (the key in
    another case, or one letter off) is reported at that key when it otherwise looks like a
    workspace file (its value names a type, or it has keys such as `enhet`, `strategi`,
    `aktiviteter`, `områden` or `händelser`).

    Fails: `typ: aktivitetsplam` (did you mean `aktivitetsplan`?); `Typ: aktivitetsplan`
    (did you mean `typ`?).
""",
)
