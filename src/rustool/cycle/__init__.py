"""The follow-up cycle: periods of the rhythm, their deadlines from the årshjul, the
wheel's days in a year, and what falls due (rustool due)."""
