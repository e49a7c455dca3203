"""Pure functions over texts and facts (no database): each returns whether a signal fires and why."""
