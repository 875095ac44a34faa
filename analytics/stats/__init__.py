"""Pure statistics for analytics: arrays in, numbers out, no Django. Each result names its formula."""
