# Replace each "?" with "classification", "regression" or "clustering".
KINDS = {
    "Predict the selling price of a flat from its area, number of rooms and city.": "?",
    "Decide whether an email is spam or not spam.": "?",
    "Split a shop's customers into a few groups of similar buyers; nobody has labelled them.": "?",
    "Predict whether a patient comes back to hospital within 30 days: 1 for yes, 0 for no.": "?",
    "Estimate how many kilowatt-hours a house will use next month.": "?",
    "Recognise which digit, from 0 to 9, is written in a small scanned image.": "?",
    "Forecast tomorrow's highest temperature in Madrid.": "?",
    "Sort news articles into groups of similar topics, when no topics were chosen in advance.": "?",
    "Predict how many minutes a food delivery will take.": "?",
    "Tell which of three species an iris flower belongs to, from the sizes of its petals.": "?",
    "Flag card payments as fraud (1) or genuine (0), from past payments labelled the same way.": "?",
    "Find groups of songs that sound alike, with no genre labels available.": "?",
    "Predict a student's exam mark out of 100 from their hours of study.": "?",
    "Predict whether a customer will buy again: the answer column holds 1 for yes and 0 for no.": "?",
}


def problem_kind(description):
    """Return "classification", "regression" or "clustering" for one problem statement."""
    # Leave this function as it is: fill in the answers in KINDS above.
    return KINDS.get(description, "?")
