"""The urllib3 transport of the REST clients: deadlines, retries, paging and error mapping."""
