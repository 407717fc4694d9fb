"""IMH Desktop: case management for infant mental health home visiting."""

__version__ = "0.1.0"
APP_NAME = "IMH Desktop"
