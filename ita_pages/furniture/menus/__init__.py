"""The editor-managed main menu, with the ITA rule for its "บริการประชาชน" submenu."""
