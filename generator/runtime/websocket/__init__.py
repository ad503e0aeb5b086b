"""The WebSocket transport: one connection, requests matched to answers, streams, backoff."""
