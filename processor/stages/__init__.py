"""The stages layer."""
