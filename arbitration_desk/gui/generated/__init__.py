"""Modules generated from ui/*.ui. Do not edit."""
