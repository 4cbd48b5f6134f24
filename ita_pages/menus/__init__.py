"""The editor-managed main menu, with the ITA rule for "บริการประชาชน" (O8, O18)."""
