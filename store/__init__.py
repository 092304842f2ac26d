"""SQLite through sqlite-utils: schema, writes, and the queries behind the cards."""
