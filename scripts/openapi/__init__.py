"""The OpenAPI document of /api/v1, built by build.py; scripts/openapi.py is the entry point."""
