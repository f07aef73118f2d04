"""The web application: assembly, health checks, error rendering."""
