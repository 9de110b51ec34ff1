"""Language-analysis engines other than the rules: each is imported only when asked for."""
