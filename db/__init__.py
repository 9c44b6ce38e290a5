"""Tables, sessions and migrations. Imports neither app/ nor ui/."""
