"""Plain data: the only form in which values cross the trust boundary.

Values travel between the judge and a worker as JSON. Plain JSON cannot say "tuple", "set", "a dict whose keys
are numbers" or "NaN", so those are written as small tagged objects (``{"$tuple": [...]}``). Anything else the
learner returns (an object of their own class, a generator...) becomes an *opaque* marker carrying only its type
name and a short repr: the judge never receives an object it would have to trust.

This module is imported by the worker, so it uses the standard library only.
"""

from __future__ import annotations

import json
import math
from typing import Any

from mlsteps.engine import plain_data

TAG_TUPLE = "$tuple"
TAG_SET = "$set"
TAG_FROZENSET = "$frozenset"
TAG_DICT = "$dict"
TAG_FLOAT = "$float"
TAG_BYTES = "$bytes"
TAG_OPAQUE = "$opaque"

REPR_LIMIT = 200


class Opaque:
    """A value the worker could not express as plain data: only its type and a short repr survive."""

    __slots__ = ("repr", "type_name")

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        self.repr = text

    def __eq__(self, other: object) -> bool:
        return False  # an opaque value never equals anything, not even itself: it cannot be judged

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{self.type_name}: {self.repr}>"


def _short_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception as exc:  # a learner's __repr__ may raise
        text = f"(repr failed: {type(exc).__name__})"
    return text if len(text) <= REPR_LIMIT else text[: REPR_LIMIT - 3] + "..."


def encode(value: Any, _depth: int = 0) -> Any:
    """Turn a Python value into JSON-ready plain data, tagging what JSON cannot say."""
    if _depth > 100:
        return {TAG_OPAQUE: "nested too deeply", "repr": "..."}
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return value
    if kind is float:
        return value if math.isfinite(value) else {TAG_FLOAT: repr(value)}
    if kind is list:
        return [encode(item, _depth + 1) for item in value]
    if kind is tuple:
        return {TAG_TUPLE: [encode(item, _depth + 1) for item in value]}
    if kind in (set, frozenset):
        tag = TAG_SET if kind is set else TAG_FROZENSET
        items = [encode(item, _depth + 1) for item in value]
        return {tag: sorted(items, key=lambda item: json.dumps(item, sort_keys=True))}
    if kind is dict:
        if all(type(key) is str and not key.startswith("$") for key in value):
            return {key: encode(item, _depth + 1) for key, item in value.items()}
        return {TAG_DICT: [[encode(k, _depth + 1), encode(v, _depth + 1)] for k, v in value.items()]}
    if kind is bytes:
        return {TAG_BYTES: value.hex()}
    return _encode_subclass(value, _depth)


def _encode_subclass(value: Any, depth: int) -> Any:
    """A subclass of a plain type (a Counter, a namedtuple...) is encoded as what it holds.

    The base type's own methods read it, so a learner's overridden ``__eq__``, ``__iter__`` or ``__float__``
    plays no part: only the data inside counts. Arrays, data frames and figures go to :mod:`plain_data`.
    Anything else becomes opaque.
    """
    if plain_data.handles(value):
        encoded = plain_data.encode_data(value, encode)
        if encoded is not None:
            return encoded
    if isinstance(value, bool):
        return bool.__bool__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return encode(float.__float__(value))
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, dict):
        return encode(dict(dict.items(value)), depth)
    if isinstance(value, tuple):
        return encode(tuple(tuple.__iter__(value)), depth)
    if isinstance(value, list):
        return encode(list(list.__iter__(value)), depth)
    if isinstance(value, set | frozenset):
        return encode(
            set(set.__iter__(value)) if isinstance(value, set) else frozenset(frozenset.__iter__(value)), depth
        )
    return {TAG_OPAQUE: type(value).__qualname__, "repr": _short_repr(value)}


def decode(data: Any) -> Any:
    """The inverse of :func:`encode`; opaque markers become :class:`Opaque`."""
    if isinstance(data, list):
        return [decode(item) for item in data]
    if not isinstance(data, dict):
        return data
    if TAG_TUPLE in data:
        return tuple(decode(item) for item in data[TAG_TUPLE])
    if TAG_SET in data:
        return {_hashable(decode(item)) for item in data[TAG_SET]}
    if TAG_FROZENSET in data:
        return frozenset(_hashable(decode(item)) for item in data[TAG_FROZENSET])
    if TAG_DICT in data:
        return {_hashable(decode(k)): decode(v) for k, v in data[TAG_DICT]}
    if TAG_FLOAT in data:
        return float(data[TAG_FLOAT])
    if TAG_BYTES in data:
        return bytes.fromhex(data[TAG_BYTES])
    if TAG_OPAQUE in data:
        return Opaque(data[TAG_OPAQUE], data.get("repr", ""))
    for tag in plain_data.DATA_TAGS:
        if tag in data:
            return plain_data.decode_data(tag, data[tag], decode)
    return {key: decode(item) for key, item in data.items()}


def _hashable(value: Any) -> Any:
    return value if not isinstance(value, Opaque) else ("<opaque>", value.type_name, value.repr)


def dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, allow_nan=False)


def loads(text: str) -> Any:
    return decode(json.loads(text))
