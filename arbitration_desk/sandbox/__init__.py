"""The sandbox platform: our own implementation of the platform API contract.

It stands apart from the client: it imports only :mod:`arbitration_desk.domain`.
"""
