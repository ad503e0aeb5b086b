"""What clients generated from any OpenAPI spec add to the REST runtime: how they read
error answers, with no knowledge of the API's own error codes."""
