#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Recomputes every id in the golden bundles with pycti's recipe (Python's uuid and json modules),
# independently of the C++ code, and checks that every *_ref resolves and the bundle id follows
# StixBundleBuilder's rule. A check for people reviewing a golden change: python3 tests/golden/verify-ids.py
import glob, hashlib, json, os, re, uuid

here = os.path.dirname(os.path.abspath(__file__))
ns = uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7')
g = lambda t, d: t + '--' + str(uuid.uuid5(ns, json.dumps(d, sort_keys=True, separators=(',', ':'), ensure_ascii=False)))
TLP = {'TLP:RED': 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'}
n = 0
for path in sorted(glob.glob(os.path.join(here, '*.json'))):
    b = json.load(open(path))
    ids = {o['id'] for o in b['objects']}
    for o in b['objects']:
        t = o['type']
        if t == 'identity': e = g(t, {'name': o['name'].strip().lower(), 'identity_class': o['identity_class'].lower()})
        elif t == 'marking-definition': e = TLP[o['name']]
        elif t == 'incident': e = g(t, {'name': o['name'].strip().lower(), 'created': o['created']})
        elif t == 'indicator': e = g(t, {'pattern': o['pattern'].strip()})
        elif t == 'note': e = g(t, {'content': o['content'].strip(), 'created': o['created']})
        elif t == 'attack-pattern': e = g(t, {'x_mitre_id': o['x_mitre_id'].strip()} if 'x_mitre_id' in o else {'name': o['name'].strip().lower()})
        elif t == 'relationship': e = g(t, {k: o[k] for k in ('relationship_type', 'source_ref', 'target_ref')})
        elif t in ('hostname', 'ipv4-addr', 'ipv6-addr'): e = g(t, {'value': o['value']})
        else: raise SystemExit('unknown type ' + t)
        assert o['id'] == e, (path, o['id'], e)
        for k, v in o.items():
            for r in (v if isinstance(v, list) else [v]):
                if k.endswith('_ref') or k.endswith('_refs'): assert r in ids, (path, k, r)
        n += 1
    objs = json.dumps(b['objects'], sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    tid = re.search(r'threat-(\d+)', path).group(1)
    bid = g('bundle', {'objects_sha256': hashlib.sha256(objs.encode()).hexdigest(), 'seed': 'golden', 'threat_id': tid})
    assert b['id'] == bid, (path, b['id'], bid)
print('verified', n, 'object ids and', len(glob.glob(os.path.join(here, '*.json'))), 'bundle ids')
