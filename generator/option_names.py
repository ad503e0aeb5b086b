"""Names for the options of a `oneOf`/`anyOf`, taken from what each option is.

A model built from an inline option is named `<where the union sits><suffix>`. Numbering the
options by position renamed every later option (a public class) whenever upstream inserted
one, so the suffix comes from the option's content, trying in this order:

1. its `title`, when no other option has the same;
2. its tag: a required property pinned to one string value (`const`, or a one-value `enum`)
   that no other option pins to the same value (`type: alpha` -> `Alpha`, `LOCKED` -> `Locked`);
3. `With<Property>`: a required property that no other option mentions;
4. `With<Property>`: any property of its own that no other option mentions;
5. its JSON type, when no other option has that type (`Object`, `Array`);
6. only when none of these tells it apart: `Option<position>`, flagged as positional so
   that the generated class can say why it carries a number.

Among several distinguishing properties an identifier (`id`, `..._id`) is taken first, as it
names what the option describes; then the alphabetically first. A suffix is chosen by
comparing the options' own schemas, so inserting or removing an option renames only the
options that it makes indistinguishable, never the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from generator.naming import class_name, pascal_case, words

Schema = Mapping[str, Any]


@attrs.frozen
class OptionName:
    """The suffix that names one option; `positional` when it is `Option<n>`."""

    suffix: str
    positional: bool = False


def option_names(options: Sequence[Schema], kinds: Sequence[str | None]) -> list[OptionName]:
    """One name per option, unique among them. `options` are the options' own schemas ($refs
    resolved, allOf merged); `kinds` their JSON types (None where the type is not stated)."""
    names = [
        _content_suffix(index, options, kinds) or OptionName(f"Option{index + 1}", True)
        for index in range(len(options))
    ]
    suffixes = [name.suffix for name in names]
    # Rules 1, 2 and 5 compare like with like; a title that spells another rule's suffix is
    # the one clash left, and position is then the only fair way to tell the two apart.
    return [
        name if suffixes.count(name.suffix) == 1 else OptionName(f"Option{index + 1}", True)
        for index, name in enumerate(names)
    ]


def _content_suffix(
    index: int, options: Sequence[Schema], kinds: Sequence[str | None]
) -> OptionName | None:
    option = options[index]
    others = [other for position, other in enumerate(options) if position != index]
    title = option.get("title")
    if isinstance(title, str) and words(title):
        suffix = class_name(title)
        if all(_title_suffix(other) != suffix for other in others):
            return OptionName(suffix)
    tag = _tag(option, others)
    if tag is not None:
        return OptionName(tag)
    mentioned = set().union(*(_mentioned(other) for other in others))
    for candidates in (_required(option), _properties(option)):
        own = [name for name in candidates if name not in mentioned and words(name)]
        if own:
            return OptionName("With" + class_name(min(own, key=_preference)))
    kind = kinds[index]
    if kind is not None and all(
        other != kind for position, other in enumerate(kinds) if position != index
    ):
        return OptionName(class_name(kind))
    return None


def _title_suffix(option: Schema) -> str | None:
    title = option.get("title")
    return class_name(title) if isinstance(title, str) and words(title) else None


def _tag(option: Schema, others: Sequence[Schema]) -> str | None:
    """The value of the first (by name) required property pinned to a string no other option
    pins it to."""
    for name in sorted(_required(option)):
        value = _pinned(option, name)
        if value is None or not words(value):
            continue
        if all(_pinned(other, name) != value for other in others):
            # `LOCKED` and `authorization_code` read as `Locked` and `AuthorizationCode`.
            return class_name(pascal_case(value))
    return None


def _pinned(option: Schema, name: str) -> str | None:
    prop = _properties(option).get(name)
    if not isinstance(prop, Mapping):
        return None
    if "const" in prop:
        values = [prop["const"]]
    elif isinstance(prop.get("enum"), list):
        values = prop["enum"]
    else:
        return None
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _required(option: Schema) -> list[str]:
    required = option.get("required")
    if not isinstance(required, list):
        return []
    return [name for name in required if isinstance(name, str)]


def _properties(option: Schema) -> Mapping[str, Any]:
    properties = option.get("properties")
    return properties if isinstance(properties, Mapping) else {}


def _mentioned(option: Schema) -> set[str]:
    return set(_properties(option)) | set(_required(option))


def _preference(name: str) -> tuple[bool, str]:
    is_identifier = words(name)[-1] == "id"
    return (not is_identifier, name)
