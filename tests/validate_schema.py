#!/usr/bin/python3
"""Every built-in scenario and every docs example is valid against
docs/scenario.schema.json, and the schema rejects what the loader rejects
for its own shape (unknown keys, wrong types)."""
import glob, json, re, sys
from jsonschema import Draft202012Validator

top = sys.argv[1]
schema = json.load(open(f"{top}/docs/scenario.schema.json"))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
files = sorted(glob.glob(f"{top}/resources/scenarios/*.json") + glob.glob(f"{top}/docs/examples/*.json"))
bad = 0
for f in files:
    for e in v.iter_errors(json.load(open(f))):
        print(f"{f}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        bad += 1
# Every preset of core/driver/variant.cpp is a variant the schema takes, and
# only the 2016 ones take hunks.
presets = re.findall(r'\{\.id = "([^"]+)"', open(f"{top}/core/driver/variant.cpp").read())
if len(presets) < 8:
    print(f"read only {len(presets)} presets from core/driver/variant.cpp")
    bad += 1
variant_rule = Draft202012Validator(schema["$defs"]["variant"])
for p in presets:
    if not variant_rule.is_valid(p):
        print(f"schema refuses the preset {p}")
        bad += 1
    if variant_rule.is_valid(p + "+bind") != p.startswith("v4."):
        print(f"schema {'takes' if not p.startswith('v4.') else 'refuses'} {p}+bind")
        bad += 1
example = json.load(open(f"{top}/docs/examples/dma-then-munmap.json"))
for broken, why in [
    ({**example, "colour": "red"}, "unknown top-level key"),
    ({**example, "processes": []}, "no process"),
    ({**example, "variant": "v9"}, "unknown variant"),
    ({**example, "processes": [{"name": "app", "actions": [{"do": "mmap", "fd": "x"}]}]}, "mmap without addr"),
    ({**example, "processes": [{"name": "app", "actions": [{"do": "exit", "fd": "x"}]}]}, "exit with an fd"),
    ({**example, "hold": [{"thread": "app", "line": "mmput(mm);", "until": "first"}]}, "a hold's line without its function"),
    ({**example, "hold": [{"thread": "app", "in": "exit_mm", "until": "first", "when": 1}]}, "an unknown key in a hold"),
]:
    if v.is_valid(broken):
        print(f"schema accepts a scenario with {why}")
        bad += 1
print(f"{len(files)} files checked, {bad} problem(s)")
sys.exit(1 if bad else 0)
