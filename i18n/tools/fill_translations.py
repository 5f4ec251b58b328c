# SPDX-License-Identifier: GPL-3.0-or-later
# Fills unfinished entries of i18n/*.ts: from the last committed translations of the same source
# text (strings that moved between contexts), else from a JSON file {source: {lang: text}}
# given as the argument. Prints the sources still missing (also written to /tmp/tr/missing.json).
import sys, json, subprocess, re
import xml.etree.ElementTree as ET
langs = ["de","fr","zh_CN","zh_TW","ar"]
nforms = {"de":2,"fr":2,"en":2,"zh_CN":1,"zh_TW":1,"ar":6}
new = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else {}
missing = {}
def known_from(xmltext):
    d = {}
    root = ET.fromstring(xmltext)
    for m in root.iter("message"):
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished","obsolete","vanished"): continue
        src = m.find("source").text
        nf = t.findall("numerusform")
        d[src] = [x.text for x in nf] if nf else t.text
    return d
for lang in langs + ["en"]:
    path = f"/work/main/i18n/vitrine_{lang}.ts"
    old = subprocess.run(["git","-C","/work/main","show",f"HEAD:i18n/vitrine_{lang}.ts"],capture_output=True,text=True).stdout
    known = known_from(old) if old else {}
    known.update(known_from(open(path, encoding="utf-8").read()))
    tree = ET.parse(path); root = tree.getroot()
    for m in root.iter("message"):
        t = m.find("translation")
        if t is None or t.get("type") != "unfinished": continue
        src = m.find("source").text
        val = known.get(src)
        if val is None and src in new and lang in new[src]:
            val = new[src][lang]
        if val is None:
            missing.setdefault(src, []).append(lang); continue
        numerus = m.get("numerus") == "yes"
        for c in list(t): t.remove(c)
        t.text = None
        if numerus:
            vals = val if isinstance(val, list) else [val]*nforms[lang]
            for v in vals:
                e = ET.SubElement(t, "numerusform"); e.text = v
        else:
            t.text = val
        del t.attrib["type"]
    body = ET.tostring(root, encoding="unicode")
    open(path, "w", encoding="utf-8").write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
import os; os.makedirs("/tmp/tr", exist_ok=True); json.dump(missing, open("/tmp/tr/missing.json","w"), ensure_ascii=False, indent=1)
print(len(missing), "sources missing")
