from mlsteps.engine.cases import case

FIELDS = (
    "title",
    "problem",
    "data",
    "metric",
    "higher_is_better",
    "baseline_name",
    "baseline",
    "model",
    "score",
    "next_step",
)

BIKES = {
    "title": "Predicting bike rentals",
    "problem": "How many bikes will be rented tomorrow?",
    "data": "Three years of daily rentals and weather (CC-BY-4.0).",
    "metric": "MAE in bikes a day",
    "higher_is_better": False,
    "baseline_name": "same day last week",
    "baseline": 310.0,
    "model": "gradient boosting",
    "score": 121.456,
    "next_step": "Add the city events calendar.",
}
SPAM = {
    "next_step": "Try it on my own inbox.",
    "score": 0.912,
    "model": "naive Bayes",
    "title": "A spam filter in an afternoon",
    "problem": "Can a simple model catch most spam?",
    "data": "5,572 text messages from the UCI repository (CC-BY-4.0).",
    "metric": "F1 score",
    "higher_is_better": True,
    "baseline_name": "every message is spam",
    "baseline": 0.232,
}


def _outline(project, ordered=True, signed=True, says_worse=True):
    gain = project["score"] - project["baseline"]
    if signed and not project["higher_is_better"]:
        gain = -gain
    if round(gain, 2) > 0:
        verdict = f"{gain:.2f} better than the baseline"
    elif round(gain, 2) < 0 and says_worse:
        verdict = f"{-gain:.2f} worse than the baseline"
    elif round(gain, 2) < 0:
        verdict = f"{abs(gain):.2f} better than the baseline"
    else:
        verdict = "no better than the baseline"
    direction = "higher" if project["higher_is_better"] else "lower"
    sections = {
        "Problem": project["problem"],
        "Data": project["data"],
        "Metric": f"{project['metric']} ({direction} is better)",
        "Baseline": f"{project['baseline_name']}: {project['baseline']:.2f}",
        "Result": f"{project['model']}: {project['score']:.2f}, {verdict}",
        "Next step": project["next_step"],
    }
    names = (
        list(sections)
        if ordered
        else sorted(
            sections,
            key=lambda name: list(project).index(
                {
                    "Problem": "problem",
                    "Data": "data",
                    "Metric": "metric",
                    "Baseline": "baseline",
                    "Result": "score",
                    "Next step": "next_step",
                }[name]
            ),
        )
    )
    return "\n\n".join([f"# {project['title']}", *(f"## {name}\n{sections[name]}" for name in names)]) + "\n"


def cases(rng):
    yield case(BIKES, label="the example: an error, lower is better")
    yield case(SPAM, label="a score, higher is better, fields in another order")
    yield case({**SPAM, "score": 0.2, "model": "a tiny tree"}, label="a model worse than the baseline")
    yield case({**SPAM, "score": 0.2341}, label="no better than the baseline, to 2 decimals")
    yield case({**BIKES, "score": 340.0}, label="an error above the baseline's")
    yield case(
        {key: value for key, value in BIKES.items() if key != "next_step"}, label="no next step", raises="ValueError"
    )
    yield case({**SPAM, "data": ""}, label="an empty data section", raises="ValueError")
    for _ in range(3):
        higher = rng.random() < 0.5
        baseline = round(rng.uniform(0.3, 0.7), 3) if higher else round(rng.uniform(20, 60), 1)
        score = round(baseline + rng.uniform(-0.2, 0.3) * (1 if higher else -40), 3)
        project = {**(SPAM if higher else BIKES), "baseline": baseline, "score": score}
        keys = list(project)
        rng.shuffle(keys)
        yield case({key: project[key] for key in keys}, label="random numbers, fields shuffled")


def diagnose(case, expected, got):
    if case.raises or not isinstance(got, str):
        return None
    project = case.args[0]
    if "None" in got:
        return "A field is missing, and the outline says None. Raise ValueError naming the field instead."
    for options, advice in (
        (
            {"ordered": False},
            "The sections must come in the order of the story: Problem, Data, Metric, Baseline, Result, Next step, "
            "whatever the order of the keys in the dict.",
        ),
        (
            {"signed": False},
            "For an error (lower is better), a score below the baseline's is the better one: the gain is "
            "baseline - score.",
        ),
        (
            {"says_worse": False},
            "This model did worse than its baseline, and the outline calls it better. Say it plainly: a result "
            "worse than the baseline is a finding too.",
        ),
    ):
        variant = _outline(project, **options)
        if variant != expected and got == variant:
            return advice
    return None
