"""cchc — track an administrative-reform plan kept as plain YAML files in git."""

__version__ = "0.1.0"
