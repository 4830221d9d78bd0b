"""Link: cross-document resolution of actors, places and events, and the links between reports."""
