#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks one application's accessibility tree over AT-SPI, as a screen reader reads it, and
prints what it found as JSON: the controls, those without a name, those that owe a state and do
not report it, headings, pictures, sliders (and whether "increase" moves them), names with
invisible bidi marks, and names a child label repeats.

    atspi_walk.py --pid PID [--owed owed.json] [--move-sliders] [--press NAME]

owed.json lists {"name": …, "checked": true|false} for the controls the application shows as on
or off (or chosen): each must be a checkable role reporting that very state.
"""
import argparse
import json
import re
import sys
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SLIDER, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_PAGE_TAB_LIST,
}
STATE_ROLES = {pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB,
               pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM}
PRESSABLE_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
                   pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK}
TEXT_ROLES = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_TEXT, pyatspi.ROLE_PARAGRAPH}
BIDI_MARKS = re.compile('[\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def application(pid, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def do_action(node, name):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    return False


def value_of(node):
    try:
        v = node.queryValue()
    except NotImplementedError:
        return None
    return {'value': v.currentValue, 'min': v.minimumValue, 'max': v.maximumValue, 'step': v.minimumIncrement}


def walk(node, out, path=()):
    try:
        visit(node, out, path)
    except Exception:  # the page changed under the walk (an animation ended, a list refilled)
        out['vanished'] += 1


def visit(node, out, path):
    states = node.getState()
    if not states.contains(pyatspi.STATE_VISIBLE) or not states.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRole()
    name = node.name or ''
    entry = {'role': node.getRoleName(), 'name': name}
    if BIDI_MARKS.search(name) or BIDI_MARKS.search(node.description or ''):
        out['bidi'].append(entry)
    if role in CONTROL_ROLES:
        out['controls'] += 1
        if not name.strip():
            out['unnamed'].append(entry)
        out['nodes'].append({'role': node.getRoleName(), 'name': name, 'stateful': role in STATE_ROLES,
                             'checked': states.contains(pyatspi.STATE_CHECKED)
                             or (role == pyatspi.ROLE_PAGE_TAB and states.contains(pyatspi.STATE_SELECTED)),
                             'node': node})
        if role in PRESSABLE_ROLES and not ({'Press', 'Toggle'} & set(actions(node))):
            out['noPress'].append(entry)
        # A child label saying again what the control's name says.
        for text in descendants_text(node):
            if text and text in name:
                out['repeated'].append({'control': name, 'label': text})
    if role == pyatspi.ROLE_HEADING:
        out['headings'].append(name)
        if not name.strip():
            out['unnamed'].append(entry)
    if role == pyatspi.ROLE_IMAGE:
        out['images'] += 1
        if not name.strip():
            out['unnamed'].append(entry)
    if role == pyatspi.ROLE_SLIDER:
        v = value_of(node)
        out['sliders'].append({'name': name, 'value': v, 'node': node})
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, out, path + (i,))


def descendants_text(node, depth=0):
    texts = []
    if depth > 6:
        return texts
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        if child.getRole() in TEXT_ROLES:
            texts.append(child.name or '')
        texts += descendants_text(child, depth + 1)
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pid', type=int, required=True)
    parser.add_argument('--owed', help='JSON list of {name, checked}')
    parser.add_argument('--move-sliders', action='store_true')
    parser.add_argument('--press', help='press (the screen reader action) the first control with this name')
    args = parser.parse_args()
    app = application(args.pid)
    if app is None:
        print(json.dumps({'error': 'the application never appeared on the accessibility bus'}))
        return 2
    out = {'controls': 0, 'unnamed': [], 'headings': [], 'images': 0, 'sliders': [], 'bidi': [], 'repeated': [],
           'noPress': [], 'nodes': [], 'vanished': 0}
    walk(app, out)
    owed = json.load(open(args.owed, encoding='utf-8')) if args.owed else []
    missing, unseen = [], []
    for want in owed:
        found = [n for n in out['nodes'] if n['name'] == want['name']]
        if not found:
            unseen.append(want['name'])
        elif not any(n['stateful'] and n['checked'] == want['checked'] for n in found):
            n = found[0]
            missing.append({'name': want['name'], 'role': n['role'], 'reported': n['checked'] if n['stateful'] else None,
                            'wanted': want['checked']})
    moved = 0
    unranged = []
    for s in out['sliders']:
        v = s['value']
        if v is None or not v['max'] > v['min'] or not v['step'] > 0:
            unranged.append(s['name'])
            continue
        if args.move_sliders and v['value'] + v['step'] <= v['max']:
            do_action(s['node'], 'Increase')
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                now = value_of(s['node'])
                if now and now['value'] > v['value']:
                    moved += 1
                    break
                time.sleep(0.1)
    pressed = None
    if args.press:
        targets = [n for n in out['nodes'] if n['name'] == args.press]
        pressed = bool(targets) and bool(do_action(targets[0]['node'], 'Press'))
    report = {
        'controls': out['controls'], 'unnamed': out['unnamed'], 'headings': out['headings'], 'images': out['images'],
        'sliders': [{'name': s['name'], 'value': s['value']} for s in out['sliders']], 'slidersUnranged': unranged,
        'slidersMoved': moved, 'bidi': out['bidi'], 'repeated': out['repeated'], 'noPress': out['noPress'],
        'owed': len(owed), 'missingState': missing, 'unseen': unseen, 'pressed': pressed,
        'stateful': sum(1 for n in out['nodes'] if n['stateful']), 'vanished': out['vanished'],
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main())
