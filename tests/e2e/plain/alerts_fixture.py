"""The engine fixture with safety alerts, for the interrupt tests of the
line interview: a "safe to talk" item, an emergency alert on danger and a
discreet alert when it is not safe to talk; the hotline is a police line
in Testland."""
import os

from engine_fixture import make_data

TALK_ITEM = """      - id: safe-to-talk
        strength: none
        sign: It is safe to talk here.
        ask: Is this a good place to talk?
        person_ask: Is it safe for you to talk here?
        guidance: No is the worrying answer.
        source: src-a
"""

ALERTS = """alerts:
  - id: danger-now
    kind: emergency
    when: { item: safety.danger }
    title: DANGER-ALERT Act now
    text: Call the emergency number and get everyone to safety.
    refer: [emergency]
  - id: close-quietly
    kind: discreet
    when:
      all:
        - answered: safety.safe-to-talk
        - not: { item: safety.safe-to-talk }
    title: QUIET-ALERT Not safe to talk
    text: End in a neutral way and give a number to call later.
    refer: [hotline]
"""

HOTLINE = """  - id: hotline
    name: Test police line
    contact: "+99 777"
    police: true
"""


def make_alert_data():
    tmp, data = make_data()
    ind = os.path.join(data, "indicators")
    path = os.path.join(ind, "checklists", "safety.yaml")
    with open(path) as f:
        text = f.read()
    text = text.replace("      - id: may-be-child\n", TALK_ITEM + "      - id: may-be-child\n")
    with open(path, "w") as f:
        f.write(text)
    with open(os.path.join(ind, "rules", "tr.yaml"), "a") as f:
        f.write(ALERTS)
    path = os.path.join(ind, "referrals", "international.yaml")
    with open(path) as f:
        text = f.read()
    text = text.replace('    contact: "112"\n', '    contact: "112"\n    source: https://example.org/112\n')
    text += '  - id: hotline\n    name: Test hotline\n    contact: ""\n'
    with open(path, "w") as f:
        f.write(text)
    with open(os.path.join(ind, "referrals", "testland.yaml"), "a") as f:
        f.write(HOTLINE)
    return tmp, data
