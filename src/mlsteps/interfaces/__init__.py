"""The interfaces a learner or mentor meets: the command line, the Jupyter functions, and the web page.

May import every package below (engine, record, notebooks, journey, projects, cohorts); never one another,
except through the CLI's own shared module.
"""
