"""Colours on a captured screen (tmux capture-pane -e), judged as a
reader on any terminal would see them (issue 20).

A program cannot know the terminal's background, light or dark, so text
in a colour on the default background, or in the default colour on a
colour background, may be unreadable: both are faults. Every pair of an
explicit foreground and background is measured with the WCAG contrast
ratio against the standard xterm palette, bold colours 0-7 shown as
their bright forms (xterm's boldColors).
"""
import re

# xterm's default 16 colours (XTerm-col.ad / xterm's charproc defaults).
XTERM = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
         (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
         (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
         (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
         "bright black", "bright red", "bright green", "bright yellow",
         "bright blue", "bright magenta", "bright cyan", "bright white"]


def luminance(rgb):
    def lin(c):
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(XTERM[a]), luminance(XTERM[b])), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _colour(params, i):
    """The colour at params[i] (30-37, 90-97, 38;5;N ...) and the next
    index; None for the default."""
    p = params[i]
    if p in (38, 48):
        if i + 2 < len(params) and params[i + 1] == 5:
            return params[i + 2], i + 3
        raise ValueError("unsupported colour %r" % params[i:])
    base = p % 10
    return (base + 8 if p >= 90 else base), i + 1


def runs(screen):
    """Yields (fg, bg, bold, reverse, text) for every run of text in a
    capture with escapes; fg and bg are None for the default colours."""
    state = {"fg": None, "bg": None, "bold": False, "reverse": False}
    for line in screen.split("\n"):
        for i, part in enumerate(re.split(r"(\x1b\[[0-9;]*m)", line)):
            if i % 2 == 0:
                if part:
                    yield state["fg"], state["bg"], state["bold"], state["reverse"], part
                continue
            params = [int(x) if x else 0 for x in part[2:-1].split(";")]
            j = 0
            while j < len(params):
                p = params[j]
                if p == 0:
                    state.update(fg=None, bg=None, bold=False, reverse=False)
                elif p == 1:
                    state["bold"] = True
                elif p == 22:
                    state["bold"] = False
                elif p == 7:
                    state["reverse"] = True
                elif p == 27:
                    state["reverse"] = False
                elif p == 39:
                    state["fg"] = None
                elif p == 49:
                    state["bg"] = None
                elif 30 <= p <= 38 or 90 <= p <= 97:
                    state["fg"], j = _colour(params, j)
                    continue
                elif 40 <= p <= 48 or 100 <= p <= 107:
                    state["bg"], j = _colour(params, j)
                    continue
                j += 1


def check(screen, minimum=4.5):
    """Faults (a list of strings) and the pairs seen {(fg, bg): ratio} on
    a screen: a colour on the default, or a pair below minimum."""
    faults, pairs = [], {}
    for fg, bg, bold, reverse, text in runs(screen):
        if not text.strip():
            continue
        if (fg is None) != (bg is None):
            faults.append("%s on %s: %r" % (NAMES[fg] if fg is not None else "default",
                                            NAMES[bg] if bg is not None else "default",
                                            text.strip()))
            continue
        if fg is None:
            continue
        if bold and fg < 8:
            fg += 8
        if reverse:
            fg, bg = bg, fg
        ratio = contrast(fg, bg)
        pairs[(NAMES[fg], NAMES[bg])] = ratio
        if ratio < minimum:
            faults.append("%s on %s: %.2f:1 below %.1f: %r" % (NAMES[fg], NAMES[bg], ratio,
                                                           minimum, text.strip()))
    return faults, pairs
