"""nomproc: turns a circular's reply mailbox into a list the secretariat can trust."""

__version__ = "0.1.0"
