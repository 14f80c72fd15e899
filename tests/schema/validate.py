#!/usr/bin/env python3
"""Validate dipline timelines against docs/timeline.schema.json.

usage: validate.py [--expect-fail] SCHEMA PATH...

Each PATH is a timeline file, or a directory whose *.yaml files (recursively)
are validated. Prints one line per file, `PASS file` or `FAIL file: message`,
then `N passed, N failed`. With --expect-fail every file must be rejected
(negative cases): a rejected file is a PASS, an accepted one a FAIL.

Exit status: 0 all passed, 1 some failed, 2 usage error, 77 python3-yaml or
python3-jsonschema missing (ctest's skip code).

The schema checks shapes only. The calendar (2022-02-30), interval order,
duplicate ids and references between events, actors and sources are checked
by `dipline check`. Duplicate mapping keys are rejected here too.
"""

import argparse
import datetime
import json
import pathlib
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"validate.py: skipped: {e.name} is missing "
          "(install python3-yaml and python3-jsonschema)", file=sys.stderr)
    sys.exit(77)


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects a mapping with the same key twice."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                continue  # SafeLoader reports unhashable keys itself
            if key in seen:
                mark = key_node.start_mark
                raise yaml.constructor.ConstructorError(
                    None, None,
                    f"duplicate key '{key}' (first at line {seen[key] + 1})",
                    mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def describe(error):
    """One-line message for a jsonschema error: where, then what."""
    where = ""
    for part in error.absolute_path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else part)
    message = error.message
    value = error.instance
    if error.validator == "pattern":
        # The EDTF pattern is long; name the form instead of printing it.
        examples = error.schema.get("examples")
        message = f"{value!r} does not have the required form"
        if examples:
            message += " (e.g. " + ", ".join(f'"{x}"' for x in examples) + ")"
        else:
            message += f" (pattern {error.validator_value})"
    if isinstance(value, (datetime.date, datetime.datetime)):
        message += " (write dates quoted, e.g. \"2022-02-14\")"
    elif isinstance(value, int) and not isinstance(value, bool) \
            and error.validator == "type" and where.endswith("cameo"):
        message += " (write CAMEO codes quoted, e.g. \"041\")"
    return f"{where or '(top level)'}: {message}"


def check(validator, path):
    """Returns None if the file is valid, else a message."""
    try:
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=UniqueKeyLoader)
    except (OSError, UnicodeDecodeError) as e:
        return f"cannot read: {e}"
    except yaml.YAMLError as e:
        return "invalid YAML: " + " ".join(str(e).split())
    if document is None:
        return "empty file"
    errors = sorted(validator.iter_errors(document),
                    key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return None
    message = describe(errors[0])
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more)"
    return message


def collect(paths):
    files = []
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.yaml")))
        else:
            files.append(p)
    return files


def main():
    parser = argparse.ArgumentParser(
        description="Validate dipline timelines against the JSON Schema.")
    parser.add_argument("--expect-fail", action="store_true",
                        help="every file must be rejected (negative cases)")
    parser.add_argument("schema", help="path to docs/timeline.schema.json")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="timeline files or directories of *.yaml files")
    args = parser.parse_args()

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        validator_class = jsonschema.validators.validator_for(
            schema, default=jsonschema.Draft7Validator)
        validator_class.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        print(f"validate.py: bad schema {args.schema}: {e}", file=sys.stderr)
        return 2
    validator = validator_class(schema)

    files = collect(args.paths)
    if not files:
        print("validate.py: no *.yaml files found in: " + " ".join(args.paths),
              file=sys.stderr)
        return 2

    passed = failed = 0
    for path in files:
        problem = check(validator, path)
        if args.expect_fail:
            if problem is None:
                failed += 1
                print(f"FAIL {path}: expected a schema violation, but it is valid")
            else:
                passed += 1
                print(f"PASS {path} (rejected: {problem})")
        elif problem is None:
            passed += 1
            print(f"PASS {path}")
        else:
            failed += 1
            print(f"FAIL {path}: {problem}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
