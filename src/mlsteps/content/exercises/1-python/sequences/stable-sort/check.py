from mlsteps.engine.cases import case

NAMES = ["Zoe", "Ada", "Max", "Bea", "Tim", "Ola", "Kai", "Ivy", "Lea", "Ben", "Eva", "Noa"]


def cases(rng):
    yield case([("Zoe", 15), ("Ada", 18), ("Max", 15), ("Bea", 18)], label="the example")
    yield case([], label="no students")
    yield case([("Kai", 12)], label="one student")
    yield case([("Zed", 10), ("Amy", 10), ("Lou", 10)], label="everyone has the same grade")
    yield case([("a", 1), ("b", 2), ("c", 3)], label="all different, lowest first")
    for _ in range(5):
        names = rng.sample(NAMES, rng.randint(4, 10))
        yield case([(name, rng.randint(12, 16)) for name in names], label="a random class")


def diagnose(case, expected, got):
    (students,) = case.args
    if not isinstance(got, list) or got == expected:
        return None
    pairs = [tuple(item) if isinstance(item, list | tuple) else item for item in got]
    if sorted(map(repr, pairs)) != sorted(map(repr, expected)):
        return None
    grades = [pair[1] for pair in pairs]
    if grades != sorted(grades, reverse=True):
        return "Put the highest grade first."
    students = [tuple(pair) for pair in students]
    if pairs == sorted(students, key=lambda pair: (-pair[1], pair[0])):
        return "Students with equal grades must keep their order in the list, not by name."
    if pairs == sorted(students, key=lambda pair: pair[1])[::-1]:
        return (
            "Students with equal grades came out the other way round: reversing a sorted list turns the ties "
            "around too. Ties keep the order they had in the list."
        )
    return "Students with equal grades keep the order they had in the list."
