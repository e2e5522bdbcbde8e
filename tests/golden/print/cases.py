# Golden files of blank forms (`tipcheck print`) over tests/fixtures/print;
# see ../run_golden.py.
FIXTURES = {"print": ("tests/fixtures/print", False)}


def case(name, *args):
    return (name, "print", ["print"] + list(args), "")


CASES = [
    # The checklist form (tables, tally sheet); item 7 is asked only if.
    case("work.txt", "work"),
    case("work.md", "work", "--format", "markdown"),
    case("work.html", "work", "--format", "html"),
    # Two languages: the worker's English, the person's Russian (draft).
    case("work-en-ru.txt", "work", "--ask-lang", "ru", "--width", "60", "--page-length", "40"),
    case("work-en-ru.md", "work", "--ask-lang", "ru", "--format", "markdown"),
    case("work-en-ru.html", "work", "--ask-lang", "ru", "--format", "html"),
    # Right to left: the person's Arabic; a regional directory.
    case("work-en-ar.html", "work", "--ask-lang", "ar", "--format", "html",
         "--region", "testland"),
    # The text print in display order: Arabic reordered and shaped, the
    # number inside keeps its digits' order.
    case("work-en-ar.txt", "work", "--ask-lang", "ar", "--width", "60"),
    # The worker's Russian: translated words, English fallback per string.
    case("all-ru.txt", "--all", "--lang", "ru", "--width", "40", "--page-length", "30"),
    # The interviewer's guide: the long layout, both languages.
    case("work-guide.txt", "work", "--guide", "--ask-lang", "ru"),
    case("work-guide.md", "work", "--guide", "--format", "markdown"),
    case("work-guide.html", "work", "--guide", "--ask-lang", "ar", "--format", "html"),
]
