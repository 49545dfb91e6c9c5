#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Developer tool (not run by the build): moves the unfinished messages of a catalogue out to a
JSON-lines file for a translator and the translations back in.

  translation-work.py export de work/de.jsonl [--part 1/3]
      one object per unfinished message: {"id", "context", "source", "comment", "numerus"}
  translation-work.py import de work/de-done.jsonl [...]
      one object per translated message: {"id", "translation"} or {"id", "forms": [one, other]}
      (a message is marked finished only when its placeholders match the source's)
  translation-work.py check work/de.jsonl work/de-done.jsonl
      checks a translator's file against the exported one (ids, placeholders, plural forms)

The id is a hash of context, source and comment, so it survives lupdate reordering the file.
"""
import hashlib
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def ts_path(lang):
    return os.path.join(ROOT, "translations", "s1bridge_%s.ts" % lang)


def message_id(context, source, comment):
    key = "\0".join([context, source, comment or ""]).encode("utf-8")
    return hashlib.sha1(key).hexdigest()[:12]


def placeholders(text):
    """The %1..%99 and %n placeholders of a text (%L1 counts as %1), as a sorted set."""
    return sorted(set(re.sub(r"%L", "%", m) for m in re.findall(r"%L?(?:\d{1,2}|n)", text)))


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            yield name, source, comment, message


def export(lang, out, part):
    tree = ET.parse(ts_path(lang))
    pending = []
    for context, source, comment, message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        if translation.get("type") != "unfinished" and (translation.text or list(translation)):
            continue
        pending.append({"id": message_id(context, source, comment), "context": context, "source": source,
                        "comment": comment, "numerus": message.get("numerus") == "yes"})
    if part:
        index, count = (int(x) for x in part.split("/"))
        size = (len(pending) + count - 1) // count
        pending = pending[(index - 1) * size:index * size]
    with open(out, "w", encoding="utf-8") as f:
        for entry in pending:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print("%d messages to %s" % (len(pending), out))


def write_ts(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = open(path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    open(path, "w", encoding="utf-8").write(text if text.endswith("\n") else text + "\n")


def do_import(lang, files):
    done = {}
    for name in files:
        with open(name, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as error:
                    sys.exit("%s:%d: not JSON (%s)" % (name, number, error))
                done[entry["id"]] = entry
    tree = ET.parse(ts_path(lang))
    applied, refused = 0, []
    for context, source, comment, message in messages(tree):
        entry = done.get(message_id(context, source, comment))
        if entry is None:
            continue
        translation = message.find("translation")
        want = placeholders(source)
        if message.get("numerus") == "yes":
            forms = entry.get("forms")
            if not isinstance(forms, list) or not forms:
                refused.append((context, source, "no forms"))
                continue
            if any(placeholders(form) != want for form in forms):
                refused.append((context, source, "placeholders differ: %s" % forms))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = entry.get("translation")
            if not isinstance(text, str) or not text:
                refused.append((context, source, "no translation"))
                continue
            if placeholders(text) != want:
                refused.append((context, source, "placeholders differ: %s" % text))
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        applied += 1
    write_ts(tree, ts_path(lang))
    for context, source, why in refused:
        print("refused %s / %r: %s" % (context, source[:60], why), file=sys.stderr)
    print("%d translations applied to %s, %d refused" % (applied, ts_path(lang), len(refused)))


def check(todo_file, done_file):
    """Checks a translator's file against the exported one: every id known, placeholders kept."""
    todo = {}
    with open(todo_file, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            todo[entry["id"]] = entry
    seen, problems = set(), 0
    with open(done_file, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as error:
                print("line %d: not JSON (%s)" % (number, error)); problems += 1; continue
            want = todo.get(entry.get("id"))
            if want is None:
                print("line %d: unknown id %r" % (number, entry.get("id"))); problems += 1; continue
            seen.add(entry["id"])
            texts = entry.get("forms") if want["numerus"] else [entry.get("translation")]
            if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t for t in texts):
                print("line %d: %s missing" % (number, "forms" if want["numerus"] else "translation")); problems += 1; continue
            if want["numerus"] and len(texts) != 2:
                print("line %d: give exactly 2 forms [one, other]" % number); problems += 1
            for text in texts:
                if placeholders(text) != placeholders(want["source"]):
                    print("line %d: placeholders %s, source has %s" % (number, placeholders(text), placeholders(want["source"]))); problems += 1
    missing = [i for i in todo if i not in seen]
    print("%d of %d translated, %d problems" % (len(seen), len(todo), problems))
    return 1 if problems else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    if len(sys.argv) < 4 or sys.argv[1] not in ("export", "import"):
        sys.exit(__doc__)
    if sys.argv[1] == "export":
        part = None
        if "--part" in sys.argv:
            part = sys.argv[sys.argv.index("--part") + 1]
        export(sys.argv[2], sys.argv[3], part)
    else:
        do_import(sys.argv[2], sys.argv[3:])


if __name__ == "__main__":
    main()
