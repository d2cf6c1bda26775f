#!/usr/bin/env python3
"""Validate a campaigns4 data set.

  python validate.py dev4.jsonl dev4.truth.jsonl
  python validate.py test4.jsonl test4.truth.jsonl --compare dev4.jsonl dev4.truth.jsonl

Checks: every profile / conversation valid against /work/shared/schemas (format checker on), truth aligned
line by line (same url), URLs unique, campaign sizes 3-40, report fields (reporter, department, ISO reported_at).
Prints counts; with --compare also reports what the set holds back from the other set.
"""
import argparse, collections, datetime, json, re, sys
from jsonschema import Draft202012Validator, FormatChecker

SCHEMAS = '/work/shared/schemas/'

def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data'); ap.add_argument('truth')
    ap.add_argument('--compare', nargs=2, metavar=('OTHER_DATA', 'OTHER_TRUTH'))
    a = ap.parse_args()
    fc = FormatChecker()
    pv = Draft202012Validator(json.load(open(SCHEMAS + 'profile.schema.json')), format_checker=fc)
    cv = Draft202012Validator(json.load(open(SCHEMAS + 'conversation.schema.json')), format_checker=fc)
    D, T = load(a.data), load(a.truth)
    errs = []
    if len(D) != len(T):
        errs.append('line count differs: %d reports vs %d truth lines' % (len(D), len(T)))
    urls = collections.Counter()
    email_re = re.compile(r'^[a-z0-9]+(\.[a-z0-9]+)+@org\.example$')
    for i, (r, t) in enumerate(zip(D, T)):
        extra = set(r) - {'profile', 'conversation', 'reporter', 'department', 'reported_at'}
        if extra: errs.append('line %d: unexpected keys %s' % (i + 1, extra))
        for e in pv.iter_errors(r['profile']):
            errs.append('line %d profile: %s' % (i + 1, e.message))
        if 'conversation' in r:
            for e in cv.iter_errors(r['conversation']):
                errs.append('line %d conversation: %s' % (i + 1, e.message))
        u = r['profile'].get('url')
        if not u: errs.append('line %d: profile without url' % (i + 1))
        urls[u] += 1
        if t.get('url') != u: errs.append('line %d: truth url %r != profile url %r' % (i + 1, t.get('url'), u))
        if set(t) != {'url', 'campaign', 'kind'}: errs.append('line %d: truth keys %s' % (i + 1, sorted(t)))
        c = t.get('campaign')
        if c is not None and not re.fullmatch(r'op-[0-9a-f]{8,}', c): errs.append('line %d: campaign id %r' % (i + 1, c))
        if not email_re.match(r.get('reporter', '')): errs.append('line %d: reporter %r' % (i + 1, r.get('reporter')))
        if not r.get('department'): errs.append('line %d: no department' % (i + 1))
        try:
            datetime.datetime.fromisoformat(r['reported_at'].replace('Z', '+00:00'))
        except Exception:
            errs.append('line %d: reported_at %r' % (i + 1, r.get('reported_at')))
    for u, n in urls.items():
        if n > 1: errs.append('url not unique (%d): %s' % (n, u))
    camps = collections.Counter(t['campaign'] for t in T if t['campaign'])
    for c, n in camps.items():
        if not 3 <= n <= 40: errs.append('campaign %s has %d personas' % (c, n))
    ckind = collections.defaultdict(set)
    for t in T:
        if t['campaign']: ckind[t['campaign']].add(t['kind'])
    for c, ks in ckind.items():
        if len(ks) != 1: errs.append('campaign %s mixes kinds %s' % (c, ks))
    kinds = collections.Counter(t['kind'] for t in T)
    styles = collections.Counter(next(iter(ks)) for ks in ckind.values())
    hostile = sum(camps.values()); lone = kinds.get('lone_hostile', 0); genuine = len(T) - hostile - lone
    print('%s: %d reports, %d with conversation' % (a.data, len(D), sum('conversation' in r for r in D)))
    print('  campaign personas %d in %d campaigns (sizes %d-%d); lone hostile %d; genuine %d (%.1f%%)' % (
        hostile, len(camps), min(camps.values()), max(camps.values()), lone, genuine, 100.0 * genuine / len(T)))
    print('  operation styles (campaigns / personas):')
    for s in sorted(styles):
        print('    %-24s %3d / %4d' % (s, styles[s], kinds[s]))
    print('  negative kinds:')
    for k in sorted(kinds):
        if k not in styles: print('    %-24s %4d' % (k, kinds[k]))
    if a.compare:
        D2, T2 = load(a.compare[0]), load(a.compare[1])
        names2 = {r['profile']['name'] for r in D2}
        unseen = sum(1 for r in D if r['profile']['name'] not in names2)
        styles2 = {t['kind'] for t in T2 if t['campaign']}
        only = sorted(set(styles) - styles2)
        def texts(DD):
            s = set()
            for r in DD:
                for m in r.get('conversation', {}).get('messages', []):
                    if m['sender'] == 'contact': s.add(m['text'])
            return s
        def orgs(DD):
            return {e.get('company') for r in DD for e in r['profile'].get('experience', [])[:1]}
        t1, t2 = texts(D), texts(D2)
        o1, o2 = orgs(D), orgs(D2)
        shared_url = {r['profile']['url'] for r in D} & {r['profile']['url'] for r in D2}
        print('  vs %s: display names unseen there %d/%d = %.1f%%; styles absent there %d %s' % (a.compare[0], unseen, len(D), 100.0 * unseen / len(D), len(only), only))
        print('    contact message texts unseen there %.1f%%; current-employer names unseen there %.1f%%; shared URLs %d' % (
            100.0 * len(t1 - t2) / max(1, len(t1)), 100.0 * len(o1 - o2) / max(1, len(o1)), len(shared_url)))
        if len(only) < 4: errs.append('held-out set has only %d styles absent from %s' % (len(only), a.compare[0]))
    if errs:
        print('FAILED: %d problems' % len(errs))
        for e in errs[:50]: print('  ' + e)
        sys.exit(1)
    print('  OK: all profiles and conversations valid, truth aligned, URLs unique, campaign sizes 3-40')

if __name__ == '__main__':
    main()
