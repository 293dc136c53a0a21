#!/usr/bin/env python3
"""Validate juesuan canonical JSON against schema/disclosure.schema.json.

An independent check of what the Swift model encodes: it shares no code with it.

    python3 Tests/schema/validate.py SCHEMA INSTANCE [--coverage]

Prints every validation error with its JSON path. With --coverage, also fails when the
instance leaves a property or an enum value of the schema unexercised, so that a schema
property the model no longer has is noticed too (additionalProperties only catches the
other direction).

Exit status: 0 valid, 1 invalid (or coverage incomplete), 2 could not validate (missing
jsonschema package, unreadable file, invalid schema, bad arguments).
"""

import argparse
import json
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
except ImportError:
    print(
        "validate.py: the Python package 'jsonschema' is required: pip install jsonschema",
        file=sys.stderr,
    )
    sys.exit(2)


def ecma_pattern(validator, pattern, instance, schema):
    """`pattern` with ECMA-262 semantics for `$`.

    JSON Schema patterns are ECMA-262 regular expressions, where `$` (without the multiline
    flag) matches only at the very end. Python's `$` also matches before a final newline, so
    python-jsonschema would accept "5029.36\\n" for `^...$`. Unescaped `$` becomes `\\Z`.
    """
    if not validator.is_type(instance, "string"):
        return
    translated = re.sub(r"(?<!\\)\$", r"\\Z", pattern)
    if not re.search(translated, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


Validator = jsonschema.validators.extend(Draft202012Validator, {"pattern": ecma_pattern})


def describe(error, indent="  "):
    lines = [f"{error.json_path}: {error.message}"]
    # oneOf / anyOf failures (a Cell) carry the reason of each alternative.
    for sub in sorted(error.context or [], key=lambda e: (list(e.schema_path), e.message)):
        lines.append(f"{indent}- {sub.json_path}: {sub.message}")
    return "\n".join(lines)


class Coverage:
    """Walks an instance alongside the schema, noting the properties and enum values seen."""

    def __init__(self, schema):
        self.defs = schema.get("$defs", {})
        self.seen_properties = set()
        self.seen_values = set()

    def walk(self, node, instance, name):
        ref = node.get("$ref")
        if ref is not None:
            target = ref.rsplit("/", 1)[-1]
            self.walk(self.defs[target], instance, target)
        if "enum" in node and isinstance(instance, str):
            self.seen_values.add((name, instance))
        properties = node.get("properties")
        if properties is not None and isinstance(instance, dict):
            for key, value in instance.items():
                if key in properties:
                    self.seen_properties.add((name, key))
                    self.walk(properties[key], value, name)
        items = node.get("items")
        if items is not None and isinstance(instance, list):
            for element in instance:
                self.walk(items, element, name)

    def missing(self, reached):
        result = []
        for name in sorted(reached):
            definition = self.defs[name]
            for key in definition.get("properties", {}):
                if (name, key) not in self.seen_properties:
                    result.append(f"$defs/{name}: property '{key}' never present")
            for value in definition.get("enum", []):
                if (name, value) not in self.seen_values:
                    result.append(f"$defs/{name}: enum value '{value}' never used")
        return result

    def reached(self, node, found=None):
        """The names of the definitions reachable from `node`."""
        found = set() if found is None else found
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                target = ref.rsplit("/", 1)[-1]
                if target not in found:
                    found.add(target)
                    self.reached(self.defs[target], found)
            for key, value in node.items():
                if key != "$defs":
                    self.reached(value, found)
        elif isinstance(node, list):
            for value in node:
                self.reached(value, found)
        return found


def main():
    parser = argparse.ArgumentParser(description="Validate juesuan JSON against its JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("instance")
    parser.add_argument("--coverage", action="store_true",
                        help="also require every schema property and enum value to occur")
    try:
        args = parser.parse_args()
    except SystemExit:
        sys.exit(2)

    try:
        with open(args.schema, encoding="utf-8") as file:
            schema = json.load(file)
        with open(args.instance, encoding="utf-8") as file:
            instance = json.load(file)
    except (OSError, ValueError) as error:
        print(f"validate.py: cannot read input: {error}", file=sys.stderr)
        sys.exit(2)

    try:
        Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"validate.py: the schema itself is invalid: {error.message}", file=sys.stderr)
        sys.exit(2)

    errors = sorted(Validator(schema).iter_errors(instance), key=lambda e: e.json_path)
    for error in errors:
        print(describe(error))

    missing = []
    if args.coverage:
        coverage = Coverage(schema)
        coverage.walk(schema, instance, "(root)")
        missing = coverage.missing(coverage.reached(schema))
        for line in missing:
            print(f"coverage: {line}")

    if errors or missing:
        print(f"{args.instance}: {len(errors)} error(s), {len(missing)} coverage gap(s)")
        sys.exit(1)
    print(f"{args.instance}: valid")


if __name__ == "__main__":
    main()
