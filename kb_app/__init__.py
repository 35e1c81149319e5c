"""Crisis-case knowledge base: offline precedent search for IT-service managers."""

__version__ = "0.1.0"
