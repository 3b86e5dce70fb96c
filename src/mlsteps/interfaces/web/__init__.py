"""``mlsteps web``: the journey in the browser (FastAPI + Jinja2), served on 127.0.0.1 with a fresh token.

``app.create_app`` builds the application; ``server.WebServer`` runs it with uvicorn. Like every interface, it calls
``mlsteps.journey`` and ``mlsteps.engine`` only, and never imports the CLI or the notebook interface.
"""
