"""Problems, question banks and rounds: the YAML format, loading, versions and the catalogue."""
