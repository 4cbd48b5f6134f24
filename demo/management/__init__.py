"""Management commands of the demo: `load_demo_site`."""
