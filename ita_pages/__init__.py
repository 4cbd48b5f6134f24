"""ITA indicators: the catalogue, the block library and the indicator page types."""
