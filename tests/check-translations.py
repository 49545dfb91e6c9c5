#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation check (ctest translations_complete): for every catalogue in translations/, runs lupdate
over the sources into a copy and fails when a string of the sources is missing or unfinished, when the
catalogue keeps a string the sources no longer have (obsolete), or when a translation drops or adds a
placeholder (%1, %n, %L1) of its source. The English catalogue carries only the plural forms.
Fix: scripts/dev/update-translations, translate what it marks unfinished, commit."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")


def placeholders(text):
    return sorted(set(re.sub(r"%L", "%", m) for m in re.findall(r"%L?(?:\d{1,2}|n)", text or "")))


def check(root, ts):
    lang = os.path.basename(ts)[len("s1bridge_"):-len(".ts")]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        before = open(copy, encoding="utf-8").read()
        args = [LUPDATE, "-silent", "-locations", "none"]
        if lang == "en":
            args.append("-pluralonly")
        subprocess.run(args + [os.path.join(root, "src"), "-ts", copy], check=True, stdout=subprocess.DEVNULL)
        tree = ET.parse(copy)
        count = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                count += 1
                source = message.findtext("source") or ""
                where = "%s: %r" % (name, source[:70])
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "missing"
                if kind in ("obsolete", "vanished"):
                    problems.append("obsolete (no longer in the sources): " + where)
                    continue
                if kind == "unfinished" or translation is None:
                    problems.append("unfinished or missing: " + where)
                    continue
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in translation.findall("numerusform")]
                else:
                    forms = [translation.text or ""]
                if not forms or any(not form for form in forms):
                    problems.append("empty translation: " + where)
                    continue
                want = placeholders(source)
                for form in forms:
                    if placeholders(form) != want:
                        problems.append("placeholders %s where the source has %s: %s -> %r"
                                        % (placeholders(form), want, where, form[:70]))
        if before != open(copy, encoding="utf-8").read() and not problems:
            problems.append("lupdate changes the catalogue (run scripts/dev/update-translations)")
    return lang, count, problems


def main():
    root = sys.argv[1]
    directory = os.path.join(root, "translations")
    failed = 0
    for name in sorted(os.listdir(directory)):
        if not (name.startswith("s1bridge_") and name.endswith(".ts")):
            continue
        lang, count, problems = check(root, os.path.join(directory, name))
        if problems:
            failed += 1
            print("%s: %d of %d messages have problems:" % (name, len(problems), count))
            for problem in problems[:40]:
                print("  " + problem)
            if len(problems) > 40:
                print("  … and %d more" % (len(problems) - 40))
        else:
            print("%s: %d messages, complete" % (name, count))
    if failed:
        print("Run scripts/dev/update-translations, translate what it marks unfinished "
              "(scripts/dev/translation-work.py), commit.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
