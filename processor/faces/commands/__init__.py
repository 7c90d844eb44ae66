"""Command groups of the `nomproc` CLI, one module per capability, registered in processor.faces.cli."""
