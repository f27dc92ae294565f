"""Pure-Python domain layer: entities, enums, rules and formatting; imports nothing of ours."""
