"""The Research Data Package (research-export.md §6): one deterministic zip per export."""
