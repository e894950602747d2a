#!/usr/bin/env python3
"""The source of the OpenAPI 3.1 document of /api/v1 is the package scripts/openapi/ (schemas, request bodies,
operations by resource, links; build.py puts them together). Edit it, then run
    python3 scripts/openapi.py openapi.json Sources/ChiBoApp/Controllers/API/OpenAPIDocument.swift
which rewrites the Swift file the server serves (tests hold the document to the routes)."""
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/openapi/

# The package scripts/openapi/, found next to this script: a package takes precedence over this module of the same name.
from openapi.build import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv)
