"""Code generated from ui/*.ui by pyside6-uic. Do not edit."""
