"""The services layer."""
