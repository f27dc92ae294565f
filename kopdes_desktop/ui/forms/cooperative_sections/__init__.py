"""One module per section of the cooperative registration form."""
