#!/usr/bin/env python3
"""Run worked cases against `tipcheck assess --json`.

Each case is a JSON file in this folder:

  description  what the case shows
  checklists   checklist ids, in interview order
  situation    optional: adult, child or unsure (assess --situation): items
               preset for it and left out of answers start answered yes
  region       optional referral directory id
  answers      {"CHECKLIST.ITEM": "yes" | "no" | "unknown" | "not-asked"}
  expect       level      the overall level
               outcomes   exact list of matched outcome ids, in order
               referrals  exact list of service ids, in order
               elements   optional {element id: positive | not-positive |
                          undecided}; only the listed ones are checked
               notices    optional exact list of notice ids, in order
               contacts   optional {service id: {field: value}}, fields of
                          the referral in the JSON result (directory,
                          fallback, no_contact, contact)

The expectations are worked out by hand from indicators/rules/, never
copied from the program's output.

Usage: run_cases.py CASE.json...     run the cases (exit 1 on a failure)
       run_cases.py --registered DIR MESON_BUILD
                                     check that every case file in DIR is
                                     listed in MESON_BUILD and vice versa
Environment: TIPCHECK (the binary), TIPCHECK_CONTENT (content directory).
"""
import json
import os
import re
import subprocess
import sys

CASE_KEYS = {'description', 'checklists', 'situation', 'region', 'answers', 'expect'}
EXPECT_KEYS = {'level', 'outcomes', 'referrals', 'elements', 'notices', 'contacts'}
ANSWERS = {'yes', 'no', 'unknown', 'not-asked'}
STATES = {'positive', 'not-positive', 'undecided'}
LEVELS = {'urgent', 'refer', 'refer-further', 'inform', 'none'}


def validate_case(case):
    """Problems with the case file itself, so a typo never passes silently."""
    errs = []
    for k in case:
        if k not in CASE_KEYS:
            errs.append('unknown key %r' % k)
    for k in ('description', 'checklists', 'answers', 'expect'):
        if k not in case:
            errs.append('missing key %r' % k)
    if errs:
        return errs
    for key, value in case['answers'].items():
        if '.' not in key:
            errs.append('answer key %r is not CHECKLIST.ITEM' % key)
        if value not in ANSWERS:
            errs.append('answer %r for %s' % (value, key))
    if case.get('situation', 'adult') not in ('adult', 'child', 'unsure'):
        errs.append('bad situation %r' % case['situation'])
    exp = case['expect']
    for k in exp:
        if k not in EXPECT_KEYS:
            errs.append('unknown expect key %r' % k)
    for k in ('level', 'outcomes', 'referrals'):
        if k not in exp:
            errs.append('missing expect key %r' % k)
    if exp.get('level') not in LEVELS:
        errs.append('bad level %r' % exp.get('level'))
    for el, state in exp.get('elements', {}).items():
        if state not in STATES:
            errs.append('bad state %r for element %s' % (state, el))
    return errs


def answers_yaml(answers):
    # "not asked" is the default: leaving it out says the same thing.
    lines = ['%s: %s' % (k, v) for k, v in answers.items() if v != 'not-asked']
    return '\n'.join(lines) + '\n'


def run_case(path, tipcheck, data):
    with open(path, encoding='utf-8') as f:
        case = json.load(f)
    errs = validate_case(case)
    if errs:
        return ['case file: ' + e for e in errs]
    cmd = [tipcheck, 'assess'] + case['checklists'] + ['--json']
    if data:
        cmd += ['--content', data]
    if case.get('region'):
        cmd += ['--region', case['region']]
    if case.get('situation'):
        cmd += ['--situation', case['situation']]
    proc = subprocess.run(cmd, input=answers_yaml(case['answers']),
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        return ['%s exited %d: %s' % (' '.join(cmd), proc.returncode,
                                      proc.stderr.strip())]
    try:
        result = json.loads(proc.stdout)
    except ValueError as e:
        return ['output is not JSON (%s): %r' % (e, proc.stdout[:200])]

    exp = case['expect']
    errs = []

    def compare(what, got, want):
        if got != want:
            errs.append('%s: expected %s, got %s' % (what, want, got))

    compare('level', result.get('level'), exp['level'])
    compare('outcomes', [o.get('id') for o in result.get('outcomes', [])],
            exp['outcomes'])
    compare('referrals', [r.get('service') for r in result.get('referrals', [])],
            exp['referrals'])
    states = {e.get('id'): e.get('state') for e in result.get('elements', [])}
    for el, state in exp.get('elements', {}).items():
        compare('element ' + el, states.get(el, '(absent)'), state)
    if 'notices' in exp:
        compare('notices', [n.get('id') for n in result.get('notices', [])],
                exp['notices'])
    refs = {r.get('service'): r for r in result.get('referrals', [])}
    for service, fields in exp.get('contacts', {}).items():
        got = refs.get(service)
        if got is None:
            errs.append('referral %s: absent' % service)
            continue
        for field, want in fields.items():
            compare('referral %s %s' % (service, field), got.get(field), want)
    insufficient = any(s == 'undecided' for s in exp.get('elements', {}).values())
    if insufficient and result.get('insufficient') is not True:
        errs.append('insufficient: expected true, got %r' % result.get('insufficient'))
    if result.get('recommendation_only') is not True:
        errs.append('recommendation_only is not true')
    return errs


def check_registered(folder, meson_build):
    files = {f for f in os.listdir(folder) if f.endswith('.json')}
    with open(meson_build, encoding='utf-8') as f:
        listed = set(re.findall(r"'([a-z0-9-]+\.json)'", f.read()))
    ok = True
    for f in sorted(files - listed):
        print('not registered in meson.build:', f)
        ok = False
    for f in sorted(listed - files):
        print('registered but missing:', f)
        ok = False
    return ok


def main(argv):
    if len(argv) == 4 and argv[1] == '--registered':
        return 0 if check_registered(argv[2], argv[3]) else 1
    if len(argv) < 2 or argv[1].startswith('-'):
        print(__doc__, file=sys.stderr)
        return 2
    tipcheck = os.environ.get('TIPCHECK')
    if not tipcheck:
        print('run_cases.py: TIPCHECK is not set', file=sys.stderr)
        return 2
    data = os.environ.get('TIPCHECK_CONTENT', '')
    failed = 0
    for path in argv[1:]:
        errs = run_case(path, tipcheck, data)
        name = os.path.basename(path)
        if errs:
            failed += 1
            print('FAIL', name)
            for e in errs:
                print('  ' + e)
        else:
            print('ok  ', name)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
