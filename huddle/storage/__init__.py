"""Storage: the SQLite database through sqlite-utils. No Qt here."""
