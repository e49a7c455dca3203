"""zhenggai (整改): run the rectification of inspection findings end to end."""
