"""beamish: an Erlang interpreter in Python."""

__version__ = "0.1.0"
