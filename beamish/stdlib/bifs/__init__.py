"""BIFs written in Python, one module per Erlang module they implement.

Importing this package registers them all in beamish.vm.bif_registry.
"""
