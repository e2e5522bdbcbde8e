# Golden files of the training printouts: the role card and the trainer
# sheet of the fixture scenario `deckhand` (tests/e2e/train/fixture, with
# the shipped en.yaml), in text, Markdown and HTML; see ../run_golden.py.
FIXTURES = {"train": ("tests/e2e/train/fixture", True)}


def case(name, *args):
    return (name, "train", ["print"] + list(args), "")


CASES = [
    case("role-card.txt", "--role-card", "deckhand"),
    case("role-card.md", "--role-card", "deckhand", "--format", "markdown"),
    case("role-card.html", "--role-card", "deckhand", "--format", "html"),
    case("trainer-sheet.txt", "--trainer-sheet", "deckhand", "--page-length", "30"),
    case("trainer-sheet.md", "--trainer-sheet", "deckhand", "--format", "markdown"),
    case("trainer-sheet.html", "--trainer-sheet", "deckhand", "--format", "html"),
]
