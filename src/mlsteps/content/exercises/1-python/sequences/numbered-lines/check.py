from mlsteps.engine.cases import case

TASKS = ["buy milk", "call Ada", "water the plants", "read chapter 3", "train the model", "plot the data", "sleep"]


def cases(rng):
    yield case("buy milk\n\n  call Ada \nwater the plants", label="the example")
    yield case("first\nsecond", start=0, label="the example: numbering from 0")
    yield case("", label="no text")
    yield case("\n   \n\n", label="only blank lines")
    yield case("one\n\n\ntwo\n   \nthree", start=10, label="blank lines in between, numbering from 10")
    for _ in range(5):
        lines = [rng.choice(TASKS) for _ in range(rng.randint(2, 7))]
        lines = [rng.choice(["", " ", "  "]) + line + rng.choice(["", " "]) for line in lines]
        for _ in range(rng.randint(0, 3)):
            lines.insert(rng.randint(0, len(lines)), rng.choice(["", "  "]))
        yield case("\n".join(lines), start=rng.choice([1, 1, 0, 5]), label="a random list of tasks")


def _number(item):
    head, _, _ = item.partition(".")
    return int(head) if head.isdigit() else None


def diagnose(case, expected, got):
    if not isinstance(got, list) or got == expected or not all(isinstance(item, str) for item in got):
        return None
    start = case.kwargs.get("start", 1)
    texts = [item.partition(". ")[2] for item in got]
    wanted = [item.partition(". ")[2] for item in expected]
    if [text.strip() for text in texts] == wanted and texts != wanted:
        return "Some lines keep spaces at their start or end: remove the spaces around each line."
    numbers = [_number(item) for item in got]
    if len(got) == len(expected) and numbers and numbers[0] != start and numbers[0] == 1:
        return f"The first kept line must get the number start ({start}), not always 1."
    if len(got) == len(expected) and numbers != [_number(item) for item in expected]:
        return (
            "Your numbers have gaps where the blank lines were: the numbers are for the kept lines only, so "
            "drop the blank lines first and number what is left."
        )
    return None
