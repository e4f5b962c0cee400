// HTTP module: see ../shared/design.md §2.
