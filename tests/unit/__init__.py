"""Tests of the domain and the pure stages: no server, no database."""
