"""Chart functions, one module per part of the book; each returns a finished missions.style.Chart."""
