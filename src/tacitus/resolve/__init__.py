"""Resolve: event dates and places."""
