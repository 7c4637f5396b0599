"""Pydantic validation errors → plain findings at a YAML path, with suggestions."""

from __future__ import annotations

import math
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from .model.types import MAX_NUMBER
from .suggest import closest

_TYPE_KEYS = {
    "string_type": "schema.text",
    "int_type": "schema.integer",
    "int_parsing": "schema.integer",
    "int_from_float": "schema.integer",
    "float_type": "schema.number",
    "float_parsing": "schema.number",
    "list_type": "schema.list",
    "dict_type": "schema.mapping",
    "model_type": "schema.mapping",
    "model_attributes_type": "schema.mapping",
    "string_too_short": "schema.empty",
    "too_short": "schema.list_empty",
    "bool_not_number": "schema.boolean",
    "finite_number": "schema.finite",
    "wheel_date": "schema.wheel_date",
    "event_when": "schema.event_when",
}
_RANGE_TYPES = {
    "greater_than_equal": "≥ {ge}",
    "less_than_equal": "≤ {le}",
    "greater_than": "> {gt}",
    "less_than": "< {lt}",
    "string_too_long": "≤ {max_length}",
    "too_long": "≤ {max_length}",
}


@dataclass(frozen=True, slots=True)
class SchemaError:
    code: str
    message_key: str
    path: tuple[str | int, ...]
    fields: dict[str, Any]
    at_key: bool = False
    suggestion: str | None = None


def schema_errors(model: type[BaseModel], exc: ValidationError) -> list[SchemaError]:
    return [_convert(model, err) for err in exc.errors(include_url=False)]


def _convert(model: type[BaseModel], err: Any) -> SchemaError:
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    key = _key_name(loc)
    fields: dict[str, Any] = {"key": key, "value": _short(value)}
    if kind == "extra_forbidden":
        if value is None and str(loc[-1]).isdigit():  # `{värde: 4,8}`: see decimal_comma
            return SchemaError("RUS103", "schema.decimal_comma", loc, fields, True)
        suggestion = closest(str(loc[-1]), allowed_keys(model, loc[:-1]))
        return SchemaError("RUS101", "schema.unknown_key", loc, fields, True, suggestion)
    if kind == "missing":
        return SchemaError("RUS102", "schema.missing", loc[:-1], fields, True)
    if kind == "literal_error":
        expected = _literal_choices(err)
        fields["expected"] = ", ".join(expected)
        suggestion = closest(str(value), expected) if isinstance(value, str) else None
        return SchemaError("RUS103", "schema.choice", loc, fields, suggestion=suggestion)
    if kind == "value_error" or kind.startswith("date"):
        return SchemaError("RUS104", "schema.due_date", loc, fields)
    if kind == "string_pattern_mismatch":
        message = "schema.county_code" if key == "länskod" else "schema.id"
        return SchemaError("RUS103", message, loc, fields)
    if _too_large(kind, value, err.get("ctx")):
        return SchemaError("RUS103", "schema.magnitude", loc, fields)
    if kind in _RANGE_TYPES:
        fields["limit"] = _RANGE_TYPES[kind].format(**(err.get("ctx") or {}))
        return SchemaError("RUS103", "schema.range", loc, fields)
    message = _TYPE_KEYS.get(kind, "schema.other")
    decimal = isinstance(value, str) and re.fullmatch(r"\s*-?\d+,\d+\s*", value)
    if message in ("schema.number", "schema.integer") and decimal:  # `värde: 82,0`
        fields["fixed"] = str(value).strip().replace(",", ".")
        return SchemaError("RUS103", "schema.decimal_comma", loc, fields)
    if value is None and message in ("schema.text", "schema.integer", "schema.number"):
        message = "schema.empty"  # `id:` with nothing after it
    elif message == "schema.mapping" and loc and isinstance(loc[-1], int):
        message = "schema.item_mapping"  # `aktiviteter: [hej]`
    return SchemaError("RUS103", message, loc, fields)


def _key_name(loc: tuple[Any, ...]) -> str:
    for step in reversed(loc):
        if isinstance(step, str):
            return step
    return "typ"


def _too_large(kind: str, value: Any, ctx: dict[str, Any] | None) -> bool:
    """A number past the models' ±MAX_NUMBER (an integer too large for a float included)."""
    if kind == "float_type":
        return isinstance(value, int) and not isinstance(value, bool)
    limit = (ctx or {}).get("le", (ctx or {}).get("ge"))
    return kind in ("less_than_equal", "greater_than_equal") and limit in (MAX_NUMBER, -MAX_NUMBER)


def _short(value: Any) -> str:
    """The value as the user wrote it in YAML, cut to 60 characters."""
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _literal_choices(err: Any) -> list[str]:
    expected = (err.get("ctx") or {}).get("expected", "")
    return [part.strip(" '") for part in expected.replace(" or ", ", ").split(",") if part.strip()]


def model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model found by following ``loc`` (keys by alias, list indices) from ``model``."""
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = _field(current, step)
        if field is None:
            return None
        current = _model_in(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _field(model: type[BaseModel], alias: Any) -> Any:
    return next((f for name, f in model.model_fields.items() if (f.alias or name) == alias), None)


def allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys (aliases) of the model at ``loc``."""
    found = model_at(model, loc)
    return [f.alias or name for name, f in found.model_fields.items()] if found else []


def is_optional(model: type[BaseModel], loc: tuple[Any, ...], key: str) -> bool:
    """Whether ``key`` of the model at ``loc`` may be left out."""
    found = model_at(model, loc)
    field = _field(found, key) if found else None
    return field is not None and not field.is_required()


def _model_in(annotation: Any) -> Any:
    """The BaseModel inside list[...], X | None, Annotated[...] or dict[str, ...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None:
        return None
    for arg in typing.get_args(annotation):
        if arg is type(None) or (origin is types.UnionType and arg is None):
            continue
        found = _model_in(arg)
        if found is not None:
            return found
    return None
