"""Shared by the training end-to-end and golden tests: the fixture content
(fixture/) copied into a temporary folder with the real translations, and
a small runner of the binary."""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ["TIPCHECK_SRC"]
TIPCHECK = os.environ["TIPCHECK"]
BANNER = "TRAINING: practice scenario with a fictional person, not a real interview"


def make_data():
    """A content folder: fixture/indicators plus the shipped en.yaml.
    Returns (tempdir object, path); the folder goes with the object."""
    tmp = tempfile.TemporaryDirectory(prefix="tipcheck-train-")
    data = os.path.join(tmp.name, "data")
    shutil.copytree(os.path.join(HERE, "fixture", "indicators"),
                    os.path.join(data, "indicators"))
    os.makedirs(os.path.join(data, "translations"))
    shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                os.path.join(data, "translations", "en.yaml"))
    return tmp, data


def run(args, stdin=""):
    return subprocess.run([TIPCHECK] + args, input=stdin.encode(),
                          capture_output=True, timeout=60)


class Checks:
    def __init__(self):
        self.failed = 0

    def ok(self, cond, what, detail=""):
        print("%s %s" % ("ok" if cond else "FAIL", what))
        if not cond:
            self.failed += 1
            if detail:
                print("   ", str(detail)[:3000].replace("\n", "\n    "))

    def contains(self, text, part, what):
        self.ok(part in text, what, "missing %r in:\n%s" % (part, text))

    def lacks(self, text, part, what):
        self.ok(part not in text, what, "unexpected %r in:\n%s" % (part, text))

    def done(self):
        return 1 if self.failed else 0
