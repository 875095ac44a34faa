"""Trilingual demo content and demo accounts (``manage.py load_demo``)."""
