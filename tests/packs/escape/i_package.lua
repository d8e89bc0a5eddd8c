package.loadlib("x", "y")
