#!/usr/bin/env python3
"""Fill translations/svmlab_<lang>.ts from a table {(context, source): text}.

Used once to enter the German and Chinese translations; kept because the
.ts files are edited by lupdate (cmake --build BUILD --target
update_translations) and this is how a batch of new translations goes in:
  scripts/fill_translations.py de table.json
where table.json is a list of [context, source, translation]. Entries whose
source is not in the .ts are reported; entries already translated are
overwritten. It rewrites only <translation> elements."""
import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path, table):
    tree = ET.parse(ts_path)
    done, missing = 0, []
    keys = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            src = m.find("source").text
            keys.add((name, src))
            t = table.get((name, src))
            if t is None:
                continue
            tr = m.find("translation")
            tr.text = t
            tr.attrib.pop("type", None)
            done += 1
    for k in table:
        if k not in keys:
            missing.append(k)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it: put it back.
    text = open(ts_path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    open(ts_path, "w", encoding="utf-8").write(text + ("" if text.endswith("\n") else "\n"))
    return done, missing


if __name__ == "__main__":
    lang, table_path = sys.argv[1], sys.argv[2]
    rows = json.load(open(table_path, encoding="utf-8"))
    done, missing = fill(f"translations/svmlab_{lang}.ts", {(c, s): t for c, s, t in rows})
    print(f"{lang}: {done} translated; {len(missing)} not in the .ts")
    for c, s in missing:
        print(f"  not found: {c}: {s[:70]}")
