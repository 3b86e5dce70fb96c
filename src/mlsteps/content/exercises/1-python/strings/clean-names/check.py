from mlsteps.engine.cases import case

FIRST = ["ada", "grace", "alan", "katherine", "john", "marie", "emmy", "srinivasa", "hedy", "claude"]
LAST = ["lovelace", "hopper", "turing", "johnson", "neumann", "curie", "noether", "ramanujan", "lamarr", "shannon"]


def _messy(word, rng):
    style = rng.choice(["lower", "upper", "title", "mixed"])
    if style == "lower":
        return word
    if style == "upper":
        return word.upper()
    if style == "title":
        return word.title()
    return "".join(letter.upper() if rng.random() < 0.5 else letter for letter in word)


def cases(rng):
    yield case("  ada   LOVELACE ", label="the example")
    yield case("grace hopper", label="the example: only the capitals to fix")
    yield case("  TURING ", label="one word")
    yield case("", label="an empty string")
    yield case("     ", label="only spaces")
    yield case("Katherine Johnson", label="already tidy")
    yield case("mARIE    sKłODOWSKA  curie\n", label="three words, unicode, a newline at the end")
    for _ in range(5):
        words = [_messy(rng.choice(FIRST), rng), _messy(rng.choice(LAST), rng)]
        gap = " " * rng.randint(1, 4)
        raw = " " * rng.randint(0, 3) + words[0] + gap + words[1] + " " * rng.randint(0, 3)
        yield case(raw, label="a random messy name")


def diagnose(case, expected, got):
    (raw,) = case.args
    if not isinstance(got, str) or got == expected:
        return None
    if got == raw.strip():
        return (
            "You removed the spaces at the ends, but the inside still needs work: one space between words, "
            "and each word with a capital first letter and small letters after."
        )
    if got == raw.strip().replace("  ", " ").title():
        return (
            "`replace('  ', ' ')` only fixes pairs of spaces: a run of three or more still leaves extra ones. "
            "`raw.split()` with nothing between the brackets handles a run of any length."
        )
    if "  " in got:
        return (
            "There are still several spaces in a row inside the name: split it into words, "
            "then join the words back with exactly one space between them."
        )
    if got != got.strip():
        return "There are spaces left at the start or the end: `strip()` removes them, and so does `split()`."
    if got.lower() == expected.lower():
        return (
            "The spaces are right; now the capitals: each word needs a capital first letter and small letters "
            "after it, whatever it came in (look up the string methods for letter case)."
        )
    return None
