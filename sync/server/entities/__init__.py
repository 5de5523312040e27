"""The synced entities of the server, one module per area; each registers its declarations.

sync.server.registry imports every module in this package the first time it is asked, so
a new module here is picked up with no list to edit.
"""
