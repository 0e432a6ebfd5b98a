"""Resolution of actors, dates and places."""
