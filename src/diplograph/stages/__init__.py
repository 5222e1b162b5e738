"""Pipeline stages. Stages import records and each other, never store, api or cli."""
