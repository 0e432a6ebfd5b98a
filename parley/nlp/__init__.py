"""Sentences, parsing, triggers, event typing and roles."""
