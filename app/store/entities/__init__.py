"""The synced entities of the replica, one module per area; each registers its declaration.

app.store.registry imports every module in this package the first time it is asked, so
a new module here is picked up with no list to edit.
"""
