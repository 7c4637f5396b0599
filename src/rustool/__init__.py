"""rustool: strategy-as-code for Swedish regional development."""

__version__ = "0.1.0"
