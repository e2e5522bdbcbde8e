# Golden files of the result summary (`tipcheck assess --format ...`) in
# every format; see ../run_golden.py. The engine fixture (with the shipped
# en.yaml, as the assess tests use it) gives referrals from two
# directories, a contact that is not known, rights whose text needs
# escaping, and the insufficient case; the print fixture gives a
# right-to-left worker's language (ar) and an emergency alert that holds
# at the end (its advice and contact first, above the reasoning).
FIXTURES = {"engine": ("tests/fixtures/engine", True),
            "print": ("tests/fixtures/print", False)}

REFER = ("false-promises: yes\ndebt: yes\nno-pay: yes\nhours: yes\nthreats: no\n"
         "cannot-leave: no\ndanger: no\nmay-be-child: no\n")
# Who a service serves: the layer tests/fixtures/serves over the engine
# fixture, in Testland. A possible child: the adults-only support line is
# left out (the international one instead) and a child line is added; an
# adult: the same line serves, and every stated fact is shown.
import os
SERVES = ["--region", "testland", "--data",
          os.path.join(os.environ["TIPCHECK_SRC"], "tests", "fixtures", "serves")]
CHILD = "may-be-child: yes\n"
FURTHER = "false-promises: no\ndebt: no\nno-pay: yes\nhours: yes\nfees: no\n"
RESULTS = [
    ("refer", "engine", ["labour"], REFER),
    ("refer-testland", "engine", ["labour", "--region", "testland"], REFER),
    ("further", "engine", ["labour"], FURTHER),
    ("insufficient", "engine", ["labour"], "{}\n"),
    ("rtl-ar", "print", ["work", "--lang", "ar"], "false-job: yes\nno-pay: yes\n"),
    ("alert", "print", ["work"], "danger: yes\nfalse-job: yes\n"),
    ("serves-child", "engine", ["child"] + SERVES, CHILD),
    ("serves-adult", "engine", ["labour"] + SERVES, REFER),
]
FORMATS = {"text": "txt", "markdown": "md", "html": "html"}

CASES = [("%s-%s.%s" % (name, fmt, ext), fixture, ["assess", "--format", fmt] + args, answers)
         for name, fixture, args, answers in RESULTS
         for fmt, ext in FORMATS.items()]
# The same in JSON: serves, for_child and left_out.
CASES += [("serves-child.json", "engine", ["assess", "--json", "child"] + SERVES, CHILD),
          ("serves-adult.json", "engine", ["assess", "--json", "labour"] + SERVES, REFER)]
