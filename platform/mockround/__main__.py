"""`python -m mockround`."""

from mockround.cli import app

app()
