from mlsteps.engine.cases import case

LETTERS = "abcdefghijklmnopqrstuvwxyzAEIOUBCDY      "


def cases(rng):
    yield case("Data Science", label="the example")
    yield case("rhythm", label="the example: no vowels")
    yield case("", label="an empty string")
    yield case("AEIOU", label="only capital vowels")
    yield case("Outliers In Our Data", label="capitals at the start of words")
    yield case("café au lait", label="an accented letter does not count")
    yield case("x", label="one consonant")
    for _ in range(5):
        text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 40)))
        yield case(text, label="random letters and spaces")


def diagnose(case, expected, got):
    (text,) = case.args
    if not isinstance(got, int) or isinstance(got, bool) or got == expected:
        return None
    if got == sum(1 for ch in text if ch in "aeiou"):
        return (
            "Capital vowels count too: to Python 'A' and 'a' are different characters. "
            "Make the comparison ignore case: lower-case the text, or list the capitals too."
        )
    if got == 0:
        return (
            "Your answer is 0, but this text has vowels. If you wrote `text.count('aeiou')`: it looks for the "
            "five letters together, in that order, as one piece of text. Instead, look at each character on "
            "its own and ask whether it is in 'aeiou'."
        )
    if got == text.lower().count("aeiou"):
        return (
            "`text.count('aeiou')` looks for the five letters together, in that order, as one piece of text. "
            "Look at each character on its own and ask whether it is in 'aeiou'."
        )
    if got == len(text):
        return "That is the length of the whole text: count only the characters that are vowels."
    return None
