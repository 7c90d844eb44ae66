"""The domain: the business rules over plain values, importing nothing of ours but the typed values (model.py).

Stages, storage, services and faces import from here; nothing here touches a database, a file or a server.
"""
