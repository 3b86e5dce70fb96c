import itertools

from mlsteps.engine.cases import case


def _choose(project, gpl_carries=True, share_first=True, keep_source=True, proprietary_none=True):
    gpl = gpl_carries and any(licence.startswith("GPL-") for licence in project["code_includes"])
    if share_first:
        code = "GPL-3.0-or-later" if gpl or project["share_alike"] else None
        code = code or ("Apache-2.0" if project["patent_grant"] else "MIT")
    else:
        code = "GPL-3.0-or-later" if gpl else None
        code = code or ("Apache-2.0" if project["patent_grant"] else None)
        code = code or ("GPL-3.0-or-later" if project["share_alike"] else "MIT")
    source = project["data_source"]
    own = "CC-BY-SA-4.0" if project["share_alike"] else "CC-BY-4.0" if project["data_attribution"] else "CC0-1.0"
    if source == "proprietary":
        data = None if proprietary_none else source
    elif source != "own":
        data = source if keep_source else own
    else:
        data = own
    return {"code": code, "data": data}


def _project(includes=(), share=False, patent=False, source="own", attribution=True):
    return {
        "code_includes": list(includes),
        "share_alike": share,
        "patent_grant": patent,
        "data_source": source,
        "data_attribution": attribution,
    }


def cases(rng):
    yield case(_project(), label="the example: my own code and data, credit wanted")
    yield case(_project(includes=["MIT", "GPL-3.0-or-later"]), label="a GPL file copied into the code")
    yield case(_project(includes=["BSD-3-Clause"], patent=True, attribution=False), label="a patent grant wanted")
    yield case(_project(share=True, patent=True), label="share-alike and a patent grant wanted")
    yield case(_project(source="ODbL-1.0"), label="data under the Open Database License")
    yield case(_project(source="CC-BY-4.0", share=True), label="someone else's data, share-alike wanted")
    yield case(_project(source="proprietary"), label="data from a paid source")
    options = list(
        itertools.product(
            [(), ("MIT",), ("Apache-2.0", "GPL-2.0-only")],
            [False, True],
            [False, True],
            ["own", "CC0-1.0", "proprietary", "CC-BY-SA-4.0"],
            [False, True],
        )
    )
    for choice in rng.sample(options, 4):
        yield case(_project(*choice), label="a random project")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != {"code", "data"}:
        return 'Return a dict with two keys: {"code": ..., "data": ...}.'
    project = case.args[0]
    for options, advice in (
        (
            {"gpl_carries": False},
            "The project includes code under the GPL. The GPL carries over: a project that contains GPL code must "
            "be released under the GPL itself.",
        ),
        (
            {"share_first": False},
            "Share-alike comes before the patent grant: GPL-3.0 keeps changes open and has a patent grant of its "
            "own, so it answers both wishes.",
        ),
        (
            {"keep_source": False},
            "This data is someone else's: you cannot give it a new licence. It keeps the licence it came with.",
        ),
        (
            {"proprietary_none": False},
            "Data from a proprietary source may not be published at all: its licence is None, and the README says "
            "where to get it.",
        ),
    ):
        variant = _choose(project, **options)
        if variant != expected and got == variant:
            return advice
    return None
