"""Demo and test content, kept apart from the runtime packages the site serves from."""
