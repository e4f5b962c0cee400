// APIServer module: see ../shared/design.md §2.
