"""The WebSocket transport: one connection, requests matched to answers, bounded inboxes,
streams, backoff, and the options value a client builds without importing websockets."""
