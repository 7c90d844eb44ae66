"""The faces layer."""
