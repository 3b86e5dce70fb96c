from mlsteps.engine.cases import case

# Every statement of the starter's KINDS, each checked once: the prompt's examples and a trap first, the rest
# in a random order.
FIRST = [
    ("Predict the selling price of a flat from its area, number of rooms and city.", "the prompt's first example"),
    ("Decide whether an email is spam or not spam.", "the prompt's second example"),
    ("Split a shop's customers into a few groups of similar buyers; nobody has labelled them.", "the third example"),
    ("Predict whether a patient comes back to hospital within 30 days: 1 for yes, 0 for no.", "a yes/no written 1/0"),
]
OTHERS = [
    "Estimate how many kilowatt-hours a house will use next month.",
    "Recognise which digit, from 0 to 9, is written in a small scanned image.",
    "Forecast tomorrow's highest temperature in Madrid.",
    "Sort news articles into groups of similar topics, when no topics were chosen in advance.",
    "Predict how many minutes a food delivery will take.",
    "Tell which of three species an iris flower belongs to, from the sizes of its petals.",
    "Flag card payments as fraud (1) or genuine (0), from past payments labelled the same way.",
    "Find groups of songs that sound alike, with no genre labels available.",
    "Predict a student's exam mark out of 100 from their hours of study.",
    "Predict whether a customer will buy again: the answer column holds 1 for yes and 0 for no.",
]
# Problems whose classes are written as numbers: the trap this exercise is about.
NUMBERED_CLASSES = {
    FIRST[3][0],
    "Recognise which digit, from 0 to 9, is written in a small scanned image.",
    "Flag card payments as fraud (1) or genuine (0), from past payments labelled the same way.",
    "Predict whether a customer will buy again: the answer column holds 1 for yes and 0 for no.",
}


def cases(rng):
    for statement, label in FIRST:
        yield case(statement, label=label)
    for statement in rng.sample(OTHERS, len(OTHERS)):
        yield case(statement, label="another problem")


def diagnose(case, expected, got):
    (statement,) = case.args
    if not isinstance(got, str) or got == expected:
        return None
    if expected == "classification" and got == "regression" and statement in NUMBERED_CLASSES:
        return (
            "The answers here are written as numbers, but they are just names for the classes: 1 and 0 mean "
            "yes and no (a digit is one of ten classes). Nothing lies between them, and 0.4 would mean nothing. "
            "Picking one answer from a fixed list of options is classification."
        )
    if expected == "clustering" and got == "classification":
        return (
            "No answers are known here: nobody has given the right answers for the examples. The model must find "
            "the groups by itself, and that is clustering. Classification learns from examples whose class is known."
        )
    if expected == "regression" and got == "classification":
        return (
            "The answer is an amount on a scale, where 12.5 lies between 12 and 13 and being close counts: "
            "that is regression."
        )
    if expected == "classification" and got == "regression":
        return "The answer is one option from a fixed list, not an amount: that is classification."
    return None
